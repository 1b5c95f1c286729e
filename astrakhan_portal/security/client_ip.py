"""The visitor's IP address, as the sign-in lockout and the rate limits count it.

``X-Forwarded-For`` is read only when the request comes from one of the
proxies in ``settings.TRUSTED_PROXIES`` (addresses or networks): a visitor who
reaches the app directly could otherwise choose their own address, dodge the
lockout by sending a new one with each guess, or unlock a locked user.
"""

import ipaddress

from django.conf import settings


def parse_networks(values):
    """``["10.0.0.1", "10.1.0.0/16"]`` as ip_network objects; ValueError on a bad entry."""
    return [ipaddress.ip_network(value.strip(), strict=False) for value in values if value.strip()]


def parse_address(value):
    try:
        return ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None


def is_trusted_proxy(address):
    return address is not None and any(address in network for network in trusted_networks())


def trusted_networks():
    return parse_networks(settings.TRUSTED_PROXIES)


def client_ip(request):
    """REMOTE_ADDR, or, when that is a trusted proxy, the address that proxy saw.

    Walks X-Forwarded-For from the right (each proxy appends the address it
    received the request from) past every trusted proxy; the first address
    that is not one is the visitor's. Anything further left was written by the
    visitor and is never read. An entry that is not an IP address stops the
    walk at the last proxy.
    """
    remote = request.META.get("REMOTE_ADDR")
    address = parse_address(remote)
    if not is_trusted_proxy(address):
        return remote
    forwarded = [a for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    while forwarded and is_trusted_proxy(address):
        previous = parse_address(forwarded.pop())
        if previous is None:
            break
        address = previous
    return str(address)
