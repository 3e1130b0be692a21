"""Validation of what a cooperative declares about itself, with messages a person can act on."""

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image
from stdnum.exceptions import InvalidChecksum
from stdnum.vn import mst

TAX_CODE_RE = re.compile(r"^\d{10}(\d{3})?$")
CITIZEN_ID_RE = re.compile(r"^\d{12}$")


def normalize_tax_code(value: str) -> str:
    """'0101234567-001' and '0101 234 567 001' become '0101234567001'."""
    return re.sub(r"[\s.\-]", "", value or "")


def validate_tax_code(value: str) -> None:
    """A Vietnamese tax code (mã số thuế): 10 digits, or 13 for a branch (10 + 3)."""
    if not TAX_CODE_RE.match(normalize_tax_code(value)):
        raise ValidationError(
            _(
                "A tax code has 10 digits, or 13 for a branch "
                "(for example 0101234567 or 0101234567-001)."
            ),
            code="invalid_tax_code",
        )
    try:
        mst.validate(normalize_tax_code(value))
    except InvalidChecksum as exc:
        raise ValidationError(
            _(
                "The last digit of this tax code does not match the others: check it against "
                "the business registration certificate."
            ),
            code="tax_code_checksum",
        ) from exc
    except ValueError as exc:
        raise ValidationError(
            _("This is not a valid Vietnamese tax code."), code="invalid_tax_code"
        ) from exc


def validate_citizen_id(value: str) -> None:
    """A citizen ID number (số căn cước công dân): 12 digits."""
    if not CITIZEN_ID_RE.match(value or ""):
        raise ValidationError(
            _("A citizen ID number has 12 digits, as printed on the citizen ID card."),
            code="invalid_citizen_id",
        )


def normalize_phone(value: str) -> str:
    """Any Vietnamese way of writing a number ('0905 123 456', '+84 905123456') as +84…"""
    try:
        number = phonenumbers.parse(value, "VN")
    except phonenumbers.NumberParseException:
        return value
    if number.country_code != 84 or not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_phone(value: str) -> None:
    if not normalize_phone(value).startswith("+84"):
        raise ValidationError(
            _(
                "This is not a valid Vietnamese phone number: "
                "write it like 0905 123 456 or +84 905 123 456."
            ),
            code="invalid_phone",
        )


def _check_size(file) -> None:
    if file.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s MB): at most %(max)s MB.")
            % {
                "size": round(file.size / 1024 / 1024, 1),
                "max": settings.IMAGE_MAX_UPLOAD_BYTES // 1024 // 1024,
            },
            code="file_too_large",
        )


def _image_facts(file) -> tuple[str, int, int]:
    """The format and size an image's header declares, refusing one that would unpack to more
    pixels than IMAGE_MAX_PIXELS (a decompression bomb) before anything is decoded."""
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format, (width, height) = image.format, image.size
    except Image.DecompressionBombError as exc:
        raise _too_many_pixels() from exc
    except Exception as exc:
        raise ValidationError(
            _("This file is not a readable image."), code="invalid_image"
        ) from exc
    finally:
        file.seek(position)
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise _too_many_pixels()
    return image_format, width, height


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has too many pixels (at most %(max)s megapixels): make it smaller.")
        % {"max": settings.IMAGE_MAX_PIXELS // 1_000_000},
        code="image_too_many_pixels",
    )


def validate_document(file) -> None:
    """Application papers: a PDF, JPEG or PNG, recognised by content (not by name), at most
    5 MB."""
    _check_size(file)
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(5)
    file.seek(position)
    if head == b"%PDF-":
        return
    try:
        image_format, _width, _height = _image_facts(file)
    except ValidationError as exc:
        if exc.code == "image_too_many_pixels":
            raise
        image_format = None
    if image_format not in {"JPEG", "PNG"}:
        raise ValidationError(
            _("Only PDF, JPEG or PNG files are accepted: scan or photograph the paper."),
            code="document_format",
        )


def validate_image(file) -> None:
    """Logos, covers and product pictures: JPEG, PNG or WebP, at most 5 MB, at least 200 px on
    each side, at most IMAGE_MAX_PIXELS."""
    _check_size(file)
    image_format, width, height = _image_facts(file)
    if image_format not in {"JPEG", "PNG", "WEBP"}:
        raise ValidationError(_("Only JPEG, PNG or WebP images are accepted."), code="image_format")
    if min(width, height) < settings.IMAGE_MIN_SIDE:
        raise ValidationError(
            _(
                "The image is too small (%(width)s×%(height)s px): "
                "each side needs at least %(min)s px."
            )
            % {"width": width, "height": height, "min": settings.IMAGE_MIN_SIDE},
            code="image_too_small",
        )
