"""The news as an Atom feed (RSS readers read Atom too)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _


class NewsFeed(Feed):
    feed_type = Atom1Feed
    limit = 20

    def __init__(self, *, news_index):
        super().__init__()
        self.news_index = news_index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.news_index.title

    def link(self):
        return self.news_index.get_url(request=self.request)

    def subtitle(self):
        return self.news_index.intro or _("News from the marketplace's cooperatives")

    def items(self):
        return self.news_index.news_pages()[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None
