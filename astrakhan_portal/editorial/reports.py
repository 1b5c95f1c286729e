"""The translation report: published pages still missing their English or Russian text."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models

from astrakhan_portal.core.models import BasePage

CHECKED_FIELDS = (("title", _("title")), ("summary", _("summary")), ("body", _("body")))


def is_filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return len(value) > 0  # a StreamField value: its number of blocks, without rendering them


def missing_fields(page, language, other):
    """The fields empty in ``language``: a title always counts; a summary or body
    counts when the other language has one (a page may have no summary at all)."""
    missing = []
    for name, label in CHECKED_FIELDS:
        here = is_filled(getattr(page, f"{name}_{language}"))
        there = is_filled(getattr(page, f"{name}_{other}"))
        if not here and (name == "title" or there):
            missing.append(label)
    return missing


@dataclass
class UntranslatedPage:
    page: Page
    missing: dict = field(default_factory=dict)

    @property
    def pk(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title_ru or self.page.title_en

    @property
    def page_type(self):
        return self.page._meta.verbose_name

    def missing_in(self, language):
        return ", ".join(str(label) for label in self.missing.get(language, []))

    @property
    def missing_ru(self):
        return self.missing_in("ru")

    @property
    def missing_en(self):
        return self.missing_in("en")


def untranslated_pages(user):
    """Every live page the user may edit that lacks a title, summary or body in a language.

    One query per page type, whatever the number of pages.
    """
    rows = []
    for model in get_page_models():
        if not issubclass(model, BasePage) or model._meta.abstract:
            continue
        for page in model.objects.live().exact_type(model).order_by("path"):
            missing = {}
            for language, other in (("ru", "en"), ("en", "ru")):
                fields = missing_fields(page, language, other)
                if fields:
                    missing[language] = fields
            if missing and page.permissions_for_user(user).can_edit():
                rows.append(UntranslatedPage(page, missing))
    rows.sort(key=lambda row: row.page.path)
    return rows


class TranslationReportView(ReportView):
    page_title = _("Missing translations")
    header_icon = "globe"
    index_url_name = "editorial_translation_report"
    index_results_url_name = "editorial_translation_report_results"
    any_permission_required = ["add", "change", "publish"]
    model = Page
    list_export = []
    paginate_by = 50

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.pk]),
            ),
            Column("page_type", label=_("Type")),
            Column("missing_en", label=_("Missing in English")),
            Column("missing_ru", label=_("Missing in Russian")),
        ]

    @cached_property
    def no_results_message(self):
        return _("Every published page you can edit has its text in both languages.")

    def get_queryset(self):
        return untranslated_pages(self.request.user)
