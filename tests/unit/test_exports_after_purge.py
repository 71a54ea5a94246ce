"""Exports after a purge hold no name that was erased: the workbook's roster, read back with
openpyxl, has the people still within their period and none of the others; the CSV holds no
roster at all; and the published figures the workbook sums are the same before and after."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl

from kiosk.store.activity import ActivityRepository
from kiosk.store.exports import ExportRequest, export_visits
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from kiosk.store.retention import purge
from kiosk.store.stats import stats
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 12, 3, 12, tzinfo=SEOUL)


def _visit(db, when, org, country, names):
    visits, activity = VisitRepository(db, SEOUL), ActivityRepository(db, SEOUL)
    visit = visits.create_visit("admin", VisitForm(organization=org, organization_country=country,
                                                   start=when, end=when + timedelta(hours=1),
                                                   countries={country: len(names) + 2}), status="completed")
    for name in names:
        activity.add_visitor("admin", visit.id, VisitorForm(name=name, title="Director", country=country,
                                                             contact=f"{name.split()[0].lower()}@example.org"),
                             ConsentForm(given=True, language="es"))
    return visit


def _roster_names(path):
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[2]  # Visits, Countries, Roster, Summary
    return {cell for row in sheet.iter_rows(min_row=2, values_only=True) for cell in row if isinstance(cell, str)}


def test_a_workbook_after_a_purge_names_only_the_people_still_within_their_period(db, tmp_path):
    _visit(db, NOW - timedelta(days=800), "Lima Metropolitan Municipality", "PE", ["Rosa Quispe", "Luis Mamani"])
    _visit(db, NOW - timedelta(days=20), "Bogotá District Mobility Secretariat", "CO", ["Camila Rojas"])
    before = stats(db)
    first = export_visits(db, ExportRequest(format="xlsx", lang="en"), tmp_path / "before.xlsx", "admin", SEOUL)
    assert {"Rosa Quispe", "Luis Mamani", "Camila Rojas"} <= _roster_names(first.path)

    result = purge(db, "admin", NOW, retention_days=365, contact_days=730, tz=SEOUL)
    assert result.visitors == 2
    assert stats(db) == before
    after = export_visits(db, ExportRequest(format="xlsx", lang="en"), tmp_path / "after.xlsx", "admin", SEOUL)
    names = _roster_names(after.path)
    assert "Camila Rojas" in names
    assert not names & {"Rosa Quispe", "Luis Mamani", "rosa@example.org", "luis@example.org"}
    csv = export_visits(db, ExportRequest(format="csv", lang="en"), tmp_path / "after.csv", "admin", SEOUL)
    text = csv.path.read_bytes().decode("utf-8-sig")
    assert "Rosa" not in text and "Luis" not in text and "Lima Metropolitan Municipality" in text
