"""The moderator's dashboard: what waits for their review and is scheduled for later."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState


class ScheduledAwaitingReviewPanel(Component):
    """Items submitted for moderation with a go-live date still ahead: approving them
    does not publish them at once, but at that date."""

    name = "scheduled_awaiting_review"
    template_name = "editorial/dashboard/scheduled_awaiting_review.html"
    order = 210  # just above Wagtail's "Awaiting your review" (220)

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        now = timezone.now()
        items = []
        states = (
            TaskState.objects.reviewable_by(request.user)
            .select_related("revision", "workflow_state__workflow")
            .order_by("-started_at")
        )
        for state in states:
            submitted = state.revision.as_object()
            go_live_at = getattr(submitted, "go_live_at", None)
            if go_live_at and go_live_at > now:
                items.append(
                    {
                        "title": submitted.get_admin_display_title(),
                        "go_live_at": go_live_at,
                        "workflow": state.workflow_state.workflow.name,
                        "edit_url": reverse("wagtailadmin_pages:edit", args=[submitted.pk])
                        if isinstance(submitted, Page)
                        else None,
                    }
                )
        items.sort(key=lambda item: item["go_live_at"])
        return {"items": items, "request": request}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context or {})
        if not context["items"]:
            return ""
        return render_to_string(self.template_name, context)
