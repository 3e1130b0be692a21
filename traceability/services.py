"""Writes: GTINs, lots, diary steps, certificates, recalls and scan counts."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.models import Product

from .models import Certificate, Lot, ProductIdentity, Step


@transaction.atomic
def product_gtin_set(*, product: Product, gtin: str) -> ProductIdentity | None:
    """Records the product's GTIN (check digit verified); an empty value removes it."""
    identity = ProductIdentity.objects.filter(product=product).first()
    if not gtin.strip():
        if identity:
            identity.delete()
        return None
    identity = identity or ProductIdentity(product=product)
    identity.gtin = gtin
    identity.full_clean()
    identity.save()
    return identity


def lot_create(
    *,
    product: Product,
    code: str,
    produced_on: date,
    expires_on: date | None = None,
    quantity: Decimal | None = None,
    quantity_unit: str = "",
    province: int | None = None,
    commune: int | None = None,
    growing_area: str = "",
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
) -> Lot:
    lot = Lot(
        product=product,
        code=code.strip(),
        produced_on=produced_on,
        expires_on=expires_on,
        quantity=quantity,
        quantity_unit=quantity_unit,
        province=province if province is not None else product.origin_province,
        commune=commune if province is not None else product.origin_commune,
        growing_area=growing_area,
        latitude=latitude,
        longitude=longitude,
    )
    lot.full_clean()
    lot.save()
    return lot


LOT_FIELDS = (
    "code",
    "produced_on",
    "expires_on",
    "quantity",
    "quantity_unit",
    "province",
    "commune",
    "growing_area",
    "latitude",
    "longitude",
)


def lot_update(*, lot: Lot, **fields) -> Lot:
    """Corrects a lot's details (not its product: a lot belongs to one product)."""
    for name in LOT_FIELDS:
        if name in fields:
            setattr(lot, name, fields[name])
    lot.code = lot.code.strip()
    lot.full_clean()
    lot.save()
    return lot


def step_add(
    *,
    lot: Lot,
    kind: str,
    date: date,
    text: str,
    input_used: str = "",
    waiting_days: int | None = None,
    photo=None,
) -> Step:
    step = Step(
        lot=lot,
        kind=kind,
        date=date,
        text=text,
        input_used=input_used,
        waiting_days=waiting_days,
        photo=photo or "",
    )
    step.full_clean()
    step.save()
    return step


def certificate_add(*, lot: Lot, title: str, file, issued_on: date | None = None) -> Certificate:
    certificate = Certificate(lot=lot, title=title, file=file, issued_on=issued_on)
    certificate.full_clean()
    certificate.save()
    return certificate


def lot_recall(*, lot: Lot, reason: str, recalled_by) -> Lot:
    """Marks the lot recalled; its trace page warns everyone who scans it."""
    if not reason.strip():
        raise ValidationError({"recall_reason": _("Say why the lot is recalled.")})
    lot.recalled_at = timezone.now()
    lot.recall_reason = reason.strip()
    lot.recalled_by = recalled_by
    lot.full_clean()
    lot.save(update_fields=["recalled_at", "recall_reason", "recalled_by"])
    return lot


def lot_scan_record(*, lot: Lot) -> None:
    """One more scan of the lot's label; nothing about who scanned is kept."""
    Lot.objects.filter(pk=lot.pk).update(scan_count=F("scan_count") + 1)
