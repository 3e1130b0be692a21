"""The search app's views, at Oscar's module paths: Oscar's catalogue loads `CatalogueView` and
`ProductCategoryView` from here, the search URL is `FacetedSearchView`."""

from .catalogue import CatalogueView, ProductCategoryView
from .search import FacetedSearchView
from .suggest import SuggestView

__all__ = ["CatalogueView", "FacetedSearchView", "ProductCategoryView", "SuggestView"]
