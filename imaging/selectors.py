"""Reads of renditions, as a template needs them: names and sizes stored when they were made,
so showing one costs no storage or thumbnail-engine call.

A stored file never changes under its name (the storages keep each upload under a new name), so
what is known of a file's renditions stays true: each process keeps what it read (up to
MEMO_SIZE files), and the built srcsets. A spec found not made yet is asked for again after
ABSENT_RECHECK_SECONDS, so a page of pictures still waiting for the worker costs no query per
picture (they show through the sorl fallback meanwhile).
"""

import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.files.storage import default_storage

from .models import Rendition
from .specs import FORMATS

MEMO_SIZE = 20_000
ABSENT_RECHECK_SECONDS = 60
_known: dict[str, dict] = {}
_absent: dict[tuple[str, str], float] = {}  # (file, spec) → when it was last found not made
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
    checked = _absent.get((name, spec))
    if checked is not None and time.monotonic() - checked < ABSENT_RECHECK_SECONDS:
        return specs
    specs = _stored_specs(name)
    if specs:
        _remember(_known, name, specs)
    if spec not in specs:
        _remember(_absent, (name, spec), time.monotonic())
    return specs


def _stored_specs(name: str) -> dict:
    return Rendition.objects.filter(source=name).values_list("specs", flat=True).first() or {}


def rendition_missing(*, source, specs: Iterable[str]) -> bool:
    """Whether any of `specs` is not made of `source` (the memo, else the database: never the
    memo of absences, which may be older than the last rendition made)."""
    specs = list(specs)
    name = _source_name(source)
    made = _known.get(name, {})
    if all(spec in made for spec in specs):
        return False
    return not all(spec in _stored_specs(name) for spec in specs)


def rendition_made(*, source: str, specs: dict) -> None:
    """Told by renditions_generate: what this process now knows is made of `source`."""
    _remember(_known, source, specs)
    for spec in specs:
        _absent.pop((source, spec), None)


def rendition_memo_clear() -> None:
    """Forgets what this process read (tests: their database rows do not outlive them)."""
    _known.clear()
    _absent.clear()
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
