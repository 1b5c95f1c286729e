from django.apps import AppConfig


class InitialContentConfig(AppConfig):
    """The site's initial content from the source text (``manage.py load_initial_content``)
    and generated bulk content for benchmarks (``manage.py generate_bench_content``).

    It builds pages of every content type, so it lives here rather than in
    ``core``, which content apps build on and which imports none of them.
    """

    name = "astrakhan_portal.initial_content"
    label = "initial_content"
    verbose_name = "Initial content"
