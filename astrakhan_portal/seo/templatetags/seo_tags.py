"""Head tags for search engines and link previews: ``{% head_meta %}`` writes them
(``templates/frame/meta.jinja``) from :func:`page_meta` and :func:`structured_data`."""

import logging

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.images.models import AbstractImage

from astrakhan_portal.core.jinja_engine import render
from astrakhan_portal.core.models import DEFAULT_LANGUAGE
from astrakhan_portal.core.templatetags.typography import shown_language, typeset, typeset_field
from astrakhan_portal.security.local_path import local_path

from .. import structured_data as jsonld
from ..languages import OG_LOCALES, absolute, current_language, page_versions

register = template.Library()
logger = logging.getLogger(__name__)

MAX_DESCRIPTION = 300
# The size link previews (Open Graph, Twitter cards) show best.
SHARE_IMAGE_SPEC = "fill-1200x630"


def wagtail_page(context):
    page = context.get("page")
    return page if page is not None and hasattr(page, "get_url") else None


def share_image(request, page):
    """{url, width, height, alt} of the page's image cut to 1200×630, or None."""
    image = getattr(page, "image", None)
    if not isinstance(image, AbstractImage):
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except (OSError, ValueError):  # a missing or broken original file must not break the page
        logger.warning("No share image for page %s", page.pk, exc_info=True)
        return None
    return {
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "image_alt", "") or page.title,
    }


def view_versions(request):
    """[(language, absolute URL)] of a Django view (not a page) in each language."""
    return [
        (code, absolute(request, translate_url(local_path(request.path), code)))
        for code, _name in settings.LANGUAGES
    ]


def _other(text_language, page_language):
    """The text's language if it is not the page's (for a lang attribute), else ""."""
    return text_language if text_language and text_language != page_language else ""


def page_meta(context):
    """Everything the head needs: canonical address, description, language versions, preview."""
    request = context.get("request")
    if request is None:
        return {}
    language = current_language()
    page = wagtail_page(context)
    site_name = _("Astrakhan Region: international cooperation")
    meta = {"site_name": site_name, "og_type": "website"}
    if page is not None:
        versions = page_versions(request, page)
        urls = dict(versions)
        # Russian texts typeset (non-breaking spaces as characters, safe in attributes); a text
        # shown in another language than the page's (an untranslated field) carries its lang.
        title_field = "seo_title" if page.seo_title else "title"
        meta["title"] = typeset_field(page, title_field)
        meta["title_lang"] = _other(shown_language(page, title_field), language)
        if page.search_description:
            meta["description"] = typeset_field(page, "search_description")
            meta["description_lang"] = _other(shown_language(page, "search_description"), language)
        else:
            summary_language = shown_language(page, "summary")
            meta["description_lang"] = _other(summary_language, language)
            meta["description"] = typeset(
                Truncator(page.summary or "").chars(MAX_DESCRIPTION), summary_language
            )
        # An untranslated version is the Russian text: its canonical address is the Russian one.
        if language not in urls:
            language = DEFAULT_LANGUAGE
        meta["canonical"] = urls.get(language) or absolute(request, request.path)
        image = share_image(request, page)
        if image:
            meta["image"] = image
        if type(page).__name__ == "NewsPage":
            meta["og_type"] = "article"
            meta["published_time"] = page.date.isoformat()
    else:
        versions = view_versions(request)
        urls = dict(versions)
        meta["title"] = typeset(context.get("meta_title") or site_name)
        meta["description"] = typeset(context.get("meta_description", ""))
        meta["canonical"] = absolute(request, request.path)
    meta["alternates"] = versions if len(versions) > 1 else []
    if len(versions) > 1 and DEFAULT_LANGUAGE in urls:
        meta["x_default"] = urls[DEFAULT_LANGUAGE]
    meta["language"] = language
    meta["og_locale"] = OG_LOCALES.get(language, language)
    meta["og_locale_alternates"] = [OG_LOCALES.get(code, code) for code, _url in versions if code != language]
    return meta


def structured_data(context, meta=None):
    """The page's JSON-LD blocks; ``meta`` from :func:`page_meta` gives the share image."""
    request = context.get("request")
    page = wagtail_page(context)
    if request is None or page is None:
        return ""
    blocks = jsonld.for_page(request, page, context, image=(meta or {}).get("image"))
    return mark_safe("".join(jsonld.to_script(block) for block in blocks))


@register.simple_tag(takes_context=True)
def head_meta(context):
    """The head's description, addresses, link previews and JSON-LD of every page
    (``templates/frame/meta.jinja``): a part of the frame, as ``{% frame %}``'s header and
    footer (``navigation_tags``), from the page's context."""
    meta = page_meta(context)
    structured = structured_data(context, meta)
    return render("frame/meta.jinja", {"meta": meta, "structured": structured})
