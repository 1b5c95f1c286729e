"""The admin form every portal page is edited with."""

from astrakhan_portal.translation_admin.forms import BilingualPageForm


class PortalPageForm(BilingualPageForm):
    """The bilingual page form (empty slugs made from the titles), with wagtail-modeltranslation's
    slug check reading only possible clashes.

    wagtail-modeltranslation subclasses this form (``patch_admin_page_form``);
    its ``clean`` first calls this one, then loads every child of
    ``self.parent_page`` to compare slugs in each language, which builds
    10,000 page objects when a news item has 10,000 siblings. Once Wagtail's
    own checks have run, this ``clean`` narrows the parent page's
    ``get_children()`` to the children whose stored slug in some language
    equals one of the slugs entered (the only ones the check can reject, see
    ``core.models.slug_rivals``), for the rest of ``clean`` only;
    ``_post_clean`` (which Django runs next) puts it back. docs/performance.md.
    """

    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page
        if parent is not None and "get_children" not in parent.__dict__:
            from .models import slugs_entered, stored_slug_in

            children = parent.get_children()
            if self.instance.pk:
                children = children.not_page(self.instance)
            narrowed = children.rewrite(False).filter(stored_slug_in(slugs_entered(cleaned_data)))
            parent.get_children = lambda: narrowed
            self._narrowed_parent = parent
        return cleaned_data

    def _post_clean(self):
        parent = self.__dict__.pop("_narrowed_parent", None)
        if parent is not None:
            del parent.get_children
        super()._post_clean()
