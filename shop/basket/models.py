from oscar.apps.basket.abstract_models import AbstractBasket


class Basket(AbstractBasket):
    """Oscar's basket, whose lines come with what the strategy and the grouping by cooperative
    read of each (the product's class, its cooperative and its parent's, the stock record, its
    partner, the partner's cooperative and shipping rate) in the same query, instead of three
    queries a line and one for the partners."""

    def all_lines(self):
        if self.id is None:
            return self.lines.model.objects.none()
        if self._lines is None:
            self._lines = (
                self.lines.select_related(
                    "product__product_class",
                    "product__cooperative",
                    "product__parent__product_class",
                    "product__parent__cooperative",
                    "stockrecord__partner__cooperative",
                    "stockrecord__partner__shipping_rate",
                )
                .prefetch_related("attributes", "product__images")
                .order_by(self._meta.pk.name)
            )
        return self._lines

    @property
    def num_lines(self):
        # The lines are read once, with what the page needs of them, instead of counted first.
        return len(self.all_lines())


from oscar.apps.basket.models import *  # noqa: E402,F401,F403
