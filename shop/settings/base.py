"""Every setting of Chợ HTX. dev.py, test.py and production.py only override what differs.

Configuration comes from environment variables with safe defaults; production.py refuses to
start without the secrets.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403 (Oscar's settings are the base for ours)


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
    "django.forms",  # its widget templates, for FORM_RENDERER below
    # Oscar, with our forks in place of its stock apps
    "shop.apps.ShopConfig",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "shop.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "shop.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "shop.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "shop.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "shop.dashboard.province.apps.ProvinceDashboardConfig",
    "shop.dashboard.seller.apps.SellerDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Our own apps
    "imaging",
    "pagecache",
    "places",
    "cooperatives",
    "listings",
    "privacy",
    "traceability",
    "sourcing",
    "demo",
    "payments",
    "ops",
    "axes",
    "csp",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "cms",  # after Wagtail's apps: its ready() replaces their chooser widgets (cms.apps)
    "modelcluster",
    "taggit",
    "django_filters",
]

SITE_ID = 1

MIDDLEWARE = [
    "shop.middleware.RequestIdMiddleware",
    "shop.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "shop.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "pagecache.middleware.PageCacheMiddleware",
    "pagecache.middleware.PublicCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "shop.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "shop.middleware.CsrfPlaceholderMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "shop.ratelimit.RateLimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "cms.context_processors.site_settings",
            ],
        },
    },
]

# Form widgets render through TEMPLATES, so templates/ can override a widget's template.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"


def database(url: str, **options) -> dict:
    """The database of this URL; each request in one transaction. PostgreSQL's parameters are
    bound on the server, so psycopg prepares the statements a connection runs again and again
    (the fifth time) and PostgreSQL plans them once, not on every request: planning the
    storefront's joins costs more than running them. Not through a pooler in transaction mode
    (PgBouncer before 1.21): DATABASE_PREPARED_STATEMENTS=false there."""
    config = dj_database_url.parse(url, **options)
    config["ATOMIC_REQUESTS"] = True
    if config["ENGINE"] == "django.db.backends.postgresql" and env_bool(
        "DATABASE_PREPARED_STATEMENTS", True
    ):
        config.setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
    return config


DATABASES = {
    "default": database(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "cho-htx",
    }
}
# With Redis the web processes keep no state of their own: cache and sessions live there, so
# any number of them can serve behind a load balancer.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env("CACHE_KEY_PREFIX", "cho-htx"),
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"

# Rendered product cards and page fragments (catalogue/cards.py, shop/fragments.py) are kept
# until what they show changes (shop/invalidation.py), at most this long; the version is in
# every key, so a deploy that changes them (set it to the release) starts afresh.
CARD_CACHE_VERSION = env("CARD_CACHE_VERSION", "1")
CARD_CACHE_SECONDS = int(env("CARD_CACHE_SECONDS", str(6 * 60 * 60)))
# Anonymous storefront pages may be kept this long by browsers and shared caches
# (pagecache.middleware.PublicCacheMiddleware); paths under these prefixes never are.
# A shared page's form sent without a token (no JavaScript) may be confirmed (shop/csrf.py).
CSRF_FAILURE_VIEW = "shop.csrf.csrf_failure"
PUBLIC_PAGE_MAX_AGE = int(env("PUBLIC_PAGE_MAX_AGE", "60"))
# The same pages are kept in the cache and served ahead of the rest of the stack to visitors
# who carry no cookie but the language's (pagecache.middleware.PageCacheMiddleware), until
# what they show changes (shop/invalidation.py) and at most this long.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", str(PUBLIC_PAGE_MAX_AGE)))
# How far the web servers' clocks may differ (seconds): a page begun this long after a change
# on another server is not kept as current.
PAGE_CACHE_CLOCK_SKEW = float(env("PAGE_CACHE_CLOCK_SKEW", "1"))
PUBLIC_PAGE_EXCLUDED_PREFIXES = (
    "/dashboard/",
    "/django-admin/",
    "/cms-admin/",
    "/basket/",
    "/checkout/",
    "/accounts/",
    "/orders/",
    "/payments/",
    "/privacy/",
    "/i18n/",
)

AUTHENTICATION_BACKENDS = (
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out account or address first
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_REDIRECT_URL = "/"

# Content-Security-Policy (django-csp), enforced on every page (storefront, dashboard, both
# admins): scripts only from this site (and Stripe's), inline ones only with the response's nonce
# (`<script nonce="{{ request.csp_nonce }}">`); no eval. Wagtail's widgets start without inline
# scripts (cms.widgets, templates/wagtailadmin). Styles may be inline (Wagtail's admin sets style
# attributes). CSP_REPORT_ONLY=true reports violations in the browser's console instead.
# CSP_MEDIA_ORIGINS: where media are served
# from when not from this site (the bucket's or the CDN's origin).
_CSP = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, "https://js.stripe.com"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *env_list("CSP_MEDIA_ORIGINS")],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://api.stripe.com"],
        "frame-src": [SELF, "https://js.stripe.com", "https://hooks.stripe.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
CONTENT_SECURITY_POLICY = None if env_bool("CSP_REPORT_ONLY") else _CSP
CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP if env_bool("CSP_REPORT_ONLY") else None

# Sign-in (storefront, dashboard, both admins): the 5th failure in a row for one account, or from
# one IP address, locks it out for 15 minutes (django-axes, attempts kept in the database).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "shop.ratelimit.lockout_response"
# Behind PROXY_COUNT reverse proxies the client's address is the one they put in X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = int(env("PROXY_COUNT", "0"))
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
# Registration and password reset: submissions per account and per IP address in an hour
# (shop/ratelimit.py). Many phones share one carrier address, so an address may make more.
RATE_LIMITS = [
    {"name": "register", "view": "customer:register", "account_field": "email"},
    # Oscar's sign-in page registers too, with the registration form's button.
    {
        "name": "register",
        "view": "customer:login",
        "when_field": "registration_submit",
        "account_field": "registration-email",
    },
    {"name": "password-reset", "view": "password-reset", "account_field": "email"},
]
for _rate_limit in RATE_LIMITS:
    _rate_limit.update(limit=5, ip_limit=30, window=3600)

# Cookies: none readable by scripts but the CSRF token (Oscar's dashboard.js reads it), none sent
# along with requests from other sites' pages; production.py makes them HTTPS-only.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Powerful browser features the site never uses, refused for it and for anything it embeds.
# (Card payments may ask for the Payment Request API inside Stripe's frame.)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    'microphone=(), usb=(), payment=(self "https://js.stripe.com")'
)

# Language, time and money: Vietnamese first, English as the alternative.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "oscar"]  # oscar/: fills Oscar's vi
LOCALE_PATHS += [BASE_DIR / "locale" / "wagtail"]  # fills Wagtail's vi for the admin's staff
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Papers that must not be public (cooperative applications), served through permission checks.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded media on S3-compatible storage (AWS, MinIO, Ceph …) when a bucket is named, so every
# web replica and worker sees the same files; the access keys come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = env("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_S3_FILE_OVERWRITE = False
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every e-mail is queued and delivered by the worker (ops/mail.py) through EMAIL_DELIVERY_BACKEND,
# which the EMAIL_BACKEND variable names.
EMAIL_BACKEND = "ops.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))  # the file backend's
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Chợ HTX <no-reply@cho-htx.local>")

# Oscar
OSCAR_SHOP_NAME = "Chợ HTX"
OSCAR_SHOP_TAGLINE = _("Cooperative and OCOP products")
OSCAR_HOMEPAGE = reverse_lazy("home")  # the Wagtail home page, not Oscar's catalogue
OSCAR_DEFAULT_CURRENCY = "VND"
OSCAR_CURRENCY_FORMAT = {"VND": {"locale": "vi_VN", "format": "#,##0\xa0¤"}}
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "line1", "line4", "country")
OSCAR_SLUG_ALLOW_UNICODE = False
# "đ" has no decomposition to strip: spell it "d" so "Đồ uống" becomes "do-uong".
OSCAR_SLUG_MAP = {"đ": "d", "Đ": "D"}
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
THUMBNAIL_PRESERVE_FORMAT = False
THUMBNAIL_FORMAT = "WEBP"
THUMBNAIL_QUALITY = 82
# Oscar's stock search modules import haystack at module level (they stay importable because
# get_class loads them before our fork). haystack is not an installed app: search/ serves every
# search and browse page from Elasticsearch.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
# The dashboard's menu: Oscar's, then the seller's and the province staff's own screens (each
# entry shows only to those its view lets in).
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
    {
        "label": _("Your cooperative"),
        "icon": "fas fa-store",
        "children": [
            {"label": _("Cooperative profile"), "url_name": "dashboard:seller-profile"},
            {"label": _("Import and export (CSV)"), "url_name": "dashboard:seller-import"},
        ],
    },
    {
        "label": _("Province staff"),
        "icon": "fas fa-landmark",
        "children": [
            {
                "label": _("Cooperative applications"),
                "url_name": "dashboard:province-application-list",
            },
            {"label": _("Cooperatives"), "url_name": "dashboard:province-cooperative-list"},
            {"label": _("Listings to review"), "url_name": "dashboard:province-revision-list"},
            {"label": _("Price bound"), "url_name": "dashboard:province-policy"},
            {"label": _("Province reports"), "url_name": "dashboard:province-report"},
        ],
    },
]

# Orders: Vietnam only, one part per cooperative (shop/order, shop/checkout, shop/shipping)
PHONENUMBER_DEFAULT_REGION = "VN"
OSCAR_INITIAL_ORDER_STATUS = "pending"
OSCAR_ORDER_STATUS_PIPELINE = {
    "pending": ("processing", "completed", "cancelled"),
    "processing": ("completed", "cancelled"),
    "completed": (),
    "cancelled": (),
}
OSCAR_ORDER_STATUS_CASCADE = {}
OSCAR_INITIAL_LINE_STATUS = "pending"
OSCAR_LINE_STATUS_PIPELINE = {
    "pending": ("confirmed", "shipping", "delivered", "cancelled"),
    "confirmed": ("shipping", "delivered", "cancelled"),
    "shipping": ("delivered", "cancelled"),
    "delivered": (),
    "cancelled": (),
}
OSCAR_MODERATE_REVIEWS = True
OSCAR_ALLOW_ANON_REVIEWS = False
# A seller edits its cooperative's shipping rates from the dashboard's Fulfilment menu.
next(item for item in OSCAR_DASHBOARD_NAVIGATION if item.get("icon") == "fas fa-shopping-cart")[  # noqa: F405
    "children"
].append({"label": _("Shipping rates"), "url_name": "dashboard:order-shipping-rate"})
# Hours a bank transfer may stay unpaid before the order is cancelled and its stock released.
BANK_TRANSFER_PAYMENT_HOURS = int(env("BANK_TRANSFER_PAYMENT_HOURS", "48"))

# Wagtail
WAGTAIL_SITE_NAME = "Chợ HTX"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# No request from the admin to third parties: avatars, the new-release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"webp": "webp", "png": "webp", "jpeg": "webp"}
WAGTAILIMAGES_IMAGE_FORM_BASE = "imaging.wagtail.ImageForm"  # originals stored without EXIF/GPS
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx", "zip"]

# Elasticsearch (search/ is the only module that talks to it)
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "cho-htx")
ELASTICSEARCH_TIMEOUT = float(env("ELASTICSEARCH_TIMEOUT", "1"))
SEARCH_ENABLED = env_bool("SEARCH_ENABLED", True)

# Payments. The checkout's payment methods, loaded with import_string, in this order; the first,
# cash on delivery, is preselected.
CHECKOUT_PAYMENT_METHODS = [
    "shop.checkout.methods.CashOnDelivery",
    "payments.methods.BankTransfer",
    "payments.methods.Card",
]
# The platform's bank account for VietQR transfers; staff can set it in the CMS admin instead.
VIETQR_BANK_BIN = env("VIETQR_BANK_BIN")  # the bank's NAPAS code, e.g. 970436 (Vietcombank)
VIETQR_BANK_NAME = env("VIETQR_BANK_NAME")
VIETQR_ACCOUNT_NUMBER = env("VIETQR_ACCOUNT_NUMBER")
VIETQR_ACCOUNT_HOLDER = env("VIETQR_ACCOUNT_HOLDER")
# Card payments through Stripe, switched on by its keys. STRIPE_API_BASE points the official
# library at another server (localstripe in tests); STRIPE_JS_URL is where Stripe.js is loaded.
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
STRIPE_API_BASE = env("STRIPE_API_BASE")
STRIPE_JS_URL = env("STRIPE_JS_URL", "https://js.stripe.com/v3/")


def _staff_only(user, url_name, url_args=None, url_kwargs=None):
    """Access check of a dashboard menu entry that only staff may open."""
    return user.is_staff


OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
    {
        "label": _("Bank transfers"),
        "icon": "fas fa-money-check-alt",
        "url_name": "payments:transfer-list",
        "access_fn": _staff_only,
    },
]

# Uploaded images: cooperative logos and covers
IMAGE_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
IMAGE_MIN_SIDE = 200
IMAGE_MAX_PIXELS = 40_000_000  # larger images are refused before they are decoded

# Listings: a price-only change of at most this share (%) skips review, unless a province's staff
# set their own bound; CSV imports of at most this many rows.
LISTING_PRICE_CHANGE_FREE_PERCENT = 10
LISTING_IMPORT_MAX_ROWS = 20_000
LISTING_IMPORT_MAX_BYTES = 10 * 1024 * 1024

# Traceability: diary photos and certificates, label font (vendored: renders Vietnamese), the
# vocabulary our own EPCIS business steps are named in
TRACE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
TRACE_LABEL_FONT = BASE_DIR / "static" / "traceability" / "fonts" / "DejaVuSansCondensed.ttf"
TRACE_LABEL_FONT_BOLD = (
    BASE_DIR / "static" / "traceability" / "fonts" / "DejaVuSansCondensed-Bold.ttf"
)
TRACE_EPCIS_VOCABULARY = env("TRACE_EPCIS_VOCABULARY", "https://cho-htx.vn/voc/")

# The sellers' traceability and supply–demand pages in Oscar's dashboard menu (the views check
# the cooperative themselves); staff see the supply–demand figures.
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405 (Oscar's default menu)
    {
        "label": _("Traceability"),
        "icon": "fas fa-qrcode",
        "url_name": "traceability-dashboard:lot-list",
        "access_fn": lambda user, *args: user.partners.exists(),
    },
    {
        "label": _("Supply and demand"),
        "icon": "fas fa-handshake",
        "url_name": "sourcing-dashboard:workspace",
        "access_fn": lambda user, *args: user.partners.exists(),
    },
    {
        "label": _("Supply and demand figures"),
        "icon": "fas fa-chart-bar",
        "url_name": "sourcing-dashboard:figures",
        "access_fn": lambda user, *args: user.is_staff,
    },
]

# Supply–demand matching: requests and announcements per page of the public board
SOURCING_PAGE_SIZE = 20
SOURCING_SITE_URL = env("SOURCING_SITE_URL", WAGTAILADMIN_BASE_URL)  # links in its e-mails

# Background tasks: Celery with Redis as its broker (see ops/tasks.py). Without a broker, the
# run command's default, every task runs in the web process after the commit.
# Without a broker: an in-memory one that nothing consumes, since every task then runs eagerly.
CELERY_BROKER_URL = env("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = not env("CELERY_BROKER_URL")
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_TASK_DEFAULT_QUEUE", "cho-htx")
CELERY_TASK_ACKS_LATE = True  # a task a dying worker held is run again (tasks are idempotent)
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # the worker logs through LOGGING, like the web
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
# A broker that does not answer makes enqueue() run the task in process within about a second.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.3}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # Sends the index updates queued while Elasticsearch was unreachable.
    "search-index-catch-up": {"task": "search.pending_catch_up", "schedule": 300},
    # Compares every document with the database and re-sends the ones that differ.
    "search-index-drift-fix": {"task": "search.index_drift_fix", "schedule": 6 * 3600},
    # Cancels VietQR transfers left unpaid (the checkout's expire_unpaid_transfers command).
    "unpaid-transfers-expire": {"task": "ops.unpaid_transfers_expire", "schedule": 600},
    # Publishes and unpublishes the Wagtail pages whose go-live or expiry time has come.
    "scheduled-pages-publish": {"task": "ops.scheduled_pages_publish", "schedule": 60},
    # Expired sessions, old failed-task records.
    "cleanup": {"task": "ops.cleanup", "schedule": 24 * 3600},
}
TASK_MAX_RETRIES = int(env("TASK_MAX_RETRIES", "5"))
TASK_RETRY_BACKOFF_MAX = int(env("TASK_RETRY_BACKOFF_MAX", "600"))  # seconds
FAILED_TASK_KEEP_DAYS = 30

# Logs: one JSON object per line with the request id (LOG_FORMAT=text for people), slow requests
# and queries as warnings.
LOG_FORMAT = env("LOG_FORMAT", "json")
SLOW_REQUEST_MS = int(env("SLOW_REQUEST_MS", "1000"))
SLOW_QUERY_MS = int(env("SLOW_QUERY_MS", "200"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "shop.logging.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "shop.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "search": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "ops": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Personal data (privacy/): the privacy policy's version consents refer to, and its address
PRIVACY_POLICY_VERSION = env("PRIVACY_POLICY_VERSION", "2026-07-01")
PRIVACY_POLICY_URL = env("PRIVACY_POLICY_URL", "/chinh-sach-bao-mat/")
