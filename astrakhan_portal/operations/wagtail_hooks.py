from wagtail import hooks

from .cache_headers import mark_shareable


# Innermost of the ``on_serve_page`` wrappers (Wagtail's view restriction check
# has order 0): reached only when the visitor may see the page. A page behind a
# password or a sign-in has read the session by then, so it stays private
# (cache_headers.py); previews never reach the shared cache.
@hooks.register("on_serve_page", order=100)
def pages_may_be_shared(serve):
    def inner(page, request, args, kwargs):
        if not getattr(request, "is_preview", False):
            mark_shareable(request)
        return serve(page, request, args, kwargs)

    return inner
