"""Fill the database with years of bilingual test content, for benchmarks.

    manage.py generate_bench_content --news 10000 --projects 300
    manage.py generate_bench_content --remove

News items (dates over ten years, one to three partner countries each, some
with an image, some in Russian only) and joint projects (countries, spheres,
years) are written with a few bulk inserts: the tree paths are worked out here,
the parents' child counts and every page's address in each language are set
as Wagtail and wagtail-modeltranslation would set them, and the site search
entries and Wagtail's admin search index are written for the new pages.

Everything made carries the marker ``bench-`` at the start of its slugs (both
languages) and image titles, so that ``--remove`` finds it again. The initial
content must be loaded first. Refuses to run with the production settings
unless ``--force`` is given.
"""

import datetime
import io
import random
import time

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

MARKER = "bench-"
BATCH = 500
LANGUAGES = ("ru", "en")

# Words the texts are made of, in both languages, so that search has something to stem.
SUBJECTS = [
    ("Делегация из {ru} посетила Астрахань", "A delegation from {en} visited Astrakhan"),
    ("Переговоры о сотрудничестве с {ru}", "Talks on cooperation with {en}"),
    ("Астраханские вузы принимают студентов из {ru}", "Astrakhan universities welcome students from {en}"),
    ("Новый маршрут грузовых перевозок в {ru}", "A new freight route to {en}"),
    ("Дни культуры {ru} в Астрахани", "Days of {en} culture in Astrakhan"),
    ("Судостроители обсудили заказы из {ru}", "Shipbuilders discussed orders from {en}"),
    ("Торговый дом расширяет поставки в {ru}", "The trade house expands supplies to {en}"),
    ("Форум по логистике с участием {ru}", "A logistics forum with {en} taking part"),
]
SENTENCES = [
    (
        "Стороны обсудили развитие транспортного коридора «Север — Юг» и работу порта.",
        "The sides discussed the North-South transport corridor and the work of the port.",
    ),
    (
        "Речь шла о поставках сельскохозяйственной продукции и судостроении.",
        "They talked about supplies of agricultural produce and shipbuilding.",
    ),
    (
        "Участники договорились о совместных образовательных программах и обмене студентами.",
        "The participants agreed on joint educational programmes and student exchanges.",
    ),
    (
        "Гостям показали исторический центр Астрахани и кремль.",
        "The guests were shown the historic centre of Astrakhan and its kremlin.",
    ),
    (
        "Следующая встреча запланирована на осень.",
        "The next meeting is planned for the autumn.",
    ),
]
PROJECT_KINDS = [
    ("Совместное предприятие", "Joint venture"),
    ("Образовательная программа", "Educational programme"),
    ("Логистический центр", "Logistics centre"),
    ("Культурный обмен", "Cultural exchange"),
    ("Агропромышленный проект", "Agro-industrial project"),
]


class Command(BaseCommand):
    help = (
        "Fills the database with bilingual test content for benchmarks (news over ten years, "
        "joint projects), marked with the slug prefix 'bench-'; --remove deletes it again. "
        "Refuses to run with the production settings unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10000, help="News items to add (default 10000).")
        parser.add_argument("--projects", type=int, default=300, help="Joint projects to add (default 300).")
        parser.add_argument("--images", type=int, default=5, help="Images shared by the news items.")
        parser.add_argument("--seed", type=int, default=11, help="Random seed (the same content every run).")
        parser.add_argument("--remove", action="store_true", help="Delete the test content made before.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with the production settings (never on a live site).",
        )

    def handle(self, *args, news, projects, images, seed, remove, force, **options):
        if settings.SETTINGS_MODULE.endswith(".production") and not force:
            raise CommandError(
                "These are the production settings: test content would be mixed with real news. "
                "Use a copy of the database, or pass --force if you really mean it."
            )
        started = time.monotonic()
        if remove:
            counts = remove_bench_content()
            self.stdout.write(
                f"Removed {counts['pages']} page(s) and {counts['images']} image(s) "
                f"in {time.monotonic() - started:.1f} s."
            )
            return
        made = BenchContent(random.Random(seed)).make(news=news, projects=projects, images=images)
        if connection.vendor == "postgresql":
            # What autovacuum does after such a load: fresh planner statistics, and the
            # visibility map that lets the archive's pages read their keys from the date
            # index alone (page 500 of the news list: 14.6 -> 10.6 ms of PostgreSQL's time).
            # VACUUM cannot run inside a transaction (a test's): ANALYZE alone there.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(
            f"Added {made['news']} news item(s), {made['projects']} project(s) and "
            f"{made['images']} image(s) in {time.monotonic() - started:.1f} s."
        )


class BenchContent:
    def __init__(self, rng):
        self.rng = rng

    @transaction.atomic
    def make(self, news, projects, images):
        from news.models import NewsIndexPage
        from partners.models import CountryPage
        from projects.models import CooperationSphere, ProjectIndexPage

        try:
            news_index = NewsIndexPage.objects.get()
            project_index = ProjectIndexPage.objects.get()
        except (NewsIndexPage.DoesNotExist, ProjectIndexPage.DoesNotExist):
            raise CommandError("Load the initial content first: manage.py load_initial_content") from None
        self.countries = list(CountryPage.objects.order_by("path"))
        self.spheres = list(CooperationSphere.objects.all())
        if not self.countries or not self.spheres:
            raise CommandError("Load the initial content first: manage.py load_initial_content")
        self.run = Page.objects.filter(slug_ru__startswith=MARKER).count()  # keeps slugs unique across runs
        self.locale = Locale.get_default()
        self.related = {"countries": {}, "spheres": {}}  # {name: {Russian slug: [objects]}}
        self.images = self.make_images(images)
        made_news = self.add_pages(news_index, self.news_item, news)
        made_projects = self.add_pages(project_index, self.project, projects)
        self.relate(made_news, "countries")
        self.relate(made_projects, "countries")
        self.relate(made_projects, "spheres")
        index_for_search(made_news + made_projects)
        return {"news": len(made_news), "projects": len(made_projects), "images": len(self.images)}

    # --- content ---------------------------------------------------------------

    def news_item(self, n):
        from news.models import NewsPage

        rng = self.rng
        countries = rng.sample(self.countries, rng.randint(1, 3))
        subject = rng.choice(SUBJECTS)
        title = (
            subject[0].format(ru=countries[0].title_ru) + f" ({n})",
            subject[1].format(en=countries[0].title_en or countries[0].title_ru) + f" ({n})",
        )
        russian_only = rng.random() < 0.15
        page = NewsPage(date=datetime.date.today() - datetime.timedelta(days=rng.randrange(3653)))
        self.fill(page, title, f"novost-{n}", f"news-{n}", russian_only)
        if self.images and rng.random() < 0.25:
            page.image = rng.choice(self.images)
            page.image_alt = page.image_alt_ru = "Участники встречи"
            page.image_alt_en = "" if russian_only else "The participants of the meeting"
            page.image_decorative = russian_only  # an untranslated item needs no English alternative text
        self.related["countries"][page.slug_ru] = countries
        return page

    def project(self, n):
        from projects.models import ProjectPage

        rng = self.rng
        countries = rng.sample(self.countries, rng.randint(1, 3))
        kind = rng.choice(PROJECT_KINDS)
        title = (
            f"{kind[0]} с {countries[0].title_ru} № {n}",
            f"{kind[1]} with {countries[0].title_en or countries[0].title_ru} No. {n}",
        )
        page = ProjectPage(year=rng.randint(2015, 2026), location="Астрахань")
        self.fill(page, title, f"proekt-{n}", f"project-{n}", rng.random() < 0.15)
        self.related["countries"][page.slug_ru] = countries
        self.related["spheres"][page.slug_ru] = rng.sample(self.spheres, rng.randint(1, 2))
        return page

    def fill(self, page, title, slug_ru, slug_en, russian_only):
        """Texts in both languages (Russian only if asked), the marker in both slugs."""
        rng = self.rng
        sentences = rng.sample(SENTENCES, 3)
        page.title = page.title_ru = page.draft_title = title[0]
        page.title_en = "" if russian_only else title[1]
        page.slug = page.slug_ru = f"{MARKER}{self.run}-{slug_ru}"
        page.slug_en = None if russian_only else f"{MARKER}{self.run}-{slug_en}"
        page.summary = page.summary_ru = sentences[0][0]
        page.summary_en = "" if russian_only else sentences[0][1]
        page.body = page.body_ru = [("paragraph", RichText(f"<p>{s[0]}</p>")) for s in sentences]
        page.body_en = [] if russian_only else [("paragraph", RichText(f"<p>{s[1]}</p>")) for s in sentences]

    def make_images(self, count):
        from PIL import Image as PILImage
        from wagtail.images import get_image_model

        Image = get_image_model()
        images = list(Image.objects.filter(title__startswith=MARKER).order_by("pk")[:count])
        for n in range(len(images), count):
            buffer = io.BytesIO()
            colour = tuple(self.rng.randrange(256) for _ in range(3))
            PILImage.new("RGB", (1200, 800), colour).save(buffer, "JPEG", quality=70)
            image = Image(title=f"{MARKER}image-{n}")
            image.file = ImageFile(buffer, name=f"{MARKER}image-{n}.jpg")
            image.save()
            images.append(image)
        return images

    # --- writing ---------------------------------------------------------------

    def add_pages(self, parent, build, count):
        """``count`` live children of ``parent``, written with bulk inserts; returns them."""
        if count <= 0:
            return []
        parent = Page.objects.get(pk=parent.pk)
        last = parent.get_last_child()
        position = tree_position(last.path) if last else 0
        depth = parent.depth + 1
        now = timezone.now()
        pages = []
        for i in range(count):
            page = build(self.run + i)
            page.path = tree_path(parent.path, position + i + 1)
            page.depth = depth
            page.numchild = 0
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = now
            page.locale = self.locale
            page.content_type_id = content_type_for(type(page)).pk
            for language in LANGUAGES:
                parent_path = getattr(parent, f"url_path_{language}") or parent.url_path_ru
                slug = getattr(page, f"slug_{language}") or page.slug_ru
                setattr(page, f"url_path_{language}", f"{parent_path}{slug}/")
            page.url_path = page.url_path_ru
            pages.append(page)
        model = type(pages[0])
        for start in range(0, count, BATCH):
            batch = pages[start : start + BATCH]
            # The Page rows first, then the rows of the page type's own table.
            created = Page.objects.bulk_create([page_row(page) for page in batch])
            for page, row in zip(batch, created, strict=True):
                page.pk = page.id = page.page_ptr_id = row.pk
            insert_own_rows(model, batch)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
        self.run += count
        return pages

    def relate(self, pages, name):
        """Write the ``name`` relation of the new ``pages`` (chosen when each was built)."""
        if not pages:
            return
        field = type(pages[0])._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        targets = self.related[name]
        rows = [
            through(**{f"{source}_id": page.pk, target: t}) for page in pages for t in targets[page.slug_ru]
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)


def content_type_for(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)


def page_row(page):
    """The ``wagtailcore_page`` part of a page of a specific type."""
    row = Page()
    for field in Page._meta.concrete_fields:
        setattr(row, field.attname, getattr(page, field.attname))
    row.id = None
    return row


def tree_path(parent_path, position):
    """The tree path of the child at ``position`` (1, 2, ...) of the page at ``parent_path``.

    Treebeard's materialised path: each level is ``Page.steplen`` characters of
    ``Page.alphabet`` (its documented settings), the position written in that
    base, padded on the left. ``tests`` check it against treebeard's ``add_child``.
    """
    base = len(Page.alphabet)
    digits = ""
    while position:
        position, digit = divmod(position, base)
        digits = Page.alphabet[digit] + digits
    return parent_path + digits.rjust(Page.steplen, Page.alphabet[0])


def tree_position(path):
    """The position among its siblings of the page at tree ``path`` (the inverse of ``tree_path``)."""
    position = 0
    for character in path[-Page.steplen :]:
        position = position * len(Page.alphabet) + Page.alphabet.index(character)
    return position


def insert_own_rows(model, pages):
    """Insert the rows of ``model``'s own table (its ``wagtailcore_page`` row exists already).

    Django's ``bulk_create`` refuses models with multi-table inheritance, so the
    rows are written with one ``INSERT`` per table and batch, each value prepared
    by its field as Django's own insert does.
    """
    intermediate = [parent for parent in model._meta.get_parent_list() if parent is not Page]
    for table_model in [*reversed(intermediate), model]:
        fields = list(table_model._meta.local_concrete_fields)
        quote = connection.ops.quote_name
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(table_model._meta.db_table),
            ", ".join(quote(field.column) for field in fields),
            ", ".join(["%s"] * len(fields)),
        )
        rows = [
            [field.get_db_prep_save(field.pre_save(page, add=True), connection) for field in fields]
            for page in pages
        ]
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def index_for_search(pages):
    """Site search entries and Wagtail's admin search index for new pages."""
    from wagtail.search.backends import get_search_backend

    from astrakhan_portal.search.indexing import entries_for
    from astrakhan_portal.search.models import SearchEntry

    SearchEntry.objects.bulk_create(
        [entry for page in pages for entry in entries_for(page)], batch_size=BATCH
    )
    backend = get_search_backend()
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, items in by_model.items():
        for start in range(0, len(items), BATCH):
            backend.add_bulk(model, items[start : start + BATCH])


@transaction.atomic
def remove_bench_content():
    """Delete every page and image made by this command; returns the counts.

    Treebeard's delete fixes the parents' child counts; Django's removes each
    page's own row, relations, search entries and admin search index entries.
    """
    from wagtail.images import get_image_model

    ids = list(Page.objects.filter(slug_ru__startswith=MARKER).values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        Page.objects.filter(pk__in=ids[start : start + BATCH]).delete()
    images = list(get_image_model().objects.filter(title__startswith=MARKER))
    for image in images:
        image.delete()
    return {"pages": len(ids), "images": len(images)}
