"""Settings for the test suite: `make test`. Everything else as in base.py."""

from .base import *

DEBUG = False

# --- Security: a fixed key and fast password hashing (tests only).
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# --- Mail: kept in memory for the tests to read (django.core.mail.outbox).
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# --- Wagtail: admin e-mails link to the test client's host.
WAGTAILADMIN_BASE_URL = "http://testserver"
