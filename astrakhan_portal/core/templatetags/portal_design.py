"""Small template helpers of the site's layout: responsive pictures."""

from django import template
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

PICTURE_WIDTHS = (480, 800, 1200)


def _srcset(renditions):
    """The srcset "url 480w, url 800w": one entry per distinct width, narrowest first."""
    by_width = {}
    for rendition in renditions:
        if rendition.width:
            by_width.setdefault(rendition.width, rendition)
    return ", ".join(f"{r.url} {w}w" for w, r in sorted(by_width.items()))


@register.inclusion_tag("includes/picture.html")
def responsive_picture(image, alt="", sizes="(min-width: 52em) 48rem, 100vw", lazy=True, css_class=""):
    """``<picture>``: WebP renditions in three widths, with the original format as fallback.

    ``alt`` is the editor's alternative text ("" for a decorative image);
    ``lazy`` is for images below the fold. Renditions are fetched together.
    """
    if not image:
        return {"image": None}
    widths = [f"width-{w}" for w in PICTURE_WIDTHS]
    is_svg = getattr(image, "is_svg", lambda: False)()
    webp = [] if is_svg else [f"{spec}|format-webp" for spec in widths]
    renditions = get_renditions_or_not_found(image, [Filter(spec=spec) for spec in widths + webp])
    fallback = [renditions[spec] for spec in widths]
    return {
        "image": image,
        "alt": alt or "",
        "sizes": sizes,
        "lazy": lazy,
        "css_class": css_class,
        "src": fallback[1] if len(fallback) > 1 else fallback[0],
        "srcset": _srcset(fallback),
        "webp_srcset": _srcset(renditions[spec] for spec in webp),
    }
