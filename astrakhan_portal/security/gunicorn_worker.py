"""gunicorn's sync worker, whose own error pages carry the security headers.

gunicorn answers some requests before Django sees them: "400 Bad Request"
for a malformed request line, "414 URI Too Long" above ``limit_request_line``,
"431 Request Header Fields Too Large". Its writer sends only Connection,
Content-Type and Content-Length. This worker hands gunicorn's error handler a
socket that adds the headers every other response has (see
``SecurityHeadersMiddleware``) to that one message. It imports nothing from
Django: gunicorn's master loads it.

Configured in ``gunicorn.conf.py`` as ``worker_class``.
"""

from gunicorn.workers.sync import SyncWorker

# The error page has no scripts, styles, images or frames of its own.
ERROR_HEADERS = (
    b"Content-Security-Policy: default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
    b"X-Content-Type-Options: nosniff\r\n"
    b"X-Frame-Options: DENY\r\n"
    b"Referrer-Policy: strict-origin-when-cross-origin\r\n"
    b"Cross-Origin-Opener-Policy: same-origin\r\n"
    b"Cache-Control: no-store\r\n"
)


def with_security_headers(message):
    """An HTTP response (bytes) with ERROR_HEADERS after its status line."""
    if not message.startswith(b"HTTP/"):
        return message
    status_line, separator, rest = message.partition(b"\r\n")
    return status_line + separator + ERROR_HEADERS + rest if separator else message


class HeaderAddingSocket:
    """The client socket, adding ERROR_HEADERS to the error message written through it."""

    def __init__(self, sock):
        self._sock = sock

    def sendall(self, data, *args):
        return self._sock.sendall(with_security_headers(data), *args)

    def send(self, data, *args):  # gunicorn uses sendall; kept for completeness
        return self._sock.send(with_security_headers(data), *args)

    def __getattr__(self, name):
        return getattr(self._sock, name)


class SecureHeadersSyncWorker(SyncWorker):
    """SyncWorker whose own error responses (400, 414, 431, ...) carry the security headers."""

    def handle_error(self, req, client, addr, exc):
        super().handle_error(req, HeaderAddingSocket(client), addr, exc)
