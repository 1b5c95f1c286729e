"""The roles editors and moderators have, the admin in Russian, alt text and rich text."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from astrakhan_portal.core.blocks import RICH_TEXT_FEATURES, BodyBlock
from astrakhan_portal.editorial.permissions import grant_section_permissions
from news.models import NewsIndexPage, NewsPage

from .admin_forms import page_form

pytestmark = pytest.mark.django_db


def rights(group_name):
    return {
        (p.page.specific_class.__name__, p.permission.codename)
        for p in GroupPagePermission.objects.filter(group__name=group_name).select_related(
            "page", "permission"
        )
    }


def test_editors_write_in_three_sections_and_moderators_publish_everywhere(content):
    assert rights("Editors") == {
        (section, codename)
        for section in ("NewsIndexPage", "ProjectIndexPage", "EventIndexPage")
        for codename in ("add_page", "change_page")
    }
    moderators = rights("Moderators")
    assert ("Page", "publish_page") in moderators  # on the root: the whole tree
    assert not any(codename == "publish_page" for _, codename in rights("Editors"))
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="access_admin").exists()
    assert editors.permissions.filter(codename="view_feedbackmessage").exists()
    assert not editors.permissions.filter(codename="delete_feedbackmessage").exists()

    news_index = NewsIndexPage.objects.get()
    assert WorkflowPage.objects.get(page=news_index).workflow.name == "Модерация новостей"
    task = WorkflowPage.objects.get(page=news_index).workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    # Every other page goes through the site-wide approval by moderators.
    assert (
        WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow.name == "Утверждение модератором"
    )


def test_granting_section_rights_again_changes_nothing(content):
    before = GroupPagePermission.objects.count(), WorkflowPage.objects.count()
    grant_section_permissions()
    grant_section_permissions()
    assert (GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == before


@pytest.mark.parametrize(
    ("language", "expected", "not_expected"),
    [("ru", "<title>Панель управления", "Dashboard"), ("en", "<title>Dashboard", "Панель управления")],
)
def test_the_admin_speaks_the_language_an_editor_chooses(editor, language, expected, not_expected):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor.user)
    profile.preferred_language = language
    profile.save()
    html = editor.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html
    assert expected in html
    assert not_expected not in html
    # The account settings offer exactly the two languages of the portal.
    settings_html = editor.get("/admin/account/").content.decode()
    assert 'value="ru"' in settings_html and 'value="en"' in settings_html
    assert 'value="de"' not in settings_html


def a_photo():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "#2a6").save(buffer, "PNG")
    return get_image_model().objects.create(title="Порт Оля", file=ImageFile(buffer, name="port.png"))


def test_a_news_image_needs_alt_text_in_each_written_language_unless_decorative(editor):
    photo = a_photo()
    index = NewsIndexPage.objects.get()
    url = f"/admin/pages/add/news/newspage/{index.pk}/"
    fields = {
        "title_ru": "Новость с фотографией",
        "title_en": "News with a photo",
        "slug_ru": "s-foto",
        "slug_en": "with-photo",
        "date": "2025-04-01",
        "image": str(photo.pk),
        "image_alt_ru": "Причал порта Оля",
        "image_alt_en": "",
        "body_ru": ["Текст."],
        "body_en": ["Text."],
    }
    response, data = page_form(editor, url, **fields)
    data["action-submit"] = "1"
    response = editor.post(url, data)
    assert response.status_code == 200  # the form comes back with an error
    html = response.content.decode()
    assert "Опишите изображение на этом языке или отметьте его как декоративное." in html
    assert not NewsPage.objects.filter(slug_en="with-photo").exists()

    data["image_decorative"] = "on"
    assert editor.post(url, data).status_code == 302
    assert NewsPage.objects.get(slug_en="with-photo").image_decorative


def test_the_model_itself_refuses_an_undescribed_image(content):
    page = NewsPage(title="Новость", slug="novost", image=a_photo())
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"image_alt_ru"}
    page.image_alt_ru = "Причал"
    page.clean()  # Russian only: the English page shows the Russian text and description
    page.title_en = "News"
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"image_alt_en"}
    page.image_decorative = True
    page.clean()


def test_rich_text_offers_a_small_set_of_features():
    paragraph = BodyBlock().child_blocks["paragraph"]
    assert paragraph.features == RICH_TEXT_FEATURES
    assert set(RICH_TEXT_FEATURES) == {"bold", "italic", "link", "document-link", "ol", "ul"}
    # What the editor's toolbar does not offer is not kept either: the text
    # goes through the same editor widget as in the admin's form.
    widget = paragraph.field.widget
    pasted = '<h1>Big</h1><p>Text <b>bold</b> <img src="/x.png"/><code>code</code></p>'
    saved = widget.value_from_datadict({"body": widget.format_value(pasted)}, {}, "body")
    assert "<h1>" not in saved and "<img" not in saved and "<code>" not in saved
    assert "<b>bold</b>" in saved
