"""Renditions are made by a task after a picture is saved, once per stored file, and the cards
show them with srcset, width and height."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from PIL import Image
from sorl.thumbnail import default as sorl

from catalogue.models import ProductImage
from imaging.models import Rendition
from imaging.renditions import renditions_generate
from imaging.specs import FORMATS, PRODUCT_SPECS, SPECS
from tests.factories import CooperativeFactory, ProductFactory
from tests.html import jpeg

pytestmark = pytest.mark.django_db


def product_image(name="san-pham.jpg", size=(1200, 800)):
    product = ProductFactory()
    return ProductImage.objects.create(
        product=product, original=ContentFile(jpeg(*size), name=name), display_order=0
    )


def test_saving_a_product_picture_makes_its_renditions_after_the_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        image = product_image()
    assert not Rendition.objects.exists()  # nothing before the commit
    for callback in callbacks:
        callback()
    rendition = Rendition.objects.get(source=image.original.name)
    assert set(rendition.specs) == set(PRODUCT_SPECS)
    card = rendition.specs["product"]
    assert (card["width"], card["height"]) == (800, 800)
    assert [entry["width"] for entry in card["files"]] == [96, 192, 400, 800]
    for entry in card["files"]:
        for image_format in FORMATS:
            with default_storage.open(entry[image_format]) as file, Image.open(file) as picture:
                assert picture.format == image_format.upper()
                assert picture.width == entry["width"]


def test_a_small_picture_is_never_enlarged(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = product_image(size=(300, 240))
    card = Rendition.objects.get(source=image.original.name).specs["product"]
    assert (card["width"], card["height"]) == (240, 240)
    assert [entry["width"] for entry in card["files"]] == [96, 192, 240]


def test_the_task_is_idempotent(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = product_image()
    rendition = Rendition.objects.get()
    names = sorted(entry["webp"] for spec in rendition.specs.values() for entry in spec["files"])
    renditions_generate(source=image.original.name, specs=PRODUCT_SPECS)
    renditions_generate(source=image.original.name, specs=PRODUCT_SPECS)
    rendition.refresh_from_db()
    assert Rendition.objects.count() == 1
    assert names == sorted(
        entry["webp"] for spec in rendition.specs.values() for entry in spec["files"]
    )
    folder = names[0].rsplit("/", 1)[0]
    _dirs, files = default_storage.listdir(folder)
    assert len(files) == len(SPECS["product"].widths) * len(FORMATS)  # no second copy of any


def test_a_stored_file_shared_by_many_products_is_rendered_once(
    django_capture_on_commit_callbacks,
):
    name = default_storage.save("images/products/chung.jpg", ContentFile(jpeg()))
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            ProductImage.objects.create(product=ProductFactory(), original=name)
    card = Rendition.objects.get(source=name).specs["product"]
    _dirs, files = default_storage.listdir(card["files"][0]["webp"].rsplit("/", 1)[0])
    assert len(files) == len(SPECS["product"].widths) * len(FORMATS)


def test_a_product_card_shows_the_renditions_with_srcset_and_size(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        image = product_image()
    html = render_to_string(
        "oscar/catalogue/partials/product_image.html",
        {"image": image, "size": "400x400", "width": 400, "height": 400, "alt": "Cà phê"},
    )
    srcset = ", ".join(
        f"/media/{entry['webp']} {entry['width']}w"
        for entry in Rendition.objects.get().specs["product"]["files"]
    )
    assert "<picture>" in html
    assert f'srcset="{srcset}"' in html and " 96w, " in html and " 800w" in html
    assert 'width="400" height="400"' in html and 'loading="lazy"' in html
    assert "sizes=" in html
    if "avif" in FORMATS:
        assert 'type="image/avif"' in html


def test_rendering_a_card_with_renditions_asks_no_thumbnail(
    django_capture_on_commit_callbacks, django_assert_num_queries, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        image = product_image()
    context = {"image": image, "size": "400x400", "width": 400, "height": 400, "alt": ""}
    render_to_string("oscar/catalogue/partials/product_image.html", context)  # warm
    monkeypatch.setattr(sorl.backend, "get_thumbnail", None)  # any thumbnail call would fail
    with django_assert_num_queries(0):
        render_to_string("oscar/catalogue/partials/product_image.html", context)


def test_without_renditions_yet_the_card_falls_back_on_a_thumbnail(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False):
        image = product_image()
    html = render_to_string(
        "oscar/catalogue/partials/product_image.html",
        {"image": image, "size": "400x400", "width": 400, "height": 400, "alt": ""},
    )
    assert "<picture>" not in html and "/media/cache/" in html


def test_a_cooperative_logo_and_cover_are_rendered(django_capture_on_commit_callbacks):
    cooperative = CooperativeFactory()
    with django_capture_on_commit_callbacks(execute=True):
        cooperative.logo = ContentFile(jpeg(400, 400), name="logo.jpg")
        cooperative.cover_image = ContentFile(jpeg(1600, 600), name="cover.jpg")
        cooperative.save()
    logo = Rendition.objects.get(source=cooperative.logo.name).specs["logo"]
    assert (logo["width"], logo["height"]) == (192, 192)
    cover = Rendition.objects.get(source=cooperative.cover_image.name).specs
    assert (cover["cover-wide"]["width"], cover["cover-wide"]["height"]) == (1200, 360)
    html = render_to_string(
        "cooperatives/partials/cooperative_logo.html", {"cooperative": cooperative, "size": 56}
    )
    assert 'class="coop-logo"' in html and 'width="56" height="56"' in html
    assert 'sizes="56px"' in html and "96w" in html and "192w" in html


@pytest.mark.parametrize("size", [(657, 197), (335, 100)])
def test_a_picture_whose_crop_rounds_past_its_edge_is_rendered(
    size, django_capture_on_commit_callbacks
):
    cooperative = CooperativeFactory()
    with django_capture_on_commit_callbacks(execute=True):
        cooperative.cover_image = ContentFile(jpeg(*size), name="cover.jpg")
        cooperative.save()
    cover = Rendition.objects.get(source=cooperative.cover_image.name).specs["cover"]
    assert cover["height"] == size[1]
