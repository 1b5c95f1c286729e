"""Helpers for the tests and the tools around the site (benchmarks, the local stack).

Nothing here is imported by the site itself: ``pages`` builds pages as an editor would,
``factories`` makes pages and snippets with factory_boy, ``servers`` starts real
gunicorn servers of the production settings, ``stack`` the production topology
(Varnish in front of two of them, PostgreSQL, Redis).
"""
