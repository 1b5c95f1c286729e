"""Helpers for tests: pages built the way an editor builds them."""

import datetime
import itertools

from wagtail.rich_text import RichText

_counter = itertools.count(1)


def bilingual(page, title, summary=("", ""), body=("", ""), slug=None):
    """Fill a page's Russian and English fields; an empty English text stays untranslated."""
    n = next(_counter)
    page.title = page.title_ru = title[0]
    page.title_en = title[1]
    slug = slug or (f"stranica-{n}", f"page-{n}" if title[1] else "")
    page.slug = page.slug_ru = slug[0]
    page.slug_en = slug[1] or None
    page.summary = page.summary_ru = summary[0]
    page.summary_en = summary[1]
    page.body = page.body_ru = [("paragraph", RichText(f"<p>{body[0]}</p>"))] if body[0] else []
    page.body_en = [("paragraph", RichText(f"<p>{body[1]}</p>"))] if body[1] else []
    return page


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_news(index, title=("Новость", "News item"), date=None, countries=(), **texts):
    from news.models import NewsPage

    page = bilingual(NewsPage(date=date or datetime.date(2024, 5, 1)), title, **texts)
    publish_child(index, page)
    if countries:
        page.countries.set(countries)
        page.save_revision().publish()
    return page


def add_edition(series, start, end, venue=("Астрахань", "Astrakhan"), link=""):
    """An edition of an event series, its venue in Russian and English."""
    from events.models import EventEdition

    return EventEdition.objects.create(
        series=series,
        start_date=start,
        end_date=end,
        venue=venue[0],
        venue_ru=venue[0],
        venue_en=venue[1],
        link=link,
    )
