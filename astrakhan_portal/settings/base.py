"""Settings shared by every environment, by concern.

Everything that differs between a developer's laptop, the test run and
production comes from the environment (every variable is listed once, in
docs/configuration.md); ``dev.py``, ``test.py`` and ``production.py`` add what
each environment needs.

Sections: paths and environment · apps, middleware and templates · database ·
cache · languages and translation · static files, media and uploads · Wagtail ·
search · security · operations (HTTP cache, purges, health). Logging is
configured by production.py; elsewhere Django's default applies.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# --- Paths and environment ---------------------------------------------------------

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    """A boolean environment variable (1/0, true/false, yes/no, on/off); anything else stops the start."""
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


# --- Apps, middleware and templates ------------------------------------------------

INSTALLED_APPS = [
    # Translation of page fields: registers Wagtail's Page before our pages.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # Our apps come next so that their templates and commands win.
    "astrakhan_portal.core",
    "home",
    "standard",
    "news",
    "astrakhan_portal.search",
    "astrakhan_portal.navigation",
    "astrakhan_portal.seo",
    "astrakhan_portal.initial_content",
    "partners",
    "projects",
    "events",
    "universities",
    "monuments",
    "astrakhan_portal.editorial",
    "astrakhan_portal.translation_admin",
    "astrakhan_portal.opendata",
    "astrakhan_portal.feedback",
    "astrakhan_portal.accessibility",
    "astrakhan_portal.security",
    "astrakhan_portal.operations",
    # Wagtail. wagtail.contrib.frontend_cache's backends purge the proxy (called by
    # operations/purge.py); its app is not installed, as it would only add a second,
    # per-page purge on publish.
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modeltranslation",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    # Says which responses the proxy may share (operations/cache_headers.py).
    "astrakhan_portal.operations.cache_headers.SharedCacheHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Pages and public views allow only the methods they handle; before the CSRF
    # check, so a PUT gets 405, not 403 (security/methods.py).
    "astrakhan_portal.security.methods.AllowedMethodsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Retries purges the proxy did not confirm and tells the editor (operations/purge.py).
    "astrakhan_portal.operations.purge.PendingPurgeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Sets the CSP and Permissions-Policy and answers 400 to addresses with a NUL byte.
    "astrakhan_portal.security.middleware.SecurityHeadersMiddleware",
    # Page and document-collection passwords: 5 wrong ones from one address close
    # that restriction to it for an hour (security/password_throttle.py).
    "astrakhan_portal.security.password_throttle.PasswordThrottleMiddleware",
    # django-axes wants to be last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "astrakhan_portal.urls"
WSGI_APPLICATION = "astrakhan_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # The site root and the main menu; the site links setting (footer,
                # privacy policy) is read through navigation/site_links.py.
                "astrakhan_portal.navigation.context_processors.navigation",
                # The visitor's settings of the version for the visually impaired (cookie "vi").
                "astrakhan_portal.accessibility.context_processors.accessibility",
            ],
        },
    },
    # The cards of lists (templates/cards/*.jinja) and the frame of every page
    # (templates/frame/*.jinja), compiled to Python by Jinja2 and rendered from Django's
    # templates with {% card_items %}, {% frame %}, {% breadcrumbs %} and {% head_meta %}
    # (core/jinja_engine.py). Its loader reads only what it is asked for by name: the pages'
    # own templates stay Django's.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,
        # Every value a card or the frame writes is escaped as Django escapes it, by the environment's
        # finalize (core/jinja_engine.py), not a second time by Jinja2's own autoescaping.
        "OPTIONS": {"environment": "astrakhan_portal.core.jinja_engine.environment", "autoescape": False},
    },
]

# --- Database ------------------------------------------------------------------------

# SQLite in the project folder unless DATABASE_URL says otherwise,
# e.g. postgres://postgres@127.0.0.1:5432/astrakhan_portal
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# A database that does not answer: connecting gives up after DATABASE_CONNECT_TIMEOUT
# seconds and a statement after DATABASE_STATEMENT_TIMEOUT milliseconds, and the
# visitor gets the 503 page (operations/unavailable.py) instead of a hung worker.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")),
            "options": "-c statement_timeout={} -c lock_timeout={}".format(
                int(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "4000")),
                int(os.environ.get("DATABASE_LOCK_TIMEOUT", "3000")),
            ),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -------------------------------------------------------------------------

# Django's cache holds only small, visitor-independent values (Wagtail's site root
# paths, the site links setting, counters of the rate limits): Redis when REDIS_URL
# is set, shared by every app server, else this process's memory. A Redis that is
# down, hung or refusing costs at most one short timeout per process every few
# seconds (operations/redis_breaker.py); its errors read as misses. Whole pages are
# cached by the HTTP cache in front of the app (see Operations below), never here.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.05")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.05")),
                "IGNORE_EXCEPTIONS": True,
                "CONNECTION_POOL_CLASS": "astrakhan_portal.operations.redis_breaker.FailFastConnectionPool",
            },
        }
    }
    # operations/redis_breaker.py logs one line per kind of failure per minute instead.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# --- Languages and translation -----------------------------------------------------

# Russian is the default and is served without a prefix, English lives under /en/.
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Dates: "2 December 2026" in English, «2 декабря 2026 г.» (non-breaking spaces) in Russian.
FORMAT_MODULE_PATH = ["astrakhan_portal.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Astrakhan"

MODELTRANSLATION_DEFAULT_LANGUAGE = "ru"
MODELTRANSLATION_LANGUAGES = ("ru", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("ru",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# The page editor has a tab per language instead (astrakhan_portal/translation_admin/panels.py).
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
WAGTAIL_I18N_ENABLED = False
# Slugs made from titles are Latin: Russian is transliterated by the passport table
# (astrakhan_portal/translation_admin/slugs.py) in the admin and on the server. Slugs
# already stored in Cyrillic stay valid and keep their addresses.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("en", "English")]

# --- Static files, media and uploads ---------------------------------------------------

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
# Media are always served from the site's own host (/media/), also when they live in
# object storage (production.py): the Content-Security-Policy allows images only
# from 'self', and no request leaves the site.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Images and documents are checked by size, pixels and type in the admin's forms
# (WAGTAILIMAGES_*/WAGTAILDOCS_* below); other request bodies over 5 MB are refused,
# and uploads over 2.5 MB are streamed to a temporary file.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail -------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Астраханская область: международное сотрудничество"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
LOGIN_URL = "wagtailadmin_login"
# Wagtail's sign-in form with its password field labelled through gettext.
WAGTAILADMIN_USER_LOGIN_FORM = "astrakhan_portal.translation_admin.forms.LoginForm"
# The admin's password reset says "try again later" when its mail fails.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "astrakhan_portal.security.password_reset.MailCheckedPasswordResetForm"
)

WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Private documents are always served by the app, which checks their
# collection's restrictions: never by a proxy from MEDIA_ROOT/documents/.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Counts the pixels of every frame of an animation against the limit.
WAGTAILIMAGES_IMAGE_FORM_BASE = "astrakhan_portal.security.image_forms.PixelLimitedImageForm"

# No request leaves the site, in the admin either: no Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Search ----------------------------------------------------------------------------

# Wagtail's database backend serves the admin's search; the public search reads the
# portal's own per-language entries (astrakhan_portal/search/).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Query parameters that listings and search read; the language switcher carries them.
LISTING_QUERY_PARAMS = {"page", "country", "sphere", "year", "q"}

# --- Security (docs/security.md) ------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Axes first: it refuses locked-out sign-ins before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Content-Security-Policy for public pages: only the site's own resources. Our own
# setting, read by security/middleware.py (not django-csp's CONTENT_SECURITY_POLICY).
PORTAL_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The Wagtail admin's templates use inline scripts and styles, the page preview
# is a same-site frame, and uploads are previewed from blob: URLs.
ADMIN_URL_PREFIXES = ["/admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Browser features no page of the site uses.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# No template or script reads the CSRF cookie: the admin takes the token from the page.
CSRF_COOKIE_HTTPONLY = True
# The CSRF failure page is the site's own, in the page's language.
CSRF_FAILURE_VIEW = "astrakhan_portal.security.views.csrf_failure"

# Sign-in throttling (django-axes): 5 failures for one user name from one
# address lock that pair out for an hour; a successful sign-in resets the count.
# Unlock early with `manage.py axes_reset_username <name>` or `manage.py axes_reset`.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "astrakhan_portal.security.views.lockout"
AXES_CLIENT_IP_CALLABLE = "astrakhan_portal.security.client_ip.client_ip"
# The proxies in front of the app (addresses or networks, comma-separated, e.g.
# "10.0.0.5,172.18.0.0/16"): X-Forwarded-For is read only from them.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# Page and document-collection passwords: like sign-ins, 5 wrong ones from one
# address for one restriction close it to that address for an hour.
PASSWORD_FAILURE_LIMIT = 5
PASSWORD_COOLOFF_SECONDS = 3600
# The feedback form: at most this many messages per client address and per
# session in FEEDBACK_RATE_WINDOW seconds, counted in the default cache.
FEEDBACK_RATE_PER_ADDRESS = int(os.environ.get("FEEDBACK_RATE_PER_ADDRESS", "10"))
FEEDBACK_RATE_PER_SESSION = int(os.environ.get("FEEDBACK_RATE_PER_SESSION", "3"))
FEEDBACK_RATE_WINDOW = int(os.environ.get("FEEDBACK_RATE_WINDOW", "3600"))

# --- Operations: HTTP cache, purges, health (docs/operations.md) ------------------------

# Whole pages are cached by the HTTP cache in front of the app (Varnish, with the
# configuration in deploy/varnish/), never in Python: the app only says what may be
# shared (operations/cache_headers.py) and purges it through Wagtail's frontend
# cache when content changes (operations/purge.py).
# Seconds the proxy (or a CDN) may keep an anonymous page; purges make it fresh
# sooner. Browsers keep it BROWSER_MAX_AGE seconds, then revalidate.
SHARED_CACHE_MAX_AGE = int(os.environ.get("SHARED_CACHE_MAX_AGE", "3600"))
BROWSER_MAX_AGE = int(os.environ.get("BROWSER_MAX_AGE", "60"))
# Django views (URL names) that are the same for every anonymous visitor, beside
# Wagtail pages (which say so themselves, see operations/wagtail_hooks.py).
SHARED_CACHE_VIEW_NAMES = {
    "search",
    "sitemap",
    "robots",
    "sitemap_section",
    "news_feed",
    "events_ics",
    "event_series_ics",
    "opendata_index",
    "opendata_passport",
    "opendata_download",
}

# Purges: one HTTP PURGE per proxy named in FRONTEND_CACHE_URLS (comma-separated,
# e.g. http://127.0.0.1:8080), through wagtail.contrib.frontend_cache. Without
# it nothing is purged (no proxy in front, as with `make run`).
FRONTEND_CACHE_URLS = env_list("FRONTEND_CACHE_URLS")
WAGTAILFRONTENDCACHE = {
    f"proxy{number}": {
        "BACKEND": "astrakhan_portal.operations.purge.ReportingHTTPBackend",
        "LOCATION": url,
    }
    for number, url in enumerate(FRONTEND_CACHE_URLS, 1)
}
# Seconds to wait for a proxy to confirm a purge before it is retried later.
FRONTEND_CACHE_TIMEOUT = float(os.environ.get("FRONTEND_CACHE_TIMEOUT", "2"))
