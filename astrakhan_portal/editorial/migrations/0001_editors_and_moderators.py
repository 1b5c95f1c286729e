"""The Editors and Moderators groups, their permissions and the moderation workflows.

Wagtail's own first migrations create both groups with rights over the whole
page tree. Here they get the portal's roles:

* Moderators approve and publish anywhere: add, change, publish, lock, unlock
  and bulk delete on the root page (which exists from Wagtail's migrations),
  and they read and delete feedback messages.
* Editors write and submit for moderation, and cannot publish: Wagtail's
  default "add/change anywhere" is taken back; their rights over the news,
  projects and events sections are granted by
  ``astrakhan_portal.editorial.permissions`` once those pages exist (they are
  created by ``load_initial_content`` after migrating). They read feedback.
* Workflows: "Moderators approval" (one GroupApprovalTask for Moderators) on
  the root page for every page, and "News moderation" with the same task,
  which ``permissions.grant_section_permissions`` puts on the news list.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
MODERATORS = "Moderators"
APPROVAL_TASK = "Moderators approval"
SITE_WORKFLOW = "Moderators approval"
NEWS_WORKFLOW = "News moderation"
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page")
EDITOR_ROOT_PERMISSIONS = ("add_page", "change_page")


def make_model_permissions(apps, app_label):
    """Permissions for a new model are normally made after migrating; make them now."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def set_up_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    make_model_permissions(apps, "feedback")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    access_admin = permission("wagtailadmin", "access_admin")
    editors.permissions.add(access_admin, permission("feedback", "view_feedbackmessage"))
    moderators.permissions.add(
        access_admin,
        permission("feedback", "view_feedbackmessage"),
        permission("feedback", "delete_feedbackmessage"),
    )

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    page_permissions = {p.codename: p for p in Permission.objects.filter(content_type=page_type)}
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for codename in MODERATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=root, permission=page_permissions[codename]
            )
        GroupPagePermission.objects.filter(
            group=editors, page=root, permission__codename__in=EDITOR_ROOT_PERMISSIONS
        ).delete()

    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK, active=True).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=APPROVAL_TASK,
            content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0],
            active=True,
        )
    task.groups.set([moderators])

    for name in (SITE_WORKFLOW, NEWS_WORKFLOW):
        workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        if not WorkflowTask.objects.filter(workflow=workflow).exists():
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        if name == SITE_WORKFLOW and root is not None:
            WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("feedback", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(set_up_groups, migrations.RunPython.noop),
    ]
