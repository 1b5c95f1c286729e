"""An editor's change is on every anonymous page at once, through the proxy and on both app servers.

Each story first makes sure the pages concerned are held by the proxy (a
``HIT``), then makes the change as the admin or a scheduled job does (a real
process on the stack's settings, sending a real purge), and reads the pages
again: the very first request after the change must show it.
"""

import time

import pytest

pytestmark = pytest.mark.stack


def text(response):
    return response[2].decode()


def warm(stack, *paths):
    """Have the proxy hold ``paths`` (a second request is a hit)."""
    for path in paths:
        stack.via_proxy(path)
        status, headers, _ = stack.via_proxy(path)
        assert status == 200, path
        assert headers.get("x-cache") == "HIT", (path, headers.get("x-cache"))


def assert_everywhere(stack, path, present=(), absent=(), status=200):
    """``path`` shows ``present`` and not ``absent`` through the proxy and on each app server."""
    for label, response in [
        ("proxy", stack.via_proxy(path)),
        *((f"app {port}", stack.direct(port, path)) for port in stack.app_ports),
    ]:
        assert response[0] == status, (label, path, response[0])
        body = text(response).lower()  # addresses in the sitemap hold the words in lower case
        for word in present:
            assert word.lower() in body, (label, path, word)
        for word in absent:
            assert word.lower() not in body, (label, path, word)


NEWS_PAGES = [
    "/en/",
    "/en/news/",
    "/feeds/news.xml",
    "/en/feeds/news.xml",
    "/sitemap-1.xml",  # /sitemap.xml is the index of its sections
    "/en/partners/iran/",
]


def publish_news(stack, word, go_live=None):
    code = f"""
import datetime
from django.utils import timezone
from wagtail.rich_text import RichText
from news.models import NewsIndexPage, NewsPage
from partners.models import CountryPage
index = NewsIndexPage.objects.get()
page = NewsPage(date=datetime.date.today(), title="Новость {word}", title_ru="Новость {word}",
    title_en="News {word}", slug="novost-{word.lower()}", slug_ru="novost-{word.lower()}",
    slug_en="news-{word.lower()}", summary_ru="Кратко {word}", summary_en="In short {word}",
    body_ru=[("paragraph", RichText("<p>Текст {word}</p>"))],
    body_en=[("paragraph", RichText("<p>Text {word}</p>"))], live={go_live is None})
index.add_child(instance=page)
page.countries.set([CountryPage.objects.get(slug_en="iran")])
revision = page.save_revision()
if {go_live!r} is None:
    revision.publish()
else:
    revision.approved_go_live_at = timezone.now() + datetime.timedelta(seconds={go_live or 0})
    revision.save()
    page.has_unpublished_changes = True
    page.save()
print(page.pk)
"""
    return int(stack.edit(code).strip().splitlines()[-1])


def test_a_published_news_item_is_on_every_page_that_lists_it_at_once(running_stack):
    stack = running_stack
    warm(stack, *NEWS_PAGES, "/en/search/?q=Quokka")
    publish_news(stack, "Quokka")
    for path in NEWS_PAGES:
        assert_everywhere(stack, path, present=["Quokka"])
    assert_everywhere(stack, "/en/search/?q=Quokka", present=["News Quokka"])
    assert_everywhere(stack, "/en/news/news-quokka/", present=["Text Quokka"])


def test_unpublishing_and_deleting_take_the_item_off_every_page_at_once(running_stack):
    stack = running_stack
    pk = publish_news(stack, "Wombat")
    warm(stack, *NEWS_PAGES, "/en/news/news-wombat/", "/en/search/?q=Wombat")
    stack.edit(f"from wagtail.models import Page; Page.objects.get(pk={pk}).specific.unpublish()")
    for path in NEWS_PAGES:
        assert_everywhere(stack, path, absent=["Wombat"])
    assert_everywhere(stack, "/en/news/news-wombat/", status=404)
    assert_everywhere(stack, "/en/search/?q=Wombat", absent=["News Wombat"])

    pk = publish_news(stack, "Numbat")
    warm(stack, *NEWS_PAGES, "/en/news/news-numbat/")
    stack.edit(f"from wagtail.models import Page; Page.objects.get(pk={pk}).delete()")
    for path in NEWS_PAGES:
        assert_everywhere(stack, path, absent=["Numbat"])
    assert_everywhere(stack, "/en/news/news-numbat/", status=404)


def test_a_scheduled_publication_appears_when_publish_scheduled_runs(running_stack):
    stack = running_stack
    publish_news(stack, "Dingo", go_live=1)
    warm(stack, "/en/news/", "/en/")
    time.sleep(1.5)
    stack.stack.manage("publish_scheduled", capture=True)
    assert_everywhere(stack, "/en/news/", present=["News Dingo"])
    assert_everywhere(stack, "/en/", present=["News Dingo"])


def test_a_changed_country_title_moved_page_and_view_restriction_are_fresh(running_stack):
    stack = running_stack
    warm(stack, "/en/partners/", "/en/partners/belarus/", "/en/projects/", "/en/open-data/projects/data.csv")
    stack.edit(
        "from partners.models import CountryPage; p = CountryPage.objects.get(slug_en='belarus'); "
        "p.title_en = 'Belarus (Republic)'; p.save_revision().publish()"
    )
    assert_everywhere(stack, "/en/partners/", present=["Belarus (Republic)"])
    assert_everywhere(stack, "/en/partners/belarus/", present=["Belarus (Republic)"])
    assert_everywhere(stack, "/en/open-data/projects/data.csv", present=["Belarus (Republic)"])

    pk = publish_news(stack, "Bilby")
    warm(stack, "/en/news/news-bilby/")
    stack.edit(
        "from wagtail.models import Page, PageViewRestriction; "
        f"PageViewRestriction.objects.create(page=Page.objects.get(pk={pk}), restriction_type='password', password='s3cret-pw')"
    )
    assert_everywhere(stack, "/en/news/news-bilby/", absent=["Text Bilby"])

    found = (
        "from standard.models import StandardPage; p = StandardPage.objects.live().order_by('pk').first(); "
    )
    old_url = english_url(stack.edit(found + "print(p.url_path_en)"))
    warm(stack, old_url)
    new_url = english_url(
        stack.edit(
            found + "from partners.models import CountryIndexPage; "
            "p.move(CountryIndexPage.objects.get(), pos='last-child'); p.refresh_from_db(); print(p.url_path_en)"
        )
    )
    assert new_url != old_url
    assert_everywhere(stack, old_url, status=404)
    assert_everywhere(stack, new_url, status=200)


def english_url(printed):
    """/en/... of a printed url_path_en such as /home/about/."""
    return "/en/" + printed.strip().splitlines()[-1].split("/", 2)[2]


def test_a_changed_snippet_shows_on_the_pages_that_use_it(running_stack):
    stack = running_stack
    warm(stack, "/en/projects/", "/en/projects/?sphere=education")
    stack.edit(
        "from projects.models import CooperationSphere; s = CooperationSphere.objects.get(slug='education'); "
        "s.name_en = 'Education and science'; s.save()"
    )
    assert_everywhere(stack, "/en/projects/", present=["Education and science"])
    assert_everywhere(stack, "/en/projects/?sphere=education", present=["Education and science"])
