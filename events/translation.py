from modeltranslation.translator import TranslationOptions, register

from .models import EventEdition, EventIndexPage, EventSeriesPage


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ()


@register(EventSeriesPage)
class EventSeriesPageTranslation(TranslationOptions):
    fields = ()


@register(EventEdition)
class EventEditionTranslation(TranslationOptions):
    fields = ("venue",)
