"""The translation report: published pages still missing their English or Russian text."""

import sys
from dataclasses import dataclass, field

from django.db.models import BooleanField, ExpressionWrapper, Q, TextField, Value
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from astrakhan_portal.core.models import BasePage

CHECKED_FIELDS = (("title", _("title")), ("summary", _("summary")), ("body", _("body")))


LANGUAGES = ("ru", "en")
# Text is "filled" when it has a character that str.strip() would keep: the database is
# asked with a character class of exactly Python's whitespace (PostgreSQL's own \\S would
# count a lone non-breaking space as text).
WHITESPACE = "".join(character for character in map(chr, range(sys.maxunicode + 1)) if character.isspace())
HAS_TEXT = f"[^{WHITESPACE}]"


def filled_flags():
    """``{"title_ru_filled": ..., ...}``: for each checked field and language, whether the
    stored text has anything but whitespace (a body: its stored JSON is not empty, ``[]``,
    so no StreamField value is built), worked out by the database."""
    flags = {}
    for name, _label in CHECKED_FIELDS:
        for language in LANGUAGES:
            column = f"{name}_{language}"
            if name == "body":
                text = Coalesce(Cast(column, TextField()), Value(""), output_field=TextField())
                condition = ~Q(**{f"{column}_text__in": ["", "[]"]})
            else:
                text = Coalesce(column, Value(""), output_field=TextField())
                condition = Q(**{f"{column}_text__regex": HAS_TEXT})
            flags[f"{column}_text"] = text
            flags[f"{column}_filled"] = ExpressionWrapper(condition, output_field=BooleanField())
    return flags


def any_missing():
    """The pages with something to translate: a title missing in a language, or a summary or
    body written in one language only (a page may have no summary at all)."""
    condition = Q()
    for name, _label in CHECKED_FIELDS:
        for language, other in (("ru", "en"), ("en", "ru")):
            missing = Q(**{f"{name}_{language}_filled": False})
            if name != "title":
                missing &= Q(**{f"{name}_{other}_filled": True})
            condition |= missing
    return condition


def missing_fields(columns, language, other):
    """The fields empty in ``language`` (``columns`` maps e.g. "title_ru_filled" to whether it
    has text): a title always counts; a summary or body counts when the other language has
    one (a page may have no summary at all)."""
    missing = []
    for name, label in CHECKED_FIELDS:
        here = columns[f"{name}_{language}_filled"]
        there = columns[f"{name}_{other}_filled"]
        if not here and (name == "title" or there):
            missing.append(label)
    return missing


@dataclass
class PageRow:
    """What the report shows of a page, read without building the page."""

    pk: int
    path: str
    title_ru: str
    title_en: str
    model: type

    @property
    def _meta(self):
        return self.model._meta


@dataclass
class UntranslatedPage:
    page: PageRow
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

    One query per page type, whatever the number of pages: the pages the user
    may edit are a subquery (Wagtail's page permission policy, the same rule as
    ``permissions_for_user(user).can_edit()``), the database tells which fields have
    text and returns only the pages with something missing (at 10,000 news items the
    texts and bodies of every page were read into Python and checked there), as
    values, not as page objects.
    """
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    flags = filled_flags()
    flag_names = [name for name in flags if name.endswith("_filled")]
    rows = []
    for model in get_page_models():
        if not issubclass(model, BasePage) or model._meta.abstract:
            continue
        pages = (
            model.objects.live()
            .exact_type(model)
            .filter(pk__in=editable.values("pk"))
            .rewrite(False)  # the stored columns, without modeltranslation's fallbacks
            .annotate(**flags)
            .filter(any_missing())
            .order_by("path")
            .values("pk", "path", "title_ru", "title_en", *flag_names)
        )
        for page in pages:
            missing = {}
            for language, other in (("ru", "en"), ("en", "ru")):
                fields = missing_fields(page, language, other)
                if fields:
                    missing[language] = fields
            row = PageRow(page["pk"], page["path"], page["title_ru"], page["title_en"], model)
            rows.append(UntranslatedPage(row, missing))
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
