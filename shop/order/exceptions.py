from oscar.apps.order.exceptions import *  # noqa: F401,F403
from oscar.apps.order.exceptions import UnableToPlaceOrder


class StockUnavailable(UnableToPlaceOrder):
    """Someone else bought the last units while this shopper was checking out."""

    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__(" ".join(messages))
