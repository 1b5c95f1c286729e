from modeltranslation.translator import TranslationOptions, register

from .models import (
    CooperationSphere,
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
