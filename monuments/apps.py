from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonumentsConfig(AppConfig):
    name = "monuments"
    verbose_name = _("Monuments")
