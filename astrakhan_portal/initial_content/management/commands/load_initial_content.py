from django.core.management import call_command
from django.core.management.base import BaseCommand

from astrakhan_portal.initial_content.loader import ContentLoader


class Command(BaseCommand):
    help = (
        "Builds the portal's pages from the source text, in Russian and English. "
        "Safe to run again: it creates what is missing, updates what differs, and "
        "keeps pages an editor has changed unless --overwrite is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Also reset pages that an editor has changed to the initial content.",
        )

    def handle(self, *args, overwrite=False, verbosity=1, **options):
        log = self.stdout.write if verbosity > 1 else None
        loader = ContentLoader(overwrite=overwrite, log=log).load()
        call_command("update_index", verbosity=0)
        self.stdout.write(
            f"Initial content: {loader.created} created, {loader.updated} updated, "
            f"{loader.unchanged} unchanged, {loader.kept} kept as edited."
        )
