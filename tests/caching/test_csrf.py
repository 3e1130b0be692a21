"""The add-to-basket form of a cached card carries an empty CSRF field: the token goes in after
the cache (the visitor's cookie, or static/js/csrf.js), and the POST stays protected."""

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from tests.html import soup

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")


@pytest.fixture
def guarded():
    return Client(enforce_csrf_checks=True)


def card_form(client, product):
    response = client.get(product.cooperative.get_absolute_url())
    form = soup(response).select_one("form.product-card__form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input")}
    return form["action"], fields


def basket_lines() -> int:
    return sum(basket.num_lines for basket in Basket.objects.all())


def test_without_a_token_the_post_is_refused(guarded, product):
    action, fields = card_form(guarded, product)
    assert fields["csrfmiddlewaretoken"] == ""
    assert guarded.post(action, fields).status_code == 403
    assert basket_lines() == 0


def test_the_token_the_script_asks_for_adds_to_the_basket(guarded, product):
    action, fields = card_form(guarded, product)
    answer = guarded.get(reverse("csrf-token"))
    assert "no-store" in answer["Cache-Control"]
    # The script sends the cookie's secret as it reads it (Django accepts the unmasked secret).
    fields["csrfmiddlewaretoken"] = guarded.cookies["csrftoken"].value
    assert guarded.post(action, fields).status_code == 302
    assert basket_lines() == 1


def test_a_token_of_another_visitor_is_refused(guarded, product):
    other = Client()
    other.get(reverse("csrf-token"))
    guarded.get(reverse("csrf-token"))
    action, fields = card_form(guarded, product)
    fields["csrfmiddlewaretoken"] = other.cookies["csrftoken"].value
    assert guarded.post(action, fields).status_code == 403


def test_once_the_visitor_has_a_cookie_the_page_fills_the_form_itself(guarded, product):
    guarded.get(reverse("csrf-token"))
    action, fields = card_form(guarded, product)
    assert fields["csrfmiddlewaretoken"]  # works without JavaScript
    assert guarded.post(action, fields).status_code == 302
    assert basket_lines() == 1


def confirm(client, response):
    """The confirmation page's form, sent."""
    form = soup(response).select_one("main form")
    fields = {field["name"]: field.get("value", "") for field in form.select("input")}
    assert fields["csrfmiddlewaretoken"]
    return client.post(form["action"], fields)


@pytest.mark.parametrize("page", ["card", "product page"])
def test_without_javascript_a_first_add_to_the_basket_is_confirmed_then_done(
    guarded, product, page
):
    if page == "card":
        action, fields = card_form(guarded, product)
    else:
        response = guarded.get(product.get_absolute_url())
        form = soup(response).select_one("form#add_to_basket_form")
        action = form["action"]
        fields = {field["name"]: field.get("value", "") for field in form.select("input")}
        fields["quantity"] = "3"
    assert fields["csrfmiddlewaretoken"] == ""
    refused = guarded.post(action, fields)
    assert refused.status_code == 403
    assert basket_lines() == 0
    assert f"“{product.title}”" in soup(refused).select_one("h1").get_text()
    added = confirm(guarded, refused)
    assert added.status_code == 302
    assert added["Location"] == product.get_absolute_url()  # not the POST-only confirmation
    assert basket_lines() == 1
    expected = 3 if page == "product page" else 1
    assert Basket.objects.get().all_lines()[0].quantity == expected


def test_other_refused_posts_get_no_confirmation(guarded, product):
    guarded.get(product.get_absolute_url())
    refused = guarded.post(reverse("customer:login"), {"login-username": "a@example.com"})
    assert refused.status_code == 403
    assert soup(refused).select_one("main form") is None
