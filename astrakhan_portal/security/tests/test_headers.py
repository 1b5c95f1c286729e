"""Every response carries the security headers; public pages allow only the site's own resources."""

import importlib
import re
import sys

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Page

pytestmark = pytest.mark.django_db

PUBLIC_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Headers that must be the same on every page, public or admin.
COMMON = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def directives(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


def assert_common_headers(response):
    for name, value in COMMON.items():
        assert response[name] == value, name
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in permissions


@pytest.mark.parametrize(
    "url, status", [("/", 200), ("/en/", 200), ("/en/partners/iran/", 200), ("/net-takoy/", 404)]
)
def test_public_pages_and_errors_allow_only_the_sites_own_resources(client, content, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert_common_headers(response)
    assert response["Content-Security-Policy"] == PUBLIC_CSP
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_the_admin_sign_in_page_has_the_admins_looser_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_common_headers(response)
    policy = directives(response)
    # Wagtail's admin templates need inline scripts and styles ...
    assert "'unsafe-inline'" in policy["script-src"] and "'unsafe-inline'" in policy["style-src"]
    # ... and show the page preview in a frame of the same site, and nowhere else.
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert (
        "https:" not in response["Content-Security-Policy"] and "*" not in response["Content-Security-Policy"]
    )
    # The CSRF cookie is not readable by scripts: the admin takes the token from the page.
    assert response.cookies["csrftoken"]["httponly"]


def test_the_session_cookie_is_hidden_from_scripts(client, db):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "Correct horse 42")
    response = client.post("/admin/login/", {"username": "editor", "password": "Correct horse 42"})
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]
    assert response.cookies["sessionid"]["samesite"] == "Lax"


def test_no_public_page_needs_an_inline_script_or_style(client, content):
    """The strict policy would break them, so no template may contain one."""
    seen = {}
    for page in Page.objects.live().descendant_of(content, inclusive=True).specific():
        seen.setdefault(type(page), page)
    for page in seen.values():
        for language in ("ru", "en"):
            with translation.override(language):
                url = page.get_url()
            html = client.get(url).content.decode()
            # JSON-LD is data, not a script: browsers never execute it and CSP allows it.
            scripts = re.findall(r"<script(?![^>]*\ssrc=)[^>]*>", html)
            assert set(scripts) <= {'<script type="application/ld+json">'}, url
            assert not re.search(r"<style[\s>]", html), url
            assert not re.search(r"\sstyle=", html), url
            assert not re.search(r"\son[a-z]+=", html), url  # no inline event handlers
            # Nothing the browser loads by itself comes from another host.
            assert not re.search(
                r"<(script|link|img|iframe|source|video|audio)\s[^>]*(src|href)=\"(https?:)?//(?!testserver/)",
                html,
            ), url


@pytest.fixture
def production_security(settings, monkeypatch):
    """The security settings exactly as production.py makes them."""
    monkeypatch.setenv("SECRET_KEY", "x" * 20 + "production-test-key-long-enough-42")
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    sys.modules.pop("astrakhan_portal.settings.production", None)
    production = importlib.import_module("astrakhan_portal.settings.production")
    sys.modules.pop("astrakhan_portal.settings.production", None)
    for name in dir(production):
        if name.startswith(("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME")):
            setattr(settings, name, getattr(production, name))
    return production


def test_production_sends_hsts_and_secure_cookies(client, content, production_security):
    assert production_security.SECURE_HSTS_SECONDS >= 31536000
    # Plain HTTP is redirected to HTTPS (the proxy says which one was used).
    assert client.get("/en/").status_code == 301
    response = client.get("/en/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert_common_headers(response)
    sign_in = client.get("/admin/login/", secure=True)
    assert sign_in.cookies["csrftoken"]["secure"] and sign_in.cookies["csrftoken"]["httponly"]
    get_user_model().objects.create_superuser("editor", "editor@example.org", "Correct horse 42")
    login = client.post("/admin/login/", {"username": "editor", "password": "Correct horse 42"}, secure=True)
    assert login.status_code == 302
    assert login.cookies["sessionid"]["secure"] and login.cookies["sessionid"]["httponly"]


SECURITY_HEADERS = (
    "Strict-Transport-Security",
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
)
