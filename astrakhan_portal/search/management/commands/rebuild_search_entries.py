from django.core.management.base import BaseCommand

from astrakhan_portal.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search entries of every live page, in every language."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"Search entries rebuilt for {count} page(s).")
