"""Checks on what sellers upload and type: GTINs, lot codes, documents."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from stdnum import ean
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumError

from imaging.uploads import PICTURE_FORMATS, document_check, image_check

# GS1 application identifier 10 (batch/lot) holds up to 20 characters; we keep to the ones that
# need no escaping in a Digital Link URI.
LOT_CODE = re.compile(r"^[A-Za-z0-9._-]{1,20}$")

PHOTO_INVALID = gettext_lazy(
    "The photo is not an image (JPEG, PNG or WebP): choose or take a photo again."
)
DOCUMENT_INVALID = gettext_lazy(
    "The certificate must be a PDF file or a photo (JPEG, PNG or WebP)."
)


def normalize_gtin(value: str) -> str:
    """A GTIN-8, -12, -13 or -14 as the 14 digits GS1 Digital Link uses. Raises ValidationError."""
    digits = re.sub(r"[\s-]", "", value or "")
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValidationError(
            _("A GTIN has 8, 12, 13 or 14 digits (the number under the barcode)."),
            code="gtin_length",
        )
    try:
        ean.validate(digits)
    except InvalidChecksum as exc:
        raise ValidationError(
            _("The check digit (the last digit) of this GTIN is wrong: check the number again."),
            code="gtin_checksum",
        ) from exc
    except StdnumError as exc:
        raise ValidationError(_("This is not a valid GTIN."), code="gtin_invalid") from exc
    return digits.zfill(14)


def validate_lot_code(value: str) -> None:
    if not LOT_CODE.match(value or ""):
        raise ValidationError(
            _(
                "A lot code has 1 to 20 characters: letters without accents, digits, "
                "dots, hyphens or underscores."
            ),
            code="lot_code",
        )


def validate_photo(file) -> None:
    """A step's photo, straight from a phone camera: JPEG, PNG or WebP, checked by content."""
    try:
        image_check(file, max_bytes=settings.TRACE_DOCUMENT_MAX_BYTES)
    except ValidationError as exc:
        if exc.code not in ("invalid_image", "image_format"):
            raise
        raise ValidationError(PHOTO_INVALID, code="invalid_photo") from exc


def validate_document(file) -> None:
    """A certificate or test result: a PDF or an image, checked by content, not by name."""
    try:
        document_check(file, max_bytes=settings.TRACE_DOCUMENT_MAX_BYTES, formats=PICTURE_FORMATS)
    except ValidationError as exc:
        if exc.code != "document_format":
            raise
        raise ValidationError(DOCUMENT_INVALID, code="invalid_document") from exc
