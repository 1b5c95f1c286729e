"""The portal reads the request's site as one narrow row (core/sites.py) and must
choose the same site as Wagtail's ``Site.find_for_request`` for every host and port:
exact host and port, host on the default site, the default site for an unknown
host, one other site with the host, several with it."""

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from astrakhan_portal.core.sites import site_for

pytestmark = pytest.mark.django_db


def wagtails_and_ours(host, port="80"):
    request = RequestFactory().get(
        "/", HTTP_HOST=host if port == "80" else f"{host}:{port}", SERVER_PORT=port
    )
    wagtails = Site.find_for_request(request)
    ours = site_for(request)
    return (wagtails.pk if wagtails else None), (ours.pk if ours else None), ours


# Hosts of this test's sites must pass ALLOWED_HOSTS for request.get_host(), as they
# would in production.
@override_settings(ALLOWED_HOSTS=["*"])
def test_the_same_site_as_wagtail_for_every_kind_of_match(content):
    default = Site.objects.get(is_default_site=True)
    other_root = Page.objects.get(depth=1).add_child(instance=Page(title="Other", slug="other"))
    Site.objects.create(hostname="other.example", port=80, root_page=other_root)
    Site.objects.create(hostname="twice.example", port=8080, root_page=other_root)
    Site.objects.create(hostname="twice.example", port=8081, root_page=other_root)
    Site.objects.create(hostname=default.hostname, port=8443, root_page=other_root)
    cases = [
        (default.hostname, str(default.port)),  # exact host and port
        (default.hostname, "8443"),  # exact host and port of another site with the default's host
        (default.hostname, "9999"),  # the default's host, no such port: the default
        ("other.example", "80"),
        ("other.example", "8000"),  # one site with the host: that one
        ("twice.example", "8081"),
        ("twice.example", "9000"),  # several with the host, none with the port: the default
        ("unknown.example", "80"),  # no such host: the default
    ]
    for host, port in cases:
        wagtails, ours, row = wagtails_and_ours(host, port)
        assert ours == wagtails, (host, port)
        site = Site.objects.get(pk=ours)
        assert (row.root_page.pk, row.root_page.path) == (site.root_page_id, site.root_page.path)


def test_no_site_at_all_is_none(content):
    Site.objects.all().delete()
    assert wagtails_and_ours("127.0.0.1") == (None, None, None)


def test_the_site_is_read_once_per_request_and_builds_no_page(content):
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as queries:
        first = site_for(request)
        assert site_for(request) is first
    assert len(queries) == 1
    home = first.root_page
    assert not isinstance(home, Page)
    page = Site.objects.get(is_default_site=True).root_page
    assert (home.title_ru, home.title_en, home.url_path_en) == (
        page.title_ru,
        page.title_en,
        page.url_path_en,
    )


def test_a_database_that_does_not_answer_is_asked_once_per_request(content):
    """Its error reaches the page (the site's 503 page, as with Wagtail's lookup), and the
    menu, footer and links of a page rendered without the database do not each wait for
    the connection's timeout again."""
    from django.db import OperationalError

    asked = []

    def hung(execute, sql, params, many, context):
        asked.append(sql)
        raise OperationalError("timeout expired")

    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1")
    with connection.execute_wrapper(hung):
        for _ in range(3):
            with pytest.raises(OperationalError):
                site_for(request)
    assert len(asked) == 1
