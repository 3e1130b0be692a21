"""VietQR (NAPAS EMVCo) payloads for bank transfers, and their QR images.

The payload is built by napas-qr-python; segno draws it (SVG for pages, PNG for e-mail).
"""

import io
import re

import segno
from qr_pay import QRPay

# EMVCo's "purpose of transaction" (field 62.08) holds at most 25 characters. Banks keep plain
# ASCII letters and digits intact in the transfer note; anything else may be dropped or changed.
NOTE_MAX_LENGTH = 25


def transfer_note(*, order_number: str) -> str:
    """The transfer note for an order: its number, plain ASCII letters and digits only."""
    return re.sub(r"[^A-Za-z0-9]", "", str(order_number)).upper()[:NOTE_MAX_LENGTH]


def vietqr_payload(*, bank_bin: str, account_number: str, amount: int | None, note: str) -> str:
    """The NAPAS 247 payload of a transfer to an account ("QRIBFTTA").

    With an amount the QR is dynamic (for one payment); without, static (reusable).
    """
    fields = {"point_of_initiation_method": "STATIC"}
    if amount:
        fields = {"point_of_initiation_method": "DYNAMIC", "transaction_amount": str(amount)}
    return QRPay(
        bank_bin,
        account_number,
        service_code="ACCOUNT",
        purpose_of_transaction=note or None,
        **fields,
    ).code


def _qr(payload: str) -> segno.QRCode:
    return segno.make_qr(payload, error="m")


def qr_svg(payload: str, *, title: str) -> str:
    """The QR as an inline <svg> element, sized by CSS."""
    return _qr(payload).svg_inline(scale=4, border=4, title=title, omitsize=True)


def qr_png(payload: str) -> bytes:
    buffer = io.BytesIO()
    _qr(payload).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()
