"""Unknown addresses and malformed parameters: a 404 or a message, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url, language, text",
    [
        ("/net-takoy-stranicy/", "ru", "Страница не найдена"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/partnery/atlantida/", "ru", "Страница не найдена"),
        ("/en/partners/atlantis/", "en", "Page not found"),
        ("/en/%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82/", "en", "Page not found"),
    ],
)
def test_unknown_urls_give_a_404_in_the_visitors_language(client, content, url, language, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html


@pytest.mark.parametrize(
    "url",
    [
        "/proekty/?country=zz",
        "/proekty/?country=%00&sphere=",
        "/en/projects/?sphere=" + "x" * 5000,
        "/en/projects/?country[]=az&country=az&country=kz",
        "/novosti/?page=abc",
        "/novosti/?page=-1",
        "/novosti/?page=99999999999999999999999",
        "/en/news/?year=20x4&country=🙂",
        "/en/news/?page=1.5",
        "/search/?q=" + "ы" * 5000,
        "/en/search/?q=%00%01",
        "/en/search/?q=&page=zz",
        "/en/search/?q=a&page=-3",
        "/search/?q=0&page=99999999999999999999",
        "/en/search/?q=forum&page=9223372036854775808",
        "/en/events/?x=%ff",
    ],
)
def test_malformed_query_parameters_never_give_a_500(client, content, url):
    response = client.get(url)
    assert response.status_code in (200, 400, 404), url


def test_an_unknown_filter_value_falls_back_with_a_message(client, content):
    html = client.get("/en/projects/?country=zz").content.decode()
    assert "had an unknown value and was ignored" in html
    assert "Iran’s Trading House" in html  # the unfiltered list

    ru = client.get("/proekty/?sphere=nope").content.decode()
    assert "Значение фильтра «Сфера» не распознано, поэтому фильтр не применён." in ru


def test_filters_narrow_the_project_list(client, content):
    html = client.get("/en/projects/?country=by").content.decode()
    assert "Minsk Tractor Plant service center" in html
    assert "Iran’s Trading House" not in html
    html = client.get("/en/projects/?country=kz&sphere=shipbuilding").content.decode()
    assert "Dredgers for Kazakhstan" in html
    assert "Kurmangazy Regional Cultural Center" not in html
