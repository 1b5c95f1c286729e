from wagtail import hooks


# Innermost of the ``on_serve_page`` wrappers (Wagtail's view restriction check
# has order 0): reached only when the visitor may see the page.
@hooks.register("on_serve_page", order=100)
def allow_page_cache(serve):
    def inner(page, request, args, kwargs):
        if not getattr(request, "is_preview", False):
            request.page_cache_allowed = True
        return serve(page, request, args, kwargs)

    return inner
