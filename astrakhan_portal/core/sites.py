"""The site serving a request and its home page, read as one narrow row.

Wagtail's ``Site.find_for_request`` reads every column of the site and of its
root page (``select_related``: some fifty with the translated ones) and builds
both objects: on a page of ours it was the costliest query of the render. What
the portal needs of them on every page (to find the page by its stored address,
to work out addresses, for the menu and the footer) is the site's key and a
few columns of the home page. :func:`site_for` reads those with Wagtail's own
choice of site (the same ordering of matches: hostname and port, hostname and
default, the default site, hostname only), once per request.

Wagtail's own code, where it runs, still finds the site its own way.
"""

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.db.models import Case, IntegerField, Q, When
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import MATCH_DEFAULT, MATCH_HOSTNAME, MATCH_HOSTNAME_DEFAULT, MATCH_HOSTNAME_PORT

from .compiled import CompiledRead
from .page_urls import ADDRESS_FIELDS
from .rows import PageRow, plain_rows, translated

# What the portal reads of a site's home page.
ROOT_COLUMNS = (
    "id",
    "path",
    "depth",
    "content_type_id",
    "url_path",
    "live",
    *ADDRESS_FIELDS,
    *translated("title"),
)


class SiteRow:
    """A site as pages use it: ``pk``, ``hostname``, ``port`` and ``root_page``, its home
    page as a :class:`~astrakhan_portal.core.rows.PageRow` (no ``url``: addresses come
    from :func:`~astrakhan_portal.core.page_urls.addresses_for`)."""

    def __init__(self, row):
        self.pk = self.id = row["id"]
        self.hostname = row["hostname"]
        self.port = row["port"]
        self.root_page = PageRow({column: row[f"root_page__{column}"] for column in ROOT_COLUMNS})

    def __repr__(self):
        return f"<SiteRow {self.hostname}:{self.port}>"


def site_for(request):
    """The :class:`SiteRow` serving ``request`` (as Wagtail's ``Site.find_for_request``
    chooses it), read once per request; None if no site matches.

    When the database does not answer, its error is raised, as Wagtail's lookup raises
    it (a page then gets the site's 503 page at once), and raised again by every later
    call in the same request without asking the database again: a page that renders
    without the database (the feedback form giving a visitor their text back) waits
    for the connection's timeout once, not once per menu, footer and link.
    """
    failure = getattr(request, "portal_site_failure", None)
    if failure is not None:
        raise failure
    if not hasattr(request, "portal_site"):
        try:
            request.portal_site = read_site(request)
        except DatabaseError as error:
            request.portal_site_failure = error
            raise
    return request.portal_site


def read_site(request):
    # The request's host and port, as Wagtail matches them. A host outside ALLOWED_HOSTS
    # (an error page answering it) is served by the default site.
    try:
        hostname = split_domain_port(request.get_host())[0]
    except DisallowedHost:
        hostname = ""
    try:
        port = int(request.get_port())
    except ValueError:  # a forwarded port that is not a number matches no site's port
        port = -1
    rows = SITES_FOR_HOST(hostname=hostname, port=port)
    if not rows:
        return None
    if len(rows) == 1 or rows[0]["match"] in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return SiteRow(rows[0])
    if rows[0]["match"] == MATCH_DEFAULT:  # the default site, unless exactly one other has the hostname
        return SiteRow(rows[len(rows) == 2])
    return None


def sites_for_host(hostname, port):
    """The sites that may serve ``hostname``:``port``, best match first, with their home page's columns."""
    return (
        plain_rows(Site)
        .annotate(
            match=Case(
                When(hostname=hostname, port=port, then=MATCH_HOSTNAME_PORT),
                When(hostname=hostname, is_default_site=True, then=MATCH_HOSTNAME_DEFAULT),
                When(is_default_site=True, then=MATCH_DEFAULT),
                default=MATCH_HOSTNAME,
                output_field=IntegerField(),
            )
        )
        .filter(Q(hostname=hostname) | Q(is_default_site=True))
        .order_by("match")
        .values("id", "hostname", "port", "match", *(f"root_page__{column}" for column in ROOT_COLUMNS))
    )


SITES_FOR_HOST = CompiledRead(sites_for_host, hostname=str, port=int)
