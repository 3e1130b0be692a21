from django.utils.functional import SimpleLazyObject

from .forms import SearchForm


def search_form(request):
    """The search form on every page (built only if a template uses it)."""
    return {"search_form": SimpleLazyObject(lambda: SearchForm(request.GET))}
