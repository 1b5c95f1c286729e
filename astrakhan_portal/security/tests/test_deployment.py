"""An operator's checks: production settings pass `check --deploy`, refuse to start
half-configured, and the repository holds no secret."""

import os
import re
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def manage(*args, **env):
    """Run manage.py with production settings and only the given configuration."""
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="astrakhan_portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def random_key():
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def test_check_deploy_is_clean_under_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr


@pytest.mark.parametrize(
    "env, message",
    [
        ({"ALLOWED_HOSTS": "example.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "example.org"}, "Set SECRET_KEY"),
        (
            {"SECRET_KEY": "dev-only-not-secret-astrakhan-portal-0123456789", "ALLOWED_HOSTS": "example.org"},
            "Set SECRET_KEY",
        ),
        ({"SECRET_KEY": random_key()}, "Set ALLOWED_HOSTS"),
    ],
    ids=["no-secret-key", "short-secret-key", "development-key", "no-allowed-hosts"],
)
def test_production_refuses_to_start_half_configured(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_media_in_object_storage_use_the_pinned_s3_backend():
    """With a bucket configured, production stores media through django-storages (in requirements.txt)."""
    result = manage(
        "shell",
        "-c",
        "from django.core.files.storage import storages; s = storages['default']; "
        "print(type(s).__module__, s.url('images/a.jpg'))",
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="example.org",
        AWS_STORAGE_BUCKET_NAME="portal-media",
        AWS_S3_CUSTOM_DOMAIN="example.org/media",
    )
    assert result.returncode == 0, result.stderr
    assert "storages.backends.s3 https://example.org/media/media/images/a.jpg" in result.stdout
    requirements = (ROOT / "requirements.txt").read_text()
    assert re.search(r"^django-storages==[\d.]+$", requirements, re.M)
    assert re.search(r"^boto3==[\d.]+$", requirements, re.M)


# Every variable a settings module (or gunicorn.conf.py) reads from the environment.
ENV_READ = re.compile(
    r"""(?:os\.environ(?:\.get)?\(|os\.environ\[|env_list\(|env_bool\()\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def test_every_environment_variable_is_documented_once_in_configuration_md():
    sources = [*sorted((ROOT / "astrakhan_portal" / "settings").glob("*.py")), ROOT / "gunicorn.conf.py"]
    read = {name for path in sources for name in ENV_READ.findall(path.read_text())}
    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "AWS_STORAGE_BUCKET_NAME", "PORT"} <= read
    table = (ROOT / "docs" / "configuration.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)`(?:, `([A-Z][A-Z0-9_]+)`)?", table, re.M))
    documented = {name for pair in documented for name in pair if name}
    assert sorted(read - documented) == []
    # Documented once: the README links to the table instead of repeating it.
    readme = (ROOT / "README.md").read_text()
    assert "docs/configuration.md" in readme
    assert "| `REDIS_URL` |" not in readme


# Things that look like real secrets. The patterns are written so that this
# file does not match them itself.
SECRET_PATTERNS = {
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    # A quoted literal; a shell substitution ("$(...)") in the docs is fine.
    "hard-coded SECRET_KEY": re.compile(r"""SECRET_KEY\s*=\s*['"](?!\$)"""),
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}"),
    "password in a database URL": re.compile(r"\b(postgres|postgresql|mysql|redis)://[^:/@\s]+:[^@/\s]+@"),
}
# Only the development and test settings may name their own, public, keys.
ALLOWED = {"astrakhan_portal/settings/dev.py", "astrakhan_portal/settings/test.py"}


def tracked_files():
    if (ROOT / ".git").exists():
        listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        return [name for name in listing.stdout.decode().split("\0") if name]
    # An exported tree without git: every file but the tools' own folders.
    skip = {".venv", "node_modules", ".git", "staticfiles", "media", "__pycache__", ".pytest_cache"}
    return [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*")
        if path.is_file() and not skip.intersection(path.relative_to(ROOT).parts)
    ]


def test_the_repository_holds_no_secret():
    files = tracked_files()
    assert "astrakhan_portal/settings/production.py" in files
    found = []
    for name in files:
        path = ROOT / name
        if name in ALLOWED or not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        for kind, pattern in SECRET_PATTERNS.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{name}:{line}: {kind}")
    assert not found, "\n".join(found)
    assert (ROOT / ".gitignore").read_text().count(".dev-admin-password") == 1
