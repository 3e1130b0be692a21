from django.utils.functional import SimpleLazyObject

from .selectors import site_settings_data


def site_settings(request):
    """`site_settings`: the header and footer details, read from the cache when first used."""
    return {"site_settings": SimpleLazyObject(lambda: site_settings_data(request=request))}
