"""The renditions the templates show, declared once as data.

A spec is a box (width × height, in px of a 2x screen) and how a picture fills it: "crop" covers
the box and cuts what spills over, centred; "pad" fits inside it on a white ground (logos);
"fit" fits inside it, keeping the picture's own shape. Each spec is made at each of its widths (the
srcset's; the template's `sizes` lets the browser choose), never larger than the source, in WebP
and, where this Pillow can write it, AVIF.

SOURCES says which spec a model's file field needs; a save of such a row enqueues the missing
renditions of its file (signals.py). A template asks for one by name:
{% rendition file "product" as rendered %}.
"""

from dataclasses import dataclass

from PIL import features


@dataclass(frozen=True)
class Spec:
    name: str
    width: int  # the largest box
    height: int
    mode: str  # "crop", "pad" or "fit"
    widths: tuple[int, ...]  # the srcset's widths, the largest last (= width)


SPECS = {
    spec.name: spec
    for spec in (
        # Product pictures: one square srcset serves the card (≈200 px), the product page
        # (≈560 px), its strip of photos (64 px), the basket (80 px) and category tiles (96 px).
        Spec("product", 800, 800, "crop", (96, 192, 400, 800)),
        Spec("logo", 192, 192, "pad", (96, 192)),  # cooperative logo (56–96 px)
        Spec("cover", 640, 240, "crop", (320, 640)),  # cooperative card
        Spec("cover-wide", 1200, 360, "crop", (600, 1200)),  # cooperative page
        Spec("step", 640, 640, "fit", (320, 640)),  # traceability diary photo
    )
}

PRODUCT_SPECS = ("product",)

# (model label, file field) → the specs its file needs
SOURCES = {
    ("catalogue.ProductImage", "original"): PRODUCT_SPECS,
    ("cooperatives.Cooperative", "logo"): ("logo",),
    ("cooperatives.Cooperative", "cover_image"): ("cover", "cover-wide"),
    ("traceability.Step", "photo"): ("step",),
}

FORMATS = ("avif", "webp") if features.check("avif") else ("webp",)
