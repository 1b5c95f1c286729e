"""Who may do what in the page tree: Editors write, Moderators approve and publish.

The groups, their model permissions, the Moderators' rights over the whole
tree and the two workflows are created by this app's data migration, because
they do not depend on any content. The Editors' rights, however, belong to
three sections (news, projects, events) whose index pages do not exist yet
when a fresh database is migrated: ``load_initial_content`` creates them
afterwards. So those rights, and the news workflow's place on the news list,
are granted here, idempotently, whenever one of the section pages is created
and after every ``migrate`` (for databases whose content already exists).
A right that is already there is left alone, as is a workflow an
administrator has put on the news list by hand.
"""

from django.apps import apps as global_apps

EDITORS = "Editors"
MODERATORS = "Moderators"
# Named in Russian by migration 0002 (Wagtail shows these names untranslated).
NEWS_WORKFLOW = "Модерация новостей"
SITE_WORKFLOW = "Утверждение модератором"
APPROVAL_TASK = "Утверждение модератором"

# The sections Editors write in; event editions are edited on their event's page.
SECTION_MODELS = ("news.NewsIndexPage", "projects.ProjectIndexPage", "events.EventIndexPage")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")


def section_models():
    return [global_apps.get_model(label) for label in SECTION_MODELS]


def grant_section_permissions():
    """Let Editors add and change pages in the news, projects and events sections,
    and put the news list under the news moderation workflow."""
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None:
        permissions = list(
            Permission.objects.filter(
                content_type=ContentType.objects.get_for_model(Page),
                codename__in=EDITOR_PAGE_PERMISSIONS,
            )
        )
        for model in section_models():
            for section in model.objects.all():
                for permission in permissions:
                    GroupPagePermission.objects.get_or_create(
                        group=editors, page=section, permission=permission
                    )

    workflow = Workflow.objects.filter(name=NEWS_WORKFLOW, active=True).first()
    if workflow is not None:
        news_index_model = global_apps.get_model("news.NewsIndexPage")
        for news_index in news_index_model.objects.all():
            WorkflowPage.objects.get_or_create(page=news_index, defaults={"workflow": workflow})


def on_post_migrate(sender, **kwargs):
    grant_section_permissions()


def on_section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_section_permissions()
