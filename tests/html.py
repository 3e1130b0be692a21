"""Helpers the page tests share: a response's HTML, parsed; a JPEG and a PDF to upload."""

import io
import re

from bs4 import BeautifulSoup
from PIL import Image
from pypdf import PdfWriter


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def jpeg(width: int = 1200, height: int = 800, colour=(40, 120, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def card_titles(response) -> list[str]:
    """The titles of the product cards the page shows, in order."""
    return [link.get_text(strip=True) for link in soup(response).select(".product-card__title a")]


def card_ids(response) -> list[int]:
    """The ids of the products whose cards the page shows, in order (from the cards' links,
    which end in _<id>/)."""
    return [
        int(re.search(r"_(\d+)/$", link["href"]).group(1))
        for link in soup(response).select(".product-card__title a")
    ]


def pdf() -> bytes:
    """A real one-page PDF (uploads are opened with pypdf, so a bare header is refused)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
