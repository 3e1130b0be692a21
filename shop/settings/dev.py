"""Local development: the run command's settings (SQLite unless DATABASE_URL says otherwise)."""

from .base import *  # noqa: F403
from .base import LOGGING, env, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
INTERNAL_IPS = ["127.0.0.1"]
# Logs for a person at the console, unless LOG_FORMAT says otherwise.
LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", "text")
