"""The VietQR payload, field by field, with two other parsers and the rendered image."""

import io

import pytest
import zxingcpp
from PIL import Image
from qr_pay import decode
from qr_pay.decode import QRDecodeError
from vietnam_qr_pay import QRPay as SecondOpinion

from payments.vietqr import qr_png, qr_svg, transfer_note, vietqr_payload

VIETCOMBANK = "970436"
ACCOUNT = "0011001234567"
KNOWN = (
    "00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA"
    "530370454061250005802VN62120808DH12345663046CCB"
)


def tlv(payload: str) -> dict[str, str]:
    """The top-level EMVCo fields: id → value."""
    fields, index = {}, 0
    while index < len(payload):
        field_id, length = payload[index : index + 2], int(payload[index + 2 : index + 4])
        fields[field_id] = payload[index + 4 : index + 4 + length]
        index += 4 + length
    return fields


def crc16_ccitt(data: str) -> str:
    crc = 0xFFFF
    for byte in data.encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def test_known_payload_of_the_three_libraries():
    payload = vietqr_payload(
        bank_bin=VIETCOMBANK, account_number=ACCOUNT, amount=125000, note="DH123456"
    )
    assert payload == KNOWN


def test_payload_field_by_field():
    payload = vietqr_payload(
        bank_bin=VIETCOMBANK, account_number=ACCOUNT, amount=2_450_000, note="100042"
    )
    fields = tlv(payload)
    assert fields["00"] == "01"
    assert fields["01"] == "12"  # dynamic: it carries an amount, for one payment
    assert fields["53"] == "704"  # VND
    assert fields["54"] == "2450000"  # whole đồng, never ×100
    assert fields["58"] == "VN"
    assert tlv(fields["62"]) == {"08": "100042"}
    merchant = tlv(fields["38"])
    assert merchant["00"] == "A000000727"  # NAPAS
    assert tlv(merchant["01"]) == {"00": VIETCOMBANK, "01": ACCOUNT}
    assert merchant["02"] == "QRIBFTTA"  # transfer to an account
    assert payload[-8:-4] == "6304"
    assert fields["63"] == crc16_ccitt(payload[:-4])


def test_no_amount_makes_a_static_qr():
    fields = tlv(vietqr_payload(bank_bin=VIETCOMBANK, account_number=ACCOUNT, amount=None, note=""))
    assert fields["01"] == "11"
    assert "54" not in fields
    assert "62" not in fields


def test_second_opinion_parses_it_back():
    payload = vietqr_payload(
        bank_bin="970415", account_number="113366668888", amount=99000, note="100007"
    )
    parsed = SecondOpinion(payload)
    assert parsed.is_valid
    assert parsed.consumer.bank_bin == "970415"
    assert parsed.consumer.bank_number == "113366668888"
    assert parsed.amount == "99000"
    assert parsed.additional_data.purpose == "100007"
    assert parsed.crc == payload[-4:]


def test_napas_decoder_rejects_a_wrong_crc():
    assert decode(KNOWN)["transaction_amount"] == "125000"
    with pytest.raises(QRDecodeError):
        decode(KNOWN[:-4] + "0000")


@pytest.mark.parametrize(
    ("number", "note"),
    [("100042", "100042"), ("dh-2025/77", "DH202577"), ("Đơn 12", "N12"), ("9" * 40, "9" * 25)],
)
def test_transfer_note_is_short_plain_ascii(number, note):
    assert transfer_note(order_number=number) == note


def test_rendered_png_decodes_back_to_the_payload():
    image = Image.open(io.BytesIO(qr_png(KNOWN)))
    results = zxingcpp.read_barcodes(image)
    assert [result.text for result in results] == [KNOWN]
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode


def test_svg_is_inline_markup_with_an_escaped_title():
    svg = qr_svg(KNOWN, title="Mã <QR>")
    assert svg.startswith("<svg")
    assert "<title>Mã &lt;QR&gt;</title>" in svg
