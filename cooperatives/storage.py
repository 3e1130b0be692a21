"""Where application papers are kept: outside MEDIA_ROOT, served only through a view that checks
who asks (staff of the province, or the applicant)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage() -> FileSystemStorage:
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
