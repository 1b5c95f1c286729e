"""Interface texts read as a native editor of a government site writes them, in both languages."""

import datetime
import re

import pytest

from astrakhan_portal.core.testing import add_edition, make_news
from events.models import EventSeriesPage
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_an_empty_news_list_says_why_with_and_without_filters(client, content):
    """No news is published yet: the list says so, and only mentions filters when some are chosen."""
    ru = text(client.get("/novosti/"))
    assert "Новостей пока нет." in ru
    assert "фильтр" not in ru.split('class="empty"')[1][:200]
    assert "Фильтр новостей" in ru and "Отбор" not in ru
    assert "No news has been published yet." in text(client.get("/en/news/"))
    make_news(NewsIndexPage.objects.get(), date=datetime.date(2024, 5, 1))
    assert "По выбранным фильтрам новостей не найдено." in text(client.get("/novosti/?country=kz"))
    assert "No news found for the selected filters." in text(client.get("/en/news/?country=kz"))


def test_project_filters_are_named_plainly_and_an_unknown_value_is_explained(client, content):
    ru = text(client.get("/proekty/?country=zz"))
    assert "Фильтр проектов" in ru and "Отбор" not in ru
    assert "Значение фильтра «Страна» не распознано, поэтому фильтр не применён." in ru
    assert "Filter projects" in text(client.get("/en/projects/"))


def test_an_event_page_lists_its_dates_not_its_holdings(client, content):
    series = EventSeriesPage.objects.get(slug_en="caspian-media-forum")
    add_edition(series, datetime.date(2099, 5, 1), datetime.date(2099, 5, 2))
    add_edition(series, datetime.date(2001, 5, 1), datetime.date(2001, 5, 2))
    ru = text(client.get(series.get_url()))
    assert "Ближайшие даты проведения" in ru and "Прошедшие мероприятия" in ru
    assert "проведения</h2>" in ru and "Ближайшие проведения" not in ru


def test_the_visually_impaired_settings_are_applied_with_apply(client, content):
    ru = text(client.get("/accessibility/?next=/"))
    assert ">Применить</button>" in ru and "Включить" not in ru
    assert ">Apply</button>" in text(client.get("/en/accessibility/?next=/en/"))


def test_the_consent_error_is_listed_once_without_the_label(client, content):
    """The error summary gives the message alone, not the whole consent sentence followed by «.:»."""
    ru = text(client.post("/feedback/", {"name": "Анна", "email": "anna@example.com", "message": "Вопрос"}))
    assert "Даю согласие на обработку моих персональных данных" in ru
    assert "согласен(на)" not in ru
    summary = ru.split('id="form-errors"')[1].split("</div>")[0]
    assert "Отметьте согласие на обработку персональных данных" in summary
    assert ".:" not in summary and "Даю согласие" not in summary


def test_the_feedback_inbox_heads_the_senders_column_with_name_not_title(admin_client):
    from astrakhan_portal.feedback.models import FeedbackMessage

    FeedbackMessage.objects.create(name="Анна", email="anna@example.com", message="Вопрос", language="ru")
    ru = text(admin_client.get("/admin/feedback/"))
    assert 'href="/admin/feedback/?ordering=name"' in ru
    assert re.search(r'ordering=name"[^>]*>\s*Имя\s', ru)
    assert "Название" not in ru
