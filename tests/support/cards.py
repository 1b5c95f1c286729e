"""Helpers for tests of the listing pages whose cards are rows (issue 11): a card shows a
page without the page object being built, in both languages."""

import re

from django.utils import translation

from astrakhan_portal.core.rows import PageRow

from .counting import Built


def objects_built(client, url):
    """How many model instances one render of ``url`` builds (after a first request, which
    fills the site-wide caches)."""
    client.get(url)
    with Built() as built:
        response = client.get(url)
    assert response.status_code == 200, url
    return built.count


def address(page, language):
    """``page``'s address in ``language``, as ``{% pageurl %}`` gives it."""
    with translation.override(language):
        return page.get_url()


def card_title(html, page, language):
    """(the ``lang`` attribute, the text) of the card title that links to ``page``, on a list
    rendered in ``language``; the attribute is "" when the title is in that language."""
    url = re.escape(address(page, language))
    found = re.search(
        rf'<h3 class="card__title"(?: lang="(\w+)")?><a class="card__link" href="{url}">([^<]*)</a></h3>',
        html,
    )
    assert found, f"no card links to {address(page, language)}"
    return found.group(1) or "", found.group(2)


def card_of(html, page, language):
    """The HTML of the card (``<article>…</article>``) that links to ``page``."""
    url = re.escape(address(page, language))
    found = re.search(
        rf'<article class="card[^"]*">(?:(?!</article>).)*href="{url}".*?</article>', html, re.S
    )
    assert found, f"no card links to {address(page, language)}"
    return found.group(0)


def all_rows(items):
    """True if every item of a list is a row, not a page object."""
    items = list(items)
    return bool(items) and all(isinstance(item, PageRow) for item in items)
