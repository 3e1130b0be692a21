from oscar.apps.basket import forms as oscar_forms
from oscar.apps.basket.forms import *  # noqa: F401,F403


class AddToBasketForm(oscar_forms.AddToBasketForm):
    def cleaned_options(self):
        # Oscar asks for the product's options even when it knows there are none.
        if not self.parent_product.has_options:
            return []
        return super().cleaned_options()


class SimpleAddToBasketForm(oscar_forms.SimpleAddToBasketMixin, AddToBasketForm):
    """Oscar's, on the form above."""
