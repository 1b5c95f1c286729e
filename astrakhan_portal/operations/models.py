from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingPurge(models.Model):
    """A purge of the proxy cache that could not be delivered yet; retried until it is.

    Kept in the database so that a purge survives a restart: retried on the
    next page of the admin (whose user is told), and by ``manage.py
    retry_purges``, which runs beside ``publish_scheduled``.
    """

    backend = models.CharField(_("cache"), max_length=100)
    url = models.CharField(_("address"), max_length=500)
    first_failed_at = models.DateTimeField(_("first failed at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=1)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("pending purge")
        verbose_name_plural = _("pending purges")
        constraints = [models.UniqueConstraint(fields=["backend", "url"], name="one_pending_purge_per_url")]

    def __str__(self):
        return f"{self.backend}: {self.url}"
