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
    "oscar.apps.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "oscar.apps.shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "oscar.apps.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "oscar.apps.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "oscar.apps.dashboard.orders.apps.OrdersDashboardConfig",
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
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
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

# Uploaded images: cooperative logos and covers
IMAGE_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
IMAGE_MIN_SIDE = 200
IMAGE_MAX_PIXELS = 40_000_000  # larger images are refused before they are decoded

# Listings: a price-only change of at most this share (%) skips review, unless a province's staff
# set their own bound; CSV imports of at most this many rows.
LISTING_PRICE_CHANGE_FREE_PERCENT = 10
LISTING_IMPORT_MAX_ROWS = 20_000
LISTING_IMPORT_MAX_BYTES = 10 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        "search": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
