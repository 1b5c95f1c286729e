"""The admin in Russian where Wagtail or wagtail-modeltranslation leave a message in
English or word it badly: the project's catalog supplies it, and keeps it."""

import re

from django.template import Context, Template
from django.utils import translation

from astrakhan_portal.translation_admin.library_messages import LIBRARY_MESSAGES


def test_every_library_message_the_project_overrides_reads_in_russian():
    with translation.override("ru"):
        untranslated = [m for m in LIBRARY_MESSAGES if translation.gettext(m) == m]
    assert not untranslated
    assert len(LIBRARY_MESSAGES) >= 16


def test_the_newer_version_dialog_speaks_russian():
    """An editor who saved in another window is asked what to do, in Russian."""
    template = Template(
        "{% load i18n %}{% blocktranslate trimmed %}Proceeding will overwrite the changes you made in "
        "that window.{% endblocktranslate %} {% blocktranslate trimmed %}Alternatively, you can view the "
        'latest version in a new tab.{% endblocktranslate %} {% translate "View latest version" %}'
    )
    with translation.override("ru"):
        text = template.render(Context())
    assert not re.search(r"[A-Za-z]{3,}", text), text
    assert "последнюю версию" in text
