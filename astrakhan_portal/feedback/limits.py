"""How many messages one visitor may send: per address and per session.

Counted in Django's cache (Redis in production) when a valid message is about
to be stored; a visitor over either limit sees the form again, with what they
typed and a message saying when to try again. A failing cache lets messages
through and logs it (see security/rate_limit.py).
"""

from django.conf import settings

from astrakhan_portal.security.client_ip import client_ip
from astrakhan_portal.security.rate_limit import count_attempt

SCOPE_ADDRESS = "feedback-address"
SCOPE_SESSION = "feedback-session"


def over_limit(request):
    """Count this message; True if the visitor sent too many in the window."""
    window = settings.FEEDBACK_RATE_WINDOW
    over = count_attempt(SCOPE_ADDRESS, client_ip(request), window) > settings.FEEDBACK_RATE_PER_ADDRESS
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if session_key:
        # The cookie's value is enough to tell sessions apart: the session is
        # not loaded, so this works while the database is down.
        count = count_attempt(SCOPE_SESSION, session_key[:64], window)
        over = count > settings.FEEDBACK_RATE_PER_SESSION or over
    return over


def window_minutes():
    return max(1, settings.FEEDBACK_RATE_WINDOW // 60)
