import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
# Wagtail's account page requires a first and last name to save the profile
# (e.g. to choose the admin's language).
FIRST_NAME = "Администратор"
LAST_NAME = "Разработки"


class Command(BaseCommand):
    help = "Creates the development admin account and prints its password once (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--url", default="http://127.0.0.1:8000/admin/", help="The admin address to print."
        )

    def handle(self, *args, url, **options):
        if not settings.DEBUG:
            raise CommandError("The development admin account is only for development settings (DEBUG).")
        User = get_user_model()
        existing = User.objects.filter(username=USERNAME).first()
        if existing is not None:
            if not (existing.first_name and existing.last_name):
                existing.first_name = existing.first_name or FIRST_NAME
                existing.last_name = existing.last_name or LAST_NAME
                existing.save(update_fields=["first_name", "last_name"])
            self.stdout.write(
                f"Admin account '{USERNAME}' exists (its password was printed when it was created; "
                f"reset it with: .venv/bin/python manage.py changepassword {USERNAME})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            USERNAME, "admin@example.invalid", password, first_name=FIRST_NAME, last_name=LAST_NAME
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Development admin account created.\n"
                f"  URL:      {url}\n"
                f"  Username: {USERNAME}\n"
                f"  Password: {password}\n"
                f"This password is shown only now."
            )
        )
