import oscar.apps.catalogue.reviews.apps as apps


class CatalogueReviewsConfig(apps.CatalogueReviewsConfig):
    name = "shop.catalogue.reviews"

    def ready(self):
        super().ready()
        # get_class("catalogue.reviews.views", …) looks in the catalogue fork's package
        # (catalogue/reviews/), not here: use this fork's view directly.
        from .views import CreateProductReview

        self.create_view = CreateProductReview
