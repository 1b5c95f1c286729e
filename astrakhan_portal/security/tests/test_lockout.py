"""Guessing an editor's password: after 5 failures the user is locked out from that address for an hour."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest

pytestmark = pytest.mark.django_db

PASSWORD = "Correct horse 42"
LIMIT = settings.AXES_FAILURE_LIMIT


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password, username="editor", address="192.0.2.10", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        **headers,
    )


def is_signed_in(client):
    return client.get("/admin/").status_code == 200


def test_settings_lock_out_after_five_failures_for_an_hour():
    assert LIMIT == 5
    assert settings.AXES_COOLOFF_TIME == 1
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_RESET_ON_SUCCESS is True
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"


def test_repeated_failures_lock_the_user_out_even_with_the_right_password(client, editor):
    for _ in range(LIMIT - 1):
        response = sign_in(client, "wrong password")
        assert response.status_code == 200  # the sign-in form again, with its error
        assert "Sign-in blocked" not in response.content.decode()
    locked = sign_in(client, "still wrong")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert '<html lang="ru"' in html
    assert "Вход заблокирован" in html
    assert "после 5 неудачных попыток" in html
    assert "через 60 минут" in html

    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert not is_signed_in(client)


def test_the_lockout_page_is_in_the_language_of_the_sign_in_page(client, editor):
    """The admin's sign-in page is in the site's default language; so is the lockout page."""
    sign_in_page = client.get("/admin/login/").content.decode()
    for _ in range(LIMIT):
        response = sign_in(client, "wrong")
    assert response.status_code == 429
    html = response.content.decode()
    language = sign_in_page.split('<html lang="', 1)[1][:2]
    assert f'<html lang="{language}"' in html
    assert 'href="/admin/login/"' in html  # back to the sign-in page ...
    assert 'name="password"' not in html  # ... but no form to keep guessing with
    assert "Вернуться на страницу входа" in html


def test_the_lockout_is_for_that_user_from_that_address_only(client, editor):
    get_user_model().objects.create_superuser("colleague", "colleague@example.org", PASSWORD)
    for _ in range(LIMIT):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 429
    # The same user from another address, and a colleague from the same address, still sign in.
    assert sign_in(client, PASSWORD, address="198.51.100.7").status_code == 302
    client.logout()
    assert sign_in(client, PASSWORD, username="colleague").status_code == 302


def test_an_administrator_unlocks_a_user_with_axes_reset(client, editor):
    for _ in range(LIMIT):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "editor")
    assert sign_in(client, PASSWORD).status_code == 302
    assert is_signed_in(client)


def test_a_successful_sign_in_resets_the_count(client, editor):
    for _ in range(LIMIT - 1):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, PASSWORD).status_code == 302


def test_tests_still_sign_in_with_force_login_or_login_with_a_request(client, editor):
    client.force_login(editor)
    assert is_signed_in(client)
    client.logout()
    # With axes, Client.login() must say which request it stands for.
    request = HttpRequest()
    request.META["REMOTE_ADDR"] = "127.0.0.1"
    assert client.login(request=request, username="editor", password=PASSWORD)
    assert is_signed_in(client)


PROXY = "10.0.0.5"


def test_a_visitor_reaching_the_app_directly_cannot_choose_an_address(client, editor, settings):
    """With a proxy configured but the app reached directly, a rotating
    X-Forwarded-For does not dodge the lockout, nor does a spoofed one unlock it."""
    settings.TRUSTED_PROXY_COUNT = 1  # as in the report; no longer read
    settings.TRUSTED_PROXIES = [PROXY]
    for n in range(LIMIT):
        sign_in(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n + 1}")
    assert sign_in(client, "wrong again", HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429
    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert not is_signed_in(client)


def test_behind_a_configured_proxy_the_lockout_counts_the_forwarded_address(client, editor, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    for _ in range(LIMIT):
        sign_in(client, "wrong", address=PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.1")
    # The visitor's own address (the one the proxy saw) is locked, whatever they put to the left ...
    locked = sign_in(client, PASSWORD, address=PROXY, HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.1")
    assert locked.status_code == 429
    # ... and another visitor behind the same proxy is not.
    assert sign_in(client, PASSWORD, address=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("203.0.113.1", "6.6.6.6", "203.0.113.1"),  # not from a proxy: header ignored
        ("10.0.0.5", "6.6.6.6, 203.0.113.1", "203.0.113.1"),  # one proxy
        ("10.0.0.5", "6.6.6.6, 203.0.113.1, 10.0.0.9", "203.0.113.1"),  # two proxies
        ("10.0.0.5", "not-an-address", "10.0.0.5"),  # garbage stops at the proxy
        ("10.0.0.5", "", "10.0.0.5"),
        ("::1", "203.0.113.1", "::1"),
    ],
)
def test_the_client_address_is_read_only_through_trusted_proxies(settings, remote, forwarded, expected):
    from astrakhan_portal.security.client_ip import client_ip

    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    request = HttpRequest()
    request.META.update(REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
