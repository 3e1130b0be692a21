"""A saved row whose file field SOURCES lists asks for that file's missing renditions (after
the commit, through the worker). Connected by model label, so this app imports none of the
apps it serves."""

from django.db.models.signals import post_save

from .services import renditions_enqueue
from .specs import SOURCES


def _fields_of(sender) -> list[tuple[str, tuple[str, ...]]]:
    label = sender._meta.label
    return [(field, specs) for (model, field), specs in SOURCES.items() if model == label]


def renditions_request(sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    for field, specs in _fields_of(sender):
        renditions_enqueue(source=getattr(instance, field).name, specs=specs)


def connect() -> None:
    for model in {model for model, _field in SOURCES}:
        post_save.connect(renditions_request, sender=model, dispatch_uid=f"imaging-{model}")
