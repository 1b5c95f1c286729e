"""Fixtures shared by the whole suite."""

import os

import pytest
from django.utils import translation
from hypothesis import settings as hypothesis_settings

# Property-based tests (issue 5): the same examples on every CI run, random ones locally.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def content(db):
    """The initial content from the source text, as `make run` loads it.

    Loaded once into the test database and kept by transaction rollback; loaded
    again if a transactional test has flushed it.
    """
    from astrakhan_portal.initial_content.loader import ContentLoader
    from home.models import HomePage

    if not HomePage.objects.exists():
        ContentLoader().load()
    return HomePage.objects.get()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from astrakhan_portal.initial_content.loader import ContentLoader

    with django_db_blocker.unblock():
        ContentLoader().load()


@pytest.fixture(autouse=True)
def russian_by_default():
    """Every test starts in Russian, as a visitor without a prefix would."""
    with translation.override("ru"):
        yield


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Every test starts with an empty cache, as after a deployment."""
    from django.core.cache import cache

    cache.clear()
    yield
