"""The XLSX export: sheets Visits, Countries, Roster and Summary. No Qt.

XlsxWriter in ``constant_memory`` mode writes each sheet's rows in order to a temporary file
(kept beside the target, removed at the end) and zips them at close: memory stays flat however
many visits there are. Visits and Countries are written in the one pass over the visits; the
Roster has its own streamed query; the Summary's figures are counted on the way.
"""

from __future__ import annotations

import shutil
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.store.countries import HOME, country_name
from kiosk.store.exports import COLUMNS, STEP, Context, people

#: Excel's last row; a longer sheet goes on in "Countries (2)".
MAX_ROWS = 1_048_576
_DAY_ZERO = date(1899, 12, 30).toordinal()  # Excel's day 0 (1900 date system)

#: Typical widths (characters) of each column's content; the header's own length may be more.
_WIDTHS = {"number": 8, "status": 11, "date": 11, "start": 7, "end": 7, "organization": 34,
           "organization_country": 8, "arranged_by": 16, "countries": 14, "expected": 8, "actual": 8,
           "people": 8, "languages": 10, "room": 16, "guide": 18, "interpreter": 18, "notes": 40, "uid": 46}

COUNTRY_COLUMNS = (N_("Visit number"), N_("Country code"), N_("Country"), N_("Expected"), N_("Actual"))
ROSTER_COLUMNS = (N_("Visit number"), N_("Name"), N_("Title"), N_("Country"), N_("Contact"), N_("Consents"))


def _display_width(text: str) -> int:
    """Characters as a spreadsheet lays them out: East Asian wide letters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _width(header: str, typical: int) -> int:
    return min(60, max(typical, _display_width(header) + 2))


class _Sheet:
    """A worksheet written row by row, continued on "Name (2)" past Excel's last row, each part
    with its header row frozen and its columns sized."""

    def __init__(self, book, name: str, headers: list[str], widths: list[int], header_format, column_formats=None):
        self.book, self.name, self.headers, self.widths = book, name, headers, widths
        self.header_format, self.column_formats = header_format, column_formats or {}
        self.parts = 0
        self._new_part()

    def _new_part(self) -> None:
        self.parts += 1
        name = self.name if self.parts == 1 else f"{self.name[:26]} ({self.parts})"
        self.ws = self.book.add_worksheet(name)
        for col, width in enumerate(self.widths):
            self.ws.set_column(col, col, width, self.column_formats.get(col))
        for col, header in enumerate(self.headers):
            self.ws.write_string(0, col, header, self.header_format)
        self.ws.freeze_panes(1, 0)
        self.row = 0
        self.string, self.number = self.ws.write_string, self.ws.write_number

    def next_row(self) -> int:
        self.row += 1
        if self.row == MAX_ROWS:
            self._new_part()
            self.row = 1
        return self.row


class _Figures:
    """The published figures of the selection, counted as the visits go by (the rules of
    :mod:`kiosk.store.stats`)."""

    def __init__(self) -> None:
        self.visits = 0
        self.by_country: dict[str, int] = {}
        self.institutions: set[int] = set()

    def add(self, row) -> None:
        if row.status != "completed":
            return
        self.visits += 1
        for country in row.countries:
            self.by_country[country[0]] = self.by_country.get(country[0], 0) + people(country)
        if row.organization_country == HOME:
            self.institutions.add(row.organization_id)


def write_xlsx(context: Context, path: Path) -> None:
    scratch = tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": scratch})
    try:
        _write(book, context)
        try:
            book.close()
        except FileCreateError as exc:  # XlsxWriter's wrapping of the OSError
            raise exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc)) from None
    finally:
        if not book.fileclosed:
            book.fileclosed = True  # given up: nothing more to write
            for sheet in book.worksheets():
                getattr(sheet, "_opt_close", lambda: None)()
        shutil.rmtree(scratch, ignore_errors=True)


def _write(book, context: Context) -> None:
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    clock = book.add_format({"num_format": "hh:mm"})
    lang = i18n.babel_locale()
    keys = [key for key, _h in COLUMNS]
    visits = _Sheet(book, _("Visits"), context.headers,
                    [_width(h, _WIDTHS[k]) for k, h in zip(keys, context.headers)], bold)
    country_headers = [_(h) for h in COUNTRY_COLUMNS]
    countries = _Sheet(book, _("Countries"), country_headers,
                       [_width(h, w) for h, w in zip(country_headers, (8, 8, 24, 9, 9))], bold)
    roster = _Sheet(book, _("Roster"), [_(h) for h in ROSTER_COLUMNS],
                    [_width(_(h), w) for h, w in zip(ROSTER_COLUMNS, (8, 26, 24, 18, 30, 28))], bold)
    summary = book.add_worksheet(_("Summary"))
    names: dict[str, str] = {}
    figures = _Figures()
    statuses = context.statuses
    fromordinal = date.fromisoformat

    for row in context.rows():
        figures.add(row)
        r = visits.next_row()
        string, number = visits.string, visits.number
        start, end = row.start, row.end
        number(r, 0, row.id)
        string(r, 1, statuses[row.status])
        number(r, 2, fromordinal(start[:10]).toordinal() - _DAY_ZERO, day)
        number(r, 3, (int(start[11:13]) * 60 + int(start[14:16])) / 1440, clock)
        number(r, 4, (int(end[11:13]) * 60 + int(end[14:16])) / 1440, clock)
        string(r, 5, row.organization)
        string(r, 6, row.organization_country)
        if row.arranged_by:
            string(r, 7, row.arranged_by)
        string(r, 8, row.countries_text)
        number(r, 9, row.expected)
        if row.actual is not None:
            number(r, 10, row.actual)
        number(r, 11, row.people)
        if row.languages:
            string(r, 12, ", ".join(row.languages))
        if row.room:
            string(r, 13, row.room)
        if row.guides:
            string(r, 14, ", ".join(n for n, _e in row.guides))
        if row.interpreters:
            string(r, 15, ", ".join(n for n, _e in row.interpreters))
        if row.notes:
            string(r, 16, row.notes)
        string(r, 17, row.uid)
        for code, expected, actual in row.countries:
            c = countries.next_row()
            name = names.get(code)
            if name is None:
                name = names[code] = country_name(code, lang)
            countries.number(c, 0, row.id)
            countries.string(c, 1, code)
            countries.string(c, 2, name)
            if expected is not None:
                countries.number(c, 3, expected)
            if actual is not None:
                countries.number(c, 4, actual)

    _roster(context, roster, names, lang)
    _summary(context, summary, figures, bold, names, lang)


_ROSTER = """
SELECT r.visit_id, r.name, r.title, r.country, r.contact, r.consent_photos, r.consent_contact
FROM visits v INDEXED BY visits_start JOIN visitors r ON r.visit_id = v.id
WHERE {where} AND r.name IS NOT NULL
ORDER BY v.scheduled_start_utc, v.id, r.id
"""


def _roster(context: Context, sheet: _Sheet, names: dict[str, str], lang: str) -> None:
    """The visitors whose names are still kept (an erased roster keeps no name: never shown)."""
    photos, contacted = _("May be photographed"), _("May be contacted")
    step = 0
    for visit_id, name, title, country, contact, consent_photos, consent_contact in context.db.execute(
            _ROSTER.format(where=context.where), context.params):
        r = sheet.next_row()
        sheet.number(r, 0, visit_id)
        sheet.string(r, 1, name)
        if title:
            sheet.string(r, 2, title)
        if country:
            if country not in names:
                names[country] = country_name(country, lang)
            sheet.string(r, 3, names[country])
        if contact:
            sheet.string(r, 4, contact)
        consents = [word for word, given in ((photos, consent_photos), (contacted, consent_contact)) if given]
        if consents:
            sheet.string(r, 5, "; ".join(consents))
        step += 1
        if step == STEP:
            step = 0
            context.tick()


def _summary(context: Context, ws, figures: _Figures, bold, names: dict[str, str], lang: str) -> None:
    request = context.request
    foreign = {c: n for c, n in figures.by_country.items() if c != HOME and n > 0}
    if request.start or request.end:
        period = "{start} – {end}".format(start=request.start.isoformat() if request.start else "…",
                                          end=request.end.isoformat() if request.end else "…")
    else:
        period = _("The whole log")
    lines: list[tuple[str, object]] = []
    if context.center_name:
        lines.append((_("Center"), context.center_name))
    lines.append((_("Period"), period))
    if request.statuses is not None:
        lines.append((_("Status"), ", ".join(context.statuses[s] for s in request.statuses)))
    if request.guide:
        lines.append((_("Guide"), request.guide.strip()))
    lines += [
        (_("Visits completed"), figures.visits),
        (_("People"), sum(figures.by_country.values())),
        (_("Korean institutions"), len(figures.institutions)),
        (_("People from Korea"), figures.by_country.get(HOME, 0)),
        (_("Foreign countries"), len(foreign)),
        (_("People from abroad"), sum(foreign.values())),
    ]
    labels = [label for label, _v in lines] + [_("Country")]
    ws.set_column(0, 0, max(_width(label, 20) for label in labels))
    ws.set_column(1, 1, max(24, _display_width(str(period)) + 2))
    for r, (label, value) in enumerate(lines):
        ws.write_string(r, 0, label, bold)
        if isinstance(value, int):
            ws.write_number(r, 1, value)
        else:
            ws.write_string(r, 1, value)
    r = len(lines) + 1
    ws.write_string(r, 0, _("Country"), bold)
    ws.write_string(r, 1, _("People"), bold)
    for code, n in sorted(((c, n) for c, n in figures.by_country.items() if n > 0), key=lambda cn: (-cn[1], cn[0])):
        r += 1
        ws.write_string(r, 0, names.get(code) or country_name(code, lang))
        ws.write_number(r, 1, n)
