"""Puts the visitor's choices for the version for the visually impaired into every template."""

from .settings import COOKIE_NAME, ViSettings


def accessibility(request):
    return {"vi": ViSettings.from_cookie(request.COOKIES.get(COOKIE_NAME))}
