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

    heading = blocks.CharBlock(label=_("Tiêu đề"), max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(), label=_("Sản phẩm"), min_num=1)

    class Meta:
        icon = "tag"
        label = _("Sản phẩm nổi bật")
        template = "cms/blocks/featured_products.html"


class FeaturedCategoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề"), max_length=120)
    categories = blocks.ListBlock(CategoryChooserBlock(), label=_("Danh mục"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Danh mục nổi bật")
        template = "cms/blocks/featured_categories.html"


class HomePageBlock(blocks.StreamBlock):
    featured_products = FeaturedProductsBlock()
    featured_categories = FeaturedCategoriesBlock()
    text = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="cms/blocks/text.html",
    )
