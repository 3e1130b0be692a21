from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperativesConfig(AppConfig):
    name = "cooperatives"
    verbose_name = _("Cooperative")

    def ready(self):
        from . import receivers  # noqa: F401 (connects the signal handlers)
