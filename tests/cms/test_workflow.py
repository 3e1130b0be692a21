"""A change to the home page by an editor waits for a province staff member's approval."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms import roles
from cms.models import HomePage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_editors_home_page_change_waits_for_province_staff(client, home_page, staff_user):
    WorkflowPage.objects.create(page=home_page, workflow=Workflow.objects.get(name=roles.WORKFLOW))
    home_page.save_revision().publish()
    editor = UserFactory(email="bientap@example.vn", is_staff=False)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    form = nested_form_data(
        {
            "title": home_page.title,
            "slug": home_page.slug,
            "hero_title": "Tết sum vầy cùng hợp tác xã",
            "body": streamfield([]),
            "action-submit": "submit",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[home_page.pk]), form)

    assert response.status_code == 302
    home = HomePage.objects.get(pk=home_page.pk)
    assert home.hero_title == "Chợ HTX"  # the live page is unchanged
    assert home.workflow_in_progress
    assert "Tết sum vầy" not in client.get("/").content.decode()

    state = home.current_workflow_task_state
    client.force_login(staff_user)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[home.pk, "approve", state.pk]),
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    assert HomePage.objects.get(pk=home_page.pk).hero_title == "Tết sum vầy cùng hợp tác xã"
