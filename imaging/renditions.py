"""Making renditions: once per stored file, whichever rows share it (tasks.renditions_make
runs this; services.renditions_enqueue asks for it)."""

import logging
from collections.abc import Iterable
from functools import partial
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image, ImageOps

from .models import Rendition
from .selectors import rendition_made
from .specs import FORMATS, SPECS, Spec
from .uploads import image_decode

logger = logging.getLogger("imaging")

RESAMPLE = Image.Resampling.LANCZOS
REDUCING_GAP = 3.0  # a fast box reduction first, then Lanczos over the last 3× (no visible loss)
# Encoder effort chosen for a worker making hundreds of files (the demo): WebP method 2 and
# AVIF speed 10 take about a third of their defaults' time for files a few per cent larger.
ENCODING = {
    "webp": {"format": "WEBP", "quality": 80, "method": 2},
    "avif": {"format": "AVIF", "quality": 60, "speed": 10},
}


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _boxed(image: Image.Image, spec: Spec) -> Image.Image:
    """`image` in the spec's box, never enlarged."""
    box = (spec.width, spec.height)
    if spec.mode == "crop":
        scale = min(1, image.width / spec.width, image.height / spec.height)
        size = (max(1, round(spec.width * scale)), max(1, round(spec.height * scale)))
        # The centred part of the picture with the box's shape, as ImageOps.fit cuts it.
        crop_width = min(image.width, image.height * spec.width / spec.height)
        # min() again: the float product can overshoot the height by a rounding error, which
        # would put the box's top above the picture.
        crop_height = min(image.height, crop_width * spec.height / spec.width)
        left, top = (image.width - crop_width) / 2, (image.height - crop_height) / 2
        crop = (left, top, left + crop_width, top + crop_height)
        return image.resize(size, RESAMPLE, box=crop, reducing_gap=REDUCING_GAP)
    fitted = image.copy()
    fitted.thumbnail(box, RESAMPLE, reducing_gap=REDUCING_GAP)
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
    """The spec's files from the widest down, each made from the one before it."""
    full = variant = _boxed(image, spec)
    folder = PurePosixPath("renditions") / PurePosixPath(source).with_suffix("")
    files = []
    for width in sorted({min(width, variant.width) for width in spec.widths}, reverse=True):
        if width < variant.width:
            height = max(1, round(variant.height * width / variant.width))
            variant = variant.resize((width, height), RESAMPLE, reducing_gap=REDUCING_GAP)
        entry = {"width": width}
        for image_format in FORMATS:
            name = str(folder / f"{spec.name}-{width}.{image_format}")
            entry[image_format] = _stored(name, _encoded(variant, image_format))
        files.insert(0, entry)
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
    transaction.on_commit(partial(rendition_made, source=source, specs=rendition.specs))
    return rendition
