"""A visitor writes to the editors; editors read the message in the admin."""

import re

import pytest
from django.contrib.auth.models import Group

from astrakhan_portal.feedback.models import FeedbackMessage

pytestmark = pytest.mark.django_db

LETTER = {
    "name": "Айгуль Сапарова",
    "email": "aigul@example.com",
    "message": "Здравствуйте! Где найти расписание Каспийского медиафорума?",
    "consent": "on",
    "website": "",
}


def test_the_form_says_it_is_feedback_not_an_official_appeal(client, content):
    html = client.get("/feedback/").content.decode()
    assert "Это обратная связь о работе портала, а не официальное обращение." in html
    english = client.get("/en/feedback/").content.decode()
    assert "This is feedback about the portal, not an official appeal." in english
    # The consent is a separate box, not ticked, and links to the privacy policy.
    consent = re.search(r'<input[^>]*name="consent"[^>]*>', html).group(0)
    assert 'type="checkbox"' in consent and "checked" not in consent
    assert 'href="/politika-konfidencialnosti/"' in html
    assert 'href="/en/privacy-policy/"' in english


def test_a_visitor_sends_a_message_and_it_is_stored(client, content):
    response = client.post("/en/feedback/", LETTER)
    assert response.status_code == 302
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you for your message" in thanks
    stored = FeedbackMessage.objects.get()
    assert (stored.name, stored.email, stored.language) == ("Айгуль Сапарова", "aigul@example.com", "en")
    assert stored.message == LETTER["message"]


def test_invalid_input_gets_clear_messages_in_the_visitors_language_and_keeps_the_text(client, content):
    response = client.post("/feedback/", {**LETTER, "email": "not-an-address", "consent": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Введите адрес электронной почты вида name@example.com." in html
    assert "Отметьте согласие на обработку персональных данных" in html
    assert 'value="Айгуль Сапарова"' in html
    assert "Где найти расписание Каспийского медиафорума?" in html
    assert 'aria-invalid="true"' in html
    assert not FeedbackMessage.objects.exists()

    english = client.post(
        "/en/feedback/", {"name": "", "email": "", "message": "", "consent": ""}
    ).content.decode()
    for text in ["Please enter your name.", "Please enter your e-mail address", "Please write your message."]:
        assert text in english


def test_a_too_long_message_is_refused_with_a_clear_error(client, content):
    html = client.post("/en/feedback/", {**LETTER, "message": "ы" * 5001}).content.decode()
    assert "The message is too long: at most 5000 characters (it has 5001). Please shorten it." in html
    html = client.post(
        "/feedback/", {**LETTER, "name": "Я" * 201, "email": "a" * 250 + "@example.com"}
    ).content.decode()
    assert "Имя слишком длинное: не более 200 символов (сейчас 201)." in html
    assert "Адрес электронной почты слишком длинный" in html
    assert not FeedbackMessage.objects.exists()
    assert client.post("/feedback/", {**LETTER, "message": "ы" * 5000}).status_code == 302


def test_a_filled_honeypot_looks_like_success_but_stores_nothing(client, content):
    response = client.post("/feedback/", {**LETTER, "website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"] == "/feedback/sent/"
    assert not FeedbackMessage.objects.exists()


def test_odd_requests_do_not_break_the_form(client, content):
    assert client.post("/feedback/", {}).status_code == 200
    assert client.put("/feedback/").status_code == 405
    assert client.post("/feedback/", {**LETTER, "name": "\x00\x01"}).status_code == 200
    assert not FeedbackMessage.objects.exists()


def test_editors_read_the_messages_in_the_admin_but_cannot_change_them(client, content, django_user_model):
    client.post("/feedback/", LETTER)
    message = FeedbackMessage.objects.get()
    editor = django_user_model.objects.create_user("editor", password="pw-editor-123")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    listing = client.get("/admin/feedback/").content.decode()
    assert "Айгуль Сапарова" in listing
    inspect = client.get(f"/admin/feedback/inspect/{message.pk}/").content.decode()
    assert "Где найти расписание Каспийского медиафорума?" in inspect
    assert client.get(f"/admin/feedback/edit/{message.pk}/").status_code in (302, 403)
    assert client.get("/admin/feedback/new/").status_code in (302, 403)
    assert client.post(f"/admin/feedback/delete/{message.pk}/").status_code in (302, 403)
    assert FeedbackMessage.objects.filter(pk=message.pk).exists()


def test_the_contacts_page_and_the_footer_lead_to_the_form(client, content):
    contacts = client.get("/kontakty/").content.decode()
    assert '<a href="/feedback/">Написать редакции портала: форма обратной связи</a>' in contacts
    english = client.get("/en/contacts/").content.decode()
    assert '<a href="/en/feedback/">Write to the editors of the portal: the feedback form</a>' in english
    assert 'href="/en/open-data/"' in english


def test_the_privacy_policy_says_what_happens_to_the_form_data(client, content):
    html = client.get("/en/privacy-policy/").content.decode()
    assert "<h1>Privacy policy</h1>" in html
    assert "your name, your e-mail address and the text of your message" in html
    ru = client.get("/politika-konfidencialnosti/").content.decode()
    assert "<h1>Политика конфиденциальности</h1>" in ru
