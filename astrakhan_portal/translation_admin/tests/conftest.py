from astrakhan_portal.editorial.tests.conftest import editor, moderator  # noqa: F401
