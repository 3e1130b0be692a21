"""The listing CSV: UTF-8 (with or without BOM), Vietnamese headers, one product per row.

`rows_parse` reads and checks a whole file without writing anything: every row with every
problem, in words a seller can act on (row, column, what is wrong, what is expected).
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from catalogue.models import Category, Certification
from catalogue.sanitize import rich_text_clean
from places.selectors import commune_choices, province_choices

# (key, header): the header is what the seller sees and types in the file.
COLUMNS = (
    ("sku", gettext_lazy("SKU")),
    ("title", gettext_lazy("Product name")),
    ("description", gettext_lazy("Description")),
    ("category", gettext_lazy("Category")),
    ("price", gettext_lazy("Price (VND)")),
    ("num_in_stock", gettext_lazy("Stock")),
    ("low_stock_threshold", gettext_lazy("Low-stock threshold")),
    ("ocop_stars", gettext_lazy("OCOP stars (claimed)")),
    ("certifications", gettext_lazy("Certifications")),
    ("origin_province", gettext_lazy("Province of origin")),
    ("origin_commune", gettext_lazy("Commune of origin")),
    ("unit", gettext_lazy("Unit")),
    ("shelf_life_days", gettext_lazy("Shelf life (days)")),
    ("upc", gettext_lazy("Barcode (UPC)")),
)
REQUIRED = {"sku", "title", "category", "price", "num_in_stock"}
MAX_PRICE = 10**10  # the stock record's price: 12 digits, 2 of them decimals
MAX_INTEGER = 2_147_483_647  # the database's positive integer fields
EXAMPLE_ROW = {
    "sku": "CF-ROBUSTA-500",
    "title": "Cà phê Robusta rang xay 500 g",
    "description": "<p>Cà phê <strong>Robusta</strong> rang mộc, xay vừa.</p>",
    "category": "Đồ uống > Cà phê",
    "price": "125000",
    "num_in_stock": "50",
    "low_stock_threshold": "5",
    "ocop_stars": "4",
    "certifications": "vietgap",
    "origin_province": "Đắk Lắk",
    "origin_commune": "Phường Buôn Ma Thuột",
    "unit": "Gói 500 g",
    "shelf_life_days": "365",
    "upc": "",
}


def headers() -> list[str]:
    return [str(header) for _key, header in COLUMNS]


@dataclass
class RowError:
    row: int  # the line in the file, the header being line 1
    column: str
    message: str


@dataclass
class ParsedRow:
    line: int
    raw: dict[str, str]
    values: dict = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)


@dataclass
class Parsed:
    rows: list[ParsedRow]
    errors: list[RowError]  # file-level problems (encoding, headers), row 0 or 1

    @property
    def all_errors(self) -> list[RowError]:
        return self.errors + [error for row in self.rows for error in row.errors]

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.all_errors


class _Lookups:
    """What rows refer to by name, loaded once per file."""

    def __init__(self) -> None:
        self.headers = {key: str(header) for key, header in COLUMNS}
        self.categories = {
            " > ".join(c.name for c in category.get_ancestors_and_self()).casefold(): category.pk
            for category in Category.objects.all()
        }
        self.certifications = {}
        for pk, code, name in Certification.objects.values_list("pk", "code", "name"):
            self.certifications[code.casefold()] = pk
            self.certifications[name.casefold()] = pk
        self.provinces = {}
        for code, name in province_choices():
            short = name.removeprefix("Thành phố ").removeprefix("Tỉnh ")
            for key in (name, short, str(code)):
                self.provinces[key.casefold()] = code
        self._communes: dict[int, dict[str, int]] = {}

    def communes(self, province: int) -> dict[str, int]:
        if province not in self._communes:
            self._communes[province] = {
                key.casefold(): code
                for code, name in commune_choices(province_code=province)
                for key in (name, str(code))
            }
        return self._communes[province]


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig")


def _integer(text: str, *, minimum: int, maximum: int = MAX_INTEGER) -> int:
    value = int(text.replace(".", "").replace(" ", "")) if text else None
    if value is None or value < minimum or value > maximum:
        raise ValueError
    return value


def rows_parse(*, data: bytes) -> Parsed:
    """Reads the file; checks headers and every row. Nothing is written."""
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        return Parsed(
            rows=[],
            errors=[
                RowError(
                    0, "", _("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.")
                )
            ],
        )
    try:
        # newline="": the csv module reads line ends itself (a lone "\r" too).
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:  # e.g. a cell longer than csv.field_size_limit()
        return Parsed(
            rows=[],
            errors=[RowError(0, "", _("The file cannot be read as CSV: start from the template."))],
        )
    header = lines[0] if lines else None
    wanted = {str(header_).casefold(): key for key, header_ in COLUMNS}
    if not header:
        return Parsed(rows=[], errors=[RowError(1, "", _("The file is empty."))])
    keys = [wanted.get(name.strip().casefold()) for name in header]
    missing = [str(h) for key, h in COLUMNS if key in REQUIRED and key not in keys]
    if missing:
        return Parsed(
            rows=[],
            errors=[
                RowError(
                    1,
                    "",
                    _("Columns missing from the first line: %(columns)s. Start from the template.")
                    % {"columns": ", ".join(missing)},
                )
            ],
        )
    lookups = _Lookups()
    rows, seen = [], {}
    for line, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= settings.LISTING_IMPORT_MAX_ROWS:
            return Parsed(
                rows=rows,
                errors=[
                    RowError(
                        line,
                        "",
                        _("A file holds at most %(max)s products: split it.")
                        % {"max": settings.LISTING_IMPORT_MAX_ROWS},
                    )
                ],
            )
        raw = {key: cell.strip() for key, cell in zip(keys, cells, strict=False) if key}
        row = ParsedRow(line=line, raw=raw)
        _row_check(row, lookups)
        sku = row.values.get("sku")
        if sku:
            if sku in seen:
                row.errors.append(
                    RowError(
                        line,
                        str(dict(COLUMNS)["sku"]),
                        _(
                            "The SKU %(sku)s is already used on line %(line)s: "
                            "each product needs its own."
                        )
                        % {"sku": sku, "line": seen[sku]},
                    )
                )
            seen.setdefault(sku, line)
        rows.append(row)
    if not rows:
        return Parsed(rows=[], errors=[RowError(2, "", _("The file has no product rows."))])
    return Parsed(rows=rows, errors=[])


def _row_check(row: ParsedRow, lookups: _Lookups) -> None:
    headers_ = lookups.headers
    raw, values = row.raw, row.values

    def error(key: str, message: str) -> None:
        row.errors.append(RowError(row.line, headers_[key], message))

    for key, value in raw.items():
        if "\x00" in value:  # PostgreSQL text cannot hold it
            error(key, _("Contains a NUL character: remove it, or save the file as “CSV UTF-8”."))
    for key in REQUIRED:
        if not raw.get(key):
            error(key, _("Empty: this column is required."))
    if raw.get("sku"):
        if len(raw["sku"]) > 128:
            error("sku", _("Too long: at most 128 characters."))
        values["sku"] = raw["sku"]
    if raw.get("title"):
        if len(raw["title"]) > 255:
            error("title", _("Too long: at most 255 characters."))
        values["title"] = raw["title"]
    values["description"] = rich_text_clean(raw.get("description", ""))
    if raw.get("category"):
        path = " > ".join(part.strip() for part in raw["category"].split(">")).casefold()
        if path in lookups.categories:
            values["category"] = lookups.categories[path]
        else:
            error(
                "category",
                _("No category “%(value)s”: write a category of the shop, e.g. “Đồ uống > Cà phê”.")
                % {"value": raw["category"]},
            )
    if raw.get("price"):
        try:
            price = Decimal(raw["price"].replace(".", "").replace(" ", "").replace("₫", ""))
            if price < 0 or price >= MAX_PRICE or price != price.to_integral_value():
                raise InvalidOperation
            values["price"] = price
        except InvalidOperation:
            error(
                "price",
                _("“%(value)s” is not a price: write a whole number of đồng, e.g. 125000.")
                % {"value": raw["price"]},
            )
    for key, minimum, maximum, expected in (
        ("num_in_stock", 0, MAX_INTEGER, _("a whole number, 0 or more")),
        ("low_stock_threshold", 0, MAX_INTEGER, _("a whole number, 0 or more")),
        ("ocop_stars", 3, 5, _("3, 4 or 5 (empty if none)")),
        ("shelf_life_days", 1, MAX_INTEGER, _("a number of days, 1 or more")),
    ):
        if raw.get(key):
            try:
                values[key] = _integer(raw[key], minimum=minimum, maximum=maximum)
            except ValueError:
                error(
                    key,
                    _("“%(value)s” is not valid: write %(expected)s.")
                    % {"value": raw[key], "expected": expected},
                )
    certifications = []
    for name in filter(None, (part.strip() for part in raw.get("certifications", "").split(";"))):
        if name.casefold() in lookups.certifications:
            certifications.append(lookups.certifications[name.casefold()])
        else:
            error(
                "certifications",
                _(
                    "Unknown certification “%(value)s”: "
                    "use the codes of the template, separated by “;”."
                )
                % {"value": name},
            )
    values["certifications"] = sorted(set(certifications))
    province = None
    if raw.get("origin_province"):
        province = lookups.provinces.get(raw["origin_province"].casefold())
        if province is None:
            error(
                "origin_province",
                _("No province “%(value)s”: write its name, e.g. “Đắk Lắk”.")
                % {"value": raw["origin_province"]},
            )
        values["origin_province"] = province
    if raw.get("origin_commune"):
        if province is None:
            error("origin_commune", _("Write the province of origin too."))
        else:
            commune = lookups.communes(province).get(raw["origin_commune"].casefold())
            if commune is None:
                error(
                    "origin_commune",
                    _("No commune “%(value)s” in this province: write its name as on the 2025 map.")
                    % {"value": raw["origin_commune"]},
                )
            values["origin_commune"] = commune
    if len(raw.get("unit", "")) > 64:
        error("unit", _("Too long: at most 64 characters."))
    values["unit"] = raw.get("unit", "")
    if len(raw.get("upc", "")) > 64:
        error("upc", _("Too long: at most 64 characters."))
    values["upc"] = raw.get("upc", "") or None


def rows_write_csv(*, rows: list[dict], out) -> None:
    """Writes listings in the import format (UTF-8 with BOM, so spreadsheets read the accents)."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(headers())
    for row in rows:
        writer.writerow([row.get(key, "") for key, _header in COLUMNS])
