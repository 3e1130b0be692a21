"""A lot's farm diary as a GS1 EPCIS 2.0 JSON-LD document: one ObjectEvent per step, the lot
identified at class level (GTIN + lot as a GS1 Digital Link URI in `quantityList`)."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from .models import Lot, Step

EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
# Steps the Core Business Vocabulary names; the farm work it has no word for gets ours.
CBV_BIZ_STEPS = {
    Step.Kind.HARVEST: "commissioning",
    Step.Kind.PACKING: "packing",
    Step.Kind.TESTING: "inspecting",
    Step.Kind.PROCESSING: "repackaging",
}


def _biz_step(kind: str) -> str:
    return CBV_BIZ_STEPS.get(kind) or f"{settings.TRACE_EPCIS_VOCABULARY}bizstep/{kind}"


def _event(step: Step, *, epc_class: str, lot: Lot, location: dict | None) -> dict:
    moment = datetime.combine(step.date, time(12, 0), tzinfo=VIETNAM)
    quantity = {"epcClass": epc_class}
    if lot.quantity is not None and step.kind == Step.Kind.HARVEST:
        quantity["quantity"] = float(lot.quantity)
    event = {
        "type": "ObjectEvent",
        "eventID": f"{settings.TRACE_EPCIS_VOCABULARY}event/{step.pk}",
        "eventTime": moment.isoformat(),
        "eventTimeZoneOffset": "+07:00",
        "action": "ADD" if step.kind == Step.Kind.HARVEST else "OBSERVE",
        "bizStep": _biz_step(step.kind),
        "quantityList": [quantity],
        "chohtx:description": step.text,
    }
    if step.input_used:
        event["chohtx:inputUsed"] = step.input_used
    if step.waiting_days is not None:
        event["chohtx:waitingPeriodDays"] = step.waiting_days
    if location:
        event["readPoint"] = location
    if step.kind == Step.Kind.HARVEST:
        ilmd = {"cbvmda:lotNumber": lot.code}
        if lot.expires_on:
            ilmd["cbvmda:itemExpirationDate"] = lot.expires_on.isoformat()
        event["ilmd"] = ilmd
    return event


def lot_epcis_document(*, lot: Lot, epc_class: str) -> dict:
    """`epc_class` is the lot's Digital Link URI (what its QR code holds)."""
    location = None
    if lot.has_map_point:
        location = {"id": f"geo:{lot.latitude},{lot.longitude}"}
    return {
        "@context": [
            EPCIS_CONTEXT,
            {"chohtx": settings.TRACE_EPCIS_VOCABULARY},
        ],
        "type": "EPCISDocument",
        "schemaVersion": "2.0",
        "creationDate": timezone.now().isoformat(),
        "epcisBody": {
            "eventList": [
                _event(step, epc_class=epc_class, lot=lot, location=location)
                for step in lot.steps.all()
            ]
        },
    }
