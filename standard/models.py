"""Plain content pages: about the cooperation, the transport corridor, tourism, contacts."""

from django.utils.translation import gettext_lazy as _

from astrakhan_portal.core.models import BasePage


class StandardPage(BasePage):
    """A page of text: About, North–South corridor, Tourism, Contacts and the like."""

    # Standard pages sit under the home page or under another standard page.
    parent_page_types = ["home.HomePage", "standard.StandardPage"]
    subpage_types = ["standard.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
