"""Reads of renditions, as a template needs them: names and sizes stored when they were made,
so showing one costs no storage or thumbnail-engine call.

A stored file never changes under its name (the storages keep each upload under a new name), so
what is known of a file's renditions stays true: each process keeps what it read (up to
MEMO_SIZE files), and the built srcsets, and asks the database again only for a spec it has not
seen made.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files.storage import default_storage

from .models import Rendition
from .specs import FORMATS

MEMO_SIZE = 20_000
_known: dict[str, dict] = {}
_built: dict[tuple[str, str], "ImageRendition"] = {}


def _remember(memo: dict, key, value) -> None:
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value


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
        _remember(_known, name, specs)
    return specs


def rendition_missing(*, source, specs: Iterable[str]) -> bool:
    return any(spec not in rendition_specs(source=source, spec=spec) for spec in specs)


def rendition_memo_clear() -> None:
    """Forgets what this process read (tests: their database rows do not outlive them)."""
    _known.clear()
    _built.clear()


@dataclass(frozen=True)
class ImageRendition:
    """One spec of one picture, for an <img>/<picture>: src (the largest WebP), the srcset of
    each format (avif_srcset empty where none is made), the width and height of the largest."""

    width: int
    height: int
    src: str
    webp_srcset: str
    avif_srcset: str


def _srcset(files: list[dict], image_format: str) -> str:
    if not all(image_format in entry for entry in files):
        return ""
    return ", ".join(
        f"{default_storage.url(entry[image_format])} {entry['width']}w" for entry in files
    )


def rendition_get(*, source, spec: str) -> ImageRendition | None:
    """The `spec` rendition of `source`, or None while it is not made. Kept once built, with its
    URLs, unless the storage signs its URLs (they would expire)."""
    key = (_source_name(source), spec)
    if key in _built:
        return _built[key]
    made = rendition_specs(source=source, spec=spec).get(spec)
    if made is None:
        return None
    files = made["files"]
    rendition = ImageRendition(
        width=made["width"],
        height=made["height"],
        src=default_storage.url(files[-1]["webp"]),
        webp_srcset=_srcset(files, "webp"),
        avif_srcset=_srcset(files, "avif") if "avif" in FORMATS else "",
    )
    if not getattr(default_storage, "querystring_auth", False):
        _remember(_built, key, rendition)
    return rendition
