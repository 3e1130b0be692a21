from django.db import models
from django.utils.translation import gettext_lazy as _


class FailedTask(models.Model):
    """A background task that failed for good: every retry used up. Staff read it in the admin,
    fix the cause and send it again from there."""

    task_id = models.CharField(_("task id"), max_length=255, unique=True)
    task_name = models.CharField(_("task"), max_length=255, db_index=True)
    args = models.JSONField(_("positional arguments"), default=list)
    kwargs = models.JSONField(_("keyword arguments"), default=dict)
    retries = models.PositiveIntegerField(_("retries"), default=0)
    exception = models.TextField(_("error"))
    traceback = models.TextField(_("traceback"), blank=True)
    failed_at = models.DateTimeField(_("failed at"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-failed_at"]
        verbose_name = _("failed background task")
        verbose_name_plural = _("failed background tasks")

    def __str__(self) -> str:
        return f"{self.task_name} ({self.task_id})"
