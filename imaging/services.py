"""Writes about images: asking for the renditions of a stored file."""

from collections.abc import Iterable

from ops.tasks import enqueue

from . import tasks
from .selectors import rendition_missing


def renditions_enqueue(*, source: str, specs: Iterable[str]) -> None:
    """Asks the worker, after the current transaction commits, for the renditions of `source`
    that are not made yet (nothing is sent when they all are)."""
    specs = list(specs)
    if source and rendition_missing(source=source, specs=specs):
        enqueue(tasks.renditions_make, source, specs)
