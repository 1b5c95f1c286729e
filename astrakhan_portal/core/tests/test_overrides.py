"""The library behaviour ``core/overrides.py`` works around is still there, in the shape
the overrides depend on: a maintainer upgrading wagtail-modeltranslation learns here,
not from a slow admin, that an override must be checked (or can be deleted).

What the overrides achieve (the slug check reads a row or two, not every sibling, and
still refuses a slug taken in either language) is pinned by
``news/tests/test_slug_check.py``."""

import inspect
from importlib.metadata import version

from wagtail_modeltranslation import patch_wagtailadmin, patch_wagtailadmin_forms


def test_the_override_was_checked_against_this_wagtail_modeltranslation_release():
    assert version("wagtail-modeltranslation") == "0.16.1", (
        "wagtail-modeltranslation changed: check core/overrides.py against the new release "
        "(does its slug check still load every sibling?), then update this version."
    )


def test_the_models_slug_check_reads_the_siblings_through_get_siblings():
    source = inspect.getsource(patch_wagtailadmin._validate_slugs)
    assert "page.get_siblings(inclusive=False)" in source
    assert "for sibling in siblings" in source  # still loads every one: the override is still needed


def test_the_admin_forms_slug_check_reads_the_parents_children_after_ours():
    source = inspect.getsource(patch_wagtailadmin_forms.patch_admin_page_form)
    assert source.index("super().clean()") < source.index("self.parent_page.get_children()")
    assert "for sibling in siblings" in source
