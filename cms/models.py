from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import HomePageBlock


class HomePage(Page):
    """The storefront's front page: a hero, then blocks staff arrange (products, categories)."""

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
    subpage_types = ["cms.NewsIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = NewsIndexPage.objects.child_of(self).live().first()
        context["latest_news"] = news_index.news_pages()[:3] if news_index else []
        context["news_index"] = news_index
        return context


class NewsIndexPage(Page):
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.news_pages(), self.news_per_page)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        return context


class NewsPage(Page):
    date = models.DateField(_("Date"), default=timezone.localdate)
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

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
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
