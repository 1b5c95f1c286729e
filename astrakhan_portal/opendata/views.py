"""Open data: a list of data sets, a passport for each, and the data in CSV and JSON."""

import csv
import io
import json

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import http_date
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from .datasets import DATASETS, FORMATS, LICENCE_NAME, LICENCE_URLS, RESPONSIBLE_BODY, timestamp
from .spreadsheet import inert_row


def dataset_or_404(slug):
    try:
        return DATASETS[slug]
    except KeyError:
        raise Http404("No such data set") from None


def language():
    return (get_language() or "ru")[:2]


def common_context():
    return {
        "responsible_body": RESPONSIBLE_BODY,
        "licence_name": LICENCE_NAME,
        "licence_url": LICENCE_URLS.get(language(), LICENCE_URLS["en"]),
        "formats": FORMATS,
    }


@require_safe
def index(request):
    return render(
        request,
        "opendata/index.html",
        {**common_context(), "datasets": list(DATASETS.values())},
    )


@require_safe
def passport(request, dataset):
    dataset = dataset_or_404(dataset)
    table = dataset.table(request)
    return render(
        request,
        "opendata/passport.html",
        {**common_context(), "dataset": dataset, "table": table},
    )


@require_safe
def download(request, dataset, format):
    dataset = dataset_or_404(dataset)
    if format not in FORMATS:
        raise Http404("No such format")
    table = dataset.table(request)
    filename = f"{dataset.slug}-{language()}.{format}"
    if format == "csv":
        response = HttpResponse(as_csv(dataset, table), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(as_json(dataset, table), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = language()
    if table.modified:
        response["Last-Modified"] = http_date(table.modified.timestamp())
    return response


def as_csv(dataset, table):
    """UTF-8 without a byte order mark; a header row of the column names; RFC 4180 quoting.

    Text that a spreadsheet would run as a formula starts with an apostrophe
    (see spreadsheet.py); the JSON keeps the true value.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c.name for c in dataset.columns])
    writer.writeheader()
    writer.writerows(inert_row(row) for row in table.rows)
    return out.getvalue().encode("utf-8")


def as_json(dataset, table):
    document = {
        "identifier": dataset.identifier,
        "title": str(dataset.title),
        "language": language(),
        "publisher": str(RESPONSIBLE_BODY),
        "license": LICENCE_URLS["en"],
        "modified": timestamp(table.modified),
        "columns": [c.name for c in dataset.columns],
        "rows": table.rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
