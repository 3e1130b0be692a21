"""Wagtail's image form, with the picture stored as imaging cleans it.

Wagtail already checks an upload's extension, its format (by content, through Willow), its size
(WAGTAILIMAGES_MAX_UPLOAD_SIZE) and its pixels (WAGTAILIMAGES_MAX_IMAGE_PIXELS), and its
renditions carry no metadata; but it keeps the original as sent, EXIF and GPS included. This
form (WAGTAILIMAGES_IMAGE_FORM_BASE) stores a JPEG, PNG or WebP re-encoded without them, turned
as the camera held it; other formats Wagtail accepts (GIF, SVG, AVIF…) are kept as sent.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.images.forms import BaseImageForm

from .uploads import image_clean

WAGTAIL_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # Wagtail's default


class ImageForm(BaseImageForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file
        try:
            return image_clean(
                file,
                max_bytes=getattr(
                    settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", WAGTAIL_MAX_UPLOAD_SIZE
                ),
            )
        except ValidationError as error:
            if error.code == "image_format":
                return file
            raise
