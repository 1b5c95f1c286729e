"""An editor uploads a photo and places it in a page body or as a news lead
image: visitors get responsive WebP renditions with a fallback and the
editor's alternative text."""

import io
import re
import shutil

import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from news.models import NewsIndexPage
from standard.models import StandardPage
from tests.support.pages import make_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploads go to a temporary folder; cached renditions of earlier tests
    (whose image ids the database may reuse) are forgotten."""
    settings.MEDIA_ROOT = tmp_path / "media"
    for cache in caches.all():
        cache.clear()
    yield settings.MEDIA_ROOT
    for cache in caches.all():
        cache.clear()
    shutil.rmtree(tmp_path, ignore_errors=True)


def upload_photo(title="Мост дружбы", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (40, 110, 150)).save(buffer, format="JPEG", quality=80)
    return get_image_model().objects.create(
        title=title,
        file=SimpleUploadedFile("most.jpg", buffer.getvalue(), content_type="image/jpeg"),
    )


def picture(html):
    return re.search(r"<picture>.*?</picture>", html, re.S).group(0)


def test_a_body_image_is_a_responsive_picture_with_the_editors_alt_text(client, content, media_root):
    photo = upload_photo()
    page = StandardPage.objects.get(slug_en="about")
    page.body_ru = list(page.body_ru.raw_data) + [
        {
            "type": "image",
            "value": {
                "image": photo.pk,
                "alt_text": "Мост через реку",
                "decorative": False,
                "caption": "Мост",
            },
        }
    ]
    page.body_en = list(page.body_en.raw_data) + [
        {
            "type": "image",
            "value": {
                "image": photo.pk,
                "alt_text": "A bridge over the river",
                "decorative": False,
                "caption": "",
            },
        }
    ]
    page.save_revision().publish()

    html = client.get("/en/about/").content.decode()
    pic = picture(html)
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="[^"]+">', pic).group(1)
    widths = [int(w) for w in re.findall(r" (\d+)w", webp)]
    assert widths == [480, 800, 1200]
    assert all(".webp" in url for url in re.findall(r"(\S+) \d+w", webp))
    img = re.search(r"<img [^>]+>", pic).group(0)
    assert 'alt="A bridge over the river"' in img
    assert 'loading="lazy"' in img
    assert re.search(r'srcset="[^"]*\.jpg 480w, [^"]*\.jpg 800w, [^"]*\.jpg 1200w"', img)
    assert 'width="800" height="450"' in img
    # The files exist and are what they claim to be.
    first_webp = re.findall(r"(\S+) \d+w", webp)[0]
    with PILImage.open(media_root / first_webp.removeprefix("/media/")) as rendition:
        assert rendition.format == "WEBP" and rendition.size == (480, 270)

    ru = client.get("/o-sotrudnichestve/").content.decode()
    assert 'alt="Мост через реку"' in picture(ru)
    assert "<figcaption>Мост</figcaption>" in ru


def test_a_decorative_image_has_an_empty_alt(client, content, media_root):
    photo = upload_photo(size=(600, 400))
    page = StandardPage.objects.get(slug_en="tourism")
    page.body_en = list(page.body_en.raw_data) + [
        {"type": "image", "value": {"image": photo.pk, "alt_text": "", "decorative": True, "caption": ""}}
    ]
    page.save_revision().publish()
    pic = picture(client.get("/en/tourism/").content.decode())
    assert 'alt=""' in pic
    # A small original is never upscaled: one width is offered once.
    assert re.findall(r" (\d+)w", pic) == ["480", "600", "480", "600"]


def test_the_news_lead_image_loads_first_with_its_alt_text(client, content, media_root):
    photo = upload_photo()
    news = make_news(NewsIndexPage.objects.get(), title=("Новость с фото", "News with a photo"))
    news.image = photo
    news.image_alt_ru = "Делегации на форуме"
    news.image_alt_en = "Delegations at the forum"
    news.save_revision().publish()
    with_photo = client.get(news.get_url())
    assert with_photo.status_code == 200
    pic = picture(with_photo.content.decode())
    assert 'alt="Делегации на форуме"' in pic
    assert 'loading="lazy"' not in pic
    assert '<source type="image/webp"' in pic
