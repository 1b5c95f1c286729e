"""An editor can create each page type where the tree allows, and nowhere else."""

import pytest
from wagtail.models import Page

from events.models import EventIndexPage, EventSeriesPage
from home.models import HomePage
from monuments.models import MonumentIndexPage, MonumentPage
from news.models import NewsIndexPage, NewsPage
from partners.models import CountryIndexPage, CountryPage
from projects.models import ProjectIndexPage, ProjectPage
from standard.models import StandardPage
from universities.models import UniversityIndexPage, UniversityPage

ALL_TYPES = [
    HomePage,
    CountryIndexPage,
    CountryPage,
    ProjectIndexPage,
    ProjectPage,
    MonumentIndexPage,
    MonumentPage,
    UniversityIndexPage,
    UniversityPage,
    EventIndexPage,
    EventSeriesPage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
]

# page type -> the page types it may be created under
ALLOWED_PARENTS = {
    HomePage: {Page},
    CountryIndexPage: {HomePage},
    CountryPage: {CountryIndexPage},
    ProjectIndexPage: {HomePage},
    ProjectPage: {ProjectIndexPage},
    MonumentIndexPage: {HomePage},
    MonumentPage: {MonumentIndexPage},
    UniversityIndexPage: {HomePage},
    UniversityPage: {UniversityIndexPage},
    EventIndexPage: {HomePage},
    EventSeriesPage: {EventIndexPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    StandardPage: {HomePage, StandardPage},
}

SINGLETONS = [
    HomePage,
    CountryIndexPage,
    ProjectIndexPage,
    MonumentIndexPage,
    UniversityIndexPage,
    EventIndexPage,
    NewsIndexPage,
]


@pytest.mark.parametrize("page_type", ALL_TYPES, ids=lambda m: m.__name__)
def test_each_page_type_declares_its_place_in_the_tree(page_type):
    assert set(page_type.allowed_parent_page_models()) == ALLOWED_PARENTS[page_type]
    for other in ALL_TYPES:
        may_hold = other in ALLOWED_PARENTS and page_type in ALLOWED_PARENTS[other]
        assert (other in page_type.allowed_subpage_models()) == may_hold, other


@pytest.mark.parametrize("page_type", ALL_TYPES, ids=lambda m: m.__name__)
def test_each_page_type_can_be_created_only_under_its_parents(content, page_type):
    """Against the real tree: allowed where the rules say, refused elsewhere."""
    one_page_of_each = [Page.get_first_root_node()] + [
        model.objects.first() for model in ALL_TYPES if model.objects.exists()
    ]
    for parent in one_page_of_each:
        parent_type = type(parent.specific)
        allowed = parent_type in ALLOWED_PARENTS[page_type]
        if page_type in SINGLETONS:
            # Singletons already exist once, so they may not be added again anywhere.
            allowed = False
        assert page_type.can_create_at(parent.specific) == allowed, (page_type, parent_type)


def test_singletons_have_a_max_count_of_one():
    for model in SINGLETONS:
        assert model.max_count == 1, model
