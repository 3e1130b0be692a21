"""Wagtail's chooser widgets, started without an inline script.

Wagtail's `BaseChooser.render` writes `<script>new ImageChooser(id, options)</script>` after the
widget, which the Content-Security-Policy blocks in the admin. These widgets write the same call as
data for the `cms-init` Stimulus controller (static/cms/js/admin-init.js, added to every admin
page by cms.wagtail_hooks) instead. cms.apps puts them in place of Wagtail's for the foreign keys
to images and pages; the marketplace choosers (cms.viewsets) are built on `Chooser`.
"""

import json

from django.template.loader import render_to_string
from wagtail.admin.widgets import AdminPageChooser, BaseChooser
from wagtail.images.widgets import AdminImageChooser


class ScriptlessChooserMixin:
    def render(self, name, value, attrs=None, renderer=None):
        if not attrs or "id" not in attrs:
            raise TypeError("A chooser cannot be rendered without an 'id' attribute")
        value_data = self.get_value_data(value)
        options = self.get_js_init_options(attrs["id"], name, value_data)
        init = render_to_string(
            "wagtailadmin/shared/cms_init.html",
            {"name": self.js_constructor, "id": attrs["id"], "options_json": json.dumps(options)},
        )
        return self.render_html(name, value_data, attrs) + init


class Chooser(ScriptlessChooserMixin, BaseChooser):
    pass


class ImageChooser(ScriptlessChooserMixin, AdminImageChooser):
    pass


class PageChooser(ScriptlessChooserMixin, AdminPageChooser):
    pass
