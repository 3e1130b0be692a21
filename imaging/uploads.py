"""What every uploaded picture and document goes through before it is stored.

A picture is recognised by its content (never its name or the browser's content type), refused
before it is decoded when its header declares more than IMAGE_MAX_PIXELS (a decompression bomb),
decoded in full (a truncated or forged file fails here), turned the way the camera held it
(EXIF orientation), then encoded again in its own format with no metadata but its colour profile:
no EXIF, GPS position, camera serial, XMP or comments reach the storage.

A document is a PDF that pypdf can open and that has pages, or a scan as a picture (cleaned as
above). Every refusal is a ValidationError with a message a person can act on.
"""

import warnings
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps
from pypdf import PdfReader
from pypdf.errors import PyPdfError

# The formats a picture may come in, and the one it is stored in (MPO: a phone's JPEG with a
# second, depth frame, kept as a plain JPEG).
STORED_FORMAT = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
EXTENSION = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
CONTENT_TYPE = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
PICTURE_FORMATS = frozenset(STORED_FORMAT)
SCAN_FORMATS = frozenset({"JPEG", "MPO", "PNG"})
QUALITY = 90
PDF_MAGIC = b"%PDF-"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".rstrip("0").rstrip(".")


def file_size_check(file, *, max_bytes: int) -> None:
    if file.size > max_bytes:
        raise ValidationError(
            _("The file is too large (%(size)s MB): at most %(max)s MB.")
            % {"size": _megabytes(file.size), "max": _megabytes(max_bytes)},
            code="file_too_large",
        )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has too many pixels (at most %(max)s megapixels): make it smaller.")
        % {"max": settings.IMAGE_MAX_PIXELS // 1_000_000},
        code="image_too_many_pixels",
    )


def _not_an_image() -> ValidationError:
    return ValidationError(_("This file is not a readable image."), code="invalid_image")


def _read(file) -> bytes:
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    data = file.read()
    file.seek(position)
    return data


def image_decode(data: bytes) -> Image.Image:
    """The picture in `data`, decoded, after its declared size was checked against
    IMAGE_MAX_PIXELS and its structure verified."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(BytesIO(data)) as probe:
                width, height = probe.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise _too_many_pixels()
                probe.verify()
            image = Image.open(BytesIO(data))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels() from exc
        except ValidationError:
            raise
        except Exception as exc:  # Pillow raises many kinds (OSError, SyntaxError, ValueError…)
            raise _not_an_image() from exc
    return image


def image_check(
    file, *, min_side: int = 0, formats=PICTURE_FORMATS, max_bytes: int | None = None
) -> Image.Image:
    """The decoded picture of an upload of at most `max_bytes` (IMAGE_MAX_UPLOAD_BYTES), in one
    of `formats`, at least `min_side` px on each side. Raises ValidationError."""
    file_size_check(file, max_bytes=max_bytes or settings.IMAGE_MAX_UPLOAD_BYTES)
    image = image_decode(_read(file))
    if image.format not in formats:
        raise ValidationError(_("Only JPEG, PNG or WebP images are accepted."), code="image_format")
    width, height = image.size
    if min(width, height) < min_side:
        raise ValidationError(
            _(
                "The image is too small (%(width)s×%(height)s px): "
                "each side needs at least %(min)s px."
            )
            % {"width": width, "height": height, "min": min_side},
            code="image_too_small",
        )
    return image


def image_encode(image: Image.Image, image_format: str) -> bytes:
    """`image` upright and encoded in `image_format` with its colour profile and transparency and
    nothing else from its metadata."""
    icc_profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    upright.info = {key: upright.info[key] for key in ("transparency",) if key in upright.info}
    if image_format == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
        upright = upright.convert("RGB")
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if image_format in ("JPEG", "WEBP"):
        options["quality"] = QUALITY
    output = BytesIO()
    upright.save(output, image_format, **options)
    return output.getvalue()


def image_clean(
    file, *, min_side: int = 0, formats=PICTURE_FORMATS, max_bytes: int | None = None
) -> InMemoryUploadedFile:
    """The upload checked (image_check) and encoded again: what the storage should keep instead
    of the file the browser sent."""
    image = image_check(file, min_side=min_side, formats=formats, max_bytes=max_bytes)
    return _upload_replace(file, image)


def _upload_replace(file, image: Image.Image) -> InMemoryUploadedFile:
    """`image` encoded again as an upload named like `file`, with its format's extension."""
    image_format = STORED_FORMAT[image.format]
    data = image_encode(image, image_format)
    name = PurePath(file.name or "image").stem + EXTENSION[image_format]
    return InMemoryUploadedFile(
        BytesIO(data),
        getattr(file, "field_name", None),
        name,
        CONTENT_TYPE[image_format],
        len(data),
        None,
    )


def pdf_check(file) -> None:
    """A PDF that opens (without a password) and has at least one page."""
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        reader = PdfReader(file)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                _("The PDF is protected by a password: send a copy without a password."),
                code="pdf_encrypted",
            )
        has_pages = len(reader.pages) > 0
    except ValidationError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            _("This PDF file is damaged and cannot be opened: save or scan it again."),
            code="pdf_invalid",
        ) from exc
    finally:
        file.seek(position)
    if not has_pages:
        raise ValidationError(_("This PDF file has no pages."), code="pdf_invalid")


def is_pdf(file) -> bool:
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(len(PDF_MAGIC))
    file.seek(position)
    return head == PDF_MAGIC


def _document_format_error() -> ValidationError:
    return ValidationError(
        _("Only PDF, JPEG or PNG files are accepted: scan or photograph the paper."),
        code="document_format",
    )


def document_check(file, *, max_bytes: int, formats=SCAN_FORMATS) -> Image.Image | None:
    """A PDF (pdf_check), or a scan in one of `formats` (returned decoded). Raises
    ValidationError; a picture with too many pixels says so, any other non-document is
    refused as not a document (code "document_format")."""
    file_size_check(file, max_bytes=max_bytes)
    if is_pdf(file):
        pdf_check(file)
        return None
    try:
        return image_check(file, formats=formats, max_bytes=max_bytes)
    except ValidationError as exc:
        if exc.code in ("image_too_many_pixels", "file_too_large"):
            raise
        raise _document_format_error() from exc


def document_clean(file, *, max_bytes: int, formats=SCAN_FORMATS):
    """The upload to store: the PDF as sent, or the scan encoded again without metadata."""
    image = document_check(file, max_bytes=max_bytes, formats=formats)
    return file if image is None else _upload_replace(file, image)
