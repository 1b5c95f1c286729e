"""Passwords of restricted pages and private document collections cannot be guessed at full speed (issue 12)."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from standard.models import StandardPage

pytestmark = pytest.mark.django_db

PASSWORD = "caspian-2026"
LIMIT = 5


@pytest.fixture
def restricted_page(content):
    page = StandardPage.objects.live().first()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return page, f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


@pytest.fixture
def private_document(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    collection = Collection.get_first_root_node().add_child(name="Для партнёров")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = get_document_model().objects.create(
        title="Соглашение", collection=collection, file=ContentFile(b"%PDF-1.4 secret", name="agreement.pdf")
    )
    return document, f"/documents/authenticate_with_password/{restriction.pk}/"


def guess(client, url, password, address="192.0.2.10", return_url="/"):
    return client.post(url, {"password": password, "return_url": return_url}, REMOTE_ADDR=address)


@pytest.mark.parametrize("prefix, language", [("", "ru"), ("/en", "en")])
def test_wrong_page_passwords_close_the_page_to_that_address(client, restricted_page, prefix, language):
    page, url = restricted_page
    url = prefix + url
    for _ in range(LIMIT):
        assert guess(client, url, "wrong").status_code == 200  # the password form again
    refused = guess(client, url, PASSWORD, return_url=page.url)
    assert refused.status_code == 429
    html = refused.content.decode()
    assert f'<html lang="{language}">' in html
    assert {"ru": "Слишком много неверных паролей", "en": "Too many wrong passwords"}[language] in html
    assert {"ru": "через 60 минут", "en": "in 60 minutes"}[language] in html
    # Another address still gets in with the right password.
    assert guess(Client(), url, PASSWORD, address="198.51.100.7", return_url=page.url).status_code == 302


def test_the_right_page_password_clears_the_count(client, restricted_page):
    page, url = restricted_page
    for _ in range(LIMIT - 1):
        guess(client, url, "wrong")
    assert guess(client, url, PASSWORD, return_url=page.url).status_code == 302
    for _ in range(LIMIT - 1):
        assert guess(client, url, "wrong").status_code == 200
    assert guess(client, url, PASSWORD, return_url=page.url).status_code == 302


def test_wrong_collection_passwords_are_throttled_too(client, private_document):
    document, url = private_document
    assert client.get(document.url).status_code == 200  # the password form, not the file
    for _ in range(LIMIT):
        assert guess(client, url, "wrong", return_url=document.url).status_code == 200
    assert guess(client, url, PASSWORD, return_url=document.url).status_code == 429
    other = Client()
    assert guess(other, url, PASSWORD, address="198.51.100.7", return_url=document.url).status_code == 302
    served = other.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 secret"
