"""The two roles of the marketplace, as Django groups (created by a data migration).

Other apps add their own permissions to these groups in their migrations, looking the groups up
by name (get_or_create), so each app's migration stays its own.
"""

STAFF_GROUP = "Province staff"
SELLER_GROUP = "HTX seller"

# (app_label, codename) of what each group may do.
STAFF_PERMISSIONS = (
    ("cooperatives", "view_cooperative"),
    ("cooperatives", "moderate_cooperative"),
    ("cooperatives", "view_cooperativeapplication"),
    ("cooperatives", "view_cooperativedecision"),
    ("cooperatives", "view_cooperativeclassification"),
    ("cooperatives", "add_cooperativeclassification"),
    ("cooperatives", "change_cooperativeclassification"),
    ("cooperatives", "view_reports"),
    ("listings", "moderate_listing"),
)
SELLER_PERMISSIONS = (("partner", "dashboard_access"),)


def is_province_staff(user) -> bool:
    """Staff who moderate and read reports: the platform admin, or a staff member with the
    moderation permission."""
    return user.is_active and user.is_staff and user.has_perm("cooperatives.moderate_cooperative")
