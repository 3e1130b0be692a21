from django import template

from ..dependencies import page_depends_on as _page_depends_on

register = template.Library()


@register.simple_tag
def page_depends_on(*parts) -> str:
    """`{% page_depends_on "cooperatives" %}`, `{% page_depends_on "product" product.pk %}`:
    names what this part of the page shows (pagecache.dependencies)."""
    _page_depends_on(":".join(str(part) for part in parts))
    return ""
