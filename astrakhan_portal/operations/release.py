"""Which release of the code is running, as a short fingerprint of what shapes a page.

Cached pages and fragments are keyed by it, so after a deployment that changes
code, templates, translations or static files, no server serves markup (or
unpickles an object) made by the previous release, and no purge is needed.
Servers of two releases side by side (a rolling deployment) keep separate
entries and still share the generation, so a publish purges both.

``RELEASE`` in the environment (e.g. the git commit) replaces the fingerprint.
"""

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings

# What a page is made of: code, templates, message catalogs.
SOURCE_SUFFIXES = {".py", ".html", ".txt", ".xml", ".po"}
SKIPPED_DIRECTORIES = {
    ".venv",
    "build",
    "node_modules",
    "staticfiles",
    "media",
    "tests",
    "__pycache__",
    ".git",
}


@lru_cache(maxsize=1)
def fingerprint():
    """The release named in ``RELEASE``, else a hash of the project's sources and static manifest."""
    named = os.environ.get("RELEASE", "").strip()
    if named:
        return named[:40]
    digest = hashlib.blake2b(digest_size=8)
    base = Path(settings.BASE_DIR)
    for path in sorted(_sources(base)):
        digest.update(str(path.relative_to(base)).encode())
        digest.update(path.read_bytes())
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    if settings.STATIC_ROOT and manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()


def _sources(base):
    for directory, subdirectories, files in os.walk(base):
        subdirectories[:] = [name for name in subdirectories if name not in SKIPPED_DIRECTORIES]
        for name in files:
            if os.path.splitext(name)[1] in SOURCE_SUFFIXES:
                yield Path(directory, name)
