"""The translation report in the admin menu, under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .reports import TranslationReportView


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "reports/missing-translations/",
            TranslationReportView.as_view(),
            name="editorial_translation_report",
        ),
        path(
            "reports/missing-translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="editorial_translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Missing translations"),
        reverse("editorial_translation_report"),
        name="missing-translations",
        icon_name="globe",
        order=1300,
    )


@hooks.register("construct_homepage_panels")
def add_scheduled_awaiting_review_panel(request, panels):
    from .dashboard import ScheduledAwaitingReviewPanel

    panels.append(ScheduledAwaitingReviewPanel())
