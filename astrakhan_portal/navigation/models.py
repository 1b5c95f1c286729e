"""Site links: the pages the site's own templates link to, chosen by editors.

The footer links to the contacts page, the feedback form to the privacy
policy; which pages those are is a site setting (admin: Settings → Site
links), not a slug written in the code, so an editor may rename or move
either page and the links follow it. A link whose page is unset, deleted or
unpublished is simply left out.

The footer's own texts (the region's name and the line about the portal)
live here too, in each language; interface labels stay in the message
catalogues. Pages read the setting through :mod:`.site_links`: one narrow
query per page view, with the chosen pages' addresses joined in.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """The pages the site links to by their role, and the footer's texts, for one site."""

    contacts_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contacts page"),
        help_text=_("Linked from the footer of every page. Leave empty to show no link."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        help_text=_("Linked from the feedback form's consent. Leave empty to show no link."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_title = models.CharField(
        _("footer title"),
        max_length=120,
        blank=True,
        help_text=_("The heading of the footer's first column, e.g. the region's name."),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("One or two sentences under the footer title: who runs the portal and what it is for."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("contacts_page"), FieldPanel("privacy_page")],
            heading=_("Pages the site links to"),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_title"), FieldPanel("footer_text")],
            heading=_("Footer"),
        ),
    ]

    class Meta:
        verbose_name = _("site links")
        verbose_name_plural = _("site links")
