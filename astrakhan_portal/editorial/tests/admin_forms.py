"""The admin's page forms, filled in as an editor's browser would submit them."""

from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from astrakhan_portal.core.blocks import RICH_TEXT_FEATURES


def paragraph(text):
    return ("paragraph", rich_text(f"<p>{text}</p>", features=RICH_TEXT_FEATURES))


def page_form(client, url, **fields):
    """GET an admin page form (add or edit), keep what it holds, fill in ``fields``.

    ``body_ru`` / ``body_en`` take a list of paragraph texts (the admin builds
    StreamField inputs in the browser, so they are always given here).
    """
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    values = {}
    for name, value in fields.items():
        if name.startswith("body_"):
            values[name] = streamfield([paragraph(text) for text in value])
        else:
            values[name] = value
    for key, value in nested_form_data(values).items():
        data[key] = value
    return response, data
