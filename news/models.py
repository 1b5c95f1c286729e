"""News published by the portal's editors."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from astrakhan_portal.core.compiled import CompiledRead
from astrakhan_portal.core.listing import (
    CompiledPageRows,
    ListingState,
    listing_page,
    option_rows_of,
    paginate,
    read_filter,
)
from astrakhan_portal.core.models import BasePage
from astrakhan_portal.core.rows import live_pages, plain_rows, translated

from .years import news_years

NEWS_PER_PAGE = 10


class NewsIndexPage(BasePage):
    """The news list, newest first, filterable by country and year."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news list")

    def get_context(self, request, *args, **kwargs):
        from partners.models import CountryPage

        context = super().get_context(request, *args, **kwargs)
        state = ListingState()
        countries = option_rows_of(CountryPage, "iso_code", *translated("title"), live_only=True)
        years = news_years(self)
        country = read_filter(
            request,
            state,
            "country",
            {c.iso_code.lower(): c for c in countries},
            _("Country"),
        )
        year = read_filter(request, state, "year", {str(y): y for y in years}, _("Year"))
        # Cards are rows: the page of news and the total in one query, no page object.
        news = CompiledPageRows(
            request,
            NEWS_PAGE,
            path=self.path,
            depth=self.depth + 1,
            country=country and country.pk,
            # The year as the range of its days, as Django's date__year does (the date's index serves it).
            since=year and datetime.date(year, 1, 1),
            until=year and datetime.date(year, 12, 31),
        )
        context.update(
            news_page=paginate(request, state, news, NEWS_PER_PAGE, count_in_query=True),
            filter_countries=countries,
            filter_years=years,
            listing=state,
        )
        return context


def live_news(path, depth):
    """The live news items of the list at tree ``path`` (its children, at ``depth``): the same
    items as ``live_pages(NewsPage, path, depth)``, written as the news rows that are not
    among the other pages (drafts, and the pages elsewhere in the tree: 349 at 10,000 news
    items). The database then reads the news table's date index in order and skips the keys
    of that one set; the join of every news item with its page, then a sort, took 16 ms of
    PostgreSQL's time for the keys of the archive's page 500 at 10,000 items, this 3."""
    others = plain_rows(Page).filter(~Q(live=True) | ~Q(depth=depth) | ~Q(path__startswith=path))
    return plain_rows(NewsPage).exclude(pk__in=others.values("pk"))


def news_page(shape, path, depth, country, since, until):
    """One page (``shape``: offset, limit) of a list's live news, of a country and dated
    ``since``..``until`` (a year) if given, newest first, with the total."""
    news = live_news(path, depth)
    # Unfiltered, the total is the number of the list's live children, counted in Wagtail's
    # page table alone (every child of a news list is a news item: subpage_types): at
    # 10,000 news items 4 ms of PostgreSQL's time against 12 with the news table joined.
    counted = live_pages(Page, path, depth)
    if country is not None:
        news = news.filter(countries=country)
        counted = None
    if since is not None:
        news = news.filter(date__gte=since, date__lte=until)
        counted = None
    columns = ("date", *translated("title", "summary"))
    # The page's ten rows are read by their keys alone (the keys went through the filters).
    rows = plain_rows(NewsPage)
    return listing_page(news.order_by("-date", "-pk"), shape, *columns, counted=counted, rows=rows)


NEWS_PAGE = CompiledRead(
    news_page, path=str, depth=int, country=int, since=datetime.date, until=datetime.date
)


class NewsPage(BasePage):
    """A news item, with the partner countries it concerns."""

    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        get_image_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows. Leave empty only if the image is decorative."),
    )
    image_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_("Tick only if the image adds nothing to the text; then no alternative text is needed."),
    )
    countries = ParentalManyToManyField(
        "partners.CountryPage",
        blank=True,
        related_name="news_items",
        verbose_name=_("countries"),
    )

    content_panels = BasePage.content_panels[:1] + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("image_decorative"),
        FieldPanel("body"),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = BasePage.search_fields + [index.FilterField("date")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        # Newest first is how every list reads the news (archive, feed, country page,
        # home): with this index the database walks the latest items and stops at the
        # page's last one, instead of sorting ten years of news on every request.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    def clean(self):
        """An image that carries meaning needs its alternative text in Russian, and in
        English as soon as the English version is written; an English page left empty
        shows the Russian text, and the Russian alternative text, instead."""
        super().clean()
        if self.image_id and not self.image_decorative:
            languages = ["ru"] + (["en"] if self.has_english_version else [])
            errors = {
                f"image_alt_{language}": ValidationError(
                    _("Describe the image in this language, or mark it as decorative.")
                )
                for language in languages
                if not (getattr(self, f"image_alt_{language}") or "").strip()
            }
            if errors:
                raise ValidationError(errors)

    @property
    def has_english_version(self):
        """True once the editor has written any of the English title, summary or body."""
        return bool(
            (self.title_en or "").strip() or (self.summary_en or "").strip() or len(self.body_en or [])
        )

    @property
    def image_alt_text(self):
        """The alt attribute: empty for a decorative image, else the text in the visitor's language."""
        return "" if self.image_decorative else self.image_alt
