"""The translation report: published pages still missing their English or Russian text."""

from dataclasses import dataclass, field

from django.db.models import TextField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from astrakhan_portal.core.models import BasePage

CHECKED_FIELDS = (("title", _("title")), ("summary", _("summary")), ("body", _("body")))


def is_filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return len(value) > 0  # a StreamField value: its number of blocks, without rendering them


def missing_fields(columns, language, other):
    """The fields empty in ``language`` (``columns`` maps e.g. "title_ru" to its value):
    a title always counts; a summary or body counts when the other language has one
    (a page may have no summary at all)."""
    missing = []
    for name, label in CHECKED_FIELDS:
        here = is_filled(columns[f"{name}_{language}"])
        there = is_filled(columns[f"{name}_{other}"])
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
    ``permissions_for_user(user).can_edit()``), and only the checked columns are
    read, as values, not as page objects.
    """
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    languages = ("ru", "en")
    texts = [f"{name}_{language}" for name in ("title", "summary") for language in languages]
    # A body as its stored JSON text: empty is "[]" (or nothing); no StreamField value is built.
    bodies = {f"body_{language}_json": Cast(f"body_{language}", TextField()) for language in languages}
    rows = []
    for model in get_page_models():
        if not issubclass(model, BasePage) or model._meta.abstract:
            continue
        pages = (
            model.objects.live()
            .exact_type(model)
            .filter(pk__in=editable.values("pk"))
            .rewrite(False)  # the stored columns, without modeltranslation's fallbacks
            .order_by("path")
            .values("pk", "path", *texts, **bodies)
        )
        for page in pages:
            for language in languages:
                stored = page.pop(f"body_{language}_json")
                page[f"body_{language}"] = [] if stored in (None, "", "[]") else [stored]
            missing = {}
            for language, other in (("ru", "en"), ("en", "ru")):
                fields = missing_fields(page, language, other)
                if fields:
                    missing[language] = fields
            if missing:
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
