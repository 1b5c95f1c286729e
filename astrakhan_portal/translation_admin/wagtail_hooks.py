"""The page editor's additions: the tab memory and error focus of the language tabs."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def editor_tabs_js():
    return format_html('<script src="{}"></script>', static("translation_admin/editor-tabs.js"))
