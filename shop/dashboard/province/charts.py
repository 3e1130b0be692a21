"""Charts drawn on the server as SVG: no chart library, no script, readable without CSS."""

from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 22, 8, 220, 360, 120


def bar_chart_svg(*, rows: list[tuple[str, Decimal | int | None]], title: str) -> SafeString:
    """A horizontal bar chart of (label, value) rows, largest bar full width; labels are
    escaped."""
    rows = [(label or "", value or 0) for label, value in rows]
    largest = max((value for _label, value in rows), default=0) or 1
    height = max(len(rows), 1) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    bars = format_html_join(
        "",
        '<g><text x="{}" y="{}" text-anchor="end" font-size="13">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="#0b6e4f" rx="3"></rect>'
        '<text x="{}" y="{}" font-size="13">{} ₫</text></g>',
        (
            (
                LABEL_WIDTH - 8,
                GAP + index * (BAR_HEIGHT + GAP) + 16,
                label[:32],
                LABEL_WIDTH,
                GAP + index * (BAR_HEIGHT + GAP),
                max(int(BAR_WIDTH * value / largest), 1),
                BAR_HEIGHT,
                LABEL_WIDTH + max(int(BAR_WIDTH * value / largest), 1) + 6,
                GAP + index * (BAR_HEIGHT + GAP) + 16,
                f"{int(value):,}".replace(",", "."),
            )
            for index, (label, value) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" class="report-chart" '
        'viewBox="0 0 {} {}" width="{}" style="max-width: 100%; height: auto" '
        'aria-labelledby="report-chart-title">'
        '<title id="report-chart-title">{}</title>{}</svg>',
        width,
        height,
        width,
        title,
        bars,
    )
