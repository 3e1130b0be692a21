"""Accent folding inside the database, for the fallback search when Elasticsearch is unavailable.

`Folded("title")` is `translate(lower(title), 'àá…đ', 'aa…d')`: PostgreSQL has `translate`; on
SQLite (the run command's database) we register a Python function of the same name.
"""

from functools import cache

from django.db.backends.signals import connection_created
from django.db.models import CharField, Func, Value
from django.db.models.functions import Lower

from .analysis import fold

# Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional hold every Vietnamese letter.
_LATIN_RANGES = ((0xC0, 0x250), (0x1E00, 0x1F00))


@cache
def folding_table() -> tuple[str, str]:
    pairs = [
        (char, fold(char))
        for start, end in _LATIN_RANGES
        for char in map(chr, range(start, end))
        if len(fold(char)) == 1 and fold(char).isascii() and fold(char).isalpha()
    ]
    return "".join(c for c, _ in pairs), "".join(f for _, f in pairs)


class Folded(Func):
    function = "translate"
    output_field = CharField()

    def __init__(self, expression, **extra):
        source, target = folding_table()
        super().__init__(Lower(expression), Value(source), Value(target), **extra)


def _sqlite_translate(text: str | None, source: str, target: str) -> str | None:
    return None if text is None else text.translate(str.maketrans(source, target))


def register_sqlite_functions(sender, connection, **kwargs) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_function("translate", 3, _sqlite_translate, deterministic=True)


connection_created.connect(register_sqlite_functions, dispatch_uid="search_sqlite_translate")
