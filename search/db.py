"""Accent folding inside the database, for the fallback search while Elasticsearch is unavailable.

`Folded("title")` is `lower(unaccent(title))`: PostgreSQL's `unaccent` extension (a trusted
extension, created by migration 0002) folds Vietnamese as Elasticsearch does ("Đắk Lắk" ->
"dak lak"); on SQLite, the run command's database, a Python function of the same name does it.
"""

from django.db.backends.signals import connection_created
from django.db.models import CharField, Func
from django.db.models.functions import Lower

from .analysis import fold


class Folded(Lower):
    def __init__(self, expression, **extra):
        super().__init__(Func(expression, function="unaccent", output_field=CharField()), **extra)


def _sqlite_unaccent(text: str | None) -> str | None:
    return None if text is None else fold(text)


def register_sqlite_functions(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("unaccent", 1, _sqlite_unaccent, deterministic=True)


connection_created.connect(register_sqlite_functions, dispatch_uid="search_sqlite_unaccent")
