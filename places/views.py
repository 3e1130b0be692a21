from django.http import JsonResponse
from django.views.decorators.cache import cache_control

from .selectors import commune_choices


@cache_control(max_age=86400, public=True)
def province_communes(request, province_code: int):
    """Communes of a province, for the province → commune narrowing in forms."""
    communes = commune_choices(province_code=province_code)
    return JsonResponse({"communes": [{"code": code, "name": name} for code, name in communes]})
