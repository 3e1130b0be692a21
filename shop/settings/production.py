"""Production: secrets and hosts come from the environment, or the site refuses to start.

`manage.py check --deploy --settings=shop.settings.production` passes without a warning.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import STORAGES, env, env_bool

for required in ("SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"):
    if not env(required):
        raise ImproperlyConfigured(f"Set the {required} environment variable.")

DEBUG = False
MIDDLEWARE = [
    *MIDDLEWARE[:3],  # noqa: F405 (request id, health checks, security)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[3:],  # noqa: F405
]
# collectstatic fingerprints every file (name.<hash>.css, references in CSS rewritten) and writes
# .gz and, with the brotli package, .br beside it; whitenoise serves the smallest one the browser
# accepts, with a one-year immutable Cache-Control for fingerprinted names. A {% static %} name
# missing from the manifest is an error, not a silent unhashed URL.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS only, behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
AXES_IPWARE_PROXY_COUNT = int(env("PROXY_COUNT", "1"))  # the TLS proxy in front
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
OSCAR_BASKET_COOKIE_SECURE = True
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True
