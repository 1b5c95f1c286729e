from modeltranslation.translator import TranslationOptions, register

from .models import NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ()


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("image_alt",)
