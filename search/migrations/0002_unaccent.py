from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations


class Migration(migrations.Migration):
    """PostgreSQL's unaccent, for the database fallback search (search/db.py). A no-op elsewhere."""

    dependencies = [("search", "0001_initial")]

    operations = [UnaccentExtension()]
