"""A robot or a careless hand misuses the feedback form; a visitor loses nothing (issue 12)."""

import logging
import re
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client

from astrakhan_portal.feedback.models import FeedbackMessage

pytestmark = pytest.mark.django_db

LETTER = {
    "name": "Айгуль Сапарова",
    "email": "aigul@example.com",
    "message": "Здравствуйте! Где найти расписание Каспийского медиафорума?",
    "consent": "on",
    "website": "",
}
TOO_MANY = {
    "ru": "Вы отправили несколько сообщений за короткое время",
    "en": "You have sent several messages in a short time",
}
NOT_STORED = {
    "ru": "Не удалось сохранить сообщение из-за технической неполадки",
    "en": "Your message could not be saved because of a technical problem on our side",
}


def send(client, prefix="", address="192.0.2.1", **fields):
    return client.post(f"{prefix}/feedback/", {**LETTER, **fields}, REMOTE_ADDR=address)


@pytest.mark.parametrize("prefix, language", [("", "ru"), ("/en", "en")])
def test_one_address_sending_too_many_messages_is_asked_to_wait(content, settings, prefix, language):
    settings.FEEDBACK_RATE_PER_ADDRESS = 3
    for n in range(3):
        assert send(Client(), prefix, message=f"Сообщение {n}").status_code == 302
    refused = send(Client(), prefix, message="Четвёртое сообщение, его текст не теряется")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert f'<html lang="{language}">' in html
    assert TOO_MANY[language] in html
    assert "Четвёртое сообщение, его текст не теряется" in html
    assert 'value="Айгуль Сапарова"' in html
    assert FeedbackMessage.objects.count() == 3
    # Another visitor is not affected.
    assert send(Client(), prefix, address="198.51.100.9").status_code == 302


def test_one_session_sending_too_many_messages_is_asked_to_wait(client, content, settings):
    """The same browser from changing addresses (a mobile network) is counted by its session."""
    settings.FEEDBACK_RATE_PER_SESSION = 2
    assert send(client, address="192.0.2.1").status_code == 302  # the first message opens a session
    assert send(client, address="192.0.2.2").status_code == 302
    assert send(client, address="192.0.2.3").status_code == 302
    refused = send(client, address="192.0.2.4")
    assert refused.status_code == 429
    assert TOO_MANY["ru"] in refused.content.decode()
    assert FeedbackMessage.objects.count() == 3


def test_a_forged_forwarded_address_does_not_escape_the_limit(content, settings):
    settings.FEEDBACK_RATE_PER_ADDRESS = 2
    for n in range(2):
        Client().post("/feedback/", LETTER, REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    response = Client().post(
        "/feedback/", LETTER, REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR="203.0.113.77"
    )
    assert response.status_code == 429


def test_a_failing_cache_lets_messages_through_and_is_logged(client, content, caplog):
    broken = mock.Mock()
    broken.add.side_effect = ConnectionError("Redis is down")
    with (
        mock.patch("astrakhan_portal.security.rate_limit.caches", {"default": broken}),
        caplog.at_level(logging.WARNING, logger="astrakhan_portal.security.rate_limit"),
    ):
        assert send(client).status_code == 302
    assert FeedbackMessage.objects.count() == 1
    assert "could not count" in caplog.text


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "\u200b\u200b\u200b"},
        {"name": "\u200d\u2060\ufeff \u3164"},
        {"message": "\u200b" * 50},
        {"message": "\u202e\u200e\u200f\u2800\n\t"},
        {"message": "\x01\x02\x1b\u200b"},
    ],
)
def test_a_name_or_message_of_invisible_characters_is_refused(client, content, fields):
    response = send(client, "/en", **fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please enter your name." in html or "Please write your message." in html
    assert not FeedbackMessage.objects.exists()


def test_a_persian_name_with_a_zero_width_non_joiner_is_kept(client, content):
    assert send(client, name="مهدی\u200cزاده").status_code == 302
    assert FeedbackMessage.objects.get().name == "مهدی\u200cزاده"


@pytest.mark.parametrize("value", ["off", "no", "false", "0", "", "ON ", "checked"])
def test_consent_counts_only_as_a_ticked_checkbox_sends_it(client, content, value):
    response = send(client, consent=value)
    assert response.status_code == 200
    assert "Отметьте согласие на обработку персональных данных" in response.content.decode()
    assert not FeedbackMessage.objects.exists()


def test_repeated_consent_fields_take_the_last_value(client, content):
    body = "name=A&email=a%40example.com&message=Hi&consent=on&consent=off"
    response = client.post("/feedback/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not FeedbackMessage.objects.exists()


def database_down(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.parametrize("prefix, language", [("", "ru"), ("/en", "en")])
def test_a_message_typed_while_the_database_is_down_is_given_back(client, content, prefix, language):
    """Every query fails, as when PostgreSQL is down: the page still renders, in
    the visitor's language, with everything typed and a clear message."""
    client.cookies["sessionid"] = "a-session-from-yesterday"
    text = "Очень длинное и важное сообщение, набранное за полчаса.\nВторая строка."
    with connection.execute_wrapper(database_down):
        response = send(client, prefix, message=text, name="Мехди Ахмедов")
    assert response.status_code == 503
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert NOT_STORED[language] in html
    assert "Очень длинное и важное сообщение, набранное за полчаса." in html
    assert "Вторая строка." in html
    assert 'value="Мехди Ахмедов"' in html
    assert 'value="aigul@example.com"' in html
    assert "checked" in re.search(r'<input[^>]*name="consent"[^>]*>', html).group(0)
    assert not FeedbackMessage.objects.exists()
    # Once the database is back, sending again stores the message.
    assert send(client, prefix, message=text).status_code == 302
    assert FeedbackMessage.objects.get().message == text
