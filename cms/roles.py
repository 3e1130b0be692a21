"""The "Province staff" group curates the storefront in Wagtail: it edits and publishes pages
(and approves the home page's workflow), manages images and documents in every collection, the
site settings and news categories, sees deletion requests and uses the marketplace choosers.

The group is fetched by name, so another app creating the same group only adds to it. Written
against an `apps` registry so the data migration (historical models) and tests that flushed
the database (the real registry) run the same code.
"""

from django.contrib.auth.management import create_permissions

GROUP = "Province staff"
WORKFLOW = "Duyệt trang chủ"
TASK = "Cán bộ tỉnh duyệt"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image", "delete_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document", "delete_document"),
}
MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "cms": (
        "change_sitesettings",
        "add_newscategory",
        "change_newscategory",
        "delete_newscategory",
    ),
    "privacy": ("view_deletionrequest", "view_consentrecord"),
}


def _permissions(apps, app_label, codenames):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )


def province_staff_group_ensure(*, apps):
    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, which create_permissions requires.
        historical = getattr(app_config, "models_module", None) is None
        if historical:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        if historical:
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(*_permissions(apps, app_label, codenames))
    root_page = Page.objects.filter(depth=1).order_by("path").first()
    if root_page is not None:
        for permission in _permissions(apps, "wagtailcore", PAGE_PERMISSIONS):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for permission in _permissions(apps, app_label, codenames):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return group
