import datetime

import pytest

from cms.models import NewsIndexPage, NewsPage
from tests.factories import site_home_create


@pytest.fixture
def home_page():
    """A home page as the root of the default Wagtail site."""
    return site_home_create(
        title="Trang chủ",
        slug="trang-chu",
        hero_title="Đặc sản hợp tác xã, giao tận nhà",
        hero_text="Sản phẩm OCOP từ khắp cả nước.",
        hero_cta_text="Khám phá sản phẩm",
        hero_cta_url="/catalogue/",
    )


@pytest.fixture
def news_index(home_page):
    return home_page.add_child(
        instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", intro="Tin về hợp tác xã.")
    )


def add_news(news_index, day: int, **fields) -> NewsPage:
    """A news article of day `day` of October 2025 under the news index."""
    return news_index.add_child(
        instance=NewsPage(
            title=f"Tin ngày {day}",
            slug=f"tin-{day}",
            date=datetime.date(2025, 10, day),
            intro=f"Tóm tắt tin ngày {day}.",
            body="<p>Nội dung bài viết.</p>",
            **fields,
        )
    )
