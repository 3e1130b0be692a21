from django import template

from ..selectors import rendition_get

register = template.Library()


@register.simple_tag
def rendition(source, spec: str):
    """{% rendition file "product" as rendered %}: the made rendition
    (selectors.ImageRendition) of a stored file, or None while the worker has not made it (the
    template then falls back on a thumbnail made on request)."""
    if not source:
        return None
    return rendition_get(source=source, spec=spec)
