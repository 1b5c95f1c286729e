from django.apps import AppConfig


class AccessibilityConfig(AppConfig):
    name = "astrakhan_portal.accessibility"
    label = "accessibility"
    verbose_name = "Version for the visually impaired"
