from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "astrakhan_portal.editorial"
    label = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from . import permissions

        post_migrate.connect(permissions.on_post_migrate, sender=self)
        for model in permissions.section_models():
            post_save.connect(permissions.on_section_created, sender=model)
