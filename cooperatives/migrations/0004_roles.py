"""The groups "Province staff" and "HTX seller" with exactly the permissions they need.

Groups are looked up by name (get_or_create): other apps' migrations add their own permissions
to the same groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUP = "Province staff"
SELLER_GROUP = "HTX seller"
STAFF_PERMISSIONS = (
    ("cooperatives", "view_cooperative"),
    ("cooperatives", "moderate_cooperative"),
    ("cooperatives", "view_cooperativeapplication"),
    ("cooperatives", "view_cooperativedecision"),
    ("cooperatives", "view_cooperativeclassification"),
    ("cooperatives", "add_cooperativeclassification"),
    ("cooperatives", "change_cooperativeclassification"),
    ("cooperatives", "view_reports"),
)
SELLER_PERMISSIONS = (("partner", "dashboard_access"),)


def _permissions(apps, wanted):
    # Permissions are made after migrate; make those of the apps named here now.
    for label in {app_label for app_label, _codename in wanted}:
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in wanted:
        found.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return found


def roles_create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, wanted in ((STAFF_GROUP, STAFF_PERMISSIONS), (SELLER_GROUP, SELLER_PERMISSIONS)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*_permissions(apps, wanted))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("partner", "0001_initial"),
        ("cooperatives", "0003_applications_decisions_staff"),
    ]

    operations = [migrations.RunPython(roles_create, migrations.RunPython.noop)]
