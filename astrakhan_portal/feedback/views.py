"""The feedback form: visitors write to the portal's editors."""

import logging

from django.db import DatabaseError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from astrakhan_portal.navigation.site_links import linked_page

from .forms import FeedbackForm
from .limits import over_limit, window_minutes

logger = logging.getLogger(__name__)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request):
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    status = 200
    if form.is_bound:
        if form.is_spam:
            # Answer a bot exactly as a person, so it learns nothing; keep nothing.
            return redirect("feedback_sent")
        if form.is_valid():
            if over_limit(request):
                form.add_error(None, too_many_messages())
                status = 429
            elif store(request, form):
                return redirect("feedback_sent")
            else:
                form.add_error(None, not_stored())
                status = 503
    return render(
        request,
        "feedback/feedback.html",
        {"form": form, "privacy_page": linked_page(request, "privacy_page")},
        status=status,
    )


def store(request, form):
    """Save the message; False (and logged) if the database refused it."""
    message = form.save(commit=False)
    message.language = (get_language() or "ru")[:2]
    try:
        # A savepoint of its own: a failed insert leaves the request's connection usable.
        with transaction.atomic():
            message.save()
    except DatabaseError:
        logger.exception("A feedback message could not be stored; the visitor keeps the text")
        return False
    try:
        # A session of its own, so the next messages count against the session limit too.
        request.session["feedback_sent"] = request.session.get("feedback_sent", 0) + 1
    except DatabaseError:
        logger.warning("Feedback: the session could not be read", exc_info=True)
    return True


def too_many_messages():
    minutes = window_minutes()
    return ngettext(
        "You have sent several messages in a short time. Please wait %(minutes)d minute and send "
        "this one again: the text is kept below.",
        "You have sent several messages in a short time. Please wait %(minutes)d minutes and send "
        "this one again: the text is kept below.",
        minutes,
    ) % {"minutes": minutes}


def not_stored():
    return _(
        "Your message could not be saved because of a technical problem on our side. Nothing has been "
        "sent yet: the text is kept below, please send it again in a few minutes."
    )


@require_safe
def feedback_sent(request):
    return render(request, "feedback/feedback_sent.html")
