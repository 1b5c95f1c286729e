"""Messages visitors send through the feedback form, kept for editors to answer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

NAME_MAX_LENGTH = 200
EMAIL_MAX_LENGTH = 254
MESSAGE_MAX_LENGTH = 5000


class FeedbackMessage(models.Model):
    """A message from a visitor: who wrote, how to answer, and what they wrote.

    Only what the privacy policy names is stored: name, e-mail, message, the
    language of the form and when it was sent.
    """

    # "name" alone is also an office's or a sphere's name («название»); a person has «имя».
    name = models.CharField(pgettext_lazy("person writing", "name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("e-mail"), max_length=EMAIL_MAX_LENGTH)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    language = models.CharField(_("language of the form"), max_length=8)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("feedback message")
        verbose_name_plural = _("feedback messages")

    def __str__(self):
        return f"{self.name} <{self.email}>"
