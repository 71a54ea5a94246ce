"""Exports of the visit log: a period's visits as CSV, XLSX or iCalendar. No Qt.

One streamed query reads the visits in start order (through the ``visits_start`` index), each
with its lead organization, arranging organization, countries with their headcounts and staff,
so a million visits never sit in memory. The file is written beside the target under a
temporary name, synced, and renamed over the target in the transaction that records the export
in the audit trail: a cancelled or failed export leaves no file and no entry, and an existing
target is replaced whole or not at all.

Headers, status words, sheet names and country names are in the request's language; the CSV
columns read back with ``kiosk visits import-csv`` (:mod:`kiosk.store.csv_import`).
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator, NamedTuple
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk import i18n
from kiosk.core.errors import KioskError, StorageError, os_reason
from kiosk.i18n import N_, _
from kiosk.store import audit, times
from kiosk.store.errors import ValidationError
from kiosk.store.model import STATUS_LABELS, STATUSES
from kiosk.store.permissions import Actor, authorize

FORMATS = ("csv", "xlsx", "ics")
ENCODINGS = ("utf-8-sig", "cp949")
#: Progress is reported, and cancellation polled, every this many visits.
STEP = 1000
#: A text cell starting with one of these is a formula to a spreadsheet: it is written after a '.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: The columns of the CSV file and of the XLSX Visits sheet: (key, header). The importer knows
#: the headers by these keys, in every language.
COLUMNS = (
    ("number", N_("Visit number")),
    ("status", N_("Status")),
    ("date", N_("Date")),
    ("start", N_("Start time")),
    ("end", N_("End time")),
    ("organization", N_("Lead organization")),
    ("organization_country", N_("Country of the lead organization")),
    ("arranged_by", N_("Arranged by")),
    ("countries", N_("Countries and people")),
    ("expected", N_("Expected headcount")),
    ("actual", N_("Actual headcount")),
    ("people", N_("People counted")),
    ("languages", N_("Languages")),
    ("room", N_("Room")),
    ("guide", N_("Guide")),
    ("interpreter", N_("Interpreter")),
    ("notes", N_("Notes")),
    ("uid", N_("Calendar UID")),
)


@dataclass(frozen=True)
class ExportRequest:
    format: str  # one of FORMATS
    start: date | None = None  # first day, included (the center's local days)
    end: date | None = None  # last day, included
    statuses: tuple[str, ...] | None = None
    lang: str = "ko"  # column headers, status words, sheet names, country names
    guide: str | None = None  # only visits this member of staff (by name, any case) is assigned to
    encoding: str = "utf-8-sig"  # CSV only: "utf-8-sig" or "cp949"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # visits written


class ExportCancelled(KioskError):
    def __init__(self) -> None:
        super().__init__(_("The export was cancelled; no file was written."))


class _Refused(Exception):
    """A refusal met while writing in the request's language: ``make()`` builds the KioskError
    once the interface's language speaks again."""

    def __init__(self, make: Callable[[], KioskError]):
        super().__init__()
        self.make = make


class ExportRow(NamedTuple):
    """One visit as the writers see it. Times are the stored local ISO strings."""

    id: int
    status: str
    start: str
    end: str
    expected: int
    actual: int | None
    languages: tuple[str, ...]
    room: str | None
    notes: str | None
    uid: str
    sequence: int
    organization_id: int
    organization: str
    organization_country: str
    arranged_by: str | None
    countries: tuple[tuple[str, int | None, int | None], ...]  # (code, expected, actual), most people first
    countries_text: str  # "PE 3; CO 2": ISO codes with their people counted, so that the file reads back
    people: int  # the people counted: per country, the actual headcount once taken, else the expected one
    guides: tuple[tuple[str, str | None], ...]  # (name, e-mail)
    interpreters: tuple[tuple[str, str | None], ...]


def people(country: tuple[str, int | None, int | None]) -> int:
    """A country's people counted: the actual headcount once taken, else the expected one."""
    return country[2] if country[2] is not None else (country[1] or 0)


# ---------------------------------------------------------------- checking and selecting

def check(request: ExportRequest) -> None:
    """ValidationError(field, message) for a request that cannot be exported; no database needed."""
    if request.format not in FORMATS:
        raise ValidationError("format", _("Unknown export format “{value}”: choose {choices}.").format(
            value=request.format, choices=", ".join(FORMATS)))
    for field, value in (("start", request.start), ("end", request.end)):
        if value is not None and not isinstance(value, date):
            raise ValidationError(field, _("Enter a date."))
    if request.start is not None and request.end is not None and request.end < request.start:
        raise ValidationError("end", _("The last day comes before the first day."))
    if request.encoding not in ENCODINGS:
        raise ValidationError("encoding", _("Unknown encoding “{value}”: choose UTF-8 or CP949.").format(
            value=request.encoding))
    if request.statuses is not None:
        for status in request.statuses:
            if status not in STATUSES:
                raise ValidationError("status", _("Unknown status “{value}”.").format(value=status))
    if not isinstance(request.lang, str) or request.lang == i18n.PSEUDO or not i18n.is_known(request.lang):
        raise ValidationError("lang", _("Unknown language “{value}”.").format(value=request.lang))
    if request.guide is not None and (not isinstance(request.guide, str) or not request.guide.strip()):
        raise ValidationError("guide", _("Enter the staff member's name."))


def _fold_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def guide_ids(db: sqlite_utils.Database, name: str) -> tuple[int, ...]:
    """The members of staff with this name (any case, any spacing); ValidationError when none."""
    wanted = _fold_name(name)
    ids = tuple(i for i, n in db.execute("SELECT id, name FROM staff ORDER BY id") if _fold_name(n) == wanted)
    if not ids:
        raise ValidationError("guide", _("No staff member is named {name}.").format(name=name.strip()))
    return ids


def _where(db, request: ExportRequest, tz: ZoneInfo) -> tuple[str, list, tuple[int, ...]]:
    """The selection as SQL on ``visits v`` with its parameters, and the guide's staff ids."""
    where, params = [], []
    if request.start is not None:
        where.append("v.scheduled_start_utc >= ?")
        params.append(times.utc_key(times.day_bounds(request.start, tz)[0], tz))
    if request.end is not None:
        where.append("v.scheduled_start_utc < ?")
        params.append(times.utc_key(times.day_bounds(request.end, tz)[1], tz))
    if request.statuses is not None:
        where.append(f"v.status IN ({', '.join('?' * len(request.statuses))})" if request.statuses else "0")
        params += list(request.statuses)
    staff: tuple[int, ...] = ()
    if request.guide is not None:
        staff = guide_ids(db, request.guide)
        where.append(f"v.id IN (SELECT visit_id FROM assignments WHERE staff_id IN ({', '.join('?' * len(staff))}))")
        params += list(staff)
    return " AND ".join(where) or "1", params, staff


def count(db: sqlite_utils.Database, request: ExportRequest, tz: ZoneInfo | str | None) -> int:
    """How many visits the request selects (the progress bar's total)."""
    check(request)
    where, params, _staff = _where(db, request, _zone(tz))
    return db.execute(f"SELECT count(*) FROM visits v INDEXED BY visits_start WHERE {where}", params).fetchone()[0]


_SELECT = """
SELECT v.id, v.status, v.scheduled_start, v.scheduled_end, v.expected_headcount, v.actual_headcount,
       v.languages, v.room, v.notes, v.ical_uid, v.ical_sequence, v.lead_organization_id,
       o.name, o.country, a.name,
       (SELECT group_concat(c.country || ' ' || ifnull(c.expected, '') || ' ' || ifnull(c.actual, ''), ',')
        FROM visit_countries c WHERE c.visit_id = v.id),
       (SELECT group_concat(x.role || char(31) || s.name || char(31) || ifnull(s.email, ''), char(30))
        FROM assignments x JOIN staff s ON s.id = x.staff_id WHERE x.visit_id = v.id)
FROM visits v INDEXED BY visits_start
JOIN organizations o ON o.id = v.lead_organization_id
LEFT JOIN organizations a ON a.id = v.arranged_by_id
WHERE {where}
ORDER BY v.scheduled_start_utc, v.id
"""


def _number(text: str) -> int | None:
    return int(text) if text else None


def _countries(text: str | None) -> tuple[tuple, str, int]:
    """(countries, "PE 3; CO 2", people) from the query's "PE 3 ,CO 2 2" (code, expected, actual)."""
    if not text:
        return (), "", 0
    found = []
    for part in text.split(","):
        code, expected, actual = part.split(" ")
        found.append((code, _number(expected), _number(actual)))
    if len(found) > 1:
        found.sort(key=lambda c: (-people(c), c[0]))
    return tuple(found), "; ".join(f"{c[0]} {people(c)}" for c in found), sum(people(c) for c in found)


def _staff(text: str | None) -> tuple[tuple, tuple]:
    if not text:
        return (), ()
    guides, interpreters = [], []
    for part in sorted(text.split("\x1e")):
        role, name, email = part.split("\x1f")
        (guides if role == "guide" else interpreters).append((name, email or None))
    return tuple(guides), tuple(interpreters)


class _Cache(dict):
    """Parsed values of texts that repeat from visit to visit (languages, headcounts), up to a
    bound: a million visits hold a few thousand distinct ones."""

    def __init__(self, parse, limit: int = 50_000):
        super().__init__()
        self.parse, self.limit = parse, limit

    def __missing__(self, key):
        value = self.parse(key)
        if len(self) < self.limit:
            self[key] = value
        return value


def rows(db: sqlite_utils.Database, where: str, params: list) -> Iterator[ExportRow]:
    """The selected visits in start order, one at a time from one query."""
    languages = _Cache(lambda text: tuple(json.loads(text or "[]")))
    countries = _Cache(_countries)
    make = ExportRow
    for r in db.execute(_SELECT.format(where=where), params):
        guides, interpreters = _staff(r[16]) if r[16] else ((), ())
        parsed, text, n = countries[r[15]]
        yield make(r[0], r[1], r[2], r[3], r[4], r[5], languages[r[6]], r[7], r[8], r[9], r[10], r[11], r[12],
                   r[13], r[14], parsed, text, n, guides, interpreters)


# ---------------------------------------------------------------- what every format shares

class Context:
    """What a writer needs besides the rows: the request, the center's zone and name, the words
    in the request's language, and the progress and cancellation callbacks."""

    def __init__(self, db, request: ExportRequest, tz: ZoneInfo, center_name: str, where: str, params: list,
                 total: int, progress, cancelled):
        self.db, self.request, self.tz, self.center_name = db, request, tz, center_name
        self.where, self.params, self.total = where, params, total
        self.progress, self.cancelled = progress, cancelled
        self.done = 0
        # built in the request's language (the writers run inside ``i18n.speaking``)
        self.statuses = {s: _(label) for s, label in STATUS_LABELS.items()}
        self.headers = [_(header) for _key, header in COLUMNS]

    def rows(self) -> Iterator[ExportRow]:
        """The visits, with progress reported and cancellation polled every :data:`STEP`."""
        step = 0
        for row in rows(self.db, self.where, self.params):
            yield row
            step += 1
            if step == STEP:
                self.done += step
                step = 0
                self.tick()
        self.done += step
        self.tick()

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Refused(ExportCancelled)
        if self.progress is not None:
            self.progress(self.done, self.total)


def _guard(value: str | None, starts=FORMULA_STARTS) -> str:
    """A text a spreadsheet would run as a formula, written after a ' (which it shows as text)."""
    if not value:
        return ""
    return "'" + value if value.startswith(starts) else value


def csv_cells(row: ExportRow, statuses: dict[str, str]) -> list:
    """The row's CSV cells in the order of :data:`COLUMNS`, every text that people typed guarded."""
    start = row.start
    return [
        row.id, statuses[row.status], start[:10], start[11:16], row.end[11:16], _guard(row.organization),
        row.organization_country, _guard(row.arranged_by), row.countries_text, row.expected,
        "" if row.actual is None else row.actual, row.people, ", ".join(row.languages), _guard(row.room),
        _guard(", ".join(n for n, _e in row.guides)) if row.guides else "",
        _guard(", ".join(n for n, _e in row.interpreters)) if row.interpreters else "", _guard(row.notes), row.uid,
    ]


# ---------------------------------------------------------------- CSV

def write_csv(context: Context, path: Path) -> None:
    encoding = context.request.encoding
    with open(path, "w", encoding=encoding, newline="", errors="strict") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        try:
            writer.writerow(context.headers)
        except UnicodeEncodeError:
            raise _Refused(lambda: ValidationError("encoding", _(
                "The column headers in this language cannot be written in CP949: export in UTF-8, or in Korean "
                "or English."))) from None
        statuses, write = context.statuses, writer.writerow
        for row in context.rows():
            values = csv_cells(row, statuses)
            try:
                write(values)
            except UnicodeEncodeError:
                found = _unencodable(values, encoding)
                raise _Refused(lambda: _not_encodable(row.id, *found)) from None


def _unencodable(values: list, encoding: str) -> tuple[str | None, str]:
    """The header (untranslated) of the first cell ``encoding`` cannot write, and the letters."""
    for (_key, header), value in zip(COLUMNS, values):
        if isinstance(value, str):
            try:
                value.encode(encoding)
            except UnicodeEncodeError as exc:
                return header, value[exc.start:exc.end]
    return None, ""


def _not_encodable(number: int, header: str | None, text: str) -> ValidationError:
    if header is None:
        return ValidationError("encoding", _("Visit {number} cannot be written in CP949. Export in UTF-8 instead; "
                                             "nothing was exported.").format(number=number))
    return ValidationError("encoding", _(
        "Visit {number}: the column “{column}” holds “{text}”, which CP949 cannot write. "
        "Export in UTF-8 instead; nothing was exported.").format(number=number, column=_(header), text=text))


# ---------------------------------------------------------------- the export

def _zone(tz) -> ZoneInfo:
    return tz if isinstance(tz, ZoneInfo) else times.zone(tz)


def _writer(fmt: str) -> Callable[[Context, Path], None]:
    if fmt == "csv":
        return write_csv
    if fmt == "xlsx":
        from kiosk.store.exports_xlsx import write_xlsx

        return write_xlsx
    from kiosk.store.exports_ics import write_ics

    return write_ics


def _cannot_write(folder: Path, exc: OSError) -> StorageError:
    return StorageError(_("The export cannot be saved in {folder}: {reason}").format(
        folder=os.fsdecode(folder), reason=os_reason(exc)))


def export_visits(db: sqlite_utils.Database, request: ExportRequest, target: Path, actor: Actor,
                  tz: ZoneInfo | str | None, center_name: str = "",
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the visits ``request`` selects to ``target`` and record the export in the audit
    trail. ``progress(done, total)`` is called every :data:`STEP` visits and ``cancelled()``
    polled as often (True: ExportCancelled). Refusals: ValidationError (the request, or no visit
    matches), PermissionDenied, StorageError (the folder cannot be written, the disk is full).
    Nothing is left at ``target`` unless the whole file was written."""
    check(request)
    authorize(db, actor, "export")
    tz = _zone(tz)
    target = Path(target)
    where, params, staff = _where(db, request, tz)
    total = db.execute(f"SELECT count(*) FROM visits v INDEXED BY visits_start WHERE {where}", params).fetchone()[0]
    if total == 0:
        raise ValidationError("", _("No visits match: nothing was exported."))
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _cannot_write(folder, exc) from exc
    temporary, replaced = Path(name), False
    try:
        try:
            with i18n.speaking(request.lang):
                context = Context(db, request, tz, center_name, where, params, total, progress, cancelled)
                _writer(request.format)(context, temporary)
            context.tick()  # a cancel while the file was being finished still counts
        except _Refused as refused:
            raise refused.make() from None
        _fsync(temporary)
        with db.atomic():
            audit.record(db, actor, "export", format=request.format,
                         start=request.start.isoformat() if request.start else None,
                         end=request.end.isoformat() if request.end else None,
                         statuses=list(request.statuses) if request.statuses is not None else None,
                         guide=(staff[0] if len(staff) == 1 else list(staff)) if staff else False,
                         rows=context.done)
            os.replace(temporary, target)
            replaced = True
    except BaseException as exc:
        _remove(target if replaced else temporary)  # replaced: the audit entry could not be saved
        if isinstance(exc, OSError):
            raise _cannot_write(folder, exc) from exc
        raise
    _fsync_folder(folder)
    return ExportResult(target, context.done)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        _fsync(folder)
    except OSError:
        pass


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
