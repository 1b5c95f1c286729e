"""The home page of the portal."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from astrakhan_portal.core.models import BasePage

HOME_NEWS_COUNT = 4
HOME_EDITIONS_COUNT = 4


class HomePage(BasePage):
    """The front page: introduction, partner countries, key figures, news and events."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "partners.CountryIndexPage",
        "projects.ProjectIndexPage",
        "projects.MonumentIndexPage",
        "partners.UniversityIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "standard.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    @cached_property
    def partner_countries(self):
        from partners.models import CountryPage

        return list(CountryPage.objects.live().descendant_of(self).order_by("path"))

    @cached_property
    def latest_news(self):
        from astrakhan_portal.news.models import NewsPage

        return list(
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .order_by("-date", "-pk")[:HOME_NEWS_COUNT]
        )

    @cached_property
    def upcoming_editions(self):
        from events.models import EventEdition

        return list(EventEdition.upcoming().filter(series__path__startswith=self.path)[:HOME_EDITIONS_COUNT])
