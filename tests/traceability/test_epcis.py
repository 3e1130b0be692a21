import json
from pathlib import Path

import jsonschema
import pytest
from django.urls import reverse

from traceability import services

from .conftest import GTIN_13, photo

SCHEMA = json.loads((Path(__file__).parent / "epcis" / "EPCIS-JSON-Schema.json").read_text())


@pytest.fixture
def exported(client, product, lot, seller):
    services.product_gtin_set(product=product, gtin=GTIN_13)
    services.step_add(
        lot=lot,
        kind="spraying",
        date=lot.produced_on.replace(month=9),
        text="Phun chế phẩm sinh học",
        input_used="Trichoderma 1 kg/sào",
        waiting_days=7,
        photo=photo(),
    )
    client.force_login(seller)
    response = client.get(reverse("traceability-dashboard:epcis", kwargs={"pk": lot.pk}))
    assert response["Content-Type"].startswith("application/ld+json")
    return json.loads(response.content)


def test_the_export_validates_against_the_epcis_2_schema(exported):
    jsonschema.validate(exported, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_the_export_has_one_object_event_per_step(exported, lot):
    events = exported["epcisBody"]["eventList"]
    assert [event["type"] for event in events] == ["ObjectEvent"] * 3
    assert [event["chohtx:description"] for event in events] == [
        "Gieo mạ trên ruộng số 4",
        "Phun chế phẩm sinh học",
        "Thu hoạch bằng máy gặt",
    ]
    harvest = events[2]
    assert harvest["bizStep"] == "commissioning"
    assert harvest["quantityList"] == [
        {"epcClass": f"http://testserver/01/0{GTIN_13}/10/LUA-2025-01", "quantity": 1200.0}
    ]
    assert harvest["ilmd"]["cbvmda:lotNumber"] == "LUA-2025-01"
    assert events[1]["readPoint"] == {"id": "geo:12.812300,107.901200"}


def test_a_broken_document_fails_the_schema(exported):
    del exported["epcisBody"]["eventList"][0]["action"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(exported, SCHEMA)
