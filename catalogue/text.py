"""Plain text from the HTML of descriptions, for meta tags, JSON-LD and snippets."""

import re
from html import unescape

from django.utils.html import strip_tags

# Tags that end a block of text: their content must not run into the next ("xỉu.Sản").
BLOCK_TAG = re.compile(
    r"<\s*/?\s*(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|hr)\b[^>]*>",
    re.IGNORECASE,
)


def text_from_html(html: str) -> str:
    """Readable plain text: blocks separated by a space, entities decoded, whitespace collapsed."""
    text = unescape(strip_tags(BLOCK_TAG.sub(" ", html or "")))
    return " ".join(text.split())
