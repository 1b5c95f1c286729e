"""The partner map's geometry: projected SVG paths built by scripts/partner_map.

The data is generated (``cd scripts/partner_map && npm ci && node build.mjs``)
into ``static/map/partner-map.json`` and read once per process.
"""

import json
from functools import cache

from django.conf import settings


def partner_map_path():
    return settings.BASE_DIR / "static" / "map" / "partner-map.json"


@cache
def load_partner_map():
    """The map data: ``viewBox``, ``source``, ``context``, ``partners``, ``astrakhan``.

    ``context`` is a list of ``{"code", "d"}`` drawn grey: one shape, "land",
    the merged non-partner countries without any border between them,
    ``partners`` maps an ISO 3166-1 alpha-2 code to ``{"d", "label": [x, y]}``
    and ``astrakhan`` is the city's ``[x, y]`` in viewBox units.
    """
    with partner_map_path().open(encoding="utf-8") as f:
        return json.load(f)
