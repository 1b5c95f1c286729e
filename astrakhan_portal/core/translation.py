"""Fields every page has in Russian and English (title, slug and SEO fields come
from wagtail-modeltranslation's registration of Wagtail's Page)."""

from modeltranslation.translator import TranslationOptions, register

from .models import BasePage


@register(BasePage)
class BasePageTranslation(TranslationOptions):
    fields = ("summary", "body")
