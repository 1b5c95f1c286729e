"""The one place where the portal works around a library's insides.

Everything else in the site uses the libraries' public extension points
(``tests/test_no_patches.py`` fails otherwise). What is here leans on how a
library works inside, because that library offers no way to change it; each
part says what it depends on, is pinned by a test that fails when the library
changes under it (``core/tests/test_overrides.py``), and names the fix to
offer upstream, after which it can be deleted.

**The slug check of wagtail-modeltranslation (0.16.1) loads every sibling.**
The library makes every page's slug unique among its siblings in each language
(an empty English slug standing for the Russian one) in two places:

- ``patch_wagtailadmin._patch_clean`` wraps each translated page model's
  ``clean`` with ``_validate_slugs``, which reads
  ``page.get_siblings(inclusive=False)`` and compares every sibling's slug
  in each language (and runs twice for a model whose ``clean`` calls
  ``super().clean()``, like ``NewsPage``);
- ``patch_wagtailadmin_forms.patch_admin_page_form`` subclasses each page
  model's ``base_form_class`` with a ``clean`` that first calls ours, then
  reads ``self.parent_page.get_children()`` and compares every child's slug
  in each language.

With 10,000 news items either builds 10,000 page objects per validation. The
only siblings either loop can reject are those whose stored slug (in some
language, or the untranslated column) equals one of the page's slugs; so the
mixins below hand each loop only those, found with one query returning a row
or two, for the duration of the check only. Their answer is unchanged.

Depends on: ``_validate_slugs`` reading only ``get_siblings(inclusive=False)``
of the page; the form's ``clean`` reading only ``self.parent_page.get_children()``
after calling ``super().clean()``; both comparing ``.slug`` in each language.

Upstream fix to offer (wagtail-modeltranslation): filter the siblings by the
candidate slugs (``slug_<lang>__in``) instead of iterating over all of them, and
wrap ``clean`` once per class hierarchy. When a release has it, delete this
module's mixins and their use in ``core/models.py`` and ``core/forms.py``.
docs/performance.md ("The slug check at scale").
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation


class SlugCheckOnRivalsOnly:
    """For page models: during ``full_clean``, ``get_siblings(inclusive=False)`` answers
    with the siblings that hold one of the page's slugs (see the module's docstring)."""

    def full_clean(self, *args, **kwargs):
        outermost = "_slug_rivals" not in self.__dict__
        if outermost:
            self._slug_rivals = None
        try:
            super().full_clean(*args, **kwargs)
        finally:
            if outermost:
                del self._slug_rivals

    def get_siblings(self, inclusive=True):
        siblings = super().get_siblings(inclusive)
        if inclusive or "_slug_rivals" not in self.__dict__:
            return siblings
        if self._slug_rivals is None:
            self._slug_rivals = slug_rivals(self, siblings)
        return self._slug_rivals


class ParentWithChildren:
    """Stands for a parent page whose ``get_children()`` is narrowed to ``children``;
    anything else is read from the real parent."""

    def __init__(self, parent, children):
        self.page = parent
        self.children = children

    def get_children(self):
        return self.children

    def __getattr__(self, name):
        return getattr(self.page, name)


class SlugCheckFormOnRivalsOnly:
    """For the admin's page form: once Wagtail's own checks have run, the rest of
    ``clean`` (wagtail-modeltranslation's loop) sees as the parent's children only
    those holding one of the slugs typed in; the real parent is back when
    ``full_clean`` ends."""

    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page
        if parent is not None and not isinstance(parent, ParentWithChildren):
            children = parent.get_children()
            if self.instance.pk:
                children = children.not_page(self.instance)
            narrowed = children.rewrite(False).filter(stored_slug_in(slugs_entered(cleaned_data)))
            self.parent_page = ParentWithChildren(parent, narrowed)
        return cleaned_data

    def full_clean(self):
        try:
            super().full_clean()
        finally:
            if isinstance(self.parent_page, ParentWithChildren):
                self.parent_page = self.parent_page.page


def slug_rivals(page, siblings):
    """The ``siblings`` that could take one of ``page``'s slugs in some language.

    A page's slug in a language is that language's slug or, when it is empty,
    the Russian one (modeltranslation's fallback), or else the untranslated
    column. So a sibling can clash with ``page`` in some language only if one of
    its stored slugs equals one of ``page``'s slugs as read in some language:
    every sibling the full check would reject is in this set.
    """
    slugs = set()
    for language in settings.MODELTRANSLATION_LANGUAGES:
        with translation.override(language):
            slugs.add(page.slug)
    return siblings.rewrite(False).filter(stored_slug_in(slugs))


def slugs_entered(cleaned_data):
    """The slugs typed into an admin page form, in every language."""
    return {cleaned_data.get(f"slug_{language}") for language in settings.MODELTRANSLATION_LANGUAGES}


def stored_slug_in(slugs):
    """Pages with a stored slug (untranslated or in some language) among ``slugs``."""
    slugs = {slug for slug in slugs if slug}
    condition = Q(slug__in=slugs)
    for language in settings.MODELTRANSLATION_LANGUAGES:
        condition |= Q(**{f"slug_{language}__in": slugs})
    return condition
