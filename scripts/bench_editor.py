"""Editors at scale: server time of admin actions, for ``scripts/bench.py --scale``.

Run with the benchmark's environment (production settings, the filled
database). In one process, through Django's test client (the real views,
middleware and database, no network): an editor opens a generated news item,
saves a draft, publishes it, opens the news list in the page explorer, searches
the admin and opens the missing-translations report. Each action is timed
(wall and CPU, the median of three) and printed as one JSON line:
{action: [wall ms, CPU ms]}.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "astrakhan_portal.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from astrakhan_portal.editorial.tests.admin_forms import page_form  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

HOST = os.environ.get("ALLOWED_HOSTS", "127.0.0.1").split(",")[0]
REPEAT = 3


def timed(action):
    """(wall ms, CPU ms) of ``action()``, the median of REPEAT runs after one warm-up."""
    action()
    walls, cpus = [], []
    for _ in range(REPEAT):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return [statistics.median(walls), statistics.median(cpus)]


def main():
    user, _ = get_user_model().objects.get_or_create(
        username="bench-editor", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    index = NewsIndexPage.objects.get()
    page = (
        NewsPage.objects.child_of(index)
        .filter(slug_ru__startswith="bench-")
        .exclude(title_en="")
        .order_by("-path")
        .first()
    )
    edit_url = f"/admin/pages/{page.pk}/edit/"
    counter = iter(range(1_000_000))

    def post(publish):
        n = next(counter)
        _response, data = page_form(
            client,
            edit_url,
            summary_ru=f"Черновик {n}.",
            summary_en=f"Draft {n}.",
            body_ru=[f"Текст черновика {n}."],
            body_en=[f"Text of draft {n}."],
        )
        if publish:
            data["action-publish"] = "1"
        # Only the POST is timed: the form is fetched first.
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        response = client.post(edit_url, data)
        spent = ((time.perf_counter() - start_wall) * 1000, (time.process_time() - start_cpu) * 1000)
        assert response.status_code == 302, response.content.decode()[:2000]
        return spent

    def post_timed(publish):
        post(publish)
        runs = [post(publish) for _ in range(REPEAT)]
        return [statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)]

    def get(url):
        def action():
            response = client.get(url)
            assert response.status_code == 200, url

        return action

    results = {
        "save draft": post_timed(publish=False),
        "publish": post_timed(publish=True),
        "admin news explorer": timed(get(f"/admin/pages/{index.pk}/")),
        "admin search": timed(get("/admin/pages/search/?q=delegation")),
        "missing-translations report": timed(get("/admin/reports/missing-translations/")),
    }
    print(json.dumps(results))


if __name__ == "__main__":
    main()
