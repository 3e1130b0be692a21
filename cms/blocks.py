"""StreamField blocks staff arrange on the home page and collection pages.

Blocks that show marketplace objects load them in a fixed number of queries whatever their
number, and drop quietly what a shopper may no longer see or buy.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from catalogue.cards import CardIds, strategy_name

from . import selectors
from .viewsets import (
    category_chooser_viewset,
    cooperative_chooser_viewset,
    product_chooser_viewset,
)

ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="cms.blocks"
)
CategoryChooserBlock = category_chooser_viewset.get_block_class(
    name="CategoryChooserBlock", module_path="cms.blocks"
)
CooperativeChooserBlock = cooperative_chooser_viewset.get_block_class(
    name="CooperativeChooserBlock", module_path="cms.blocks"
)

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def _ids(items) -> list[int]:
    return [item.pk for item in items if item is not None]


def _strategy(context):
    request = (context or {}).get("request")
    return getattr(request, "strategy", None)


class HeroSlideBlock(blocks.StructBlock):
    image = ImageChooserBlock(
        label=_("Image"), help_text=_("Set the focal point on the image so crops keep it.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.CharBlock(label=_("Text"), max_length=255, required=False)
    link_text = blocks.CharBlock(label=_("Button text"), max_length=60, required=False)
    link_url = blocks.CharBlock(label=_("Button link"), max_length=255, required=False)

    class Meta:
        icon = "image"
        label = _("Slide")


class HeroCarouselBlock(blocks.StructBlock):
    slides = blocks.ListBlock(HeroSlideBlock(), label=_("Slides"), min_num=1, max_num=6)

    class Meta:
        icon = "image"
        label = _("Banner carousel")
        template = "cms/blocks/hero_carousel.html"


class FeaturedProductsBlock(blocks.StructBlock):
    """Products chosen by staff, or picked by a rule, shown as a row of product cards."""

    SOURCE_CHOSEN = "chosen"
    SOURCE_CHOICES = [
        (SOURCE_CHOSEN, _("Products chosen below")),
        (selectors.ProductRule.NEWEST_FIVE_STARS, _("Newest OCOP 5-star products")),
        (selectors.ProductRule.BEST_SELLERS_OF_CATEGORY, _("Best sellers of a category")),
        (selectors.ProductRule.FROM_PROVINCE, _("Products from a province")),
        (selectors.ProductRule.NEWEST, _("Newest products")),
    ]

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    source = blocks.ChoiceBlock(
        label=_("Products shown"), choices=SOURCE_CHOICES, default=SOURCE_CHOSEN
    )
    products = blocks.ListBlock(ProductChooserBlock(), label=_("Products"), min_num=0)
    category = CategoryChooserBlock(
        label=_("Category"), required=False, help_text=_("For “Best sellers of a category”.")
    )
    province = blocks.ChoiceBlock(
        label=_("Province"),
        choices=selectors.province_choices,
        required=False,
        help_text=_("For “Products from a province”."),
    )
    limit = blocks.IntegerBlock(
        label=_("How many (rules only)"), default=8, min_value=1, max_value=48
    )

    class Meta:
        icon = "tag"
        label = _("Featured products")
        template = "cms/blocks/featured_products.html"

    def products_for(self, value, strategy=None) -> list:
        if value["source"] == self.SOURCE_CHOSEN:
            products = selectors.products_chosen_public(ids=_ids(value["products"]))
        else:
            products = selectors.products_by_rule(
                rule=value["source"],
                limit=value["limit"] or 8,
                category=value.get("category"),
                province=int(value["province"]) if value.get("province") else None,
            )
        return selectors.products_available(products=products, strategy=strategy)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        strategy = _strategy(parent_context)
        ids = selectors.product_ids_kept(
            key=[self.get_prep_value(value), strategy_name(strategy) if strategy else ""],
            pick=lambda: self.products_for(value, strategy=strategy),
        )
        context["products"] = CardIds(ids=ids, highlights={})
        return context


class FeaturedCooperativesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    cooperatives = blocks.ListBlock(CooperativeChooserBlock(), label=_("Cooperatives"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Featured cooperatives")
        template = "cms/blocks/featured_cooperatives.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["cooperatives"] = selectors.cooperatives_shown(
            cooperatives=list(value["cooperatives"])
        )
        return context


class FeaturedCategoriesBlock(blocks.StructBlock):
    """Category tiles: each with the picture chosen for it, else the category's own picture,
    else a picture of one of its products."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    categories = blocks.ListBlock(CategoryChooserBlock(), label=_("Categories"), min_num=1)
    images = blocks.ListBlock(
        ImageChooserBlock(),
        label=_("Pictures"),
        required=False,
        min_num=0,
        help_text=_("Optional: one picture per category, in the same order."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Category tiles")
        template = "cms/blocks/featured_categories.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["tiles"] = selectors.category_tiles(
            categories=[c for c in value["categories"] if c is not None],
            images=list(value.get("images") or []),
        )
        return context


class NewsTeasersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "cms/blocks/news_teasers.html"

    def get_context(self, value, parent_context=None):
        from .models import NewsIndexPage

        context = super().get_context(value, parent_context=parent_context)
        news_index = NewsIndexPage.objects.live().first()
        context["news_index"] = news_index
        context["news_pages"] = news_index.news_pages()[: value["count"]] if news_index else []
        return context


class HomePageBlock(blocks.StreamBlock):
    hero_carousel = HeroCarouselBlock()
    featured_products = FeaturedProductsBlock()
    featured_cooperatives = FeaturedCooperativesBlock()
    featured_categories = FeaturedCategoriesBlock()
    news_teasers = NewsTeasersBlock()
    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="cms/blocks/text.html"
    )


class CollectionProductsBlock(blocks.StreamBlock):
    """A collection's products: chosen one by one."""

    product = ProductChooserBlock(label=_("Product"))
