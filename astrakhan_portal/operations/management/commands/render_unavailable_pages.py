from pathlib import Path

from django.core.management.base import BaseCommand
from django.test import RequestFactory

from astrakhan_portal.operations.unavailable import service_unavailable


class Command(BaseCommand):
    help = (
        "Write the site's 503 page in each language (503.ru.html, 503.en.html) into a folder, "
        "for the proxy to show while no app server is ready (deploy/varnish/site.vcl.example)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")

    def handle(self, folder, **options):
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        for language, path in (("ru", "/"), ("en", "/en/")):
            response = service_unavailable(RequestFactory().get(path))
            (target / f"503.{language}.html").write_bytes(response.content)
            self.stdout.write(f"Wrote {target / f'503.{language}.html'}")
