"""Creates the "Province staff" group and the home page approval workflow (see cms/roles.py)."""

from django.db import migrations

from cms.roles import province_staff_group_ensure


def group_create(apps, schema_editor):
    province_staff_group_ensure(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_collectionindexpage_contactpage_informationpage_and_more"),
        ("privacy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(group_create, migrations.RunPython.noop)]
