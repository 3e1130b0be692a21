"""The Wagtail choosers for products, categories and cooperatives, and every admin screen the
project adds, as province staff see them; sellers never reach Wagtail's admin."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.models import CollectionIndexPage
from cooperatives.models import Cooperative
from tests.factories import HA_NOI, CooperativeFactory, ProductFactory, UserFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def chosen_titles(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select("a[data-chooser-modal-choice]")]


def results(client, name: str, **params):
    response = client.get(reverse(f"{name}:choose_results"), params)
    assert response.status_code == 200
    return chosen_titles(response)


def test_every_chooser_and_admin_screen_answers_staff(staff_client, home_page):
    ProductFactory(title="Cà phê rang mộc")
    collections = home_page.add_child(instance=CollectionIndexPage(title="Bộ sưu tập"))
    urls = [
        reverse("product_chooser:choose"),
        reverse("product_chooser:choose_results"),
        reverse("category_chooser:choose"),
        reverse("cooperative_chooser:choose"),
        reverse("deletion_requests:index"),
        reverse("wagtailsettings:edit", args=["cms", "sitesettings", home_page.get_site().pk]),
        reverse("wagtailsnippets_cms_newscategory:list"),
        reverse("wagtailadmin_pages:edit", args=[home_page.pk]),
        reverse("wagtailadmin_pages:add", args=["cms", "collectionpage", collections.pk]),
        reverse("wagtailadmin_pages:add", args=["cms", "informationpage", home_page.pk]),
        reverse("wagtailadmin_pages:add", args=["cms", "newsindexpage", home_page.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
    ]
    for url in urls:
        assert staff_client.get(url).status_code == 200, url


def test_product_chooser_lists_only_public_products_of_approved_cooperatives(staff_client):
    ProductFactory(title="Mật ong rừng")
    ProductFactory(title="Mật ong ẩn", is_public=False)
    ProductFactory(
        title="Mật ong chờ duyệt",
        cooperative=CooperativeFactory(status=Cooperative.Status.PENDING),
    )
    ProductFactory(
        title="Mật ong tạm ngừng",
        cooperative=CooperativeFactory(status=Cooperative.Status.SUSPENDED),
    )

    assert results(staff_client, "product_chooser") == ["Mật ong rừng"]


def test_product_chooser_searches_without_accents(staff_client):
    ProductFactory(title="Cà phê Robusta Đắk Lắk")
    ProductFactory(title="Trà atiso")

    assert results(staff_client, "product_chooser", q="ca phe dak") == ["Cà phê Robusta Đắk Lắk"]
    assert results(staff_client, "product_chooser", q="CÀ PHÊ") == ["Cà phê Robusta Đắk Lắk"]


def test_product_chooser_filters_by_cooperative_province_and_stars(staff_client):
    ha_noi = CooperativeFactory(province=HA_NOI, commune=None)
    ProductFactory(title="Gốm Bát Tràng", cooperative=ha_noi, ocop_stars=5, origin_commune=None)
    other = ProductFactory(title="Cà phê", ocop_stars=4)

    assert results(staff_client, "product_chooser", province=HA_NOI) == ["Gốm Bát Tràng"]
    assert results(staff_client, "product_chooser", ocop_stars=4) == ["Cà phê"]
    assert results(staff_client, "product_chooser", cooperative=other.cooperative.pk) == ["Cà phê"]


def test_cooperative_chooser_lists_approved_cooperatives_by_name(staff_client):
    CooperativeFactory(name="HTX Cà phê Ea Tu")
    CooperativeFactory(name="HTX Chờ duyệt", status=Cooperative.Status.PENDING)

    assert results(staff_client, "cooperative_chooser") == ["HTX Cà phê Ea Tu"]
    assert results(staff_client, "cooperative_chooser", q="ea tu") == ["HTX Cà phê Ea Tu"]


def test_category_chooser_searches_public_categories(staff_client):
    ProductFactory(categories=["Đồ uống > Cà phê", "Mật ong"])

    assert "Đồ uống > Cà phê" in results(staff_client, "category_chooser", q="ca phe")
    assert results(staff_client, "category_chooser", q="mat ong") == ["Mật ong"]


def test_a_seller_gets_no_wagtail_admin(client, home_page):
    cooperative = CooperativeFactory()
    seller = UserFactory(email="nguoiban@example.vn", is_staff=False)
    cooperative.partner.users.add(seller)
    client.force_login(seller)

    for url in (reverse("wagtailadmin_home"), reverse("product_chooser:choose")):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert reverse("wagtailadmin_login") in response["Location"]


def test_cooperative_chooser_filters_by_province(staff_client):
    CooperativeFactory(name="HTX Gốm Bát Tràng", province=HA_NOI, commune=None)
    CooperativeFactory(name="HTX Cà phê Ea Tu")

    assert results(staff_client, "cooperative_chooser", province=HA_NOI) == ["HTX Gốm Bát Tràng"]


def test_province_staff_may_edit_and_publish_pages_but_not_be_superusers(staff_user, home_page):
    permissions = Page.objects.get(pk=home_page.pk).permissions_for_user(staff_user)

    assert permissions.can_edit() and permissions.can_publish()
    assert not staff_user.is_superuser
    assert staff_user.has_perm("wagtailadmin.access_admin")
    assert staff_user.has_perm("cms.change_sitesettings")
