from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data for the storefront: `manage.py load_demo_data`."""

    name = "demo"
