"""The news index and a news article."""

import pytest

from tests.html import soup

from .conftest import add_news

pytestmark = pytest.mark.django_db


def test_news_index_lists_articles_newest_first(client, news_index):
    add_news(news_index, 1)
    add_news(news_index, 2)

    html = soup(client.get(news_index.url))

    assert html.select_one("main h1").get_text(strip=True) == "Tin tức"
    assert [a.get_text(strip=True) for a in html.select("main .news-card h2 a")] == [
        "Tin ngày 2",
        "Tin ngày 1",
    ]
    assert html.select_one("main .news-card time")["datetime"] == "2025-10-02"


def test_news_index_is_paginated(client, news_index):
    for day in range(1, 12):
        add_news(news_index, day)

    second = soup(client.get(news_index.url, {"page": 2}))

    assert [a.get_text(strip=True) for a in second.select("main .news-card h2 a")] == ["Tin ngày 1"]
    assert second.select_one('main a[rel="prev"]')["href"] == "?page=1"


def test_news_index_says_so_when_there_is_no_news(client, news_index):
    html = soup(client.get(news_index.url))

    assert html.select_one("main .empty-state").get_text(strip=True) == "Chưa có tin tức nào."


def test_news_page_shows_the_article_with_its_image(client, news_index, wagtail_image):
    article = add_news(news_index, 5, image=wagtail_image("Mùa cà phê"))

    html = soup(client.get(article.url))

    main = html.select_one("main")
    assert main.select_one("h1").get_text(strip=True) == "Tin ngày 5"
    assert main.select_one("time")["datetime"] == "2025-10-05"
    assert "Nội dung bài viết." in main.select_one(".rich-text").get_text()
    image = main.select_one(".news-article__image img")
    assert image["src"].endswith(".webp")
    assert (image["width"], image["height"]) == ("720", "405")
    crumbs = [a["href"] for a in main.select(".breadcrumb a")]
    assert crumbs == ["/", news_index.url]
