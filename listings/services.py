"""Writes about listings: moderation of what sellers change.

The dashboard's product form and the CSV import save a product, then call
`listing_changes_submit` with the approved values read before; it keeps what needs review out of
the public product and stores it as a pending revision.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from catalogue.models import Certification, Product, ProductCategory, ProductClass, ProductImage
from cooperatives.services import staff_notify

from .csv_format import rows_parse
from .models import ListingRevision
from .selectors import listing_approved_values, listing_stockrecord, price_change_free_percent

StockRecord = get_model("partner", "StockRecord")

# What a shopper reads as the product's promise: a change waits for the province's staff.
MODERATED_FIELDS = ("title", "description", "price", "ocop_stars", "certifications", "images")


def _normalised(values: dict) -> dict:
    return {
        "title": values.get("title") or "",
        "description": values.get("description") or "",
        "price": str(Decimal(values["price"])) if values.get("price") is not None else None,
        "ocop_stars": values.get("ocop_stars"),
        "certifications": sorted(values.get("certifications") or []),
        # Pictures waiting: files to add (storage names) and pictures to remove (pks).
        "images": {
            "add": list((values.get("images") or {}).get("add", [])),
            "remove": sorted((values.get("images") or {}).get("remove", [])),
        },
    }


def _price_within_bound(*, old: str | None, new: str | None, percent: int) -> bool:
    if old is None or new is None:
        return False
    old_price, new_price = Decimal(old), Decimal(new)
    if old_price == 0:
        return False
    return abs(new_price - old_price) * 100 <= old_price * percent


def _approved_restore(*, product: Product, approved: dict) -> None:
    """Puts the approved title, description and price back where shoppers read them."""
    Product.objects.filter(pk=product.pk).update(
        title=approved["title"], description=approved["description"]
    )
    product.title, product.description = approved["title"], approved["description"]
    stockrecord = listing_stockrecord(product=product)
    if stockrecord is not None and approved["price"] is not None:
        stockrecord.price = Decimal(approved["price"])
        stockrecord.save(update_fields=["price", "date_updated"])


@transaction.atomic
def listing_changes_submit(
    *,
    product: Product,
    submitted_by,
    approved: dict | None,
    proposed: dict,
    notify: bool = True,
) -> ListingRevision | None:
    """Sends a listing's moderated changes to review.

    `approved`: the moderated values shoppers saw before the save (None for a new listing);
    `proposed`: what the seller asks for now. Stock and other facts are saved already. A change
    of price alone within the province's bound is published at once; anything else is kept out of
    the product and waits as a pending revision (one per product, updated by later edits).
    Returns the pending revision, or None when nothing waits. The province's staff are told of a
    new pending revision (`notify=False`: the caller tells them once for many).
    """
    proposed = _normalised(proposed)
    pending = product.revisions.filter(status=ListingRevision.Status.PENDING).first()
    if pending is not None:
        # Pictures sent earlier still wait unless the seller sends others.
        earlier = _normalised(pending.data)["images"]
        proposed["images"] = {
            "add": earlier["add"] + proposed["images"]["add"],
            "remove": sorted(set(earlier["remove"]) | set(proposed["images"]["remove"])),
        }
    if approved is None:
        is_new = True
    else:
        approved = _normalised(approved)
        is_new = pending is not None and pending.is_new_listing
        changed = {field for field in MODERATED_FIELDS if proposed[field] != approved[field]}
        if not is_new and not changed:
            if pending is not None:
                pending.status = ListingRevision.Status.SUPERSEDED
                pending.save(update_fields=["status"])
            return None
        percent = price_change_free_percent(province=product.cooperative.province)
        if (
            not is_new
            and pending is None
            and changed == {"price"}
            and _price_within_bound(old=approved["price"], new=proposed["price"], percent=percent)
        ):
            return None
        if not is_new:
            _approved_restore(product=product, approved=approved)
    revision = pending or ListingRevision(product=product, cooperative=product.cooperative)
    revision.is_new_listing = is_new
    revision.data = proposed
    revision.submitted_by = submitted_by
    revision.save()
    if pending is None and notify:
        staff_notify(
            province=product.cooperative.province,
            template="listing_staff",
            context={"revision": revision, "cooperative": product.cooperative},
        )
    if pending is not None:
        ListingRevision.objects.filter(pk=revision.pk).update(submitted_at=timezone.now())
    return revision


def _pending(revision: ListingRevision) -> None:
    if revision.status != ListingRevision.Status.PENDING:
        raise ValidationError(_("This change has already been decided."))


@transaction.atomic
def listing_approve(
    *,
    revision: ListingRevision,
    decided_by,
    ocop_stars: int | None,
    certifications: list[Certification],
) -> Product:
    """Publishes the proposed values, with the OCOP rating and certifications the staff member
    confirmed (the seller's claim is only a claim until then)."""
    _pending(revision)
    product = revision.product
    data = revision.data
    product.title = data["title"]
    product.description = data["description"]
    product.ocop_stars = ocop_stars
    if revision.is_new_listing:
        product.is_public = True
    product.full_clean(exclude=["slug", "upc"])
    product.save()
    product.certifications.set(certifications)
    images = _normalised(data)["images"]
    product.images.filter(pk__in=images["remove"]).delete()
    order = product.images.count()
    for offset, name in enumerate(images["add"]):
        ProductImage.objects.create(product=product, original=name, display_order=order + offset)
    stockrecord = listing_stockrecord(product=product)
    if stockrecord is not None and data.get("price") is not None:
        stockrecord.price = Decimal(data["price"])
        stockrecord.save(update_fields=["price", "date_updated"])
    revision.status = ListingRevision.Status.APPROVED
    revision.decided_by, revision.decided_at = decided_by, timezone.now()
    revision.save(update_fields=["status", "decided_by", "decided_at"])
    return product


@transaction.atomic
def listing_reject(*, revision: ListingRevision, decided_by, reason: str) -> ListingRevision:
    """Refuses the change: the approved version stays public; the seller reads the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Write the reason: the seller will read it.")})
    _pending(revision)
    revision.status = ListingRevision.Status.REJECTED
    revision.reason = reason
    revision.decided_by, revision.decided_at = decided_by, timezone.now()
    revision.save(update_fields=["status", "reason", "decided_by", "decided_at"])
    return revision


@dataclass
class ImportResult:
    created: int
    updated: int
    pending: int


def _product_class() -> ProductClass:
    product_class = ProductClass.objects.order_by("pk").first()
    if product_class is None:
        raise ValidationError(_("The shop has no product type yet: ask the platform's staff."))
    return product_class


@transaction.atomic
def listing_import(*, cooperative, data: bytes, submitted_by) -> ImportResult:
    """Writes every row of a checked CSV in one transaction, through the same moderation as the
    product form; a row whose SKU the cooperative already uses updates that product. A file
    with any error writes nothing (ValidationError)."""
    parsed = rows_parse(data=data)
    if not parsed.is_valid:
        raise ValidationError(_("The file has errors: correct them and upload it again."))
    skus = [row.values["sku"] for row in parsed.rows]
    stockrecords = {
        stockrecord.partner_sku: stockrecord
        for stockrecord in StockRecord.objects.filter(
            partner_id=cooperative.partner_id, partner_sku__in=skus
        ).select_related("product")
    }
    upcs = {row.values["upc"]: row for row in parsed.rows if row.values["upc"]}
    taken = Product.objects.filter(upc__in=upcs).exclude(
        stockrecords__in=[s.pk for s in stockrecords.values()]
    )
    for upc in taken.values_list("upc", flat=True):
        row = upcs[upc]
        raise ValidationError(
            _("Line %(line)s: the barcode %(upc)s belongs to another product.")
            % {"line": row.line, "upc": upc}
        )
    product_class = _product_class()
    new_rows = [row for row in parsed.rows if row.values["sku"] not in stockrecords]
    _new_listings_create(
        cooperative=cooperative,
        rows=new_rows,
        product_class=product_class,
        submitted_by=submitted_by,
    )
    pending = len(new_rows)
    for row in parsed.rows:
        stockrecord = stockrecords.get(row.values["sku"])
        if stockrecord is not None:
            pending += _listing_update(row=row, stockrecord=stockrecord, submitted_by=submitted_by)
    if pending:
        staff_notify(
            province=cooperative.province,
            template="listing_import_staff",
            context={"cooperative": cooperative, "count": pending},
        )
    return ImportResult(
        created=len(new_rows), updated=len(parsed.rows) - len(new_rows), pending=pending
    )


def _product_fields(values: dict) -> dict:
    return {
        "title": values["title"],
        "description": values["description"],
        "origin_province": values.get("origin_province"),
        "origin_commune": values.get("origin_commune"),
        "unit": values["unit"],
        "shelf_life_days": values.get("shelf_life_days"),
        "upc": values["upc"],
    }


def _new_listings_create(*, cooperative, rows, product_class, submitted_by) -> None:
    """New listings in a few bulk inserts: products (not public until approved), their
    category, stock record and pending revision. Their descriptions were cleaned by the parse;
    nothing is indexed, as a product no shopper may see has no search document."""
    products = Product.objects.bulk_create(
        [
            Product(
                product_class=product_class,
                cooperative=cooperative,
                is_public=False,
                structure=Product.STANDALONE,
                slug=slugify(row.values["title"])[:255] or "san-pham",
                **_product_fields(row.values),
            )
            for row in rows
        ],
        batch_size=1000,
    )
    pairs = list(zip(rows, products, strict=True))
    ProductCategory.objects.bulk_create(
        [ProductCategory(product=p, category_id=row.values["category"]) for row, p in pairs],
        batch_size=2000,
    )
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product=p,
                partner_id=cooperative.partner_id,
                partner_sku=row.values["sku"],
                price=row.values["price"],
                price_currency=settings.OSCAR_DEFAULT_CURRENCY,
                num_in_stock=row.values["num_in_stock"],
                low_stock_threshold=row.values.get("low_stock_threshold"),
            )
            for row, p in pairs
        ],
        batch_size=2000,
    )
    ListingRevision.objects.bulk_create(
        [
            ListingRevision(
                product=p,
                cooperative=cooperative,
                is_new_listing=True,
                submitted_by=submitted_by,
                data=_normalised(_proposed(row.values)),
            )
            for row, p in pairs
        ],
        batch_size=1000,
    )


def _proposed(values: dict) -> dict:
    return {
        "title": values["title"],
        "description": values["description"],
        "price": values["price"],
        "ocop_stars": values.get("ocop_stars"),
        "certifications": values["certifications"],
    }


def _listing_update(*, row, stockrecord, submitted_by) -> bool:
    """One existing listing from a row, through the same moderation as the product form;
    True when a change now waits for review."""
    values = row.values
    product = stockrecord.product
    approved = listing_approved_values(product=product)
    for field, value in _product_fields(values).items():
        setattr(product, field, value)
    product.save()
    if not product.categories.filter(pk=values["category"]).exists():
        ProductCategory.objects.create(product=product, category_id=values["category"])
    stockrecord.price = values["price"]
    stockrecord.num_in_stock = values["num_in_stock"]
    stockrecord.low_stock_threshold = values.get("low_stock_threshold")
    stockrecord.save()
    revision = listing_changes_submit(
        product=product,
        submitted_by=submitted_by,
        approved=approved,
        proposed=_proposed(values),
        notify=False,
    )
    return revision is not None


def listing_images_hold(*, formset) -> dict:
    """The pictures a seller adds to or removes from an approved listing, kept aside until the
    staff approve them: new files are stored under listings/pending/, removals noted."""
    held = {"add": [], "remove": []}
    for form in formset.forms:
        if not form.has_changed() or not hasattr(form, "cleaned_data"):
            continue
        if form.cleaned_data.get("DELETE") and form.instance.pk:
            held["remove"].append(form.instance.pk)
            continue
        original = form.cleaned_data.get("original")
        if isinstance(original, UploadedFile):
            held["add"].append(default_storage.save(f"listings/pending/{original.name}", original))
    return held
