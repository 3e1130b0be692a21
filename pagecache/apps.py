from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """Whole anonymous storefront pages kept in the cache and served before the rest of the
    stack runs, dropped when what they show changes (pagecache.dependencies).

    A low layer: catalogue, cooperatives, cms and the other apps name what their pages show
    through it; it imports none of them.
    """

    name = "pagecache"
    verbose_name = _("Page cache")
