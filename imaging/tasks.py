from celery import shared_task

from ops.tasks import RetryingTask

from .renditions import renditions_generate


@shared_task(base=RetryingTask, name="imaging.renditions_make")
def renditions_make(source: str, specs: list[str]) -> None:
    """Makes the missing renditions of one stored file (idempotent: see renditions_generate)."""
    renditions_generate(source=source, specs=specs)
