from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .viewsets import category_chooser_viewset, product_chooser_viewset

ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="cms.blocks"
)
CategoryChooserBlock = category_chooser_viewset.get_block_class(
    name="CategoryChooserBlock", module_path="cms.blocks"
)


class FeaturedProductsBlock(blocks.StructBlock):
    """Products chosen by staff, shown as a row of product cards."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(), label=_("Products"), min_num=1)

    class Meta:
        icon = "tag"
        label = _("Featured products")
        template = "cms/blocks/featured_products.html"


class FeaturedCategoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    categories = blocks.ListBlock(CategoryChooserBlock(), label=_("Categories"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Featured categories")
        template = "cms/blocks/featured_categories.html"


class HomePageBlock(blocks.StreamBlock):
    featured_products = FeaturedProductsBlock()
    featured_categories = FeaturedCategoriesBlock()
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="cms/blocks/text.html",
    )
