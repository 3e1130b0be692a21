"""Every setting of Chợ HTX. dev.py, test.py and production.py only override what differs.

Configuration comes from environment variables with safe defaults; production.py refuses to
start without the secrets.
"""

import os
from pathlib import Path

import dj_database_url
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
    "oscar.apps.basket.apps.BasketConfig",
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
    "places",
    "cooperatives",
    "listings",
    "cms",
    "privacy",
    "traceability",
    "sourcing",
    "demo",
    "payments",
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
    "modelcluster",
    "taggit",
    "django_filters",
]

SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "shop.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("CONN_MAX_AGE", "60")),
    )
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "cho-htx",
    }
}
if env("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL"),
    }

AUTHENTICATION_BACKENDS = (
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
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
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
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"webp": "webp", "png": "webp", "jpeg": "webp"}
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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "search": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Personal data (privacy/): the privacy policy's version consents refer to, and its address
PRIVACY_POLICY_VERSION = env("PRIVACY_POLICY_VERSION", "2026-07-01")
PRIVACY_POLICY_URL = env("PRIVACY_POLICY_URL", "/chinh-sach-bao-mat/")
