"""Demo data of the seller workspace and province moderation: the staff account works for every
province that has a demo cooperative, with one yearly classification per classified
cooperative and the approval history the demo's statuses imply."""

from django.db import transaction

from cooperatives.models import Cooperative, CooperativeDecision, StaffProvince
from cooperatives.services import classification_record


@transaction.atomic
def demo_sellers_load(*, staff, cooperatives: dict[str, Cooperative]) -> None:
    for province in sorted({cooperative.province for cooperative in cooperatives.values()}):
        StaffProvince.objects.get_or_create(user=staff, province=province)
    for cooperative in cooperatives.values():
        if cooperative.classification and cooperative.classification_year:
            classification_record(
                cooperative=cooperative,
                year=cooperative.classification_year,
                classification=cooperative.classification,
                entered_by=staff,
            )
        if cooperative.status == Cooperative.Status.APPROVED:
            CooperativeDecision.objects.get_or_create(
                cooperative=cooperative,
                action=CooperativeDecision.Action.APPROVED,
                defaults={"decided_by": staff, "decided_at": cooperative.approved_at},
            )
