"""The audit trail as administrators read it: newest first, who and what, never personal data,
paged back; a guide has no way to it."""

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLabel

from kiosk.store import audit
from kiosk.store.model import VisitForm

SEOUL = ZoneInfo("Asia/Seoul")


def _cell(page, row, column):
    return page.findChild(QLabel, f"audit-cell-{row}-{column}").text()


def test_the_trail_lists_a_deletion_by_name_and_pages_back(shell):
    shell.set_language("en")
    desk = shell.desk()
    admin = desk.staff.add_staff("admin", "Kim Ji-woo", "admin", ("ko", "en"))
    visit = desk.visits.create_visit("admin", VisitForm(
        organization="Accra Metropolitan Assembly", organization_country="GH", countries={"GH": 8},
        start=datetime(2026, 11, 2, 10, tzinfo=SEOUL), end=datetime(2026, 11, 2, 11, tzinfo=SEOUL)))
    for n in range(60):
        audit.record(desk.db, "admin", "export", format="csv", rows=n)
    desk.visits.delete_visit(admin, visit.id)
    shell.staff.actor = admin
    shell.nav.go("staff", remember=False)
    shell.nav.current.retranslate()
    shell.nav.current.audit_button.click()
    page = shell.nav.current
    assert page.screen_id == "audit"
    assert _cell(page, 0, 1) == "Kim Ji-woo · Administrator" and _cell(page, 0, 2) == "Visit deleted"
    assert _cell(page, 0, 3) == f"day of the visit 2026-11-02 · status Requested · visit {visit.id}"
    assert "Accra" not in " ".join(_cell(page, 0, c) for c in range(4))
    assert _cell(page, 1, 2) == "Export" and _cell(page, 1, 3) == "format csv · visits 59"
    assert page.more_button.isVisible() and len(page.entries) == 50
    page.more_button.click()
    assert len(page.entries) == 61 and not page.more_button.isVisible()
    assert _cell(page, 60, 3) == "format csv · visits 0"
    assert _cell(page, 60, 1) == "Center's staff PIN or a terminal (administrator)"


def test_an_empty_trail_says_so(shell):
    shell.set_language("en")
    shell.staff.actor = "admin"
    shell.nav.go("audit", remember=False)
    page = shell.nav.current
    assert page.empty.isVisible() and page.empty.text().startswith("Nothing has been exported")
    assert not page.more_button.isVisible()
