"""Drafts and previews never reach anonymous visitors through the proxy.

An editor signs in through the proxy (the admin always passes through it),
saves a changed draft of a country page, opens the view of the draft, the
revision and the live preview of unsaved edits; anonymous visitors keep
getting the published page, as a proxy hit and from each app server.
"""

import http.client
import re
import urllib.parse
from html.parser import HTMLParser
from http.cookies import SimpleCookie

import pytest

pytestmark = pytest.mark.stack

DRAFT_TITLE = "Azerbaijan DRAFT-not-for-visitors"
PREVIEW_TITLE = "Azerbaijan PREVIEW-not-for-visitors"
PAGE = "/en/partners/azerbaijan/"


class Browser:
    """An editor's browser: keeps cookies, sends the CSRF token, talks to one port."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": f"127.0.0.1:{self.port}", "Accept-Language": "en"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode([(name, value) for name, value in form])
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for value in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(value).items():
                self.cookies[name] = morsel.value
        data = response.read().decode(errors="replace")
        connection.close()
        return response.status, dict(response.getheaders()), data

    def sign_in(self, username, password):
        self.request("GET", "/admin/login/")
        status, headers, _ = self.request(
            "POST",
            "/admin/login/",
            [
                ("username", username),
                ("password", password),
                ("csrfmiddlewaretoken", self.cookies["csrftoken"]),
            ],
        )
        assert status == 302, "sign-in failed"


class FormFields(HTMLParser):
    """The fields of the page edit form, as the browser would submit them."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self.in_form = False
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "data-edit-form" in attrs:
            self.in_form = True
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind in ("submit", "button", "file"):
                return
            self.fields.append([attrs["name"], attrs.get("value") or ""])
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            self.fields.append(self.textarea)
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append([self.select, attrs.get("value") or ""])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.in_form = False


def anonymous_sees_published(stack):
    for response in [
        stack.via_proxy(PAGE),
        stack.via_proxy(PAGE),
        *(stack.direct(port, PAGE) for port in stack.app_ports),
    ]:
        body = response[2].decode()
        assert response[0] == 200
        assert DRAFT_TITLE not in body and PREVIEW_TITLE not in body
        assert "Azerbaijan" in body


def test_an_editors_draft_view_revision_and_preview_never_reach_visitors(running_stack):
    stack = running_stack
    stack.edit(
        "from django.contrib.auth.models import User; "
        "User.objects.filter(username='chief').exists() or "
        "User.objects.create_superuser('chief', 'chief@example.org', 'Astrakhan-Pw-2026')"
    )
    page_id, revision_id = stack.edit(
        "from partners.models import CountryPage; p = CountryPage.objects.get(slug_en='azerbaijan'); "
        f"p.title_en = p.title_ru = {DRAFT_TITLE!r}; r = p.save_revision(); print(p.pk, r.pk)"
    ).split()[-2:]
    anonymous_sees_published(stack)  # and the proxy now holds the published page

    editor = Browser(stack.proxy_port)
    editor.sign_in("chief", "Astrakhan-Pw-2026")
    status, headers, body = editor.request("GET", f"/admin/pages/{page_id}/view_draft/")
    assert status == 200 and DRAFT_TITLE in body
    assert "private" in headers.get("Cache-Control", "")
    anonymous_sees_published(stack)

    status, _, body = editor.request("GET", f"/admin/pages/{page_id}/revisions/{revision_id}/view/")
    assert status == 200 and DRAFT_TITLE in body
    anonymous_sees_published(stack)

    # Live preview of unsaved edits: the edit form posted to the preview, then shown.
    status, _, edit_form = editor.request("GET", f"/admin/pages/{page_id}/edit/")
    assert status == 200
    parser = FormFields()
    parser.feed(edit_form)
    fields = [
        [name, PREVIEW_TITLE if name in ("title_en", "title_ru") else value] for name, value in parser.fields
    ]
    assert any(name == "title_en" for name, _ in fields)
    # A StreamField's inputs are written by the admin's JavaScript: here it is left empty.
    for block_id in re.findall(r'<div id="([\w-]+)" data-block data-controller="w-block"', edit_form):
        fields.append([f"{block_id.removeprefix('id_')}-count", "0"])
    status, _, answer = editor.request("POST", f"/admin/pages/{page_id}/edit/preview/", fields)
    assert status == 200 and '"is_valid": true' in answer.replace("'", '"'), answer[:300]
    for mode in ("", "?mode=en", "?in_preview_panel=true"):
        status, headers, body = editor.request("GET", f"/admin/pages/{page_id}/edit/preview/{mode}")
        if status == 200 and PREVIEW_TITLE in body:
            assert "private" in headers.get("Cache-Control", "")
            break
    else:
        pytest.fail("the editor never saw the preview")
    anonymous_sees_published(stack)
