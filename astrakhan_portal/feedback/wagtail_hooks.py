"""The feedback inbox in the admin: editors read the messages visitors sent."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import FeedbackMessage


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Messages are what visitors wrote: nobody adds or rewrites them in the admin.

    Editors need the "view" permission to read them, moderators "delete" to
    remove them (for example when a visitor asks for their data to be erased).
    """

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in {"add", "change"}])


register_permission_policy(FeedbackMessage, ReadOnlyPolicy(FeedbackMessage))


class FeedbackMessageViewSet(ModelViewSet):
    model = FeedbackMessage
    icon = "mail"
    menu_label = _("Feedback")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "email", "created_at", "language"]
    list_filter = ["language", "created_at"]
    search_fields = ["name", "email", "message"]
    form_fields = ["name", "email", "message"]  # never editable: see ReadOnlyPolicy
    inspect_view_enabled = True
    inspect_view_fields = ["name", "email", "message", "language", "created_at"]
    copy_view_enabled = False
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_feedback_viewset():
    return FeedbackMessageViewSet("feedback")
