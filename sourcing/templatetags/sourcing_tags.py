from datetime import timedelta

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def lookup(row: dict, key: str):
    return row.get(key) or "—"


@register.simple_tag
def duration_hours(value: timedelta | None) -> str:
    """An average answer time in whole hours ("—" when nothing was answered)."""
    if value is None:
        return "—"
    hours = round(value.total_seconds() / 3600)
    return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
