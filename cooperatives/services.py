"""Writes about cooperatives. Views, forms, admin actions and commands call these."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from pagecache.dependencies import COOPERATIVES_TAG, pages_changed

from .models import (
    Cooperative,
    CooperativeApplication,
    CooperativeClassification,
    CooperativeDecision,
)
from .roles import SELLER_GROUP, SELLER_PERMISSIONS, STAFF_GROUP, STAFF_PERMISSIONS
from .selectors import staff_emails_for_province

Partner = get_model("partner", "Partner")

Action = CooperativeDecision.Action


def _unique_slug(name: str) -> str:
    base = slugify(name)[:240] or "htx"
    slug, suffix = base, 2
    while Cooperative.objects.filter(slug=slug).exists():
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


def _reason_required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Write the reason: the cooperative will read it.")})
    return reason


def _decision_record(
    *, cooperative: Cooperative, action: str, decided_by, reason: str = ""
) -> CooperativeDecision:
    return CooperativeDecision.objects.create(
        cooperative=cooperative, action=action, decided_by=decided_by, reason=reason
    )


def staff_notify(*, province: int, template: str, context: dict) -> None:
    """Tells the staff who look after a province of new work (after commit)."""
    _mail_send(
        template=template,
        recipients=staff_emails_for_province(province=province),
        context=context,
    )


def _mail_send(*, template: str, recipients: list[str], context: dict) -> None:
    """Sends the e-mail once the transaction commits (none for a decision that rolls back)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    subject = render_to_string(f"cooperatives/email/{template}_subject.txt", context)
    body = render_to_string(f"cooperatives/email/{template}_body.txt", context)
    transaction.on_commit(
        lambda: send_mail(" ".join(subject.split()), body, settings.DEFAULT_FROM_EMAIL, recipients),
        robust=True,
    )


def _applicant_notify(*, application: CooperativeApplication, template: str, reason: str = ""):
    _mail_send(
        template=template,
        recipients=[application.applicant.email, application.cooperative.email],
        context={
            "application": application,
            "cooperative": application.cooperative,
            "reason": reason,
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        },
    )


@transaction.atomic
def cooperative_create(
    *, name: str, status: str = Cooperative.Status.PENDING, **fields
) -> Cooperative:
    """Registers a cooperative together with the Oscar partner its stock and orders route to."""
    cooperative = Cooperative(name=name, status=status, **fields)
    if not cooperative.slug:
        cooperative.slug = _unique_slug(name)
    cooperative.partner = Partner(name=name)
    cooperative.full_clean(exclude=["partner"])
    cooperative.partner.save()
    cooperative.save()
    return cooperative


@transaction.atomic
def cooperative_update(*, cooperative: Cooperative, **fields) -> Cooperative:
    """Changes a cooperative's own facts (its profile); its partner keeps the same name."""
    for field, value in fields.items():
        setattr(cooperative, field, value)
    cooperative.full_clean()
    cooperative.save()
    if cooperative.partner.name != cooperative.name:
        cooperative.partner.name = cooperative.name
        cooperative.partner.save(update_fields=["name"])
    return cooperative


@transaction.atomic
def cooperative_approve(*, cooperative: Cooperative, approved_by, reason: str = "") -> Cooperative:
    cooperative.status = Cooperative.Status.APPROVED
    cooperative.approved_at = timezone.now()
    cooperative.approved_by = approved_by
    cooperative.save(update_fields=["status", "approved_at", "approved_by", "updated_at"])
    _decision_record(
        cooperative=cooperative, action=Action.APPROVED, decided_by=approved_by, reason=reason
    )
    return cooperative


@transaction.atomic
def cooperative_suspend(*, cooperative: Cooperative, suspended_by, reason: str) -> Cooperative:
    """Takes the cooperative's listings off the storefront and out of search at once (search/
    re-indexes a cooperative's products when its status changes); its orders stay its own."""
    reason = _reason_required(reason)
    if cooperative.status != Cooperative.Status.APPROVED:
        raise ValidationError(_("Only an approved cooperative can be suspended."))
    cooperative.status = Cooperative.Status.SUSPENDED
    cooperative.save(update_fields=["status", "updated_at"])
    _decision_record(
        cooperative=cooperative, action=Action.SUSPENDED, decided_by=suspended_by, reason=reason
    )
    _mail_send(
        template="suspended",
        recipients=[cooperative.email, *cooperative.partner.users.values_list("email", flat=True)],
        context={"cooperative": cooperative, "reason": reason},
    )
    return cooperative


@transaction.atomic
def cooperative_reinstate(*, cooperative: Cooperative, reinstated_by, reason: str) -> Cooperative:
    reason = _reason_required(reason)
    if cooperative.status != Cooperative.Status.SUSPENDED:
        raise ValidationError(_("Only a suspended cooperative can be reinstated."))
    cooperative.status = Cooperative.Status.APPROVED
    cooperative.save(update_fields=["status", "updated_at"])
    _decision_record(
        cooperative=cooperative, action=Action.REINSTATED, decided_by=reinstated_by, reason=reason
    )
    _mail_send(
        template="reinstated",
        recipients=[cooperative.email, *cooperative.partner.users.values_list("email", flat=True)],
        context={"cooperative": cooperative, "reason": reason},
    )
    return cooperative


def role_group_ensure(*, name: str) -> Group:
    """The group of a role with (at least) the permissions roles.py gives it. The data
    migrations make both groups; this keeps them whole where a database was emptied since."""
    wanted = {STAFF_GROUP: STAFF_PERMISSIONS, SELLER_GROUP: SELLER_PERMISSIONS}[name]
    group, _created = Group.objects.get_or_create(name=name)
    query = Q()
    for app_label, codename in wanted:
        query |= Q(content_type__app_label=app_label, codename=codename)
    group.permissions.add(*Permission.objects.filter(query))
    return group


def cooperative_add_seller(*, cooperative: Cooperative, user) -> None:
    """Makes a user one of the cooperative's sellers: a user of its Oscar partner, in the
    "HTX seller" group (Oscar's partner dashboard and the seller's permissions)."""
    cooperative.partner.users.add(user)
    user.groups.add(role_group_ensure(name=SELLER_GROUP))


@transaction.atomic
def application_submit(
    *,
    applicant,
    representative_id_number: str,
    business_registration,
    ocop_certificate=None,
    **cooperative_fields,
) -> CooperativeApplication:
    """A user applies for a cooperative: it is registered pending, staff of its province are
    told, and the application waits in their queue."""
    cooperative = cooperative_create(status=Cooperative.Status.PENDING, **cooperative_fields)
    application = CooperativeApplication(
        cooperative=cooperative,
        applicant=applicant,
        representative_id_number=representative_id_number,
        business_registration=business_registration,
        ocop_certificate=ocop_certificate or "",
    )
    application.full_clean(exclude=["cooperative"])
    application.save()
    _decision_record(cooperative=cooperative, action=Action.SUBMITTED, decided_by=applicant)
    _applicant_notify(application=application, template="application_received")
    staff_notify(
        province=cooperative.province,
        template="application_staff",
        context={"application": application, "cooperative": cooperative},
    )
    return application


@transaction.atomic
def application_resubmit(
    *,
    application: CooperativeApplication,
    representative_id_number: str,
    business_registration=None,
    ocop_certificate=None,
    **cooperative_fields,
) -> CooperativeApplication:
    """The applicant answers a request for changes; the application is back in the queue."""
    if not application.can_be_edited:
        raise ValidationError(_("This application is not waiting for changes."))
    cooperative_update(cooperative=application.cooperative, **cooperative_fields)
    application.representative_id_number = representative_id_number
    if business_registration:
        application.business_registration = business_registration
    if ocop_certificate:
        application.ocop_certificate = ocop_certificate
    application.status = CooperativeApplication.Status.SUBMITTED
    application.full_clean()
    application.save()
    _decision_record(
        cooperative=application.cooperative,
        action=Action.RESUBMITTED,
        decided_by=application.applicant,
    )
    _applicant_notify(application=application, template="application_received")
    return application


def _open_application(application: CooperativeApplication) -> None:
    if not application.is_open:
        raise ValidationError(_("This application has already been decided."))


@transaction.atomic
def application_approve(
    *, application: CooperativeApplication, decided_by, reason: str = ""
) -> CooperativeApplication:
    """Activates the cooperative and makes the applicant its seller."""
    _open_application(application)
    cooperative_approve(
        cooperative=application.cooperative, approved_by=decided_by, reason=reason.strip()
    )
    cooperative_add_seller(cooperative=application.cooperative, user=application.applicant)
    application.status = CooperativeApplication.Status.APPROVED
    application.save(update_fields=["status", "updated_at"])
    _applicant_notify(application=application, template="application_approved", reason=reason)
    return application


@transaction.atomic
def application_reject(
    *, application: CooperativeApplication, decided_by, reason: str
) -> CooperativeApplication:
    reason = _reason_required(reason)
    _open_application(application)
    cooperative = application.cooperative
    cooperative.status = Cooperative.Status.REJECTED
    cooperative.save(update_fields=["status", "updated_at"])
    _decision_record(
        cooperative=cooperative, action=Action.REJECTED, decided_by=decided_by, reason=reason
    )
    application.status = CooperativeApplication.Status.REJECTED
    application.save(update_fields=["status", "updated_at"])
    _applicant_notify(application=application, template="application_rejected", reason=reason)
    return application


@transaction.atomic
def application_request_changes(
    *, application: CooperativeApplication, decided_by, reason: str
) -> CooperativeApplication:
    reason = _reason_required(reason)
    _open_application(application)
    _decision_record(
        cooperative=application.cooperative,
        action=Action.CHANGES_REQUESTED,
        decided_by=decided_by,
        reason=reason,
    )
    application.status = CooperativeApplication.Status.CHANGES_REQUESTED
    application.save(update_fields=["status", "updated_at"])
    _applicant_notify(application=application, template="application_changes", reason=reason)
    return application


@transaction.atomic
def classification_record(
    *, cooperative: Cooperative, year: int, classification: str, entered_by, note: str = ""
) -> CooperativeClassification:
    """The province's evaluation for one year (one record a year: entering it again corrects it);
    the latest year's also shows on the cooperative."""
    record = CooperativeClassification.objects.filter(cooperative=cooperative, year=year).first()
    record = record or CooperativeClassification(cooperative=cooperative, year=year)
    record.classification, record.note, record.entered_by = classification, note, entered_by
    record.full_clean()
    record.save()
    latest = cooperative.classifications.order_by("-year").first()
    cooperative.classification, cooperative.classification_year = (
        latest.classification,
        latest.year,
    )
    cooperative.save(update_fields=["classification", "classification_year", "updated_at"])
    return record


def cooperative_product_counts_refresh(*, cooperative_ids) -> None:
    """Recounts the products on sale of these cooperatives (those their profiles list: public,
    not variants), in one statement; the cached pages that show cooperatives are dropped when a
    count changed."""
    ids = {pk for pk in cooperative_ids if pk is not None}
    if not ids:
        return
    counts = (
        Cooperative.products.rel.related_model.objects.filter(
            cooperative=OuterRef("pk"), is_public=True, parent__isnull=True
        )
        .order_by()
        .values("cooperative")
        .annotate(count=Count("pk"))
        .values("count")
    )
    count = Coalesce(Subquery(counts, output_field=IntegerField()), 0)
    if (
        Cooperative.objects.filter(pk__in=ids)
        .exclude(product_count=count)
        .update(product_count=count)
    ):
        pages_changed([COOPERATIVES_TAG])
