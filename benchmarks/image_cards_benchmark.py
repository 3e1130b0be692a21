"""Card image benchmark: the cost of one product card's picture (the product_image partial),
for a page of 24 cards with pictures of their own, rendered from the precomputed renditions
(imaging) and through sorl-thumbnail's lookup (the fallback, and what every card did before).
Prints ms per card, SQL queries and cache calls per card, and the time to make one file's
renditions. Not a test.

    su postgres -c "createdb -O chohtx chohtx_images_bench"
    DATABASE_URL=postgres://chohtx:chohtx@127.0.0.1:5432/chohtx_images_bench \\
    REDIS_URL=redis://127.0.0.1:6379/15 .venv/bin/python benchmarks/image_cards_benchmark.py

With REDIS_URL, sorl's key-value store is read from Redis, as in production.
"""

import argparse
import os
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.dev")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SEARCH_ENABLED", "false")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="image-bench-"))
os.environ.setdefault("CACHE_KEY_PREFIX", "image-bench")

CARDS = 24


def picture(index: int) -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (1200, 900), (index * 9 % 256, 120, 200 - index * 5 % 200)).save(
        buffer, "JPEG", quality=90
    )
    return buffer.getvalue()


def images_make():
    from django.core.files.base import ContentFile

    from catalogue.models import Product, ProductClass, ProductImage

    product_class, _ = ProductClass.objects.get_or_create(name="Bench", slug="bench")
    images = []
    for index in range(CARDS):
        product, _ = Product.objects.get_or_create(
            upc=f"image-bench-{index}",
            defaults={"title": f"Bench {index}", "product_class": product_class},
        )
        product.images.all().delete()
        images.append(
            ProductImage.objects.create(
                product=product,
                original=ContentFile(picture(index), name=f"bench-{index}.jpg"),
                display_order=0,
            )
        )
    return images


def cards_time(images, rounds: int) -> tuple[float, float, float]:
    """ms, SQL queries and cache calls per card, over `rounds` pages of 24 cards."""
    from django.core.cache import cache
    from django.db import connection
    from django.template.loader import get_template
    from django.test.utils import CaptureQueriesContext

    template = get_template("oscar/catalogue/partials/product_image.html")
    calls = 0
    original_get = cache.get

    def counting_get(*args, **kwargs):
        nonlocal calls
        calls += 1
        return original_get(*args, **kwargs)

    contexts = [
        {"image": image, "size": "400x400", "width": 400, "height": 400, "alt": ""}
        for image in images
    ]
    for context in contexts:  # warm: thumbnails made, memo filled
        template.render(context)
    cache.get = counting_get
    try:
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            for _ in range(rounds):
                for context in contexts:
                    template.render(context)
            elapsed = time.perf_counter() - start
    finally:
        cache.get = original_get
    cards = rounds * len(contexts)
    return elapsed * 1000 / cards, len(queries) / cards, calls / cards


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=50, help="pages of 24 cards to render")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command

    from imaging.models import Rendition
    from imaging.renditions import renditions_generate
    from imaging.selectors import rendition_memo_clear
    from imaging.specs import FORMATS, PRODUCT_SPECS, SPECS

    call_command("migrate", verbosity=0)
    from django.test.utils import override_settings

    # The saves must not make the renditions yet: the first measure is sorl's path.
    with override_settings(CELERY_TASK_ALWAYS_EAGER=False, CELERY_BROKER_URL="memory://"):
        images = images_make()
    Rendition.objects.filter(source__in=[image.original.name for image in images]).delete()
    rendition_memo_clear()
    sorl = cards_time(images, args.rounds)

    start = time.perf_counter()
    for image in images:
        renditions_generate(source=image.original.name, specs=PRODUCT_SPECS)
    made = (time.perf_counter() - start) / len(images)
    ours = cards_time(images, args.rounds)

    print(f"{CARDS} cards × {args.rounds} pages, renditions in {', '.join(FORMATS)}")
    print(f"{'path':<28}{'ms/card':>10}{'SQL/card':>10}{'cache/card':>12}")
    for label, (ms, sql, calls) in (("sorl thumbnail lookup", sorl), ("stored renditions", ours)):
        print(f"{label:<28}{ms:>10.3f}{sql:>10.2f}{calls:>12.2f}")
    print(
        f"making one picture's renditions ({len(SPECS['product'].widths)} widths × "
        f"{len(FORMATS)} formats): {made:.2f} s"
    )


if __name__ == "__main__":
    main()
