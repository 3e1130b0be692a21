"""Making renditions: once per stored file, whichever rows share it (tasks.renditions_make
runs this; services.renditions_enqueue asks for it)."""

import logging
from collections.abc import Iterable
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image, ImageOps

from .models import Rendition
from .specs import FORMATS, SPECS, Spec
from .uploads import image_decode

logger = logging.getLogger("imaging")

RESAMPLE = Image.Resampling.LANCZOS
ENCODING = {
    "webp": {"format": "WEBP", "quality": 80, "method": 4},
    "avif": {"format": "AVIF", "quality": 60, "speed": 8},
}


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _boxed(image: Image.Image, spec: Spec) -> Image.Image:
    """`image` in the spec's box, never enlarged."""
    box = (spec.width, spec.height)
    if spec.mode == "crop":
        scale = min(1, image.width / spec.width, image.height / spec.height)
        size = (max(1, round(spec.width * scale)), max(1, round(spec.height * scale)))
        return ImageOps.fit(image, size, RESAMPLE)
    fitted = image.copy()
    fitted.thumbnail(box, RESAMPLE)
    if spec.mode == "fit":
        return fitted
    canvas = Image.new("RGB", box, "white")
    offset = ((box[0] - fitted.width) // 2, (box[1] - fitted.height) // 2)
    canvas.paste(fitted, offset, fitted if fitted.mode == "RGBA" else None)
    return canvas


def _encoded(image: Image.Image, image_format: str) -> bytes:
    output = BytesIO()
    image.save(output, **ENCODING[image_format])
    return output.getvalue()


def _stored(name: str, data: bytes) -> str:
    """Saves `data` as `name`, replacing what a run before left there."""
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))


def _spec_render(*, source: str, image: Image.Image, spec: Spec) -> dict:
    full = _boxed(image, spec)
    half = full.resize((max(1, full.width // 2), max(1, full.height // 2)), RESAMPLE)
    folder = PurePosixPath("renditions") / PurePosixPath(source).with_suffix("")
    files = []
    for variant in (half, full):
        entry = {"width": variant.width}
        for image_format in FORMATS:
            name = str(folder / f"{spec.name}-{variant.width}.{image_format}")
            entry[image_format] = _stored(name, _encoded(variant, image_format))
        files.append(entry)
    return {"width": full.width, "height": full.height, "files": files}


def _source_image(source: str) -> Image.Image | None:
    if not default_storage.exists(source):
        logger.warning("No renditions for %s: the file is not in the storage", source)
        return None
    with default_storage.open(source) as file:
        data = file.read()
    try:
        image = image_decode(data)
    except ValidationError as error:
        logger.warning("No renditions for %s: %s", source, error.messages[0])
        return None
    image = ImageOps.exif_transpose(image)
    return image.convert("RGBA" if _has_alpha(image) else "RGB")


def renditions_generate(*, source: str, specs: Iterable[str]) -> Rendition | None:
    """Makes the renditions of the stored file `source` that `specs` name and it lacks. Safe to
    run twice or at once for the same file (the row is locked while they are made); a file that
    is gone or unreadable is logged and skipped."""
    with transaction.atomic():
        rendition, _created = Rendition.objects.select_for_update().get_or_create(source=source)
        missing = [name for name in specs if name not in rendition.specs]
        if not missing:
            return rendition
        image = _source_image(source)
        if image is None:
            return None
        for name in missing:
            rendition.specs[name] = _spec_render(source=source, image=image, spec=SPECS[name])
        rendition.save(update_fields=["specs", "updated_at"])
    return rendition
