"""An editor uploads files through the admin: oversized, huge or disguised files are refused with a clear error.

Each refused upload shows the form again with the reason in the editor's
language (Russian here) and stores nothing: no image or document record, no file.
"""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    user = get_user_model().objects.create_user("redaktor", "redaktor@example.org", "Correct horse 42")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def png(size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (30, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def too_many_pixels():
    """A 1 × 50 000 000 pixel PNG: tiny in bytes, enormous once decoded."""
    buffer = io.BytesIO()
    PILImage.new("1", (1, 50_000_000)).save(buffer, "PNG")
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    return data


def stored_files():
    media = settings.MEDIA_ROOT
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


def upload_image(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Фото",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


def upload_document(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Документ",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, data),
        },
    )


def test_a_normal_image_and_document_are_accepted(client, editor):
    """The limits do not get in an editor's way."""
    assert upload_image(client, "photo.png", png()).status_code == 302
    assert upload_document(client, "plan.pdf", b"%PDF-1.4\n%fake but harmless\n").status_code == 302
    assert get_image_model().objects.count() == 1 and get_document_model().objects.count() == 1
    assert len(stored_files()) == 2
    # A served document keeps Wagtail's own, stricter policy: nothing in it may run.
    served = client.get(get_document_model().objects.get().url)
    assert served.status_code == 200
    assert served["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize(
    "name, data_factory, message",
    [
        # 11 MB: over WAGTAILIMAGES_MAX_UPLOAD_SIZE.
        ("huge.png", lambda pixels: png() + b"\0" * (11 * 1024 * 1024), "Файл слишком большой"),
        ("tall.png", lambda pixels: pixels, "В этом файле слишком много пикселей"),
        (
            "photo.jpg",
            lambda pixels: b"MZ\x90\x00 this is a program, not a photo" * 50,
            "Загрузите правильное изображение",
        ),
        # A real PNG under a JPEG name.
        ("photo.jpg", lambda pixels: png(), "Расширение не соответствует формату файла (png)"),
        (
            "image.svg",
            lambda pixels: b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "svg",
        ),
    ],
)
def test_a_refused_image_gets_a_clear_error_and_stores_nothing(
    client, editor, too_many_pixels, name, data_factory, message
):
    response = upload_image(client, name, data_factory(too_many_pixels))
    assert response.status_code == 200  # the form again, not a crash
    html = response.content.decode()
    assert message in html
    assert get_image_model().objects.count() == 0
    assert stored_files() == []


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("setup.exe", b"MZ\x90\x00" * 100, "Расширение файлов “exe” не поддерживается"),
        (
            "page.html",
            b"<html><script>alert(document.cookie)</script></html>",
            "Расширение файлов “html” не поддерживается",
        ),
        ("report.pdf", b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024), "Файл слишком большой"),
    ],
)
def test_a_refused_document_gets_a_clear_error_and_stores_nothing(client, editor, name, data, message):
    response = upload_document(client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert get_document_model().objects.count() == 0
    assert stored_files() == []


def test_the_drag_and_drop_uploader_refuses_the_same_files(client, editor, too_many_pixels):
    """The admin's usual "Add images" page uploads one file per request and shows the reason."""
    for name, data, message in [
        ("tall.png", too_many_pixels, "слишком много пикселей"),
        ("photo.png", b"not an image at all", "Загрузите правильное изображение"),
    ]:
        response = client.post(
            reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, data)}
        )
        assert response.status_code == 200
        result = response.json()
        assert result["success"] is False and message in result["error_message"]
    response = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("run.exe", b"MZ" * 10)}
    )
    assert response.json()["success"] is False
    assert "“exe” не поддерживается" in response.json()["error_message"]
    assert get_image_model().objects.count() == 0 and get_document_model().objects.count() == 0
    assert stored_files() == []


def test_an_oversized_form_body_is_refused(client, editor):
    """Text fields beyond DATA_UPLOAD_MAX_MEMORY_SIZE get a 400 page, not a crash."""
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1),
            "file": SimpleUploadedFile("a.png", png()),
        },
    )
    assert response.status_code == 400
    assert "Неверный запрос" in response.content.decode()
    assert get_image_model().objects.count() == 0 and stored_files() == []


def animated_gif(size, frames):
    """A GIF of ``frames`` frames, each a different dot on one colour: small in bytes."""
    images = []
    for n in range(frames):
        frame = PILImage.new("P", size, 0)
        frame.putpixel((n % size[0], 0), 1 + n % 200)
        images.append(frame)
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=40, loop=0)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def long_animation():
    """1000 × 1000 pixels, 45 frames: 45 million pixels in under 100 KB, over the 40 million limit."""
    data = animated_gif((1000, 1000), 45)
    assert len(data) < 100 * 1024
    with PILImage.open(io.BytesIO(data)) as image:
        assert image.n_frames == 45
    return data


def test_the_pixel_limit_counts_every_frame_of_an_animation(client, editor, long_animation):
    response = upload_image(client, "animation.gif", long_animation)
    assert response.status_code == 200
    html = response.content.decode()
    assert "В этом файле слишком много пикселей (45000000)" in html
    response = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("a.gif", long_animation)}
    )
    assert response.json()["success"] is False
    assert "слишком много пикселей" in response.json()["error_message"]
    assert get_image_model().objects.count() == 0
    assert stored_files() == []


def test_a_short_animation_is_still_accepted(client, editor):
    assert upload_image(client, "wave.gif", animated_gif((40, 30), 5)).status_code == 302
    assert get_image_model().objects.count() == 1
