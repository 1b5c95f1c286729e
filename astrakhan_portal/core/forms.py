"""The admin form every portal page is edited with."""

from astrakhan_portal.translation_admin.forms import BilingualPageForm

from .overrides import SlugCheckFormOnRivalsOnly


class PortalPageForm(SlugCheckFormOnRivalsOnly, BilingualPageForm):
    """The bilingual page form (empty slugs made from the titles), with wagtail-modeltranslation's
    slug check reading only possible clashes (``core.overrides``; docs/performance.md)."""
