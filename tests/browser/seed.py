"""Data for the browser-test server, run in the server's own environment.

`python -m tests.browser.seed MANIFEST` (with DJANGO_SETTINGS_MODULE and
DATABASE_URL set) adds what the initial content lacks for the pages a visitor
sees: a news item and an upcoming edition of an event series. It then writes a
JSON manifest: one live page of every type, with its address in each language.
"""

import datetime
import json
import sys

import django


def seed():
    from django.utils import translation
    from wagtail.models import Page

    from astrakhan_portal.core.testing import make_news
    from events.models import EventEdition, EventSeriesPage
    from news.models import NewsIndexPage, NewsPage

    if not NewsPage.objects.exists():
        make_news(
            NewsIndexPage.objects.get(),
            title=("Пример новости для проверки страниц", "Sample news item for page checks"),
            summary=("Эта новость создана браузерными тестами.", "The browser tests created this news item."),
            body=("Текст примера новости.", "The text of the sample news item."),
            date=datetime.date.today(),
        )
    series = EventSeriesPage.objects.live().order_by("path").first()
    if not EventEdition.objects.filter(series=series).exists():
        start = datetime.date.today() + datetime.timedelta(days=30)
        series.editions.add(
            EventEdition(
                start_date=start,
                end_date=start + datetime.timedelta(days=2),
                venue_ru="Астрахань",
                venue_en="Astrakhan",
                venue="Астрахань",
            )
        )
        series.save_revision().publish()

    pages = {}
    for page in Page.objects.live().filter(depth__gte=2).order_by("path").specific():
        kind = type(page).__name__
        if kind in pages:
            continue
        urls = {}
        for language in ("ru", "en"):
            with translation.override(language):
                urls[language] = page.get_url()
        titles = {language: getattr(page, f"title_{language}") or page.title_ru for language in ("ru", "en")}
        pages[kind] = {"urls": urls, "titles": titles}
    return pages


def main(manifest_path):
    django.setup()
    pages = seed()
    with open(manifest_path, "w", encoding="utf-8") as manifest:
        json.dump(pages, manifest, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
