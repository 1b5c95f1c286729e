"""Russian titles give Latin slugs (the passport transliteration), in the admin and on
the server; a page whose slug is still Cyrillic keeps its address."""

from io import StringIO
from urllib.parse import quote

import pytest

from astrakhan_portal.editorial.tests.admin_forms import page_form
from astrakhan_portal.translation_admin.slugs import slugify_title, transliterate
from news.models import NewsIndexPage, NewsPage
from tests.support.pages import bilingual, publish_child


@pytest.mark.parametrize(
    "russian, latin",
    [
        # Examples of ICAO Doc 9303 / Order No. 372 of the Russian Foreign Ministry.
        ("Юлия Щербакова", "Iuliia Shcherbakova"),
        ("Хабаровск", "Khabarovsk"),
        ("Царёв Объезд", "Tsarev Obieezd"),
        ("Чайковский, Шишкин, Эрмитаж", "Chaikovskii, Shishkin, Ermitazh"),
        ("Дальний Восток", "Dalnii Vostok"),
        ("Рыбный Яр", "Rybnyi Iar"),
        ("Astrakhan 2026", "Astrakhan 2026"),
    ],
)
def test_russian_is_written_by_the_passport_table(russian, latin):
    assert transliterate(russian) == latin


def test_a_russian_title_gives_a_readable_latin_slug():
    assert slugify_title("Делегация Туркменистана посетила Астрахань") == (
        "delegatsiia-turkmenistana-posetila-astrakhan"
    )
    assert slugify_title("Форум «Каспий — территория сотрудничества» — 2026") == (
        "forum-kaspii-territoriia-sotrudnichestva-2026"
    )


@pytest.mark.django_db
def test_an_editor_who_leaves_the_slugs_empty_gets_latin_ones_from_the_titles(editor):
    index = NewsIndexPage.objects.get()
    url = f"/admin/pages/add/news/newspage/{index.pk}/"
    _response, data = page_form(
        editor,
        url,
        title_ru="Астраханские щи в Ашхабаде",
        title_en="Astrakhan cabbage soup in Ashgabat",
        slug_ru="",
        slug_en="",
        date="2025-03-14",
        body_ru=[],
        body_en=[],
    )
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(title_ru="Астраханские щи в Ашхабаде")
    assert page.slug_ru == "astrakhanskie-shchi-v-ashkhabade"
    assert page.slug_en == "astrakhan-cabbage-soup-in-ashgabat"

    # The same title again: the next free slug, not an error.
    _response, data = page_form(
        editor,
        url,
        title_ru="Астраханские щи в Ашхабаде",
        slug_ru="",
        date="2025-03-15",
        body_ru=[],
        body_en=[],
    )
    assert editor.post(url, data).status_code == 302
    assert NewsPage.objects.filter(slug_ru="astrakhanskie-shchi-v-ashkhabade-2").exists()


@pytest.mark.django_db
def test_the_admins_slug_inputs_transliterate_by_the_same_table(editor):
    index = NewsIndexPage.objects.get()
    html = editor.get(f"/admin/pages/add/news/newspage/{index.pk}/").content.decode()
    for name in ("slug_ru", "slug_en"):
        tag = html[
            html.rindex("<input", 0, html.index(f'name="{name}"')) : html.index(
                ">", html.index(f'name="{name}"')
            )
        ]
        assert 'data-controller="w-slug"' in tag, name
        # Django leaves a false boolean attribute out: Wagtail's controller then strips non-Latin letters.
        assert "data-w-slug-allow-unicode-value" not in tag, name
        assert "&quot;shch&quot;" in tag and "&quot;iu&quot;" in tag, name


@pytest.mark.django_db
def test_a_page_whose_slug_is_still_cyrillic_keeps_its_address_and_can_be_edited(client, content):
    from django.contrib.auth import get_user_model

    index = NewsIndexPage.objects.get()
    page = bilingual(NewsPage(), ("Старая новость", "Old news"), slug=("старая-новость", "old-news"))
    publish_child(index, page)

    response = client.get(f"/novosti/{quote('старая-новость')}/")
    assert response.status_code == 200
    assert "Старая новость" in response.content.decode()

    chief = get_user_model().objects.create_superuser("chief", "chief@example.invalid", "x")
    client.force_login(chief)
    url = f"/admin/pages/{page.pk}/edit/"
    _response, data = page_form(client, url, summary_ru="Исправлено.", body_ru=[], body_en=[])
    data["action-publish"] = "1"
    assert client.post(url, data).status_code == 302
    page.refresh_from_db()
    assert page.slug_ru == "старая-новость" and page.summary_ru == "Исправлено."


@pytest.mark.django_db
def test_latinize_slugs_moves_old_cyrillic_addresses_to_latin_ones_and_redirects_the_old_ones(
    client, content, django_capture_on_commit_callbacks
):
    """A site upgraded from before transliteration: the news section and an item in it still have
    Cyrillic slugs. After `manage.py latinize_slugs` both have Latin addresses, every old address
    (in each language, the item's too) answers 301 to the new one, and publishing the item again
    from its draft does not bring the Cyrillic slug back."""
    from django.core.management import call_command
    from wagtail.models import Revision

    index = NewsIndexPage.objects.get()
    index.slug_ru = "новости"  # as an old database holds it
    index.save()
    page = bilingual(NewsPage(), ("Старая новость", "Old news"), slug=("старая-новость", "старая-новость"))
    publish_child(index, page)
    old_ru = f"/{quote('новости')}/{quote('старая-новость')}/"
    old_en = f"/en/news/{quote('старая-новость')}/"
    assert client.get(old_ru).status_code == 200

    out = StringIO()
    # As in production, Wagtail's own redirects for the slug changes are made after the commit.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("latinize_slugs", stdout=out)
    from wagtail.contrib.redirects.models import Redirect

    assert Redirect.objects.filter(automatically_created=True).exists(), "Wagtail's own redirects ran too"
    assert set(Redirect.objects.filter(automatically_created=False).values_list("old_path", flat=True)) == {
        "/новости",
        "/новости/старая-новость",
        "/en/news/старая-новость",
    }
    assert "старая-новость → staraia-novost" in out.getvalue()

    response = client.get(old_ru)
    assert response.status_code == 301 and response["Location"] == "/novosti/staraia-novost/"
    assert "Старая новость" in client.get(response["Location"]).content.decode()
    response = client.get(f"/{quote('новости')}/")
    assert response.status_code == 301 and response["Location"] == "/novosti/"
    response = client.get(old_en)
    assert response.status_code == 301 and response["Location"] == "/en/news/staraia-novost/"
    assert client.get("/en/news/staraia-novost/").status_code == 200

    page.refresh_from_db()
    assert Revision.objects.for_instance(page).latest("pk").content["slug_ru"] == "staraia-novost"
    page.get_latest_revision().publish()
    page.refresh_from_db()
    assert (page.slug_ru, page.slug_en) == ("staraia-novost", "staraia-novost")

    again = StringIO()
    call_command("latinize_slugs", stdout=again)
    assert "No page has a Cyrillic slug" in again.getvalue()


@pytest.mark.django_db
def test_a_latin_slug_already_taken_by_a_sibling_gets_a_number(content):
    from django.core.management import call_command

    index = NewsIndexPage.objects.get()
    publish_child(index, bilingual(NewsPage(), ("Встреча", "Meeting"), slug=("vstrecha", "meeting")))
    old = bilingual(NewsPage(), ("Встреча", "Meeting 2"), slug=("встреча", "meeting-2"))
    publish_child(index, old)
    call_command("latinize_slugs", stdout=StringIO())
    old.refresh_from_db()
    assert old.slug_ru == "vstrecha-2"
