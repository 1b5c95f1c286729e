from modeltranslation.translator import TranslationOptions, register

from .models import (
    Agreement,
    CountryIndexPage,
    CountryPage,
    Office,
)


@register(CountryIndexPage)
class CountryIndexPageTranslation(TranslationOptions):
    fields = ()


@register(CountryPage)
class CountryPageTranslation(TranslationOptions):
    fields = ("partner_regions",)


@register(Office)
class OfficeTranslation(TranslationOptions):
    fields = ("name", "address")


@register(Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("parties", "subject", "note")
