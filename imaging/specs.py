"""The renditions the templates show, declared once as data.

A spec is a box (width × height, in px of a 2x screen) and how a picture fills it: "crop" covers
the box and cuts what spills over, centred; "pad" fits inside it on a white ground (logos);
"fit" fits inside it, keeping the picture's own shape. Each spec is made at its box size and at
half of it (the 2x and 1x of a srcset), never larger than the source, in WebP and, where this
Pillow can write it, AVIF.

SOURCES says which spec a model's file field needs; a save of such a row enqueues the missing
renditions of its file (signals.py). A template asks for one by name:
{% rendition file "product-400x400" as rendered %}.
"""

from dataclasses import dataclass

from PIL import features


@dataclass(frozen=True)
class Spec:
    name: str
    width: int
    height: int
    mode: str  # "crop", "pad" or "fit"


SPECS = {
    spec.name: spec
    for spec in (
        Spec("product-400x400", 400, 400, "crop"),  # product card
        Spec("product-800x800", 800, 800, "crop"),  # product page
        Spec("product-96x96", 96, 96, "crop"),  # product page, the strip of photos
        Spec("product-160x160", 160, 160, "crop"),  # basket line (80 px)
        Spec("product-192x192", 192, 192, "crop"),  # category tile
        Spec("logo-192x192", 192, 192, "pad"),  # cooperative logo (56–96 px)
        Spec("cover-640x240", 640, 240, "crop"),  # cooperative card
        Spec("cover-1200x360", 1200, 360, "crop"),  # cooperative page
        Spec("step-640x640", 640, 640, "fit"),  # traceability diary photo
    )
}

PRODUCT_SPECS = tuple(name for name in SPECS if name.startswith("product-"))

# (model label, file field) → the specs its file needs
SOURCES = {
    ("catalogue.ProductImage", "original"): PRODUCT_SPECS,
    ("cooperatives.Cooperative", "logo"): ("logo-192x192",),
    ("cooperatives.Cooperative", "cover_image"): ("cover-640x240", "cover-1200x360"),
    ("traceability.Step", "photo"): ("step-640x640",),
}

FORMATS = ("avif", "webp") if features.check("avif") else ("webp",)
