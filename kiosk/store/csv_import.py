"""Importing the visit log staff kept in a spreadsheet (CSV). No Qt.

Columns (headers in English or Korean, in any order): date (날짜), organization (기관),
country (국가), headcount (인원); optionally arranged_by (주선 기관) and notes (비고). The
country is an ISO code or the country's name in English or Korean; Korea means a domestic visit.
UTF-8 (with or without Excel's BOM), UTF-16 and CP949 (Korean Excel) files are read.

A file the kiosk exported (:mod:`kiosk.store.exports`, headers in any of its languages) reads
back: its countries with their people ("PE 3; CO 2") instead of one country and a headcount, the
lead organization's own country (a Korean institution that led foreigners stays a Korean
institution), start and end times, room, and the status: rows that are not completed visits are
left out and counted. A cell the export wrote after a ' (a text starting like a formula) is read
without it. A row whose calendar UID is already a visit's in the log is already there.

All or nothing: every row that cannot be read is reported (row number as in the spreadsheet,
column, reason) and nothing is imported until the file is clean. Imported visits are completed,
dated the whole day. Importing the same file again (or a longer version of it) adds only the
rows not yet imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Callable

import sqlite_utils

from kiosk.core.errors import reason
from kiosk.i18n import _, ngettext
from kiosk.store import times
from kiosk.store.errors import ValidationError
from kiosk.store.model import VisitForm
from kiosk.store.countries import resolve_country
from kiosk.store.organizations import name_key
from kiosk.store.permissions import Actor, authorize
from kiosk.store.validate import clean_country
from kiosk.store.visits import VisitRepository

#: Our column -> the headers staff use for it (compared without case, spaces or punctuation).
HEADERS = {
    "date": ("date", "visit date", "day", "날짜", "일자", "방문일", "방문일자", "방문 날짜"),
    "organization": ("organization", "organisation", "institution", "agency", "기관", "기관명",
                     "방문기관", "방문 기관", "소속"),
    "country": ("country", "nation", "국가", "나라", "국가명"),
    "headcount": ("headcount", "people", "visitors", "persons", "number", "인원", "인원수",
                  "방문인원", "방문 인원"),
    "arranged_by": ("arranged by", "arranged_by", "intermediary", "via", "주선", "주선기관", "주선 기관"),
    "notes": ("notes", "note", "remarks", "comment", "비고", "메모"),
}
REQUIRED = ("date", "organization", "country", "headcount")
#: The export's columns (kiosk.store.exports.COLUMNS) -> ours; the others are not read back.
_EXPORTED = {"status": "status", "date": "date", "start": "start_time", "end": "end_time",
             "organization": "organization", "organization_country": "organization_country",
             "arranged_by": "arranged_by", "countries": "countries", "room": "room", "notes": "notes", "uid": "uid"}
_FIELD_COLUMN = {"start": "date", "end": "date", "countries": "country", "headcount": "headcount",
                 "organization": "organization", "arranged_by": "arranged_by", "notes": "notes",
                 "organization_country": "country", "room": "room"}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?$")
_DATE = re.compile(r"^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?$")


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str  # the header as written in the file
    reason: str

    def message(self) -> str:
        if self.row < 1:
            return self.reason
        if not self.column:
            return _("row {row}: {reason}").format(row=self.row, reason=self.reason)
        return _("row {row}, {column}: {reason}").format(row=self.row, column=self.column, reason=self.reason)


class ImportRefused(ValidationError):
    """The file has rows that cannot be read; nothing was imported."""

    def __init__(self, problems: list[RowProblem]):
        n = len({p.row for p in problems})
        super().__init__("file", ngettext("{n} row cannot be read; nothing was imported.",
                                          "{n} rows cannot be read; nothing was imported.", n).format(n=n))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    rows: int
    imported: int
    already_there: int
    not_completed: int | None = None  # rows left out for their status (None: the file has no status column)


def decode(data: bytes) -> str:
    """Text of a spreadsheet export: UTF-8 (Excel adds a BOM), UTF-16 (Excel's "Unicode text")
    or CP949 (Korean Excel's default)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp949")
    except UnicodeDecodeError:
        raise ImportRefused([RowProblem(0, "", _("The file is not text in UTF-8 or CP949. Save it from the "
                                                 "spreadsheet as CSV UTF-8."))]) from None


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _headers() -> dict[str, str]:
    """Folded header -> our column: the words staff use, then the export's headers in every
    language (the first column to claim a header keeps it)."""
    from kiosk import i18n
    from kiosk.store.exports import COLUMNS

    wanted = {_fold(h): column for column, names in HEADERS.items() for h in names}
    for code in [lang.code for lang in i18n.languages()]:
        for key, header in COLUMNS:
            if key in _EXPORTED:
                wanted.setdefault(_fold(i18n.translate_in(code, header)), _EXPORTED[key])
    return wanted


def _statuses() -> dict[str, str]:
    """Folded status word in any language (or the status's own key) -> the status."""
    from kiosk import i18n
    from kiosk.store.model import STATUS_LABELS

    found = {_fold(status): status for status in STATUS_LABELS}
    for code in [lang.code for lang in i18n.languages()]:
        for status, label in STATUS_LABELS.items():
            found.setdefault(_fold(i18n.translate_in(code, label)), status)
    return found


def unguard(text: str) -> str:
    """A cell the export wrote after a ' (so that a spreadsheet does not run it), without the '."""
    from kiosk.store.exports import FORMULA_STARTS

    return text[1:] if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS) else text


def parse_date(text: str) -> date | None:
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_headcount(text: str) -> int | None:
    cleaned = re.sub(r"[\s,]|명$|people$|persons$", "", text.strip().casefold())
    return int(cleaned) if cleaned.isascii() and cleaned.isdigit() else None


def read_rows(text: str) -> tuple[list[tuple[int, dict[str, str], dict[str, str]]], list[RowProblem]]:
    """(row number, values by our column, header as written by our column) of each non-empty row,
    and the problems with the header."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample.splitlines()[0] if sample else ",", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    records = list(csv.reader(io.StringIO(text), dialect))
    if not records:
        return [], [RowProblem(1, "", _("The file is empty."))]
    wanted = _headers()
    columns: dict[str, int] = {}
    written: dict[str, str] = {}
    for index, header in enumerate(records[0]):
        column = wanted.get(_fold(header))
        if column and column not in columns:
            columns[column], written[column] = index, header.strip()
    required = ("date", "organization", "countries") if "countries" in columns else REQUIRED
    missing = [c for c in required if c not in columns]
    if missing:
        return [], [RowProblem(1, c, _("This column is missing. The first row names the columns: date, "
                                       "organization, country, headcount (or 날짜, 기관, 국가, 인원).")) for c in missing]
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        values = {c: (unguard(record[i].strip()).strip() if i < len(record) else "") for c, i in columns.items()}
        rows.append((number, values, written))
    return rows, []


def parse_countries(text: str) -> dict[str, int] | None:
    """{"PE": 3, "CO": 2} from "PE 3; CO 2" (codes or names; a country with nobody is left
    out), or None when the text is not such a list."""
    found: dict[str, int] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, _space, number = part.strip().rpartition(" ")
        n = parse_headcount(number)
        code = resolve_country(name) if name else None
        if code is None or n is None or code in found:
            return None
        if n > 0:
            found[code] = n
    return found


def parse_time(text: str) -> time | None:
    match = _TIME.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return time(int(match.group(1)), int(match.group(2)))


def import_visits_csv(db: sqlite_utils.Database, path: str | Path, actor: Actor,
                      tz=None, today: date | None = None,
                      progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Check every row, then import them all in one transaction (or raise ImportRefused).
    ``progress(saved, total)`` follows the saving, inside that transaction."""
    authorize(db, actor, "import")
    repo = VisitRepository(db, tz)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("file", _("The file cannot be read: {reason}").format(reason=reason(exc))) from exc
    rows, problems = read_rows(decode(data))
    today = today or times.now_utc().astimezone(repo.tz).date()
    statuses = _statuses()
    entries: list[tuple[VisitForm, str]] = []
    seen: dict[str, int] = {}
    left_out = already = 0
    has_status = bool(rows) and "status" in rows[0][2]
    for number, values, written in rows:
        row_problems: list[RowProblem] = []

        def refuse(column: str, reason: str) -> None:
            row_problems.append(RowProblem(number, written.get(column, column), reason))

        if "status" in values:
            status = statuses.get(_fold(values["status"]))
            if status is None:
                refuse("status", _("unknown status “{value}”").format(value=values["status"]))
            elif status != "completed":
                left_out += 1
                continue
        if values.get("uid") and db.execute("SELECT 1 FROM visits WHERE ical_uid = ?", [values["uid"]]).fetchone():
            already += 1  # exported from this very log
            continue
        day = parse_date(values["date"])
        if day is None:
            refuse("date", _("not a date: “{value}”; write dates as 2019-05-14").format(value=values["date"]))
        elif day > today:
            refuse("date", _("{value} has not come yet; the log holds past visits").format(value=values["date"]))
        if not values["organization"]:
            refuse("organization", _("the organization is missing"))
        countries = _row_countries(values, refuse)
        organization_country = None
        if values.get("organization_country"):
            try:
                organization_country = clean_country(values["organization_country"], "organization_country")
            except ValidationError:
                refuse("organization_country", _("unknown country “{value}”").format(value=values["organization_country"]))
        elif countries and "countries" not in values:
            organization_country = next(iter(countries))
        bounds = _row_times(values, day, repo.tz, refuse) if day is not None else None
        if not row_problems:
            start, end = bounds
            form = VisitForm(organization=values["organization"], start=start, end=end, countries=countries,
                             arranged_by=values.get("arranged_by") or None, notes=values.get("notes") or None,
                             room=values.get("room") or None, organization_country=organization_country)
            try:
                repo.check_form(form)
            except ValidationError as exc:
                column = _FIELD_COLUMN.get(exc.field, exc.field)
                refuse("countries" if column == "country" and "countries" in values else column, exc.message)
            else:
                if values.get("uid"):
                    key = "uid|" + values["uid"]
                elif "countries" in values:
                    key = "|".join([day.isoformat(), name_key(values["organization"]),
                                    ",".join(f"{c}:{n}" for c, n in sorted(countries.items()))])
                else:  # as before exports were read, so that an old file imported again adds nothing
                    (country, headcount), = countries.items()
                    key = "|".join([day.isoformat(), name_key(values["organization"]), country, str(headcount)])
                seen[key] = seen.get(key, 0) + 1
                digest = hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()[:32]
                entries.append((form, f"csv:{digest}"))
        problems += row_problems
    if problems:
        raise ImportRefused(problems)
    imported, skipped = repo.create_many(actor, entries, status="completed", progress=progress)
    return ImportResult(rows=len(entries) + already, imported=imported, already_there=skipped + already,
                        not_completed=left_out if has_status else None)


def _row_countries(values: dict[str, str], refuse) -> dict[str, int] | None:
    """The row's people per country: the export's "PE 3; CO 2", or one country and a headcount."""
    if "countries" in values:
        countries = parse_countries(values["countries"])
        if countries is None:
            refuse("countries", _("not a list of countries with their people: “{value}”; write e.g. PE 3; CO 2")
                   .format(value=values["countries"]))
        elif not countries:
            refuse("countries", _("the headcount must be a whole number of at least 1, not “{value}”")
                   .format(value=values["countries"]))
        return countries
    country = None
    try:
        country = clean_country(values["country"], "country")
    except ValidationError:
        refuse("country", _("unknown country “{value}”").format(value=values["country"]))
    headcount = parse_headcount(values["headcount"])
    if headcount is None or headcount < 1:
        refuse("headcount", _("the headcount must be a whole number of at least 1, not “{value}”")
               .format(value=values["headcount"]))
        return None
    return {country: headcount} if country else None


def _row_times(values: dict[str, str], day: date, tz, refuse) -> tuple[datetime, datetime] | None:
    """The visit's start and end: the row's times when it has them, else the whole day."""
    if not values.get("start_time") and not values.get("end_time"):
        return times.day_bounds(day, tz)
    found = []
    for column in ("start_time", "end_time"):
        at = parse_time(values.get(column, ""))
        if at is None:
            refuse(column, _("not a time: “{value}”; write times as 14:30").format(value=values.get(column, "")))
        found.append(at)
    if None in found:
        return None
    start = datetime.combine(day, found[0], tz)
    end = datetime.combine(day, found[1], tz)
    if end <= start:  # it ended after midnight
        end += timedelta(days=1)
    return start, end
