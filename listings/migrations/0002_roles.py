"""Province staff moderate listings (the group is found by name: cooperatives made it)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def staff_may_moderate(apps, schema_editor):
    config = apps.get_app_config("listings")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Province staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="listings", codename="moderate_listing")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0001_initial"),
        ("cooperatives", "0004_roles"),
    ]

    operations = [migrations.RunPython(staff_may_moderate, migrations.RunPython.noop)]
