"""QR labels: one GS1 Digital Link URI per QR code (segno), as PNG, SVG or an A4 sheet in PDF
(reportlab, with a vendored DejaVu font that has every Vietnamese diacritic)."""

import io
from dataclasses import dataclass
from datetime import date
from functools import cache

import segno
from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "ChoHTXSans"
FONT_BOLD = "ChoHTXSans-Bold"
COLUMNS, ROWS = 3, 8  # 24 labels of 70 × 37 mm: the common A4 sticker sheet
LABEL_WIDTH, LABEL_HEIGHT = 70 * mm, 37.125 * mm
PADDING = 3 * mm


@dataclass(frozen=True)
class LabelContent:
    uri: str
    product: str
    lot_code: str
    produced_on: date | None
    expires_on: date | None
    cooperative: str


def label_qr(*, uri: str) -> segno.QRCode:
    """Error correction M: a label survives a scratch or a fold."""
    return segno.make_qr(uri, error="m")


def label_png(*, uri: str, scale: int = 10) -> bytes:
    out = io.BytesIO()
    label_qr(uri=uri).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def label_svg(*, uri: str, scale: int = 10) -> bytes:
    out = io.BytesIO()
    label_qr(uri=uri).save(out, kind="svg", scale=scale, border=4, xmldecl=True)
    return out.getvalue()


@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(settings.TRACE_LABEL_FONT)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(settings.TRACE_LABEL_FONT_BOLD)))


def _fit(text: str, *, font: str, size: float, width: float) -> list[str]:
    """Words wrapped to the width, at most two lines (the second cut with an ellipsis)."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and pdfmetrics.stringWidth(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], lines[1] + " …"]
    return lines


def _draw_label(pdf: canvas.Canvas, label: LabelContent, x: float, y: float) -> None:
    qr_side = LABEL_HEIGHT - 2 * PADDING
    qr_png = io.BytesIO(label_png(uri=label.uri, scale=6))
    pdf.drawImage(ImageReader(qr_png), x + PADDING, y + PADDING, qr_side, qr_side)
    text_x = x + PADDING + qr_side + 2 * mm
    width = LABEL_WIDTH - (text_x - x) - PADDING
    cursor = y + LABEL_HEIGHT - PADDING - 3 * mm
    for line in _fit(label.product, font=FONT_BOLD, size=8, width=width):
        pdf.setFont(FONT_BOLD, 8)
        pdf.drawString(text_x, cursor, line)
        cursor -= 3.6 * mm
    rows = [_("Lot: %(code)s") % {"code": label.lot_code}]
    if label.produced_on:
        rows.append(_("Produced: %(date)s") % {"date": date_format(label.produced_on, "d/m/Y")})
    if label.expires_on:
        rows.append(_("Best before: %(date)s") % {"date": date_format(label.expires_on, "d/m/Y")})
    pdf.setFont(FONT, 7)
    for row in rows:
        pdf.drawString(text_x, cursor, row)
        cursor -= 3.2 * mm
    for line in _fit(label.cooperative, font=FONT, size=6.5, width=width):
        pdf.setFont(FONT, 6.5)
        pdf.drawString(text_x, cursor, line)
        cursor -= 3 * mm


def label_sheet_pdf(*, label: LabelContent, count: int = COLUMNS * ROWS) -> bytes:
    """An A4 sheet of `count` identical labels (product, lot, dates, cooperative, QR)."""
    _register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle(_("Labels of lot %(code)s") % {"code": label.lot_code})
    pdf.setAuthor(label.cooperative)
    page_width, page_height = A4
    left = (page_width - COLUMNS * LABEL_WIDTH) / 2
    bottom = (page_height - ROWS * LABEL_HEIGHT) / 2
    per_page = COLUMNS * ROWS
    for index in range(count):
        if index and index % per_page == 0:
            pdf.showPage()
        slot = index % per_page
        row, column = divmod(slot, COLUMNS)
        x = left + column * LABEL_WIDTH
        y = bottom + (ROWS - 1 - row) * LABEL_HEIGHT
        _draw_label(pdf, label, x, y)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
