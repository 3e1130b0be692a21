"""Page-tree rules, collections (created and published by staff, scheduled campaigns),
information pages, the contact form and the news with its feed."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import (
    CollectionIndexPage,
    CollectionPage,
    ContactFormField,
    ContactPage,
    HomePage,
    InformationPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
)
from cms.selectors import ProductRule
from tests.factories import ProductFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert set(HomePage.allowed_subpage_models()) == {
        NewsIndexPage,
        CollectionIndexPage,
        InformationPage,
        ContactPage,
    }
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert CollectionPage.allowed_parent_page_models() == [CollectionIndexPage]
    assert ContactPage.allowed_subpage_models() == []
    assert InformationPage in InformationPage.allowed_subpage_models()
    assert ContactPage.max_count == NewsIndexPage.max_count == CollectionIndexPage.max_count == 1


@pytest.fixture
def collections(home_page):
    return home_page.add_child(instance=CollectionIndexPage(title="Bộ sưu tập", slug="bo-suu-tap"))


def test_staff_create_and_publish_a_collection(staff_client, collections):
    chosen = ProductFactory(title="Hộp quà mật ong")
    ProductFactory(title="Không chọn")
    url = reverse("wagtailadmin_pages:add", args=["cms", "collectionpage", collections.pk])

    response = staff_client.post(
        url,
        nested_form_data(
            {
                "title": "Quà Tết",
                "slug": "qua-tet",
                "intro": rich_text("<p>Quà biếu Tết.</p>"),
                "source": "chosen",
                "products": streamfield([("product", chosen.pk)]),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302
    collection = CollectionPage.objects.get(slug="qua-tet")
    assert collection.live
    html = soup(staff_client.get(collection.url))
    assert html.select_one("main h1").get_text() == "Quà Tết"
    assert [a.get_text(strip=True) for a in html.select("main .product-card__title a")] == [
        "Hộp quà mật ong"
    ]
    assert collection in soup_collections(staff_client, collections)


def test_wagtail_tells_staff_in_vietnamese_that_a_page_is_published(staff_client, collections):
    response = staff_client.post(
        reverse("wagtailadmin_pages:add", args=["cms", "collectionpage", collections.pk]),
        nested_form_data(
            {
                "title": "Đặc sản miền Trung",
                "slug": "dac-san-mien-trung",
                "intro": rich_text(""),
                "source": ProductRule.NEWEST,
                "products": streamfield([]),
                "action-publish": "publish",
            }
        ),
        follow=True,
    )

    messages = [str(message) for message in response.context["messages"]]
    assert messages[0].startswith("Đã tạo và xuất bản trang “Đặc sản miền Trung”.")


def soup_collections(client, collections):
    html = soup(client.get(collections.url))
    titles = [a.get_text() for a in html.select("main .news-card__title a")]
    return [c for c in CollectionPage.objects.all() if c.title in titles]


def test_a_rule_based_collection_is_paginated(client, collections):
    for _ in range(3):
        ProductFactory(ocop_stars=5)
    collection = collections.add_child(
        instance=CollectionPage(
            title="OCOP 5 sao", slug="ocop-5-sao", source=ProductRule.NEWEST_FIVE_STARS
        )
    )
    collection.products_per_page = 2
    CollectionPage.products_per_page = 2
    try:
        first = soup(client.get(collection.url))
        second = soup(client.get(collection.url, {"page": 2}))
    finally:
        CollectionPage.products_per_page = 24

    assert len(first.select("main .product-card")) == 2
    assert len(second.select("main .product-card")) == 1
    assert first.select_one('main a[rel="next"]')


def shift_schedule(page, revision, delta: datetime.timedelta) -> None:
    """Moves the page's schedule `delta` earlier, as if that much time had passed."""
    for field in ("go_live_at", "expire_at"):
        value = revision.content[field]
        if isinstance(value, str):
            value = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        revision.content[field] = (value - delta).isoformat()
    if revision.approved_go_live_at:
        revision.approved_go_live_at -= delta
    revision.save()
    type(page).objects.filter(pk=page.pk).update(
        go_live_at=page.go_live_at - delta, expire_at=page.expire_at - delta
    )


def test_a_scheduled_collection_appears_and_disappears_on_time(client, collections):
    ProductFactory(ocop_stars=5)
    now = timezone.now()
    collection = CollectionPage(
        title="Quà Tết",
        slug="qua-tet",
        source=ProductRule.NEWEST_FIVE_STARS,
        live=False,
        go_live_at=now + datetime.timedelta(days=30),
        expire_at=now + datetime.timedelta(days=60),
    )
    collections.add_child(instance=collection)
    revision = collection.save_revision()
    revision.publish()
    url = "/bo-suu-tap/qua-tet/"

    call_command("publish_scheduled")
    assert client.get(url).status_code == 404  # scheduled, not yet live

    shift_schedule(collection, revision, datetime.timedelta(days=31))  # go-live has passed
    call_command("publish_scheduled")
    assert client.get(url).status_code == 200
    assert "Quà Tết" in [a.get_text() for a in soup(client.get(collections.url)).select("main a")]

    collection.refresh_from_db()
    revision.refresh_from_db()
    shift_schedule(collection, revision, datetime.timedelta(days=30))  # expiry has passed
    call_command("publish_scheduled")
    assert client.get(url).status_code == 404
    assert CollectionPage.objects.get(pk=collection.pk).expired


def test_information_page_shows_its_text(client, home_page):
    home_page.add_child(
        instance=InformationPage(
            title="Chính sách bảo vệ dữ liệu cá nhân",
            slug="chinh-sach-bao-mat",
            body="<h2>Dữ liệu được thu thập</h2><p>Họ tên, e-mail.</p>",
            effective_date=datetime.date(2026, 7, 1),
        )
    )

    html = soup(client.get("/chinh-sach-bao-mat/"))

    assert html.select_one("main h1").get_text() == "Chính sách bảo vệ dữ liệu cá nhân"
    assert html.select_one("main .rich-text h2").get_text() == "Dữ liệu được thu thập"
    assert [li.get_text(strip=True) for li in html.select("main .breadcrumb li")] == [
        "Trang chủ",
        "Chính sách bảo vệ dữ liệu cá nhân",
    ]


@pytest.fixture
def contact_page(home_page):
    page = ContactPage(
        title="Liên hệ", slug="lien-he", to_address="hotro@cho-htx.vn", subject="Liên hệ mới"
    )
    page.form_fields.add(
        ContactFormField(label="Họ và tên", field_type="singleline", required=True)
    )
    page.form_fields.add(ContactFormField(label="Nội dung", field_type="multiline", required=True))
    home_page.add_child(instance=page)
    return page


VALID = {"ho_va_ten": "Nguyễn Thị Lan", "noi_dung": "Tôi muốn hỏi về đơn hàng."}


def test_contact_form_stores_and_emails_a_valid_message(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_page.url, VALID)

    assert response.status_code == 200
    assert "Cảm ơn" in soup(response).select_one("main").get_text() or response.templates
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["noi_dung"] == "Tôi muốn hỏi về đơn hàng."
    assert "website" not in submission.form_data
    assert mail.outbox[0].to == ["hotro@cho-htx.vn"]
    assert "Nguyễn Thị Lan" in mail.outbox[0].body


def test_contact_form_rejects_an_empty_message(client, contact_page):
    response = client.post(contact_page.url, {})

    assert response.status_code == 200
    assert soup(response).select("main .invalid-feedback")
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_contact_form_rejects_what_a_robot_filled_in_the_hidden_field(client, contact_page):
    response = client.post(contact_page.url, {**VALID, "website": "http://spam.example"})

    assert soup(response).select_one("main .alert-danger")
    assert not FormSubmission.objects.exists()


def test_contact_form_limits_messages_per_address_and_hour(client, contact_page):
    for _ in range(5):
        client.post(contact_page.url, VALID)

    response = client.post(contact_page.url, VALID)

    assert "đường dây nóng" in soup(response).select_one("main .alert-danger").get_text()
    assert FormSubmission.objects.count() == 5


@pytest.fixture
def news_index(home_page):
    return home_page.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))


def add_news(news_index, day, **fields):
    page = NewsPage(
        title=f"Tin ngày {day}",
        slug=f"tin-{day}",
        date=datetime.date(2026, 10, day),
        intro=f"Tóm tắt {day}.",
        body="<p>Nội dung.</p>",
        **fields,
    )
    news_index.add_child(instance=page)
    return page


def test_news_by_category_and_tag(client, news_index):
    fairs = NewsCategory.objects.create(name="Hội chợ", slug="hoi-cho")
    fair = add_news(news_index, 1, author="Phòng Kinh tế")
    fair.categories.add(fairs)
    fair.tags.add("OCOP")
    fair.save_revision().publish()
    add_news(news_index, 2)

    by_category = soup(client.get(news_index.url, {"category": "hoi-cho"}))
    by_tag = soup(client.get(news_index.url, {"tag": "OCOP"}))
    article = soup(client.get(fair.url))

    assert [a.get_text() for a in by_category.select("main .news-card__title a")] == ["Tin ngày 1"]
    assert [a.get_text() for a in by_tag.select("main .news-card__title a")] == ["Tin ngày 1"]
    assert "Phòng Kinh tế" in article.select_one("main .news-article__date").get_text()
    assert article.select_one('main a[href="/tin-tuc/?category=hoi-cho"]')


def test_news_article_shows_its_related_products(client, news_index):
    product = ProductFactory(title="Cà phê Ea Tu")
    hidden = ProductFactory(title="Đã ẩn", is_public=False)
    article = add_news(news_index, 3, related=[("product", product), ("product", hidden)])

    html = soup(client.get(article.url))

    assert [a.get_text(strip=True) for a in html.select("main .product-card__title a")] == [
        "Cà phê Ea Tu"
    ]


def test_news_feed_is_atom_with_the_newest_articles(client, news_index):
    add_news(news_index, 1)
    add_news(news_index, 2)

    response = client.get("/tin-tuc/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = soup(response)
    assert [t.get_text() for t in feed.select("entry title")] == ["Tin ngày 2", "Tin ngày 1"]
    html = soup(client.get(news_index.url))
    assert html.select_one('link[rel="alternate"][type="application/atom+xml"]')["href"] == (
        "/tin-tuc/feed/"
    )
