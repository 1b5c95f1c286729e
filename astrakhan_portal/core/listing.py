"""Filters and pagination for listing pages, driven by plain GET parameters.

A malformed or unknown value never raises: the listing falls back to no
filter (or to the first page) and tells the visitor why.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _

MAX_PARAM_LENGTH = 100


@dataclass
class ListingState:
    """What the visitor asked for, what was applied and what was ignored."""

    selected: dict = field(default_factory=dict)
    notices: list = field(default_factory=list)

    def query_string(self, **overrides):
        """The GET query for these filters, e.g. to build pagination links."""
        from urllib.parse import urlencode

        params = {**self.selected, **overrides}
        return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def read_filter(request, state, name, valid_values, label):
    """Read one GET filter; keep it if it is one of ``valid_values``.

    ``valid_values`` maps the URL value to the object it selects.
    """
    raw = request.GET.get(name, "")
    if not raw:
        return None
    value = raw.strip().lower()[:MAX_PARAM_LENGTH]
    if value in valid_values:
        state.selected[name] = value
        return valid_values[value]
    state.notices.append(_("The filter “%(label)s” had an unknown value and was ignored.") % {"label": label})
    return None


def paginate(request, state, items, per_page):
    """One page of ``items`` from the ``page`` GET parameter; bad numbers give page 1."""
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        page = paginator.page(raw)
    except PageNotAnInteger:
        state.notices.append(_("The page number was not understood; showing the first page."))
        page = paginator.page(1)
    except EmptyPage:
        state.notices.append(_("There is no such page; showing the last page."))
        page = paginator.page(paginator.num_pages)
    return page
