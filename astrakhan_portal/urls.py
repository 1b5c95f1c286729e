from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from astrakhan_portal.search import views as search_views
from astrakhan_portal.security.password_reset import MailCheckedPasswordResetView

urlpatterns = [
    # Before Wagtail's own: says "try again later" when the mail fails (docs/security.md).
    path(
        "admin/password_reset/",
        MailCheckedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("astrakhan_portal.seo.urls")),  # sitemap.xml, robots.txt
    path("", include("astrakhan_portal.operations.urls")),
]

if settings.DEBUG:
    from astrakhan_portal.security.media import media_patterns

    # Media for the development server; documents only through /documents/.
    urlpatterns += media_patterns()

# Russian without a prefix, English under /en/.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include("astrakhan_portal.opendata.urls")),
    path("", include("astrakhan_portal.feedback.urls")),
    path("", include("astrakhan_portal.accessibility.urls")),
    path("", include("astrakhan_portal.seo.feed_urls")),  # news feed, event calendars
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "astrakhan_portal.operations.views.page_not_found"
handler500 = "astrakhan_portal.operations.views.server_error"
handler400 = "astrakhan_portal.security.views.bad_request"
