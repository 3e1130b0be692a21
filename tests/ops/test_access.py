"""Access, generated from the URL configuration: every URL pattern of the site is requested with
GET, with another party's real objects in its path, by nobody, a shopper who owns nothing there,
the seller of another cooperative and the staff of another province. Nothing answers 5xx, nobody
gets 200 on what is not theirs, and a URL without a rule in tests/ops/access_rules.py fails."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.urls import URLResolver, get_resolver
from oscar.core.loading import get_model
from oscar.test.factories import create_basket, create_order
from wagtail.documents.models import Document

from cooperatives.models import CooperativeApplication
from listings.models import ListingRevision
from sourcing import services as sourcing
from tests.factories import UserFactory, site_home_create
from tests.seller.conftest import pdf_upload
from tests.seller.conftest import world as _seller_world  # noqa: F401 (fixture)
from traceability import services as traceability
from traceability.models import ProductIdentity

from . import access_rules as rules

pytestmark = pytest.mark.django_db

LOGIN_PATHS = ("/accounts/login/", "/dashboard/login/", "/cms-admin/login/", "/django-admin/login/")
DENIED = {301, 302, 403, 404, 405}
VISITORS = ("anonymous", "shopper", "seller_a", "staff_a")


def _patterns(resolver=None, namespace="", prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if pattern.namespace else namespace
            yield from _patterns(pattern, inner, prefix + str(pattern.pattern))
        else:
            yield namespace.strip(":"), pattern, prefix + str(pattern.pattern)


def _key(namespace: str, pattern, route: str) -> str:
    if pattern.name is None:
        return route
    return f"{namespace}:{pattern.name}" if namespace else pattern.name


def rule_for(namespace: str, pattern, route: str) -> rules.Rule | None:
    if _key(namespace, pattern, route) in rules.RULES:
        return rules.RULES[_key(namespace, pattern, route)]
    if namespace.split(":")[0] in rules.NAMESPACE_RULES:
        return rules.NAMESPACE_RULES[namespace.split(":")[0]]
    for prefix, rule in rules.ROUTE_PREFIX_RULES.items():
        if route.startswith(prefix):
            return rule
    return None


def _argument_names(route: str) -> list[str]:
    return [a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route)]


def _url(route: str, rule: rules.Rule, world: dict) -> str:
    """The URL with the rule's objects, or "1" for an argument the rule leaves open."""
    names = _argument_names(route)
    if rule.args:
        return _reverse_route(route, rule.args(world))
    if not names:  # positional groups only (or none)
        return _reverse_route(route, ["1"] * route.replace("(?:", "").count("("))
    given = rule.kwargs(world) if rule.kwargs else {}
    return _reverse_route(route, {name: given.get(name, "1") for name in names})


def _reverse_route(route: str, values) -> str:
    """Fills one pattern's route (names can be shared by several patterns, so not reverse())."""
    if isinstance(values, dict):
        path = re.sub(
            r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)",
            lambda m: str(values[m.group(1) or m.group(2)]),
            route,
        )
    else:
        items = iter(values)
        path = re.sub(r"\((?!\?:)(?:[^()]|\([^()]*\))*\)", lambda m: str(next(items)), route)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def all_urls():
    return list(_patterns())


@pytest.fixture
def world(_seller_world):  # noqa: F811 (the fixture, extended)
    """Party B: cooperative B (Hà Nội) with its seller, product, lot, offer, application and
    revision; shopper B with an order from it, an address, a wish list, an e-mail and a
    notification. The visitors: a shopper who owns nothing, seller A, staff of Đắk Lắk."""

    w = dict(_seller_world)
    w["home"] = site_home_create(
        title="Trang chủ",
        slug="trang-chu",
        hero_title="Đặc sản hợp tác xã",
        hero_text="Sản phẩm OCOP.",
        hero_cta_text="Khám phá",
        hero_cta_url="/catalogue/",
    )
    w["page_path"] = ""
    w["shopper_b"] = UserFactory(email="khach-b@example.com", username="khach-b")
    w["applicant"] = UserFactory(email="ung-vien-b@example.com", username="ung-vien-b")
    w["application"] = CooperativeApplication.objects.create(
        cooperative=w["coop_b"],
        applicant=w["applicant"],
        representative_id_number="001190001234",
        business_registration=pdf_upload(),
    )
    w["revision"] = ListingRevision.objects.create(
        product=w["product_b"],
        cooperative=w["coop_b"],
        data={
            "title": "Chè B mới",
            "description": "Chè búp Thái Nguyên.",
            "ocop_stars": 4,
            "certifications": [],
        },
    )
    basket = create_basket(empty=True)
    basket.owner = w["shopper_b"]
    basket.add_product(w["product_b"])
    w["order"] = create_order(basket=basket, user=w["shopper_b"])
    w["line"] = w["order"].lines.first()
    w["part"] = w["order"].parts.get()
    w["category"] = w["product_b"].categories.first()
    w["lot"] = traceability.lot_create(
        product=w["product_b"], code="CHE-B-01", produced_on=datetime.date(2025, 5, 1)
    )
    w["gtin"] = "08934567890120"
    ProductIdentity.objects.create(product=w["product_b"], gtin=w["gtin"])
    buyer = sourcing.buyer_profile_save(
        user=w["shopper_b"],
        company_name="Công ty B",
        contact_name="Trần Thị B",
        phone="0912345678",
        email="muahang-b@example.vn",
    )
    w["purchase_request"] = sourcing.request_post(
        buyer=buyer,
        title="Chè cho bếp ăn",
        category=w["category"],
        quantity=100,
        unit="kg",
        delivery_province=w["coop_b"].province,
        needed_by=datetime.date.today() + datetime.timedelta(days=30),
    )
    w["offer"] = sourcing.offer_make(
        request=w["purchase_request"],
        cooperative=w["coop_b"],
        price_per_unit=100000,
        quantity=100,
        lead_time_days=7,
    )
    country = get_model("address", "Country").objects.get(iso_3166_1_a2="VN")
    w["address"] = get_model("address", "UserAddress").objects.create(
        user=w["shopper_b"],
        first_name="B",
        last_name="Khách",
        line1="1 Phố Huế",
        line4="Hà Nội",
        country=country,
        phone_number="+84912345678",
    )
    wishlist = get_model("wishlists", "WishList").objects.create(owner=w["shopper_b"], name="B")
    w["wishlist"] = wishlist
    w["wishlist_line"] = wishlist.lines.create(product=w["product_b"], title="Chè B")
    w["email"] = get_model("communication", "Email").objects.create(
        user=w["shopper_b"], subject="Đơn hàng", body_text="Xin chào", email=w["shopper_b"].email
    )
    w["notification"] = get_model("communication", "Notification").objects.create(
        recipient=w["shopper_b"], subject="Tin nhắn", body="Xin chào"
    )
    w["alert"] = get_model("customer", "ProductAlert").objects.create(
        user=w["shopper_b"], product=w["product_b"]
    )
    w["review"] = get_model("reviews", "ProductReview").objects.create(
        product=w["product_b"],
        user=w["shopper_b"],
        score=5,
        title="Ngon",
        body="Chè ngon",
        status=1,
    )
    w["document"] = Document.objects.create(
        title="Tài liệu", file=ContentFile(b"%PDF-1.4", "b.pdf")
    )
    superuser = UserFactory(email="admin@example.com", username="admin", is_staff=True)
    superuser.is_superuser = True
    superuser.save()
    w["superuser"] = superuser
    return w


def test_every_url_pattern_has_a_rule():
    missing = sorted(
        {_key(ns, p, route) for ns, p, route in all_urls() if rule_for(ns, p, route) is None}
    )
    assert not missing, f"URL patterns without an access rule in access_rules.py: {missing}"


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and any(path in response["Location"] for path in LOGIN_PATHS)


def _check(rule: rules.Rule, who: str, response) -> str | None:
    """What is wrong with this answer, or None."""
    status = response.status_code
    if rule.kind == rules.ERROR_TEST and who == "staff_a":
        return None
    if status >= 500:
        return f"{status}"
    kind = rule.kind
    if kind == rules.PUBLIC:
        return None if status == 200 else f"{status}, not 200"
    if kind == rules.OPEN:
        return None
    if kind == rules.POST_ONLY:
        return None if status in DENIED else f"{status} to a GET"
    if who == "anonymous":
        if kind in {
            rules.ERROR_TEST,
            rules.LOGIN,
            rules.SELLER,
            rules.STAFF,
            rules.CMS_ADMIN,
            rules.DJANGO_ADMIN,
        }:
            return None if _is_login_redirect(response) else f"{status}, not a log-in redirect"
        return None if status in DENIED else f"{status}"
    allowed = {
        rules.LOGIN: set(VISITORS),
        rules.SELLER: {"seller_a", "staff_a"},
        rules.STAFF: {"staff_a"},
        rules.CMS_ADMIN: {"staff_a"},
        rules.DJANGO_ADMIN: {"staff_a"},
    }.get(kind, set())
    if who in allowed:
        return None
    return None if status in DENIED else f"{status} to {who}"


@pytest.mark.parametrize("who", VISITORS)
def test_nobody_gets_into_what_is_not_theirs(client, world, who):
    client.raise_request_exception = False
    if who != "anonymous":
        client.force_login(world[who])
    failures = []
    for namespace, pattern, route in all_urls():
        rule = rule_for(namespace, pattern, route)
        if rule is None:
            continue
        url = _url(route, rule, world)
        response = client.get(url)
        if who != "anonymous" and "_auth_user_id" not in client.session:
            client.force_login(world[who])  # a log-out URL signed them out: the rest as them
        problem = _check(rule, who, response)
        if problem:
            failures.append(f"{_key(namespace, pattern, route)} {url}: {problem}")
    assert not failures, "\n".join(failures)


def test_the_owners_open_their_objects(client, world):
    """The rules' objects are real: whoever owns one gets 200 on it."""
    client.raise_request_exception = False
    failures = []
    for namespace, pattern, route in all_urls():
        rule = rule_for(namespace, pattern, route)
        if rule is None or rule.owner is None:
            continue
        client.force_login(world[rule.owner])
        url = _url(route, rule, world)
        status = client.get(url).status_code
        if status != 200:
            failures.append(f"{_key(namespace, pattern, route)} {url}: {status}")
    assert not failures, "\n".join(failures)


# Tables a refused request may still write: the session, and the log-in attempts django-axes
# counts.
UNWATCHED_TABLES = ("django_session", "axes_accessattempt", "axes_accesslog")


def database_writes() -> dict[str, int]:
    """The rows written so far in the test's transaction (inserted, updated, deleted), by table:
    PostgreSQL's own count, so a write to any table shows, however the view made it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables "
            "WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 AND NOT relname = ANY(%s)",
            [list(UNWATCHED_TABLES)],
        )
        return dict(cursor.fetchall())


def post_rule_for(key: str, rule: rules.Rule) -> rules.PostRule | None:
    if key in rules.POST_RULES:
        return rules.POST_RULES[key]
    if rule.kind == rules.POST_ONLY:
        return None
    return rules.PostRule(denied=rules.POST_DENIED[rule.kind])


def test_every_action_has_a_post_rule():
    missing = sorted(
        _key(ns, p, route)
        for ns, p, route in all_urls()
        if (rule := rule_for(ns, p, route)) and post_rule_for(_key(ns, p, route), rule) is None
    )
    assert not missing, f"POST-only URL patterns without a rule in POST_RULES: {missing}"


def _changed(before: dict[str, int]) -> list[str]:
    after = database_writes()
    return sorted(table for table in after if after[table] != before.get(table))


@pytest.mark.parametrize("who", VISITORS)
def test_a_post_by_the_wrong_person_changes_nothing(client, world, who):
    """Every pattern POSTed (with the data its owner would send, where the rule gives it) by a
    visitor it is not for: never a 5xx, and no table changes."""
    client.raise_request_exception = False
    if who != "anonymous":
        client.force_login(world[who])
    client.get("/")  # what the first visit creates (their basket, the site's settings)
    client.get("/khong-co-trang-nay/")
    failures = []
    for namespace, pattern, route in all_urls():
        key = _key(namespace, pattern, route)
        rule = rule_for(namespace, pattern, route)
        post_rule = post_rule_for(key, rule) if rule else None
        if post_rule is None or who not in post_rule.denied or rule.kind == rules.ERROR_TEST:
            continue
        url = _url(route, rule, world)
        data = post_rule.data(world) if post_rule.data else {}
        before = database_writes()
        status = client.post(url, data).status_code
        if who != "anonymous" and "_auth_user_id" not in client.session:
            client.force_login(world[who])
        if status >= 500:
            failures.append(f"{key} {url}: {status}")
        elif changed := _changed(before):
            failures.append(f"{key} {url}: {status}, changed {changed}")
    assert not failures, "\n".join(failures)


def test_the_owners_posts_change_what_the_wrong_person_could_not(client, world):
    """The POST rules' data are real: sent by the owner, they do change the database."""
    client.raise_request_exception = False
    failures = []
    for namespace, pattern, route in all_urls():
        key = _key(namespace, pattern, route)
        post_rule = rules.POST_RULES.get(key)
        if post_rule is None or post_rule.owner is None:
            continue
        client.force_login(world[post_rule.owner])
        url = _url(route, rule_for(namespace, pattern, route), world)
        before = database_writes()
        status = client.post(url, post_rule.data(world)).status_code
        if status >= 400 or not _changed(before):
            failures.append(f"{key} {url}: {status}, nothing changed")
    assert not failures, "\n".join(failures)
