from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class NavigationConfig(AppConfig):
    name = "astrakhan_portal.navigation"
    label = "navigation"
    verbose_name = _("Navigation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import SiteLinks
        from .site_links import forget_site_links

        post_save.connect(forget_site_links, sender=SiteLinks, dispatch_uid="forget_site_links_saved")
        post_delete.connect(forget_site_links, sender=SiteLinks, dispatch_uid="forget_site_links_deleted")
