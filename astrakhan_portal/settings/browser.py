"""Settings for the server that the browser tests drive (tests/browser).

The test settings, plus static files served by WhiteNoise straight from the
source folders (DEBUG stays off, as in production, so error pages are real).
The database comes from DATABASE_URL, which the browser-test fixture points at
a database of its own.
"""

from .test import *

WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
