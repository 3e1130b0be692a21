"""Who may open each URL of the site: one rule per URL name, and the objects its path arguments
point at. A URL pattern without a rule fails tests/ops/test_access.py, naming it.

The objects are always "party B"'s (cooperative B in province B, its seller, shopper B and
shopper B's order); the visitors are nobody, a shopper who owns nothing, seller A and staff of
province A. `owner` names who may open the object (checked to get 200, so the arguments are real).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    kind: str
    kwargs: object = None  # a function of the world to the path's keyword arguments
    args: object = None  # a function of the world to the path's positional arguments
    owner: str | None = None  # who gets 200 on it (a key of the world)
    query: dict = field(default_factory=dict)


# What the visitors may get, by kind of URL (anonymous → shopper → seller → staff):
PUBLIC = "public"  # 200 for everyone
OPEN = "open"  # anyone, any non-error answer (log-in forms redirect the signed in, …)
LOGIN = "login required"  # anonymous → log-in redirect; signed in: their own (empty) page
OWN = "owner only"  # another party's private object: never 200
SELLER = "seller"  # seller workspace without an object: not for shoppers
STAFF = "staff only"  # not for shoppers or sellers
STAFF_PROVINCE = "staff, own province"  # an object of province B: never 200 for staff of A
SUPERUSER = "superuser only"  # never 200 for any of the visitors
POST_ONLY = "POST only"  # webhooks and actions: a GET never succeeds
ERROR_TEST = "deliberate error"  # staff only; it raises on purpose
CMS_ADMIN = "Wagtail admin"  # only staff get in
DJANGO_ADMIN = "Django admin"  # only staff get in; province staff see no model of another party


def _rule(kind, /, owner=None, **arguments):
    def maker(world):
        return {key: value(world) for key, value in arguments.items()}

    return Rule(kind=kind, kwargs=maker if arguments else None, owner=owner)


def order_number(world):
    return world["order"].number


def product_pk(world):
    return world["product_b"].pk


def partner_pk(world):
    return world["coop_b"].partner_id


def product_slug(world):
    return world["product_b"].slug


# Whole families ruled by where they live (their own apps check access for every view).
NAMESPACE_RULES = {"admin": Rule(DJANGO_ADMIN)}
ROUTE_PREFIX_RULES = {"cms-admin/": Rule(CMS_ADMIN)}

RULES: dict[str, Rule] = {
    # Log-in pages and static helpers of the admin families (before the family rules)
    "admin:login": Rule(OPEN),
    "admin:logout": Rule(OPEN),
    "admin:javascript-catalog": Rule(OPEN),
    "wagtailadmin_login": Rule(OPEN),
    "wagtailadmin_sprite": Rule(PUBLIC),
    "wagtailadmin_javascript_catalog": Rule(PUBLIC),
    "wagtailadmin_password_reset": Rule(OPEN),
    "wagtailadmin_password_reset_done": Rule(OPEN),
    "wagtailadmin_password_reset_confirm": Rule(OPEN),
    "wagtailadmin_password_reset_complete": Rule(OPEN),
    # Wagtail's deliberate error page, to test error reporting: an error for admins only.
    "wagtailadmin_error_test": Rule(ERROR_TEST),
    # Django
    "set_language": Rule(OPEN),
    "robots-txt": Rule(PUBLIC),
    "csrf-token": Rule(OPEN),
    "sitemap-index": Rule(PUBLIC),
    "sitemap-section": _rule(PUBLIC, section=lambda w: "products"),
    "accounts/profile/delete/": Rule(OPEN),
    "password-reset": Rule(OPEN),
    "password-reset-done": Rule(OPEN),
    "password-reset-confirm": _rule(OPEN, uidb64=lambda w: "MQ", token=lambda w: "x-y"),
    "password-reset-complete": Rule(OPEN),
    # Wagtail outside its admin
    # Wagtail serves documents to anyone unless a collection is restricted.
    "wagtaildocs_serve": Rule(PUBLIC, args=lambda w: (w["document"].pk, w["document"].filename)),
    "wagtaildocs_authenticate_with_password": _rule(OPEN, restriction_id=lambda w: 1),
    "wagtailcore_authenticate_with_password": _rule(
        OPEN, page_view_restriction_id=lambda w: 1, page_id=lambda w: w["home"].pk
    ),
    "wagtailcore_login": Rule(OPEN),
    "wagtail_serve": Rule(PUBLIC, args=lambda w: (w["page_path"],)),
    "home": Rule(PUBLIC),
    # Cooperatives
    "cooperatives:list": Rule(PUBLIC),
    "cooperatives:detail": _rule(PUBLIC, slug=lambda w: w["coop_b"].slug),
    "cooperatives:apply": Rule(LOGIN),
    "cooperatives:application-detail": _rule(
        OWN, owner="applicant", pk=lambda w: w["application"].pk
    ),
    "cooperatives:application-document": _rule(
        OWN,
        owner="applicant",
        pk=lambda w: w["application"].pk,
        document=lambda w: "business_registration",
    ),
    "places:communes": _rule(PUBLIC, province_code=lambda w: w["coop_b"].province),
    # Orders and payments
    "orders:lookup": Rule(OPEN),
    "orders:part-cancel": _rule(POST_ONLY, number=order_number),
    "payments:transfer-list": Rule(STAFF),
    "payments:transfer-received": _rule(POST_ONLY, order_number=order_number),
    "payments:transfer": _rule(OWN, order_number=order_number),
    "payments:transfer-qr": _rule(OWN, order_number=order_number),
    "payments:card": _rule(OWN, order_number=order_number),
    "payments:stripe-webhook": Rule(POST_ONLY),
    # Privacy
    "privacy:centre": Rule(LOGIN),
    "privacy:download": Rule(LOGIN),
    "privacy:delete": Rule(LOGIN),
    # Traceability
    "traceability-dashboard:lot-list": Rule(SELLER),
    "traceability-dashboard:lot-create": Rule(SELLER),
    "traceability-dashboard:step-create": Rule(SELLER),
    "traceability-dashboard:lot-detail": _rule(OWN, owner="seller_b", pk=lambda w: w["lot"].pk),
    "traceability-dashboard:lot-update": _rule(OWN, owner="seller_b", pk=lambda w: w["lot"].pk),
    "traceability-dashboard:certificate-create": _rule(
        OWN, owner="seller_b", pk=lambda w: w["lot"].pk
    ),
    "traceability-dashboard:lot-recall": _rule(OWN, owner="seller_b", pk=lambda w: w["lot"].pk),
    "traceability-dashboard:label": _rule(
        OWN, owner="seller_b", pk=lambda w: w["lot"].pk, kind=lambda w: "pdf"
    ),
    "traceability-dashboard:epcis": _rule(OWN, owner="seller_b", pk=lambda w: w["lot"].pk),
    "traceability-dashboard:gtin": _rule(OWN, owner="seller_b", product_id=product_pk),
    "traceability:gs1-product": _rule(PUBLIC, gtin=lambda w: w["gtin"]),
    "traceability:gs1-lot": _rule(PUBLIC, gtin=lambda w: w["gtin"], code=lambda w: w["lot"].code),
    # The short paths redirect to the GS1 paths of a product with a GTIN.
    "traceability:product": _rule(OPEN, product_id=product_pk),
    "traceability:lot": _rule(OPEN, product_id=product_pk, code=lambda w: w["lot"].code),
    # Supply and demand
    "sourcing-dashboard:workspace": Rule(SELLER),
    "sourcing-dashboard:announcement-create": Rule(SELLER),
    "sourcing-dashboard:figures": Rule(STAFF),
    "sourcing-dashboard:offer-detail": _rule(OWN, owner="seller_b", pk=lambda w: w["offer"].pk),
    "sourcing:board": Rule(PUBLIC),
    "sourcing:announcement-list": Rule(PUBLIC),
    "sourcing:buyer-profile": Rule(LOGIN),
    "sourcing:request-create": Rule(LOGIN),
    "sourcing:my-requests": Rule(LOGIN),
    "sourcing:request-detail": _rule(OPEN, pk=lambda w: w["purchase_request"].pk),
    "sourcing:offer-create": _rule(SELLER, pk=lambda w: w["purchase_request"].pk),
    "sourcing:request-close": _rule(POST_ONLY, pk=lambda w: w["purchase_request"].pk),
    "sourcing:offer-accept": _rule(POST_ONLY, pk=lambda w: w["offer"].pk),
    "sourcing:follow": Rule(LOGIN),
    "sourcing:hide": _rule(
        POST_ONLY, kind=lambda w: "request", pk=lambda w: w["purchase_request"].pk
    ),
    # Oscar storefront
    "catalogue:index": Rule(PUBLIC),
    "catalogue:detail": _rule(PUBLIC, product_slug=product_slug, pk=product_pk),
    "catalogue:category": _rule(
        PUBLIC,
        category_slug=lambda w: w["category"].full_slug,
        pk=lambda w: w["category"].pk,
    ),
    "catalogue:range": _rule(OPEN, slug=lambda w: "x"),
    "catalogue:recently-viewed": Rule(PUBLIC),
    "catalogue:reviews-list": _rule(PUBLIC, product_slug=product_slug, product_pk=product_pk),
    "catalogue:reviews-detail": _rule(
        OPEN, product_slug=product_slug, product_pk=product_pk, pk=lambda w: w["review"].pk
    ),
    # Only buyers of the product may review it; the others go back to it.
    "catalogue:reviews-add": _rule(OPEN, product_slug=product_slug, product_pk=product_pk),
    "catalogue:reviews-vote": _rule(
        POST_ONLY, product_slug=product_slug, product_pk=product_pk, pk=lambda w: w["review"].pk
    ),
    "search:search": Rule(PUBLIC),
    "search:suggest": Rule(PUBLIC),
    "offer:list": Rule(PUBLIC),
    "offer:detail": _rule(OPEN, slug=lambda w: "x"),
    "wishlists:detail": _rule(OWN, key=lambda w: w["wishlist"].key),
    "basket:summary": Rule(PUBLIC),
    "basket:add": _rule(POST_ONLY, pk=product_pk),
    "basket:vouchers-add": Rule(POST_ONLY),
    "basket:vouchers-remove": _rule(POST_ONLY, pk=lambda w: 1),
    "basket:saved": Rule(OPEN),
    "checkout:index": Rule(OPEN),
    "checkout:shipping-address": Rule(OPEN),
    "checkout:user-address-update": _rule(OWN, pk=lambda w: w["address"].pk),
    "checkout:user-address-delete": _rule(OWN, pk=lambda w: w["address"].pk),
    "checkout:shipping-method": Rule(OPEN),
    "checkout:payment-method": Rule(OPEN),
    "checkout:payment-details": Rule(OPEN),
    "checkout:preview": Rule(OPEN),
    "checkout:thank-you": Rule(OPEN),
    "customer:login": Rule(OPEN),
    "customer:logout": Rule(OPEN),
    "customer:register": Rule(OPEN),
    "customer:summary": Rule(LOGIN),
    "customer:change-password": Rule(LOGIN),
    "customer:profile-view": Rule(LOGIN),
    "customer:profile-update": Rule(LOGIN),
    "customer:profile-delete": Rule(OPEN),
    "customer:order-list": Rule(LOGIN),
    # A form asking for the e-mail of the order: it shows nothing of the order.
    "customer:anon-order-form": _rule(OPEN, order_number=order_number, hash=lambda w: "x"),
    "customer:anon-order": _rule(OWN, order_number=order_number, hash=lambda w: "x"),
    "customer:order": _rule(OWN, owner="shopper_b", order_number=order_number),
    "customer:order-line": _rule(
        OWN, owner="shopper_b", order_number=order_number, line_id=lambda w: w["line"].pk
    ),
    "customer:address-list": Rule(LOGIN),
    "customer:address-create": Rule(LOGIN),
    "customer:address-detail": _rule(OWN, owner="shopper_b", pk=lambda w: w["address"].pk),
    "customer:address-delete": _rule(OWN, owner="shopper_b", pk=lambda w: w["address"].pk),
    "customer:address-change-status": _rule(
        POST_ONLY, pk=lambda w: w["address"].pk, action=lambda w: "default_for_shipping"
    ),
    "customer:email-list": Rule(LOGIN),
    "customer:email-detail": _rule(OWN, owner="shopper_b", email_id=lambda w: w["email"].pk),
    "accounts/notifications/": Rule(OPEN),  # a redirect to the inbox
    "customer:notifications-inbox": Rule(LOGIN),
    "customer:notifications-archive": Rule(LOGIN),
    "customer:notifications-update": Rule(POST_ONLY),
    "customer:notifications-detail": _rule(
        OWN, owner="shopper_b", pk=lambda w: w["notification"].pk
    ),
    "customer:alerts-list": Rule(LOGIN),
    "customer:alert-create": _rule(POST_ONLY, pk=product_pk),
    "customer:alerts-confirm": _rule(OPEN, key=lambda w: "x"),
    "customer:alerts-cancel-by-key": _rule(OPEN, key=lambda w: "x"),
    "customer:alerts-cancel-by-pk": _rule(POST_ONLY, pk=lambda w: w["alert"].pk),
    "customer:wishlists-list": Rule(LOGIN),
    "customer:wishlists-add-product": _rule(
        POST_ONLY, key=lambda w: w["wishlist"].key, product_pk=product_pk
    ),
    "customer:wishlists-create": Rule(LOGIN),
    "customer:wishlists-create-with-product": _rule(LOGIN, product_pk=product_pk),
    "customer:wishlists-detail": _rule(OWN, owner="shopper_b", key=lambda w: w["wishlist"].key),
    "customer:wishlists-update": _rule(OWN, owner="shopper_b", key=lambda w: w["wishlist"].key),
    "customer:wishlists-delete": _rule(OWN, owner="shopper_b", key=lambda w: w["wishlist"].key),
    "customer:wishlists-remove-product": _rule(
        OWN,
        key=lambda w: w["wishlist"].key,
        line_pk=lambda w: w["wishlist_line"].pk,
        product_pk=product_pk,
    ),
    "customer:wishlists-move-product-to-another": _rule(
        OWN,
        key=lambda w: w["wishlist"].key,
        line_pk=lambda w: w["wishlist_line"].pk,
        to_key=lambda w: w["wishlist"].key,
    ),
    # Oscar's dashboard (with the seller workspace and the province staff area)
    "dashboard:catalogue-attribute-option-group-create": Rule(STAFF),
    "dashboard:catalogue-attribute-option-group-delete": Rule(STAFF),
    "dashboard:catalogue-attribute-option-group-list": Rule(STAFF),
    "dashboard:catalogue-attribute-option-group-update": Rule(STAFF),
    "dashboard:catalogue-category-create": Rule(STAFF),
    "dashboard:catalogue-category-create-child": Rule(STAFF),
    "dashboard:catalogue-category-delete": Rule(STAFF),
    "dashboard:catalogue-category-detail-list": Rule(STAFF),
    "dashboard:catalogue-category-list": Rule(STAFF),
    "dashboard:catalogue-category-update": Rule(STAFF),
    "dashboard:catalogue-class-create": Rule(STAFF),
    "dashboard:catalogue-class-delete": Rule(STAFF),
    "dashboard:catalogue-class-list": Rule(STAFF),
    "dashboard:catalogue-class-update": Rule(STAFF),
    "dashboard:catalogue-option-create": Rule(STAFF),
    "dashboard:catalogue-option-delete": Rule(STAFF),
    "dashboard:catalogue-option-list": Rule(STAFF),
    "dashboard:catalogue-option-update": Rule(STAFF),
    "dashboard:catalogue-product": _rule(STAFF_PROVINCE, owner="seller_b", pk=product_pk),
    "dashboard:catalogue-product-bulk-action": Rule(STAFF),
    "dashboard:catalogue-product-create": Rule(SELLER),
    "dashboard:catalogue-product-create-child": _rule(STAFF_PROVINCE, parent_pk=product_pk),
    "dashboard:catalogue-product-delete": _rule(STAFF_PROVINCE, owner="seller_b", pk=product_pk),
    "dashboard:catalogue-product-list": Rule(SELLER),
    "dashboard:catalogue-product-lookup": Rule(SELLER),
    "dashboard:comms-list": Rule(STAFF),
    "dashboard:comms-update": Rule(STAFF),
    "dashboard:index": Rule(SELLER),
    "dashboard:login": Rule(OPEN),
    "dashboard:logout": Rule(OPEN),
    "dashboard:offer-benefit": Rule(STAFF),
    "dashboard:offer-condition": Rule(STAFF),
    "dashboard:offer-delete": Rule(STAFF),
    "dashboard:offer-detail": Rule(STAFF),
    "dashboard:offer-list": Rule(STAFF),
    "dashboard:offer-metadata": Rule(STAFF),
    "dashboard:offer-restrictions": Rule(STAFF),
    "dashboard:order-detail": _rule(STAFF_PROVINCE, owner="seller_b", number=order_number),
    "dashboard:order-detail-note": _rule(STAFF_PROVINCE, number=order_number, note_id=lambda w: 1),
    "dashboard:order-line-detail": _rule(
        STAFF_PROVINCE, number=order_number, line_id=lambda w: w["line"].pk
    ),
    "dashboard:order-list": Rule(SELLER),
    "dashboard:order-part": _rule(STAFF_PROVINCE, number=order_number, pk=lambda w: w["part"].pk),
    "dashboard:order-shipping-address": _rule(STAFF_PROVINCE, number=order_number),
    "dashboard:order-shipping-rate": Rule(SELLER),
    "dashboard:order-stats": Rule(SELLER),
    "dashboard:page-create": Rule(STAFF),
    "dashboard:page-delete": Rule(STAFF),
    "dashboard:page-list": Rule(STAFF),
    "dashboard:page-update": Rule(STAFF),
    "dashboard:partner-create": Rule(STAFF),
    "dashboard:partner-delete": _rule(STAFF_PROVINCE, pk=partner_pk),
    "dashboard:partner-list": Rule(STAFF),
    "dashboard:partner-manage": _rule(STAFF_PROVINCE, pk=partner_pk),
    "dashboard:partner-user-create": _rule(STAFF_PROVINCE, partner_pk=partner_pk),
    "dashboard:partner-user-link": _rule(
        STAFF_PROVINCE, partner_pk=partner_pk, user_pk=lambda w: w["seller_b"].pk
    ),
    "dashboard:partner-user-select": _rule(STAFF_PROVINCE, partner_pk=partner_pk),
    "dashboard:partner-user-unlink": _rule(
        STAFF_PROVINCE, partner_pk=partner_pk, user_pk=lambda w: w["seller_b"].pk
    ),
    "dashboard:partner-user-update": _rule(
        STAFF_PROVINCE, partner_pk=partner_pk, user_pk=lambda w: w["seller_b"].pk
    ),
    "dashboard:province-application-detail": _rule(
        STAFF_PROVINCE, owner="staff_b", pk=lambda w: w["application"].pk
    ),
    "dashboard:province-application-document": _rule(
        STAFF_PROVINCE,
        owner="staff_b",
        pk=lambda w: w["application"].pk,
        document=lambda w: "business_registration",
    ),
    "dashboard:province-application-list": Rule(STAFF),
    "dashboard:province-cooperative-detail": _rule(
        STAFF_PROVINCE, owner="staff_b", pk=lambda w: w["coop_b"].pk
    ),
    "dashboard:province-cooperative-list": Rule(STAFF),
    "dashboard:province-policy": Rule(STAFF),
    "dashboard:province-report": Rule(STAFF),
    "dashboard:province-revision-detail": _rule(
        STAFF_PROVINCE, owner="staff_b", pk=lambda w: w["revision"].pk
    ),
    "dashboard:province-revision-list": Rule(STAFF),
    "dashboard:range-create": Rule(STAFF),
    "dashboard:range-delete": Rule(STAFF),
    "dashboard:range-list": Rule(STAFF),
    "dashboard:range-products": Rule(STAFF),
    "dashboard:range-reorder": Rule(STAFF),
    "dashboard:range-update": Rule(STAFF),
    "dashboard:reports-index": Rule(STAFF),
    "dashboard:reviews-delete": Rule(STAFF),
    "dashboard:reviews-list": Rule(STAFF),
    "dashboard:reviews-update": Rule(STAFF),
    "dashboard:seller-export": Rule(SELLER),
    "dashboard:seller-import": Rule(SELLER),
    "dashboard:seller-import-template": Rule(SELLER),
    "dashboard:seller-profile": Rule(SELLER),
    "dashboard:shipping-method-band-delete": Rule(STAFF),
    "dashboard:shipping-method-band-edit": Rule(STAFF),
    "dashboard:shipping-method-create": Rule(STAFF),
    "dashboard:shipping-method-delete": Rule(STAFF),
    "dashboard:shipping-method-detail": Rule(STAFF),
    "dashboard:shipping-method-edit": Rule(STAFF),
    "dashboard:shipping-method-list": Rule(STAFF),
    "dashboard:stock-alert-list": Rule(SELLER),
    "dashboard:user-alert-delete": Rule(STAFF),
    "dashboard:user-alert-list": Rule(STAFF),
    "dashboard:user-alert-update": Rule(STAFF),
    "dashboard:user-detail": _rule(STAFF_PROVINCE, pk=lambda w: w["shopper_b"].pk),
    "dashboard:user-password-reset": _rule(STAFF_PROVINCE, pk=lambda w: w["shopper_b"].pk),
    "dashboard:users-index": Rule(STAFF),
    "dashboard:voucher-create": Rule(STAFF),
    "dashboard:voucher-delete": Rule(STAFF),
    "dashboard:voucher-list": Rule(STAFF),
    "dashboard:voucher-set-create": Rule(STAFF),
    "dashboard:voucher-set-delete": Rule(STAFF),
    "dashboard:voucher-set-detail": Rule(STAFF),
    "dashboard:voucher-set-download": Rule(STAFF),
    "dashboard:voucher-set-list": Rule(STAFF),
    "dashboard:voucher-set-update": Rule(STAFF),
    "dashboard:voucher-stats": Rule(STAFF),
    "dashboard:voucher-update": Rule(STAFF),
}


# POST: who must not change anything with a POST (the others may), by kind of URL. A pattern of
# kind POST_ONLY has its own entry in POST_RULES (what it does differs from one action to the
# next), so a new action without one fails the test; PUBLIC and OPEN forms take anyone's POST.
ALL_VISITORS = ("anonymous", "shopper", "seller_a", "staff_a")
POST_DENIED = {
    PUBLIC: (),
    OPEN: (),
    LOGIN: ("anonymous",),
    OWN: ALL_VISITORS,
    SELLER: ("anonymous", "shopper"),
    STAFF: ("anonymous", "shopper", "seller_a"),
    STAFF_PROVINCE: ALL_VISITORS,
    SUPERUSER: ALL_VISITORS,
    ERROR_TEST: ("anonymous", "shopper", "seller_a"),
    CMS_ADMIN: ("anonymous", "shopper", "seller_a"),
    DJANGO_ADMIN: ("anonymous", "shopper", "seller_a"),
}


@dataclass(frozen=True)
class PostRule:
    denied: tuple = ALL_VISITORS  # the visitors whose POST must change nothing
    data: object = None  # a function of the world to the form the owner would send
    owner: str | None = None  # whose POST of `data` does change the database


POST_RULES: dict[str, PostRule] = {
    # Actions (POST only)
    "orders:part-cancel": PostRule(),
    "payments:transfer-received": PostRule(denied=("anonymous", "shopper", "seller_a")),
    "payments:stripe-webhook": PostRule(),  # unsigned: refused whoever sends it
    "sourcing:request-close": PostRule(owner="shopper_b", data=lambda w: {}),
    "sourcing:offer-accept": PostRule(),
    "sourcing:hide": PostRule(denied=("anonymous",)),
    "catalogue:reviews-vote": PostRule(denied=("anonymous",)),
    "basket:add": PostRule(denied=()),
    "basket:vouchers-add": PostRule(denied=()),
    "basket:vouchers-remove": PostRule(denied=()),
    "customer:address-change-status": PostRule(),
    "customer:notifications-update": PostRule(denied=("anonymous",)),
    "customer:alert-create": PostRule(denied=("anonymous",)),
    "customer:alerts-cancel-by-pk": PostRule(),
    # One name for two patterns: with a key (someone's list) and without (one's own list).
    "customer:wishlists-add-product": PostRule(denied=("anonymous",)),
    # Forms whose POST changes another party's objects: sent with the data their owner would
    # send, which does change something when the owner sends it.
    "dashboard:order-part": PostRule(
        owner="seller_b",
        data=lambda w: {"action": "status", "status": w["part"].next_statuses()[0]},
    ),
    "dashboard:province-application-detail": PostRule(
        owner="staff_b", data=lambda w: {"action": "approve", "reason": ""}
    ),
    "dashboard:province-revision-detail": PostRule(
        owner="staff_b", data=lambda w: {"action": "reject", "reason": "Thiếu ảnh sản phẩm."}
    ),
    "dashboard:province-cooperative-detail": PostRule(
        owner="staff_b", data=lambda w: {"action": "suspend", "reason": "Vi phạm quy định."}
    ),
    "traceability-dashboard:lot-recall": PostRule(
        owner="seller_b", data=lambda w: {"reason": "Phát hiện dư lượng thuốc."}
    ),
    "sourcing:offer-create": PostRule(
        denied=("anonymous", "shopper"),
        owner="seller_a",
        data=lambda w: {"price_per_unit": 95000, "quantity": 50, "lead_time_days": 5},
    ),
}
