from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "astrakhan_portal.security"
    label = "portal_security"
    verbose_name = "Security"
