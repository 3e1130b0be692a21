default_app_config = "shop.address.apps.AddressConfig"
