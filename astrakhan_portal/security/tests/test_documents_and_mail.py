"""Private documents are served only through the app, and a failed password-reset
mail is logged and reported (issue 12, items 8 and 9)."""

import logging
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from django.urls import Resolver404, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from .test_deployment import ROOT, random_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.get_first_root_node().add_child(name="Закрытые")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="pw-12345"
    )
    return get_document_model().objects.create(
        title="Протокол", collection=collection, file=ContentFile(b"%PDF-1.4 private", name="protocol.pdf")
    )


def test_documents_are_served_by_the_app_never_by_a_media_path(client, private_document, settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert private_document.url == f"/documents/{private_document.pk}/protocol.pdf"
    assert private_document.file.name.startswith("documents/")
    response = client.get(private_document.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()  # the password form, not the file
    media_url = "/media/" + private_document.file.name
    assert client.get(media_url).status_code == 404


def test_the_development_server_serves_media_but_not_documents(private_document, settings, tmp_path):
    from astrakhan_portal.security.media import media_patterns

    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "photo.png").write_bytes(b"png")
    resolver = URLResolver(RegexPattern(r"^/"), media_patterns())
    assert resolver.resolve("/media/original_images/photo.png").kwargs["path"] == "original_images/photo.png"
    with pytest.raises(Resolver404):
        resolver.resolve("/media/" + private_document.file.name)
    with pytest.raises(Resolver404):
        get_resolver().resolve("/media/" + private_document.file.name)


class BrokenMailBackend:
    """An SMTP server that cannot be reached."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("[Errno 111] Connection refused")


def test_a_failed_password_reset_mail_is_logged_and_the_person_told(
    client, django_user_model, settings, caplog
):
    """The admin's sign-in pages are in the site's language (Russian) for a visitor without a session."""
    django_user_model.objects.create_user("editor", "editor@example.org", "pw-editor-123")
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    with caplog.at_level(logging.ERROR, logger="astrakhan_portal.security.password_reset"):
        response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 503
    assert (
        "Не удалось отправить письмо из-за технической неполадки. Попробуйте позже."
        in response.content.decode()
    )
    assert "could not be sent" in caplog.text


def test_a_password_reset_mail_that_goes_out_still_says_sent(client, django_user_model, mailoutbox):
    django_user_model.objects.create_user("editor", "editor@example.org", "pw-editor-123")
    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/done/"
    assert len(mailoutbox) == 1


def test_production_reads_mail_and_proxy_settings_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS, "
        "s.DEFAULT_FROM_EMAIL, s.TRUSTED_PROXIES)"
    )
    env = {
        "SECRET_KEY": random_key(),
        "ALLOWED_HOSTS": "example.org",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_HOST_USER": "portal",
        "EMAIL_HOST_PASSWORD": "from-the-environment",
        "DEFAULT_FROM_EMAIL": "portal@example.org",
        "TRUSTED_PROXIES": "10.0.0.5, 172.18.0.0/16",
    }
    result = run_production(code, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "smtp.example.org",
        "587",
        "portal",
        "from-the-environment",
        "True",
        "portal@example.org",
        "['10.0.0.5',",
        "'172.18.0.0/16']",
    ]
    bad = run_production(None, {**env, "TRUSTED_PROXIES": "10.0.0.5,not-an-address"})
    assert "ImproperlyConfigured" in bad.stderr and "TRUSTED_PROXIES" in bad.stderr
    old = run_production(None, {**env, "TRUSTED_PROXY_COUNT": "1"})
    assert "ImproperlyConfigured" in old.stderr and "TRUSTED_PROXIES" in old.stderr


def run_production(code, env):
    """``manage.py shell -c code`` (or ``check`` without code) under the production settings."""
    import os

    environment = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "TRUSTED_PROXY"))}
    environment.update(DJANGO_SETTINGS_MODULE="astrakhan_portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *(["shell", "-c", code] if code else ["check"])],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
