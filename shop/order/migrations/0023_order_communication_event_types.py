"""The order e-mails as Oscar communication event types, so staff find them in the dashboard and
each sending is recorded on the order. Their text stays in the file templates
(templates/oscar/communication/emails/commtype_<code>_*) until staff edit it there."""

from django.db import migrations

EVENT_TYPES = {
    "ORDER_PLACED": "Xác nhận đơn hàng (gửi người mua)",
    "COOPERATIVE_ORDER_PLACED": "Đơn hàng mới (gửi hợp tác xã)",
    "ORDER_PART_STATUS_CHANGED": "Phần đơn hàng đổi trạng thái (gửi người mua)",
}


def event_types_create(apps, schema_editor):
    CommunicationEventType = apps.get_model("communication", "CommunicationEventType")
    for code, name in EVENT_TYPES.items():
        CommunicationEventType.objects.get_or_create(
            code=code, defaults={"name": name, "category": "Order related"}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("order", "0022_shippingaddress_commune_shippingaddress_province_and_more"),
        ("communication", "0004_auto_20200801_0817"),
    ]

    operations = [migrations.RunPython(event_types_create, migrations.RunPython.noop)]
