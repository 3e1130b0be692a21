"""Reads about cooperatives."""

from django.db.models import Count, Q, QuerySet

from .models import Cooperative


def cooperative_list_public(*, province: int | None = None) -> QuerySet[Cooperative]:
    """Approved cooperatives, with how many products each has on sale: those its profile lists
    (Oscar's browsable products, so a product with variants counts once)."""
    cooperatives = Cooperative.objects.approved().annotate(
        product_count=Count(
            "products", filter=Q(products__is_public=True, products__parent__isnull=True)
        )
    )
    if province is not None:
        cooperatives = cooperatives.filter(province=province)
    return cooperatives.order_by("name")


def cooperative_provinces_public() -> list[int]:
    """Province codes that have at least one approved cooperative, for the list filter."""
    return list(
        Cooperative.objects.approved().order_by().values_list("province", flat=True).distinct()
    )


def cooperative_get_public(*, slug: str) -> Cooperative:
    return Cooperative.objects.approved().get(slug=slug)


def cooperative_for_user(*, user) -> Cooperative | None:
    """The cooperative a seller works for, if any."""
    if not user.is_authenticated:
        return None
    return Cooperative.objects.filter(partner__users=user).first()
