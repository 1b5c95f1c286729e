from modeltranslation.translator import TranslationOptions, register

from .models import UniversityIndexPage, UniversityPage


@register(UniversityIndexPage)
class UniversityIndexPageTranslation(TranslationOptions):
    fields = ()


@register(UniversityPage)
class UniversityPageTranslation(TranslationOptions):
    fields = ()
