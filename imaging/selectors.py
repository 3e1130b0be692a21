"""Reads of renditions, as a template needs them: names and sizes stored when they were made,
so showing one costs no storage or thumbnail-engine call.

A stored file never changes under its name (the storages keep each upload under a new name), so
what is known of a file's renditions stays true: each process keeps what it read (up to
MEMO_SIZE files) and asks the database again only for a spec it has not seen made.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files.storage import default_storage

from .models import Rendition
from .specs import FORMATS

MEMO_SIZE = 20_000
_known: dict[str, dict] = {}


def _source_name(source) -> str:
    return getattr(source, "name", source) or ""


def rendition_specs(*, source, spec: str) -> dict:
    """What is made of `source` (a stored file or its name), fresh from the database when the
    memo lacks `spec`."""
    name = _source_name(source)
    specs = _known.get(name, {})
    if spec in specs or not name:
        return specs
    specs = Rendition.objects.filter(source=name).values_list("specs", flat=True).first() or {}
    if specs:
        if len(_known) >= MEMO_SIZE:
            _known.clear()
        _known[name] = specs
    return specs


def rendition_missing(*, source, specs: Iterable[str]) -> bool:
    return any(spec not in rendition_specs(source=source, spec=spec) for spec in specs)


def rendition_memo_clear() -> None:
    """Forgets what this process read (tests: their database rows do not outlive them)."""
    _known.clear()


@dataclass(frozen=True)
class ImageRendition:
    """One spec of one picture, for an <img>/<picture>: src (the largest WebP), the srcset of
    each format, and the width and height of the largest."""

    width: int
    height: int
    files: tuple[dict, ...]

    def srcset(self, image_format: str) -> str:
        return ", ".join(
            f"{default_storage.url(entry[image_format])} {entry['width']}w" for entry in self.files
        )

    @property
    def src(self) -> str:
        return default_storage.url(self.files[-1]["webp"])

    @property
    def webp_srcset(self) -> str:
        return self.srcset("webp")

    @property
    def avif_srcset(self) -> str:
        return self.srcset("avif") if "avif" in FORMATS and "avif" in self.files[-1] else ""


def rendition_get(*, source, spec: str) -> ImageRendition | None:
    """The `spec` rendition of `source`, or None while it is not made."""
    made = rendition_specs(source=source, spec=spec).get(spec)
    if made is None:
        return None
    return ImageRendition(width=made["width"], height=made["height"], files=tuple(made["files"]))
