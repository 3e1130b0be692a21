"""A seller's listing waits for the province's staff; the approved version stays public."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from catalogue.models import Product
from listings.models import ListingRevision, ModerationPolicy
from listings.services import listing_approve, listing_reject
from tests.factories import CertificationFactory, ProductClassFactory

from .forms import form_data

pytestmark = pytest.mark.django_db

XSS = (
    '<p onclick="steal()">Ngon <script>alert(1)</script><img src=x onerror="alert(2)">'
    '<a href="https://vi.wikipedia.org/wiki/OCOP" style="color:red">OCOP</a></p>'
    '<iframe src="https://evil.example"></iframe>'
)


@pytest.fixture
def seller_client(client, world):
    client.force_login(world["seller_a"])
    return client


def product_page(client, product) -> str:
    return client.get(product.get_absolute_url()).content.decode()


def edit(client, product, **changes):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def test_the_product_form_has_the_ocop_facts_and_no_cooperative_choice(seller_client, world):
    CertificationFactory()
    url = reverse("dashboard:catalogue-product", kwargs={"pk": world["product_a"].pk})
    page = BeautifulSoup(seller_client.get(url).content.decode(), "html.parser")
    for name in (
        "ocop_stars_claim",
        "certifications_claim",
        "origin_province",
        "origin_commune",
        "unit",
        "shelf_life_days",
    ):
        assert page.select_one(f'[name="{name}"]') is not None, name
    assert page.select_one('[name="cooperative"]') is None
    assert page.select_one('[name="is_public"]') is None
    partner = page.select_one('[name="stockrecords-0-partner"]')
    assert partner["type"] == "hidden"
    assert partner["value"] == str(world["coop_a"].partner_id)


def test_a_new_listing_is_hidden_until_approved_with_the_confirmed_rating(
    seller_client, client, world
):
    product_class = ProductClassFactory(name="Sản phẩm OCOP")
    url = reverse(
        "dashboard:catalogue-product-create", kwargs={"product_class_slug": product_class.slug}
    )
    data = form_data(seller_client.get(url))
    category = world["product_a"].categories.first()
    certification = CertificationFactory()
    data.update(
        {
            "title": "Mật ong hoa cà phê",
            "description": "<p>Mật ong <strong>nguyên chất</strong></p>",
            "ocop_stars_claim": "5",
            "certifications_claim": [str(certification.pk)],
            "origin_province": str(world["coop_a"].province),
            "origin_commune": str(world["coop_a"].commune),
            "unit": "Chai 500 ml",
            "shelf_life_days": "720",
            "stockrecords-0-partner_sku": "MO-500",
            "stockrecords-0-price": "180000",
            "stockrecords-0-num_in_stock": "30",
        }
    )
    data[next(key for key in data if key.endswith("-0-category"))] = str(category.pk)
    response = seller_client.post(url, data)
    assert response.status_code == 302, [
        (response.context[name].errors, response.context[name].non_form_errors())
        for name in ("stockrecord_formset", "category_formset", "image_formset")
    ]
    product = Product.objects.get(title="Mật ong hoa cà phê")
    assert product.cooperative == world["coop_a"]
    assert not product.is_public
    assert product.ocop_stars is None
    assert product.stockrecords.get().partner == world["coop_a"].partner
    revision = ListingRevision.objects.get(product=product)
    assert revision.is_new_listing and revision.data["ocop_stars"] == 5
    seller_client.logout()
    assert client.get(product.get_absolute_url()).status_code == 404

    listing_approve(revision=revision, decided_by=world["staff_a"], ocop_stars=4, certifications=[])
    page = product_page(client, product)
    assert "Mật ong hoa cà phê" in page
    assert "OCOP 4" in page or "4 sao" in page
    assert "5 sao" not in page


def test_an_edit_stays_invisible_until_approved(seller_client, client, world):
    product = world["product_a"]
    response = edit(seller_client, product, title="Cà phê A mới", description="<p>Mới</p>")
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.title == "Cà phê A"
    revision = ListingRevision.objects.get(product=product, status="pending")
    assert revision.data["title"] == "Cà phê A mới"
    # The seller's form shows what waits.
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    assert 'value="Cà phê A mới"' in seller_client.get(url).content.decode()
    seller_client.logout()
    assert "Cà phê A mới" not in product_page(client, product)

    listing_approve(revision=revision, decided_by=world["staff_a"], ocop_stars=4, certifications=[])
    assert "Cà phê A mới" in product_page(client, product)


def test_a_rejection_keeps_the_approved_version_and_shows_the_reason(seller_client, client, world):
    product = world["product_a"]
    edit(seller_client, product, title="Cà phê số 1 thế giới")
    revision = ListingRevision.objects.get(product=product, status="pending")
    listing_reject(revision=revision, decided_by=world["staff_a"], reason="Tên quảng cáo quá mức")
    assert "Cà phê A" in product_page(client, product)
    start = seller_client.get(reverse("dashboard:index")).content.decode()
    assert "Tên quảng cáo quá mức" in start


def test_an_ocop_claim_is_not_a_rating_before_confirmation(seller_client, client, world):
    product = world["product_a"]
    Product.objects.filter(pk=product.pk).update(ocop_stars=None)
    edit(seller_client, product, ocop_stars_claim="5")
    page = product_page(client, product)
    assert "ocop-badge" not in page
    revision = ListingRevision.objects.get(product=product, status="pending")
    assert revision.data["ocop_stars"] == 5


def test_a_small_price_change_skips_review_a_large_one_waits(seller_client, world):
    product = world["product_a"]
    ModerationPolicy.objects.create(province=world["coop_a"].province, price_change_free_percent=10)
    stockrecord = product.stockrecords.get()
    edit(
        seller_client,
        product,
        **{"stockrecords-0-price": "130000", "stockrecords-0-num_in_stock": "7"},
    )
    stockrecord.refresh_from_db()
    assert (stockrecord.price, stockrecord.num_in_stock) == (130000, 7)
    assert not ListingRevision.objects.filter(product=product).exists()
    edit(seller_client, product, **{"stockrecords-0-price": "200000"})
    stockrecord.refresh_from_db()
    assert stockrecord.price == 130000
    assert ListingRevision.objects.get(product=product).data["price"] == "200000.00"


def test_descriptions_are_sanitised_on_save_and_on_every_page(seller_client, client, world):
    product = world["product_a"]
    edit(seller_client, product, description=XSS)
    revision = ListingRevision.objects.get(product=product, status="pending")
    for stored in (revision.data["description"],):
        assert "<script" not in stored and "onerror" not in stored and "onclick" not in stored
        assert "iframe" not in stored and "style=" not in stored
        assert 'rel="nofollow ugc"' in stored
    client.force_login(world["staff_a"])
    diff = client.get(reverse("dashboard:province-revision-detail", kwargs={"pk": revision.pk}))
    body = diff.content.decode()
    assert "<script>alert(1)" not in body and "onerror=" not in body
    assert '<a href="https://vi.wikipedia.org/wiki/OCOP" rel="nofollow ugc">' in body
    listing_approve(revision=revision, decided_by=world["staff_a"], ocop_stars=4, certifications=[])
    Product.objects.filter(pk=product.pk).update(description=XSS)  # a raw payload in the table
    client.logout()
    page = product_page(client, product)
    assert "<script>alert(1)" not in page and "onerror=" not in page and "<iframe" not in page
    assert 'rel="nofollow ugc"' in page


def test_staff_approve_from_the_queue_with_a_side_by_side_diff(seller_client, client, world):
    product = world["product_a"]
    edit(seller_client, product, title="Cà phê A đặc biệt")
    revision = ListingRevision.objects.get(product=product, status="pending")
    client.force_login(world["staff_a"])
    queue = client.get(reverse("dashboard:province-revision-list")).content.decode()
    assert "Cà phê A đặc biệt" in queue
    url = reverse("dashboard:province-revision-detail", kwargs={"pk": revision.pk})
    page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    row = page.select_one("table.revision-diff tr.table-warning")
    assert "Cà phê A" in row.text and "Cà phê A đặc biệt" in row.text
    response = client.post(url, {"action": "approve", "ocop_stars": "4"})
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.title == "Cà phê A đặc biệt"


def test_suspended_cooperatives_products_leave_the_public_list(client, world):
    from cooperatives.services import cooperative_suspend

    cooperative_suspend(cooperative=world["coop_a"], suspended_by=world["staff_a"], reason="Lý do")
    assert client.get(world["product_a"].get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.jpg", b"%PDF-1.4 not an image", "không phải"),
        ("anh.png", "bomb", "quá nhiều điểm ảnh"),
        ("anh.png", "big", "quá lớn"),
    ],
)
def test_product_pictures_are_checked(seller_client, world, settings, name, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import image_bytes

    if content == "bomb":
        settings.IMAGE_MAX_PIXELS = 300 * 300
        content = image_bytes("PNG", size=(400, 400))
    elif content == "big":
        settings.IMAGE_MAX_UPLOAD_BYTES = 1000
        content = image_bytes("PNG", size=(400, 400))
    product = world["product_a"]
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = form_data(seller_client.get(url))
    field = next(key for key in data if key.endswith("-0-display_order")).replace(
        "display_order", "original"
    )
    data[field] = SimpleUploadedFile(name, content)
    response = seller_client.post(url, data)
    assert response.status_code == 200
    errors = str(response.context["image_formset"].errors)
    assert message in errors
    assert not product.images.exists()


def test_staff_of_the_province_only_are_told_of_a_listing_to_review(
    seller_client, world, django_capture_on_commit_callbacks
):
    from django.core import mail

    with django_capture_on_commit_callbacks(execute=True):
        edit(seller_client, world["product_a"], title="Cà phê A loại đặc biệt")
    recipients = [address for message in mail.outbox for address in message.to]
    assert "canbo-daklak@example.com" in recipients
    assert "canbo-hanoi@example.com" not in recipients


def test_a_new_picture_on_an_approved_listing_waits_for_approval(seller_client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import image_bytes

    product = world["product_a"]
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = form_data(seller_client.get(url))
    field = next(key for key in data if key.endswith("-0-display_order")).replace(
        "display_order", "original"
    )
    data[field] = SimpleUploadedFile("moi.png", image_bytes("PNG"))
    assert seller_client.post(url, data).status_code == 302
    assert not product.images.exists()
    revision = ListingRevision.objects.get(product=product, status="pending")
    assert len(revision.data["images"]["add"]) == 1
    listing_approve(revision=revision, decided_by=world["staff_a"], ocop_stars=4, certifications=[])
    assert product.images.count() == 1
