"""The feedback form: visitors write to the portal's editors."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .forms import FeedbackForm

PRIVACY_POLICY_SLUG_EN = "privacy-policy"


def privacy_policy_page():
    """The live privacy policy page, or None if an editor has not published it."""
    from astrakhan_portal.standard.models import StandardPage

    return StandardPage.objects.live().filter(slug_en=PRIVACY_POLICY_SLUG_EN).first()


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request):
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if form.is_bound:
        if form.is_spam:
            # Answer a bot exactly as a person, so it learns nothing; keep nothing.
            return redirect("feedback_sent")
        if form.is_valid():
            message = form.save(commit=False)
            message.language = (get_language() or "ru")[:2]
            message.save()
            return redirect("feedback_sent")
    return render(
        request,
        "feedback/feedback.html",
        {"form": form, "privacy_page": privacy_policy_page()},
    )


@require_GET
def feedback_sent(request):
    return render(request, "feedback/feedback_sent.html")
