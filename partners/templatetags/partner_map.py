"""``{% load partner_map %}{% partner_map countries %}``: the inline SVG partner map."""

from django import template

from astrakhan_portal.core.templatetags.typography import lang_if_other, typeset_field
from partners.map import load_partner_map

register = template.Library()


# The widest a label is drawn (CSS: 24px on narrow screens), and the average
# glyph width of the system font, to keep labels inside the map.
LABEL_MAX_FONT_SIZE = 24
GLYPH_WIDTH = 0.6
LABEL_MARGIN = 6


def _label_position(x, title, width):
    """(x, text-anchor): centred on the country unless that would cut the label at an edge."""
    half = len(title) * GLYPH_WIDTH * LABEL_MAX_FONT_SIZE / 2
    if x - half < LABEL_MARGIN:
        return LABEL_MARGIN, "start"
    if x + half > width - LABEL_MARGIN:
        return width - LABEL_MARGIN, "end"
    return x, "middle"


def _number(value):
    """A coordinate as an SVG number string: never localised ("12,5" breaks SVG)."""
    return f"{value:g}"


@register.inclusion_tag("partners/includes/partner_map.html")
def partner_map(countries, id_prefix="partner-map"):
    """Render the map, linking each country of ``countries`` that the map has.

    ``countries`` is an iterable of objects with ``iso_code`` (ISO 3166-1
    alpha-2, any case), ``title`` (already translated) and ``url``. Partner
    shapes without a matching country are drawn, but not as links; countries
    the map has no shape for are only listed in the caption. ``id_prefix``
    keeps element ids unique if a page shows the map more than once.
    """
    data = load_partner_map()
    by_code = {}
    for country in countries:
        code = (getattr(country, "iso_code", "") or "").strip().upper()
        if code and code not in by_code:
            by_code[code] = country
    # What the map and its caption show of each country, worked out once for both.
    labels = {code: country_label(country) for code, country in by_code.items()}

    width, height = data["viewBox"].split()[2:]
    linked = []
    unlinked = []
    for code, shape in data["partners"].items():
        country = by_code.get(code)
        x, y = shape["label"]
        item = {"code": code, "d": shape["d"], "x": _number(x), "y": _number(y)}
        if country is None:
            unlinked.append(item)
        else:
            label_x, anchor = _label_position(x, str(country.title), float(width))
            linked.append({**item, **labels[code], "label_x": _number(label_x), "anchor": anchor})

    return {
        "id_prefix": id_prefix,
        "view_box": data["viewBox"],
        "width": width,
        "height": height,
        "context_shapes": data["context"],
        "linked": linked,
        "unlinked": unlinked,
        "astrakhan": [_number(v) for v in data["astrakhan"]],
        # The text alternative lists every given country, in the given order.
        "countries": list(labels.values()),
    }


def country_label(country):
    """A country's name as the map and its caption show it: typeset if Russian, with ``lang``
    where it is not in the visitor's language (a Russian name on an English page), and its
    address."""
    return {
        "title": typeset_field(country, "title"),
        "lang": lang_if_other(country, "title"),
        "url": country.url,
    }
