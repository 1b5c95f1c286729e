"""Settings for a developer's machine: `make run`. Everything else as in base.py."""

import os

from .base import *
from .base import env_list

DEBUG = True

# --- Security: a development-only key; production.py refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-astrakhan-portal")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

# --- Mail: printed to the console.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
