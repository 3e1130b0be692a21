"""Vietnam's administrative map (2025: 34 provinces, communes and wards directly under them).

The data comes from the vietnam-provinces package; we store only the numeric codes.
"""

from functools import cache

from vietnam_provinces import Province, Ward

from .collation import vietnamese_sort_key


@cache
def province_choices() -> list[tuple[int, str]]:
    """Provinces in Vietnamese alphabetical order of the names shoppers use: "Cà Mau" before
    "Cao Bằng" before "Cần Thơ", and every "Đ" after the last "D"."""
    return sorted(
        ((int(p.code), p.name) for p in Province.iter_all()),
        key=lambda choice: vietnamese_sort_key(province_short_name(choice[0])),
    )


@cache
def _provinces() -> dict[int, Province]:
    return {int(p.code): p for p in Province.iter_all()}


def _clean(name: str) -> str:
    return " ".join(name.split())


@cache
def _communes() -> dict[int, str]:
    return {int(w.code): _clean(w.name) for w in Ward.iter_all()}


@cache
def _commune_provinces() -> dict[int, int]:
    return {int(w.code): int(w.province_code) for w in Ward.iter_all()}


@cache
def _communes_by_province() -> dict[int, list[tuple[int, str]]]:
    grouped: dict[int, list[tuple[int, str]]] = {}
    for code, name in _communes().items():
        grouped.setdefault(_commune_provinces()[code], []).append((code, name))
    for communes in grouped.values():
        communes.sort(key=lambda choice: vietnamese_sort_key(choice[1]))
    return grouped


def commune_choices(*, province_code: int) -> list[tuple[int, str]]:
    """Communes of one province, in Vietnamese alphabetical order."""
    return list(_communes_by_province().get(province_code, []))


def province_name(code: int | None) -> str:
    province = _provinces().get(code) if code is not None else None
    return province.name if province else ""


def province_short_name(code: int | None) -> str:
    """'Thành phố Hà Nội' -> 'Hà Nội': the name shoppers use on cards and facets."""
    return province_name(code).removeprefix("Thành phố ").removeprefix("Tỉnh ")


def commune_name(code: int | None) -> str:
    return _communes().get(code, "") if code is not None else ""


def commune_province_code(code: int) -> int | None:
    return _commune_provinces().get(code)
