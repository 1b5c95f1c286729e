from modeltranslation.translator import TranslationOptions, register

from .models import MonumentIndexPage, MonumentPage


@register(MonumentIndexPage)
class MonumentIndexPageTranslation(TranslationOptions):
    fields = ()


@register(MonumentPage)
class MonumentPageTranslation(TranslationOptions):
    fields = ("location",)
