"""The footer's texts are kept in each language (``footer_title_ru``, ``footer_title_en``…)."""

from modeltranslation.translator import TranslationOptions, register

from .models import SiteLinks


@register(SiteLinks)
class SiteLinksTranslation(TranslationOptions):
    fields = ("footer_title", "footer_text")
