"""Helpers the page tests share: a response's HTML, parsed; a JPEG to upload."""

import io

from bs4 import BeautifulSoup
from PIL import Image


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def jpeg(width: int = 1200, height: int = 800, colour=(40, 120, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()
