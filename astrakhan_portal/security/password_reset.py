"""The admin's password reset tells the person when the mail could not be sent.

Django's PasswordResetForm logs a failed mail and carries on, so Wagtail's
view said "sent" while nothing was (a production without mail settings). The
form here remembers the failure (logged under ``astrakhan_portal.security``);
the view, mounted at Wagtail's own address before Wagtail's URLs, shows the
form again with "try again later" and status 503. The form is Wagtail's
``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``.
"""

import logging

from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils.translation import gettext as _
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.admin.views.account import PasswordResetView

logger = logging.getLogger(__name__)


class MailCheckedPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form; ``mail_failed`` is True when a mail could not be sent."""

    mail_failed = False

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            message.attach_alternative(
                loader.render_to_string(html_email_template_name, context), "text/html"
            )
        try:
            message.send()
        except Exception:  # noqa: BLE001 - SMTP, DNS, TLS: any failure is reported, not raised
            logger.exception("The password reset mail to user %s could not be sent", context["user"].pk)
            self.mail_failed = True


class MailCheckedPasswordResetView(PasswordResetView):
    """Wagtail's password reset view, saying "try again later" when the mail failed."""

    def form_valid(self, form):
        response = super().form_valid(form)
        if getattr(form, "mail_failed", False):
            form.add_error(
                None,
                _("The e-mail could not be sent because of a technical problem. Please try again later."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=503)
        return response
