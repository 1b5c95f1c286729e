"""Property-based tests for what visitors (or robots) POST: every public form and
every public view gets bodies with odd Unicode, very long values, missing and
repeated fields. Never a 500, nothing stored that a person did not type, and
the answer in the language of the address (issue 12).

The forms: the feedback form (both languages), the password form of a
restricted page and of a private document collection. Every other public
address (pages, search, open data, feeds, the version for visually impaired
visitors) answers a POST with 405.
"""

import unicodedata
from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from astrakhan_portal.feedback.models import FeedbackMessage
from astrakhan_portal.feedback.text import has_visible_text
from standard.models import StandardPage

from .test_bad_input_fuzz import ODD_CATEGORIES, expected_language

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ALLOWED_STATUS = {200, 302, 400, 403, 404, 405, 429, 503}
FEEDBACK_FIELDS = ["name", "email", "message", "consent", "website", "csrfmiddlewaretoken"]
PASSWORD_FIELDS = ["password", "return_url"]

odd_text = st.text(st.characters(categories=ODD_CATEGORIES), max_size=60)
long_text = st.builds(
    lambda piece, n: piece * n,
    st.sampled_from(["a", "ы", "🙂", "\u200b", "\u202e", "\x00", "="]),
    st.integers(1, 7000),
)
plain_values = st.sampled_from(
    [
        "",
        "on",
        "off",
        "1",
        "true",
        "Айгуль",
        "a@example.com",
        "not-an-address",
        "//evil.example/",
        "http://evil.example/",
    ]
)
value = st.one_of(odd_text, long_text, plain_values, st.text(max_size=200))


def body(fields):
    """A form body: some of ``fields`` (or odd names), each missing, once or repeated."""
    name = st.one_of(st.sampled_from(fields), st.text(max_size=20))
    return st.lists(st.tuples(name, value), max_size=12)


def encode(pairs):
    """urlencoded as a browser would, lone surrogates sent as their bytes."""
    return urlencode(
        [(k.encode("utf-8", "surrogatepass"), v.encode("utf-8", "surrogatepass")) for k, v in pairs]
    )


def post(client, url, pairs):
    return client.post(url, encode(pairs), content_type="application/x-www-form-urlencoded")


def assert_answered(response, url):
    assert response.status_code < 500, (response.status_code, url)
    assert response.status_code in ALLOWED_STATUS, (response.status_code, url)
    if response.status_code in (301, 302):
        location = response["Location"]
        assert not location.startswith(("//", "/\\")) and "evil.example" not in location.split("?")[0], (
            location
        )
        return
    if response.get("Content-Type", "").startswith("text/html") and response.content:
        html = response.content.decode()
        assert f'<html lang="{expected_language(url)}"' in html, (response.status_code, url)


def assert_nothing_odd_stored(before):
    for message in FeedbackMessage.objects.exclude(pk__in=before):
        assert has_visible_text(message.name) and has_visible_text(message.message)
        for text in (message.name, message.email, message.message):
            assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text)
        assert message.language in ("ru", "en")


@pytest.fixture
def generous_limits(settings):
    """High enough that the examples reach the storing code, not only the rate limit."""
    settings.FEEDBACK_RATE_PER_ADDRESS = 10_000
    settings.FEEDBACK_RATE_PER_SESSION = 10_000
    settings.PASSWORD_FAILURE_LIMIT = 10_000


@FUZZ
@given(url=st.sampled_from(["/feedback/", "/en/feedback/"]), pairs=body(FEEDBACK_FIELDS))
def test_the_feedback_form_survives_any_body(content, generous_limits, url, pairs):
    before = list(FeedbackMessage.objects.values_list("pk", flat=True))
    response = post(Client(), url, pairs)
    assert_answered(response, url)
    stored = FeedbackMessage.objects.exclude(pk__in=before)
    if response.status_code != 302:
        assert not stored.exists()
    consent = [v for k, v in pairs if k == "consent"]
    if stored.exists():
        assert consent and consent[-1] == "on"
    assert_nothing_odd_stored(before)


@pytest.fixture
def password_forms(content, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page = StandardPage.objects.live().first()
    page_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret-1"
    )
    collection = Collection.get_first_root_node().add_child(name="Закрытые")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="secret-2"
    )
    return [
        f"/_util/authenticate_with_password/{page_restriction.pk}/{page.pk}/",
        f"/en/_util/authenticate_with_password/{page_restriction.pk}/{page.pk}/",
        f"/documents/authenticate_with_password/{collection_restriction.pk}/",
    ]


@FUZZ
@given(data=st.data(), pairs=body(PASSWORD_FIELDS))
def test_the_password_forms_survive_any_body(password_forms, generous_limits, data, pairs):
    url = data.draw(st.sampled_from(password_forms), label="url")
    response = post(Client(), url, pairs)
    if url.startswith("/documents/"):  # outside the language prefixes: no page language to check
        assert response.status_code in ALLOWED_STATUS
        return
    assert_answered(response, url)


READ_ONLY = [
    "/",
    "/en/",
    "/partnery/",
    "/en/projects/",
    "/search/",
    "/en/search/",
    "/open-data/",
    "/en/open-data/projects/data.csv",
    "/feeds/news.xml",
    "/accessibility/",
    "/en/feedback/sent/",
]


@FUZZ
@given(url=st.sampled_from(READ_ONLY), pairs=body(["q", "page", "country", "next"]))
def test_public_views_refuse_any_post(content, url, pairs):
    response = post(Client(enforce_csrf_checks=True), url, pairs)
    assert response.status_code == 405, url
    assert "POST" not in response["Allow"]


@pytest.mark.parametrize("url, language", [("/feedback/", "ru"), ("/en/feedback/", "en")])
def test_an_oversized_or_overfull_body_gets_a_400_in_the_visitors_language(client, content, url, language):
    before = FeedbackMessage.objects.count()
    oversized = "message=" + "ы" * (3 * 1024 * 1024)  # 6 MB once encoded, over DATA_UPLOAD_MAX_MEMORY_SIZE
    overfull = "&".join(["name=a"] * 10_001)  # over DATA_UPLOAD_MAX_NUMBER_FIELDS
    for raw in (oversized, overfull):
        response = client.post(url, raw, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 400
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert {"ru": "Неверный запрос", "en": "Bad request"}[language] in html
    assert FeedbackMessage.objects.count() == before


def test_repeated_fields_store_one_message_with_the_last_values(client, content):
    raw = encode(
        [
            ("name", "Первое имя"),
            ("name", "Второе имя"),
            ("email", "a@example.com"),
            ("message", "Текст"),
            ("consent", "off"),
            ("consent", "on"),
        ]
    )
    assert client.post("/feedback/", raw, content_type="application/x-www-form-urlencoded").status_code == 302
    assert FeedbackMessage.objects.get().name == "Второе имя"
