"""Province reports: a handful of aggregate queries over a period, never a loop over orders."""

import csv
import datetime
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from cooperatives.selectors import cooperative_list_for_staff
from listings.models import ListingRevision
from places.selectors import province_name

Line = get_model("order", "Line")


def _bounds(start: datetime.date, end: datetime.date) -> tuple[datetime.datetime, ...]:
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(start, datetime.time.min, tzinfo=zone),
        datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone),
    )


def _grouped(lines, key: str) -> list[dict]:
    return list(
        lines.values(key)
        .annotate(
            sales=Sum("line_price_incl_tax"),
            orders=Count("order", distinct=True),
            quantity=Sum("quantity"),
        )
        .order_by("-sales")
    )


def report_build(*, user, start: datetime.date, end: datetime.date) -> dict:
    """Sales (order lines' totals incl. tax) and order counts of the staff member's cooperatives
    placed in [start, end], per cooperative, province, OCOP tier and category; cooperatives
    approved and listings first approved in the period. Six queries whatever the data."""
    since, until = _bounds(start, end)
    cooperatives = cooperative_list_for_staff(user=user)
    lines = Line.objects.filter(
        order__date_placed__gte=since,
        order__date_placed__lt=until,
        partner__cooperative__in=cooperatives.values("pk"),
    )
    by_cooperative = [
        {"name": row["partner__cooperative__name"], **row}
        for row in _grouped(lines, "partner__cooperative__name")
    ]
    by_province = [
        {"name": province_name(row["partner__cooperative__province"]), **row}
        for row in _grouped(lines, "partner__cooperative__province")
    ]
    by_ocop = [
        {
            "name": _("OCOP %(stars)s stars") % {"stars": row["product__ocop_stars"]}
            if row["product__ocop_stars"]
            else _("No OCOP rating"),
            **row,
        }
        for row in _grouped(lines, "product__ocop_stars")
    ]
    # A product in two categories counts in both.
    by_category = [
        {"name": row["product__categories__name"] or _("No category"), **row}
        for row in _grouped(lines, "product__categories__name")
    ]
    new_cooperatives = list(
        cooperatives.filter(approved_at__gte=since, approved_at__lt=until)
        .order_by("approved_at")
        .values("pk", "name", "province", "approved_at")
    )
    for row in new_cooperatives:
        row["province_name"] = province_name(row["province"])
    listings = ListingRevision.objects.filter(
        cooperative__in=cooperatives.values("pk"),
        decided_at__gte=since,
        decided_at__lt=until,
        status=ListingRevision.Status.APPROVED,
    ).aggregate(
        new=Count("pk", filter=Q(is_new_listing=True)),
        changed=Count("pk", filter=Q(is_new_listing=False)),
    )
    totals = {
        "sales": sum((row["sales"] or Decimal(0) for row in by_cooperative), Decimal(0)),
        "orders": sum(row["orders"] for row in by_province),
    }
    return {
        "by_cooperative": by_cooperative,
        "by_province": by_province,
        "by_ocop": by_ocop,
        "by_category": by_category,
        "new_cooperatives": new_cooperatives,
        "new_listings": listings["new"],
        "changed_listings": listings["changed"],
        "totals": totals,
    }


def report_csv_write(*, report: dict, out) -> None:
    """The report's tables one after another, with Vietnamese headings."""
    writer = csv.writer(out)
    sections = (
        (_("Cooperative"), "by_cooperative"),
        (_("Province"), "by_province"),
        (_("OCOP tier"), "by_ocop"),
        (_("Category"), "by_category"),
    )
    for heading, key in sections:
        writer.writerow([heading, _("Sales (VND)"), _("Orders"), _("Quantity")])
        for row in report[key]:
            writer.writerow([row["name"], row["sales"], row["orders"], row["quantity"]])
        writer.writerow([])
    writer.writerow([_("New cooperatives"), _("Province"), _("Approved on")])
    for row in report["new_cooperatives"]:
        approved = timezone.localtime(row["approved_at"]).date().isoformat()
        writer.writerow([row["name"], row["province_name"], approved])
    writer.writerow([])
    writer.writerow([_("New listings approved"), report["new_listings"]])
    writer.writerow([_("Listing changes approved"), report["changed_listings"]])
