from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from . import selectors, services
from .blocks import (
    RICH_TEXT_FEATURES,
    CollectionProductsBlock,
    CooperativeChooserBlock,
    FeaturedProductsBlock,
    HomePageBlock,
    ProductChooserBlock,
)

LEGAL_RICH_TEXT_FEATURES = [*RICH_TEXT_FEATURES, "h4", "hr"]


class HomePage(Page):
    """The storefront's front page: a hero, then blocks staff arrange (banners, products,
    cooperatives, category tiles, news, text)."""

    hero_title = models.CharField(_("Hero title"), max_length=120)
    hero_text = models.CharField(_("Introductory text"), max_length=255, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Hero image"),
    )
    hero_cta_text = models.CharField(_("Button text"), max_length=60, blank=True)
    hero_cta_url = models.CharField(_("Button link"), max_length=255, blank=True)
    body = StreamField(HomePageBlock(), blank=True, verbose_name=_("Body"))

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("hero_cta_text"),
        FieldPanel("hero_cta_url"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.NewsIndexPage",
        "cms.CollectionIndexPage",
        "cms.InformationPage",
        "cms.ContactPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        has_teasers = any(block.block_type == "news_teasers" for block in self.body)
        news_index = NewsIndexPage.objects.child_of(self).live().first()
        context["latest_news"] = (
            news_index.news_pages()[:3] if news_index and not has_teasers else []
        )
        context["news_index"] = news_index
        return context


@register_snippet
class NewsCategory(models.Model):
    name = models.CharField(_("Name"), max_length=80)
    slug = models.SlugField(_("Slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("News category")
        verbose_name_plural = _("News categories")

    def __str__(self) -> str:
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.CharField(_("Introduction"), max_length=255, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage"]
    max_count = 1
    news_per_page = 10

    class Meta:
        verbose_name = _("News index")

    def news_pages(self):
        """Live articles, newest first, with the image their cards show."""
        return (
            NewsPage.objects.child_of(self).live().select_related("image").order_by("-date", "-id")
        )

    @path("")
    def news_list(self, request):
        news = self.news_pages()
        category = tag = None
        if slug := request.GET.get("category"):
            category = NewsCategory.objects.filter(slug=slug).first()
            news = news.filter(categories=category) if category else news.none()
        if name := request.GET.get("tag"):
            tag = name
            news = news.filter(tags__name=name)
        paginator = Paginator(news.distinct(), self.news_per_page)
        return self.render(
            request,
            context_overrides={
                "page_obj": paginator.get_page(request.GET.get("page")),
                "categories": NewsCategory.objects.all(),
                "current_category": category,
                "current_tag": tag,
            },
        )

    @path("feed/")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed(news_index=self)(request)


class NewsPage(Page):
    date = models.DateField(_("Date"), default=timezone.localdate)
    author = models.CharField(_("Author"), max_length=120, blank=True)
    intro = models.CharField(_("Summary"), max_length=255)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Image"),
    )
    body = RichTextField(_("Body"))
    categories = ParentalManyToManyField(
        NewsCategory, blank=True, related_name="news_pages", verbose_name=_("Categories")
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("Tags"))
    related = StreamField(
        [("product", ProductChooserBlock()), ("cooperative", CooperativeChooserBlock())],
        blank=True,
        verbose_name=_("Related products and cooperatives"),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Categories and tags"),
        ),
        FieldPanel("related"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("News article")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        product_ids = [b.value.pk for b in self.related if b.block_type == "product" and b.value]
        cooperative_ids = [
            b.value.pk for b in self.related if b.block_type == "cooperative" and b.value
        ]
        context["related_products"] = selectors.products_chosen_public(ids=product_ids)
        context["related_cooperatives"] = selectors.cooperatives_chosen_public(ids=cooperative_ids)
        return context


class CollectionIndexPage(Page):
    """Bộ sưu tập: the live collections, newest first."""

    intro = models.CharField(_("Introduction"), max_length=255, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.CollectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Collection index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["collections"] = (
            CollectionPage.objects.child_of(self)
            .live()
            .select_related("hero_image")
            .order_by("-first_published_at")
        )
        return context


class CollectionPage(Page):
    """A seasonal or themed selection (Quà Tết, OCOP 5 sao …): products chosen by hand or by
    a rule, paginated. Go-live and expiry dates (the Settings tab) run seasonal campaigns."""

    intro = RichTextField(_("Introduction"), features=RICH_TEXT_FEATURES, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Hero image"),
    )
    source = models.CharField(
        _("Products shown"),
        max_length=32,
        choices=FeaturedProductsBlock.SOURCE_CHOICES,
        default=FeaturedProductsBlock.SOURCE_CHOSEN,
    )
    products = StreamField(CollectionProductsBlock(), blank=True, verbose_name=_("Chosen products"))
    rule_category = models.ForeignKey(
        "catalogue.Category",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Category (for a rule)"),
    )
    rule_province = models.PositiveIntegerField(
        _("Province (for a rule)"), null=True, blank=True, choices=selectors.province_choices
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("products"),
                FieldPanel("rule_category"),
                FieldPanel("rule_province"),
            ],
            heading=_("Products"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["cms.CollectionIndexPage"]
    subpage_types = []
    products_per_page = 24
    rule_limit = 240

    class Meta:
        verbose_name = _("Collection")

    def product_list(self, *, strategy=None) -> list:
        if self.source == FeaturedProductsBlock.SOURCE_CHOSEN:
            ids = [block.value.pk for block in self.products if block.value]
            products = selectors.products_chosen_public(ids=ids)
        else:
            products = selectors.products_by_rule(
                rule=self.source,
                limit=self.rule_limit,
                category=self.rule_category,
                province=self.rule_province,
            )
        return selectors.products_available(products=products, strategy=strategy)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        products = self.product_list(strategy=getattr(request, "strategy", None))
        context["page_obj"] = Paginator(products, self.products_per_page).get_page(
            request.GET.get("page")
        )
        return context


class InformationPage(Page):
    """A page of text the shop must publish (operating rules, policies, terms, about)."""

    intro = models.CharField(_("Summary"), max_length=255, blank=True)
    body = RichTextField(_("Body"), features=LEGAL_RICH_TEXT_FEATURES)
    effective_date = models.DateField(_("In force from"), null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("effective_date"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.HomePage", "cms.InformationPage"]
    subpage_types = ["cms.InformationPage"]

    class Meta:
        verbose_name = _("Information page")


class ContactFormField(AbstractFormField):
    page = ParentalKey("cms.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm):
    """The contact form: stored in Wagtail's submissions and e-mailed to the operator. A hidden
    field only robots fill, and a limit of submissions per address and hour, keep spam out."""

    HONEYPOT_FIELD = "website"

    intro = RichTextField(_("Introduction"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(_("Thank-you text"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Contact page")

    def get_form_class(self):
        base = super().get_form_class()
        honeypot = self.HONEYPOT_FIELD

        class ContactForm(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields[honeypot] = forms.CharField(
                    required=False,
                    label=_("Leave this field empty"),
                    widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
                )

            def clean(self):
                cleaned_data = super().clean()
                if cleaned_data.pop(honeypot, ""):
                    raise ValidationError(
                        _("Your message could not be sent. Please try again."), code="spam"
                    )
                return cleaned_data

        return ContactForm

    def send_mail(self, form):
        """The message is e-mailed once the submission is stored, never delaying or failing
        the visitor's request."""
        transaction.on_commit(lambda: super(ContactPage, self).send_mail(form))

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            try:
                services.contact_rate_limit_hit(request=request)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Or an address"),
        max_length=255,
        required=False,
        help_text=_("/catalogue/ or https://…"),
    )

    class Meta:
        icon = "link"
        label = _("Link")


class FooterColumnBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=60)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Footer column")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """What the header and footer show on every page, Oscar's and Wagtail's alike."""

    header_menu = StreamField(
        [("link", LinkBlock())], blank=True, verbose_name=_("Header menu (extra links)")
    )
    footer_columns = StreamField(
        [("column", FooterColumnBlock())], blank=True, verbose_name=_("Footer columns")
    )
    hotline = models.CharField(_("Hotline"), max_length=32, blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    zalo_url = models.URLField(_("Zalo"), blank=True, help_text=_("For example https://zalo.me/…"))
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    operator_name = models.CharField(_("Operator"), max_length=255, blank=True)
    operator_address = models.CharField(_("Operator's address"), max_length=255, blank=True)
    operator_tax_number = models.CharField(
        _("Tax / business registration number"), max_length=64, blank=True
    )
    operator_registration = models.CharField(
        _("Registration details"),
        max_length=255,
        blank=True,
        help_text=_("For example: issued by the Department of Finance of Đắk Lắk on 01/07/2026."),
    )
    moit_badge_url = models.URLField(
        _("Ministry of Industry and Trade record"),
        blank=True,
        help_text=_(
            "The address of the site's record on online.gov.vn; the badge is hidden when empty."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("operator_name"),
                FieldPanel("operator_address"),
                FieldPanel("operator_tax_number"),
                FieldPanel("operator_registration"),
                FieldPanel("moit_badge_url"),
            ],
            heading=_("Operator"),
        ),
        MultiFieldPanel(
            [FieldPanel("hotline"), FieldPanel("email")], heading=_("Customer service")
        ),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("zalo_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
        FieldPanel("header_menu"),
        FieldPanel("footer_columns"),
    ]

    class Meta:
        verbose_name = _("Site settings")
