"""Validation of what a cooperative declares about itself, with messages a person can act on."""

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from stdnum.exceptions import InvalidChecksum
from stdnum.vn import mst

from imaging.uploads import document_check, image_check

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


def validate_document(file) -> None:
    """Application papers: a PDF, JPEG or PNG, recognised by content (not by name), at most
    IMAGE_MAX_UPLOAD_BYTES (imaging.uploads.document_check)."""
    document_check(file, max_bytes=settings.IMAGE_MAX_UPLOAD_BYTES)


def validate_image(file) -> None:
    """Logos, covers and product pictures: JPEG, PNG or WebP, at most IMAGE_MAX_UPLOAD_BYTES and
    IMAGE_MAX_PIXELS, at least IMAGE_MIN_SIDE px on each side (imaging.uploads.image_check)."""
    image_check(file, min_side=settings.IMAGE_MIN_SIDE)
