"""The image upload form: the pixel limit counts every frame of an animation.

Wagtail multiplies width × height by Willow's frame count, but Willow's
Pillow plugin always says 1: an 18 KB GIF of 4000 × 4000 pixels and 200
frames (3.2 billion pixels to decode) passed. This form, Wagtail's
``WAGTAILIMAGES_IMAGE_FORM_BASE``, asks Pillow for the real number of frames.
"""

from django import forms
from django.conf import settings
from PIL import Image as PILImage
from wagtail.images.forms import BaseImageForm


def frame_count(upload):
    """How many frames Pillow finds in the uploaded file (1 for a still image)."""
    upload.seek(0)
    try:
        with PILImage.open(upload) as image:
            return getattr(image, "n_frames", 1)
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return 1  # Wagtail's own checks have already refused what Pillow cannot read
    finally:
        upload.seek(0)


class PixelLimitedImageForm(BaseImageForm):
    """Wagtail's image form, refusing more than WAGTAILIMAGES_MAX_IMAGE_PIXELS over all frames."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
        image = getattr(upload, "image", None)  # set by Wagtail's field on a new upload
        if image is None or not limit:
            return upload
        width, height = image.get_size()
        pixels = width * height * frame_count(upload)
        if pixels > limit:
            raise forms.ValidationError(
                self.fields["file"].error_messages["file_too_many_pixels"]
                % {"num_pixels": pixels, "max_pixels_count": limit},
                code="file_too_many_pixels",
            )
        return upload

    class Meta(BaseImageForm.Meta):
        pass
