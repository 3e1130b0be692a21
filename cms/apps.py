from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content pages")

    def ready(self):
        from . import receivers  # noqa: F401 (connects the signal handlers)

        self.register_scriptless_choosers()

    @staticmethod
    def register_scriptless_choosers():
        """Foreign keys to images and pages are edited with cms.widgets' choosers, which need no
        inline script. Wagtail registers its own in its apps' ready(): cms comes after them in
        INSTALLED_APPS, so these registrations are the ones that hold."""
        from django.db.models import ForeignKey
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.images import get_image_model
        from wagtail.models import AbstractPage

        from .widgets import ImageChooser, PageChooser

        register_form_field_override(
            ForeignKey, to=get_image_model(), override={"widget": ImageChooser}
        )
        register_form_field_override(
            ForeignKey,
            to=AbstractPage,
            override=lambda db_field: {
                "widget": PageChooser(target_models=[db_field.remote_field.model])
            },
        )
