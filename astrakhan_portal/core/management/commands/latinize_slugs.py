"""Give pages still addressed in Cyrillic a Latin slug, and redirect their old addresses.

Pages made before slugs were transliterated (the passport table, see
translation_admin/slugs.py) have Cyrillic slugs and long percent-encoded addresses.
This command, run once after upgrading (safe to run again: it then changes nothing):

- writes each Cyrillic slug, in each language, in Latin letters (``старая-новость`` →
  ``staraia-novost``), adding ``-2``, ``-3``… if a sibling already has that slug;
- updates the page's addresses and those of the pages below it;
- writes the new slug into the page's revisions too, so publishing a draft later does
  not bring the Cyrillic slug back;
- keeps every old address working: a permanent redirect (301, Wagtail's redirects,
  listed in the admin under Настройки → Перенаправления) from each old address, in each
  language, to the page, for the page and every page below it.

``--dry-run`` lists what would change without changing anything.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from astrakhan_portal.core.models import DEFAULT_LANGUAGE, free_slug
from astrakhan_portal.translation_admin.slugs import slugify_title

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def cyrillic_slug_pages():
    """Pages (specific, parents first) with a slug that is not plain ASCII in some language."""
    fields = [f"slug_{code}" for code in LANGUAGES]
    ids = [
        row[0]
        for row in Page.objects.order_by("path").values_list("id", *fields)
        if any(slug and not slug.isascii() for slug in row[1:])
    ]
    return [Page.objects.get(pk=pk).specific for pk in ids]


def addresses(pages):
    """{page id: {language: (site id, address on that site)}} of ``pages`` in each language."""
    result = {}
    for page in pages:
        result[page.pk] = {}
        for code in LANGUAGES:
            with translation.override(code):
                parts = page.get_url_parts()
            if parts:
                result[page.pk][code] = (parts[0], parts[2])
    return result


def latin_slug(page, code, slug):
    """``slug`` in Latin letters, unique among ``page``'s siblings in language ``code``."""
    return free_slug(page.get_parent(), code, slugify_title(slug) or "stranitsa", exclude_pk=page.pk)


def latinize(page):
    """Give ``page`` Latin slugs; {language: (old, new)} of what changed."""
    page = Page.objects.get(pk=page.pk).specific  # fresh: a parent's change moved its url_path
    changes = {}
    for code in LANGUAGES:
        slug = getattr(page, f"slug_{code}")
        if slug and not slug.isascii():
            changes[code] = (slug, latin_slug(page, code, slug))
            setattr(page, f"slug_{code}", changes[code][1])
    if not changes:
        return changes
    page.set_url_path(page.get_parent())
    page.save(clean=False)
    for revision in Revision.objects.for_instance(page):
        content = revision.content
        touched = False
        for code, (old, new) in changes.items():
            for key in (f"slug_{code}",) + (("slug",) if code == DEFAULT_LANGUAGE else ()):
                if content.get(key) == old:
                    content[key] = new
                    touched = True
        if touched:
            revision.content = content
            revision.save(update_fields=["content"])
    return changes


def redirect_old_addresses(before, after):
    """A permanent redirect from each address that changed to its page; how many."""
    count = 0
    for page_id, old_urls in before.items():
        for code, (site_id, old) in old_urls.items():
            new = after.get(page_id, {}).get(code)
            if not new or new[1] == old:
                continue
            Redirect.objects.update_or_create(
                site_id=site_id,
                old_path=Redirect.normalise_path(old),
                defaults={"redirect_page_id": page_id, "redirect_link": "", "is_permanent": True},
            )
            count += 1
    return count


class Command(BaseCommand):
    help = "Gives pages with Cyrillic slugs Latin ones and redirects (301) their old addresses."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the changes without making them.")

    def handle(self, *args, dry_run=False, **options):
        pages = cyrillic_slug_pages()
        if not pages:
            self.stdout.write("No page has a Cyrillic slug.")
            return
        # Wagtail's own redirects for a slug change (its page_slug_changed handler, after the
        # commit) cover one language: this command makes its own, in every language, in the
        # same transaction as the change; Wagtail's then adds none where one of them exists.
        with transaction.atomic():
            affected = {p.pk: p for page in pages for p in Page.objects.descendant_of(page, inclusive=True)}
            before = addresses(affected.values())
            for page in pages:
                for code, (old, new) in latinize(page).items():
                    self.stdout.write(f"{page.pk} [{code}]: {old} → {new}")
            after = addresses(Page.objects.filter(pk__in=affected))
            count = redirect_old_addresses(before, after)
            self.stdout.write(f"{len(pages)} page(s) given Latin slugs; {count} old address(es) redirected.")
            if dry_run:
                transaction.set_rollback(True)
                self.stdout.write("Dry run: nothing was changed.")
