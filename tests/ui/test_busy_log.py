"""A busy, full or failing visit log never throws anyone out: a visitor's language tap goes
through, and the Statistics screen and a check-in say what happened in place, in the interface
language, with nothing lost. The faults are SQLite's own: another connection holding the write
lock, a read the database refuses."""

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk import i18n
from kiosk.store.model import VisitForm

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def log_lock(shell):
    """Another program holding the visit log's write lock until released."""
    shell.services.db.execute("PRAGMA busy_timeout = 200")  # not the default 5 s per try
    other = sqlite3.connect(shell.paths.database, isolation_level=None)
    held = []

    def hold():
        other.execute("BEGIN EXCLUSIVE")
        held.append(True)

    def release():
        if held:
            other.execute("ROLLBACK")
            held.clear()

    yield hold, release
    release()
    other.close()


def make_visit(shell):
    start = datetime.now(SEOUL).replace(second=0, microsecond=0) + timedelta(hours=1)
    form = VisitForm(organization="Accra Metropolitan Assembly", organization_country="GH", start=start,
                     end=start + timedelta(minutes=90), countries={"GH": 8})
    return shell.desk().visits.create_visit("admin", form)


def test_a_language_tap_goes_through_while_the_log_is_locked(shell, log_lock):
    hold, release = log_lock
    shell.start_visit_in("en")
    assert shell.visitor.session_id is not None
    hold()
    shell.set_language("fr")
    assert shell.nav.current.screen_id == "home" and i18n.current_language() == "fr"
    assert shell.topbar.home_button.text() == i18n._("Home")
    release()
    shell.set_language("es")  # and once the log is free again, it notes the languages again
    row = shell.services.db.execute("SELECT languages_used FROM visitor_sessions WHERE id = ?",
                                    [shell.visitor.session_id]).fetchone()
    assert "es" in row[0] and "fr" not in row[0]


def test_a_check_in_while_the_log_is_locked_says_so_and_saves_once_it_is_free(shell, log_lock):
    hold, release = log_lock
    shell.set_language("es")
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    visit = make_visit(shell)
    shell.show_visit(visit.id)
    page = shell.nav.current
    page.buttons["check_in"].click()
    page.steppers["GH"].minus.click()
    hold()
    page.count_save.click()
    assert shell.nav.current is page and page.message.isVisible()
    said = page.message.text()
    assert i18n._("the database is in use by another program") in said and "locked" not in said
    assert page.count_card.isVisible() and page.steppers["GH"].value() == 7  # the count is kept
    release()
    assert shell.desk().visits.get(visit.id).status == "confirmed" or \
        shell.desk().visits.get(visit.id).status == "requested"  # nothing half saved
    page.count_save.click()
    saved = shell.desk().visits.get(visit.id)
    assert saved.status == "checked_in" and saved.countries[0].actual == 7


def test_statistics_say_in_place_when_the_log_cannot_be_read(shell):
    shell.set_language("en")
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    conn = shell.services.db.conn
    conn.set_authorizer(lambda action, *_args: sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_READ else
                        sqlite3.SQLITE_OK)
    try:
        shell.nav.go("stats")
        page = shell.nav.current
        assert page.screen_id == "stats"
        assert page.summary.text().startswith("The visit log cannot be used just now")
    finally:
        conn.set_authorizer(None)
    shell.nav.go("staff")
    shell.nav.go("stats")
    assert shell.nav.current.summary.text() == "" or "cannot be used" not in shell.nav.current.summary.text()
