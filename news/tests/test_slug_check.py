"""An editor saves and publishes a news item among many others: the slug check
costs the same whether the list holds three news items or thirty, and a slug
already taken in either language is still refused."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from astrakhan_portal.editorial.tests.admin_forms import page_form
from news.models import NewsPage
from tests.support.counting import Built
from tests.support.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def add_news(n):
    """A live news item in the news list, its slugs ``novost-<n>`` and ``news-<n>``; only
    its slugs matter here, so it is not published through a revision (dozens are made)."""
    return NewsPageFactory(
        title_ru=f"Новость {n}",
        title_en=f"News {n}",
        slug_ru=f"novost-{n}",
        slug_en=f"news-{n}",
        publish=False,
    )


def cost_of_clean(page):
    """(queries, model instances built) of validating ``page`` as saving a draft does."""
    page = NewsPage.objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as queries, Built() as built:
        page.full_clean()
    return len(queries), built.count


def test_the_slug_check_does_not_grow_with_the_number_of_siblings():
    subject = add_news(0)
    for n in range(1, 4):
        add_news(n)
    few = cost_of_clean(subject)
    for n in range(4, 31):
        add_news(n)
    many = cost_of_clean(subject)
    assert many == few
    queries, built = many
    assert built <= 3, f"{built} model instances built to validate one page"


@pytest.mark.parametrize(
    ("slugs", "field"),
    [
        (("novost-1", "fresh-en"), "slug_ru"),  # the Russian slug of a sibling
        (("svezhaya", "news-1"), "slug_en"),  # the English slug of a sibling
    ],
)
def test_a_slug_taken_by_a_sibling_in_either_language_is_refused(slugs, field):
    add_news(1)
    page = add_news(2)
    page = NewsPage.objects.get(pk=page.pk)
    page.slug_ru = page.slug = slugs[0]
    page.slug_en = slugs[1] or None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_an_english_slug_equal_to_a_siblings_untranslated_fallback_is_refused():
    """A sibling without an English slug is at its Russian slug in English too."""
    NewsPageFactory(title_ru="Только по-русски", title_en="", slug_ru="tolko-russkiy")
    page = NewsPage.objects.get(pk=add_news(3).pk)
    page.slug_en = "tolko-russkiy"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "slug_en" in error.value.message_dict


def test_a_free_slug_passes():
    add_news(1)
    page = NewsPage.objects.get(pk=add_news(2).pk)
    page.slug_en = "something-else"
    page.full_clean()


@pytest.fixture
def admin(db, django_user_model, client):
    user = django_user_model.objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(user)
    return client


def save_draft(admin, page, **fields):
    """The editor opens the news item in the admin, changes ``fields`` and saves a draft."""
    url = f"/admin/pages/{page.pk}/edit/"
    _form, data = page_form(admin, url, body_ru=["Текст."], body_en=["Text."], **fields)
    with Built() as built:
        response = admin.post(url, data)
    return response, built.count


def test_saving_a_draft_in_the_admin_does_not_load_every_sibling(admin):
    subject = add_news(0)
    for n in range(1, 4):
        add_news(n)
    response, few = save_draft(admin, subject, summary_ru="Новое.")
    assert response.status_code == 302
    for n in range(4, 41):
        add_news(n)
    response, many = save_draft(admin, subject, summary_ru="Ещё новее.")
    assert response.status_code == 302
    assert many - few < 10, f"{few} model instances built with 4 siblings, {many} with 41"


def test_the_admin_refuses_an_english_slug_a_sibling_has(admin):
    add_news(1)
    page = add_news(2)
    response, _built = save_draft(admin, page, slug_en="news-1")
    assert response.status_code == 200
    assert "slug_en" in response.context["form"].errors
    page.refresh_from_db()
    assert page.slug_en == "news-2"
