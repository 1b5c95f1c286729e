"""``{{ item.date|local_date }}``: a date as ``{{ item.date }}`` shows it (the visitor's
language's ``DATE_FORMAT``: "25 сентября 2026 г.", "25 September 2026"), for the dates of
cards, where Django's own localisation was a tenth of a news card's cost.

``{{ item.date|iso_date }}``: the date for ``<time datetime>`` ("2026-09-25"), as
``date:'Y-m-d'`` gives it.

Both give the same text as Django's filters (tested against them for every day of a year in
both languages); only the parsing of the format is done once per format instead of per date.
"""

import datetime
from functools import cache

from django import template
from django.template.defaultfilters import date as django_date
from django.utils.dateformat import DateFormat, re_escaped, re_formatchars
from django.utils.formats import get_format, localize
from django.utils.timezone import template_localtime

register = template.Library()


@cache
def _pieces(date_format):
    """``date_format`` split as Django's ``DateFormat.format`` splits it: (is a code, text)."""
    pieces = []
    for index, piece in enumerate(re_formatchars.split(date_format)):
        if index % 2:
            pieces.append((True, piece))
        elif piece:
            pieces.append((False, re_escaped.sub(r"\1", piece)))
    return tuple(pieces)


@register.filter
def local_date(value):
    """``value`` (a date) in the active language's ``DATE_FORMAT``; "" for no date; anything
    else (a date and time) as Django shows it."""
    if type(value) is not datetime.date:
        return "" if value in (None, "") else localize(template_localtime(value))
    formatter = DateFormat(value)
    return "".join(
        str(getattr(formatter, piece)()) if is_code else piece
        for is_code, piece in _pieces(str(get_format("DATE_FORMAT")))
    )


@register.filter
def iso_date(value):
    """``value`` (a date) as YYYY-MM-DD; "" for no date; a date and time as ``date:'Y-m-d'``
    gives it (in the current time zone)."""
    if type(value) is not datetime.date:
        return "" if value in (None, "") else django_date(template_localtime(value), "Y-m-d")
    return value.isoformat()
