"""The menu, breadcrumbs and home page links are read as rows (navigation/menu.py) and give
the same addresses and titles as the pages' own ``get_url()`` and translated titles."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from astrakhan_portal.core.sections import live_sections_for
from astrakhan_portal.navigation.menu import ancestors_for, main_menu_for
from standard.models import StandardPage
from tests.support.pages import bilingual

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ru", "en"])
def test_sections_have_the_addresses_and_titles_of_their_pages(content, language):
    with translation.override(language):
        request = RequestFactory().get("/")
        sections = live_sections_for(request)
        pages = list(Page.objects.child_of(Page.objects.get(depth=2)).live().order_by("path"))
        assert [(s.pk, s.url, s.title, s.show_in_menus) for s in sections] == [
            (p.pk, p.get_url(request), p.title, p.show_in_menus) for p in pages
        ]
        assert [url for _title, url, _current, _lang in main_menu_for(request)] == [
            p.get_url(request) for p in pages if p.show_in_menus
        ]


def test_breadcrumbs_under_a_section_hidden_from_menus(client, content):
    """A page whose ancestors are not all menu sections: its ancestors are read in one query."""
    about = StandardPage.objects.get(slug_en="about")
    about.show_in_menus = False
    about.save_revision().publish()
    child = bilingual(StandardPage(), ("Вложенная", ""), slug=("vlozhennaya", ""))
    about.add_child(instance=child)
    child.save_revision().publish()
    grandchild = bilingual(StandardPage(), ("Ещё глубже", "Deeper"), slug=("glubzhe", "deeper"))
    child.add_child(instance=grandchild)
    grandchild.save_revision().publish()

    with translation.override("en"):
        request = RequestFactory().get("/")
        crumbs = ancestors_for(request, grandchild)
        assert [(c.url, c.title) for c in crumbs] == [
            (p.get_url(request), p.title) for p in (about.get_parent(), about, child)
        ]
    html = client.get("/en/about/vlozhennaya/deeper/").content.decode()
    trail = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/en/">Home</a>' in trail
    assert '<a href="/en/about/"><span>' in trail
    assert '<a href="/en/about/vlozhennaya/"><span lang="ru">Вложенная</span></a>' in trail
