from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the site: background tasks and their failures, health checks, request logging.

    The lowest layer of the project: every other app may use it, it imports none of them.
    """

    name = "ops"
    verbose_name = _("Operations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.backends.signals import connection_created

        from .db import slow_query_logger_install

        connection_created.connect(slow_query_logger_install, dispatch_uid="ops_slow_queries")
