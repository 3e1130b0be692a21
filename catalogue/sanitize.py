"""Seller-written rich text, cleaned on save with an allow-list (nh3)."""

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
    "ul", "ol", "li", "h3", "h4", "a",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def rich_text_clean(html: str) -> str:
    """Formatting, lists and links (rel="nofollow ugc"); scripts, event handlers, styles,
    iframes and every other tag or attribute are dropped."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="nofollow ugc",
        strip_comments=True,
    ).strip()
