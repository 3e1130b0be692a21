"""locale/oscar/vi: our Vietnamese for django-oscar's messages that Oscar's vi catalogue lacks."""

import re
from collections import Counter
from pathlib import Path

import oscar
import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

from tests.factories import ProductFactory

OUR_PO = settings.BASE_DIR / "locale" / "oscar" / "vi" / "LC_MESSAGES" / "django.po"
OSCAR_PO = Path(oscar.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"

# A printf-style placeholder: %s, %d, %(name)s, %.2f, ... (and %% for a literal percent sign).
PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?([diouxXeEfFgGcrsa%])")


def catalogue(path):
    with open(path, "rb") as po:
        return [message for message in read_po(po) if message.id]


def texts(value):
    return value if isinstance(value, tuple) else (value,)


def placeholders(text):
    """Named placeholders in any order, unnamed ones in order: what %-formatting needs."""
    found = PLACEHOLDER.findall(text)
    return Counter(f"{name}{kind}" for name, kind in found if name), [
        kind for name, kind in found if not name
    ]


def main_text(response):
    main = BeautifulSoup(response.content, "html.parser").select_one("main")
    return re.sub(r"[ \t\n]+", " ", main.get_text(" "))


def test_every_entry_is_translated_and_not_fuzzy():
    problems = [
        message.id
        for message in catalogue(OUR_PO)
        if message.fuzzy or not all(s.strip() for s in texts(message.string))
    ]

    assert problems == []


def test_every_translation_keeps_the_placeholders_of_its_msgid():
    problems = [
        (message.id, translation)
        for message in catalogue(OUR_PO)
        for translation in texts(message.string)
        if placeholders(translation) != placeholders(texts(message.id)[-1])
    ]

    assert problems == []


def test_every_msgid_is_one_of_oscars_so_the_entry_takes_effect():
    oscars = {(message.context, message.id) for message in catalogue(OSCAR_PO)}

    strays = [
        message.id for message in catalogue(OUR_PO) if (message.context, message.id) not in oscars
    ]

    assert strays == []


@pytest.mark.django_db
def test_adding_to_the_basket_tells_the_new_total_in_vietnamese(client):
    product = ProductFactory()

    response = client.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1}, follow=True
    )

    text = main_text(response)
    assert "Tổng giỏ hàng hiện là 125.000\xa0₫" in text
    assert "Your basket total" not in text


@pytest.mark.django_db
def test_the_basket_shows_how_many_are_in_stock_without_a_stray_space(client):
    product = ProductFactory(stockrecord__num_in_stock=8)
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})

    text = main_text(client.get(reverse("basket:summary")))

    assert "Còn hàng (8 sản phẩm)" in text
