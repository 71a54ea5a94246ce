"""The staff area's Export and Audit trail screens, driven as staff drive them: an export runs on
a worker with a progress bar, lands in the chosen folder and in the audit trail; Cancel and a
folder that cannot be written leave no file; a guide never sees the audit trail."""

import csv
import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.store import audit
from kiosk.store.examples import seed_example_log
from kiosk.store.model import VisitForm

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def export_page(shell, tmp_path):
    shell.set_language("en")
    shell.staff.actor = "admin"
    seed_example_log(shell.desk().db, date(2026, 12, 3))
    shell.nav.go("staff", remember=False)
    shell.nav.current.export_button.click()
    page = shell.nav.current
    assert page.screen_id == "export"
    page.folder = tmp_path / "usb"
    page.folder.mkdir()
    page.retranslate()
    return page


def _choose(chips, key):
    if chips.chosen() != [key]:
        chips.buttons[key].click()
    assert chips.chosen() == [key]


def test_an_export_of_everything_lands_in_the_folder_and_in_the_audit_trail(export_page, qtbot, tmp_path):
    page = export_page
    _choose(page.formats, "csv")
    _choose(page.periods, "all")
    _choose(page.languages, "en")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result.isVisible() or page.message.isVisible(), timeout=30_000)
    assert not page.message.isVisible(), page.message.text()
    written = tmp_path / "usb" / "visits-all.csv"
    assert written.exists() and str(written) in page.result.text()
    rows = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig"))))
    visits = page.shell.desk().db.execute("SELECT count(*) FROM visits").fetchone()[0]
    assert len(rows) == visits + 1 and f"Saved {visits:,} visits" in page.result.text()
    assert page.export_button.isEnabled() and not page.cancel_button.isVisible()
    [entry] = audit.entries(page.shell.desk().db)
    assert entry.action == "export" and entry.details["format"] == "csv" and entry.details["rows"] == visits

    # the administrator reads it in the audit trail
    page.shell.nav.go("staff", remember=False)
    page.shell.nav.current.audit_button.click()
    trail = page.shell.nav.current
    assert trail.screen_id == "audit" and not trail.empty.isVisible()
    assert trail.findChild(type(trail.heading), "audit-cell-0-2").text() == "Export"
    assert "format csv" in trail.findChild(type(trail.heading), "audit-cell-0-3").text()


def test_a_period_selects_its_days_and_names_the_file(export_page, qtbot, tmp_path):
    page = export_page
    _choose(page.formats, "ics")
    _choose(page.periods, "dates")
    assert page.start.isVisible() and page.end.isVisible()
    page.start.setDate(date(2026, 12, 1))
    page.end.setDate(date(2026, 12, 31))
    request = page.request()
    assert (request.format, request.start, request.end) == ("ics", date(2026, 12, 1), date(2026, 12, 31))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.result.isVisible() or page.message.isVisible(), timeout=30_000)
    assert not page.message.isVisible(), page.message.text()
    text = (tmp_path / "usb" / "visits-2026-12-01-2026-12-31.ics").read_text(encoding="utf-8")
    december = page.shell.desk().db.execute(
        "SELECT count(*) FROM visits WHERE scheduled_start LIKE '2026-12-%'").fetchone()[0]
    assert text.count("BEGIN:VEVENT") == december > 0


def test_cancel_stops_the_export_and_leaves_no_file(export_page, qtbot, tmp_path):
    page = export_page
    start = datetime(2025, 1, 6, 10, tzinfo=SEOUL)
    forms = [(VisitForm(organization=f"Institution {i % 300}", organization_country="KR",
                        start=start + timedelta(hours=i), end=start + timedelta(hours=i, minutes=50),
                        countries={"KR": 1 + i % 20}), None) for i in range(6000)]
    page.shell.desk().visits.create_many("admin", forms)
    _choose(page.formats, "xlsx")
    _choose(page.periods, "all")
    seen = []
    page._progress.moved.connect(lambda done, total: (seen.append(done), page.cancel_button.click()))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60_000)
    assert seen, "the progress bar never moved"
    assert "cancelled" in page.message.text() and not page.result.isVisible()
    assert list((tmp_path / "usb").iterdir()) == []
    assert audit.entries(page.shell.desk().db) == []


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_written(export_page, qtbot, tmp_path):
    page = export_page
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    page.folder = blocker / "exports"
    _choose(page.formats, "csv")
    _choose(page.periods, "all")
    page.export_button.click()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=30_000)
    assert page.message.isVisible() and "Traceback" not in page.message.text()
    assert str(blocker) in page.message.text() or "not-a-folder" in page.message.text()
    assert blocker.read_text() == "x" and audit.entries(page.shell.desk().db) == []


def test_no_status_chosen_is_said_before_anything_starts(export_page):
    page = export_page
    for key in list(page.statuses.chosen()):
        page.statuses.buttons[key].click()
    page.export_button.click()
    assert page.message.text() == "Choose at least one status." and not page.bar.isVisible()


def test_a_guide_sees_neither_the_export_nor_the_audit_trail(shell):
    """Exports carry the roster's personal data; the store refuses a guide's export too."""
    shell.set_language("en")
    shell.staff.actor = shell.desk().staff.add_staff("admin", "Lee Seo-yeon", "guide", ("ko", "es"))
    shell.nav.go("staff", remember=False)
    staff = shell.nav.current
    staff.retranslate()
    assert not staff.export_button.isVisibleTo(staff) and not staff.audit_button.isVisibleTo(staff)
    assert staff.visits_button.isVisibleTo(staff)
