"""Settings for the test suite: `make test`."""

from .base import *

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests measure uncached renders (query budgets); the page cache's own tests
# switch it on (astrakhan_portal/operations/tests/test_page_cache.py).
PAGE_CACHE_ENABLED = False
# Tests measure whole renders; the fragment cache's own tests switch it on.
FRAGMENT_CACHE_ENABLED = False
