from django.core.management.base import BaseCommand

from astrakhan_portal.operations.purge import retry_pending


class Command(BaseCommand):
    help = "Deliver purges of the proxy cache that failed earlier (run it beside publish_scheduled)."

    def handle(self, *args, **options):
        left = retry_pending()
        if left:
            self.stderr.write(f"{left} purge(s) still could not be delivered; see the log.")
            raise SystemExit(1)
        self.stdout.write("No purge is pending.")
