"""The visitor's IP address, as django-axes counts failed sign-ins by it."""

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT`` proxies the address the outermost one saw.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so with N trusted proxies the N-th entry from the right is
    the visitor's; anything further left was sent by the visitor and is not
    trusted. Leave TRUSTED_PROXY_COUNT at 0 when nothing sits in front of the
    app, or visitors could choose their own address.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
