from modeltranslation.translator import TranslationOptions, register

from .models import (
    CooperationSphere,
    MonumentIndexPage,
    MonumentPage,
    ProjectIndexPage,
    ProjectPage,
)


@register(CooperationSphere)
class CooperationSphereTranslation(TranslationOptions):
    fields = ("name",)


@register(ProjectIndexPage)
class ProjectIndexPageTranslation(TranslationOptions):
    fields = ()


@register(ProjectPage)
class ProjectPageTranslation(TranslationOptions):
    fields = ("location",)


@register(MonumentIndexPage)
class MonumentIndexPageTranslation(TranslationOptions):
    fields = ()


@register(MonumentPage)
class MonumentPageTranslation(TranslationOptions):
    fields = ("location",)
