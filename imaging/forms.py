"""Form fields for uploads: what they clean is the checked, re-encoded file (uploads.py), so a
form that saves its cleaned data stores no metadata. In a model form, name them in
Meta.field_classes (or declare them); an error message can be replaced by its code through the
form's error_messages, as for any Django field."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .uploads import PICTURE_FORMATS, SCAN_FORMATS, document_clean, image_clean


def _with_field_messages(field: forms.Field, error: ValidationError) -> ValidationError:
    """The error, worded as the field's error_messages say for its code where they do."""
    if error.code in field.error_messages:
        return ValidationError(field.error_messages[error.code], code=error.code)
    return error


class ImageUploadField(forms.ImageField):
    """A picture (JPEG, PNG or WebP) of at least `min_side` px (default IMAGE_MIN_SIDE) each way,
    cleaned to a metadata-free copy."""

    default_error_messages = {"invalid_image": _("This file is not a readable image.")}

    def __init__(self, *, min_side: int | None = None, formats=PICTURE_FORMATS, **kwargs):
        self.min_side = min_side
        self.formats = formats
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        try:
            return image_clean(
                upload,
                min_side=settings.IMAGE_MIN_SIDE if self.min_side is None else self.min_side,
                formats=self.formats,
            )
        except ValidationError as error:
            raise _with_field_messages(self, error) from error


class PhotoUploadField(ImageUploadField):
    """A photo from a phone camera (a diary step): any size."""

    def __init__(self, **kwargs):
        super().__init__(min_side=0, **kwargs)


class DocumentUploadField(forms.FileField):
    """A PDF, or a scan as a picture (JPEG or PNG unless `formats` says otherwise), of at most
    `max_bytes` (default IMAGE_MAX_UPLOAD_BYTES)."""

    def __init__(self, *, max_bytes: int | None = None, formats=SCAN_FORMATS, **kwargs):
        self.max_bytes = max_bytes
        self.formats = formats
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        try:
            return document_clean(
                upload,
                max_bytes=self.max_bytes or settings.IMAGE_MAX_UPLOAD_BYTES,
                formats=self.formats,
            )
        except ValidationError as error:
            raise _with_field_messages(self, error) from error
