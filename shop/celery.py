"""The Celery application: its configuration is Django's CELERY_* settings (see base.py), its
tasks are the `tasks` modules of the installed apps.

    celery -A shop worker     runs the tasks
    celery -A shop beat       sends the scheduled ones (CELERY_BEAT_SCHEDULE)
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings.production")

app = Celery("shop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
