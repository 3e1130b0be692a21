"""Vietnam, the only country the shop delivers to."""

from django.db import migrations

VIETNAM = {
    "iso_3166_1_a2": "VN",
    "iso_3166_1_a3": "VNM",
    "iso_3166_1_numeric": "704",
    "printable_name": "Việt Nam",
    "name": "Cộng hòa Xã hội chủ nghĩa Việt Nam",
    "display_order": 1,
    "is_shipping_country": True,
}


def vietnam_create(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    Country.objects.update_or_create(
        iso_3166_1_a2=VIETNAM["iso_3166_1_a2"], defaults=VIETNAM
    )


class Migration(migrations.Migration):
    dependencies = [("address", "0008_useraddress_commune_useraddress_province")]

    operations = [migrations.RunPython(vietnam_create, migrations.RunPython.noop)]
