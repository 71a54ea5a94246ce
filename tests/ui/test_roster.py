"""The roster on the visit page: a person is entered with the consent panel in their own language,
and without the required consent nothing about them is saved."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.store import audit
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from tests.ui.test_language import visible_texts

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def page(shell):
    shell.set_language("ko")  # the staff's screen speaks Korean
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    start = datetime.now(SEOUL).replace(second=0, microsecond=0) + timedelta(days=1)
    visit = shell.desk().visits.create_visit("admin", VisitForm(
        "Lima Metropolitan Municipality", start, start + timedelta(minutes=90), {"PE": 6}, languages=("es", "en"),
        organization_country="PE"))
    shell.show_visit(visit.id)
    QApplication.processEvents()
    return shell.nav.current


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def fill(qtbot, roster, name="Ana Torres", title="Alcaldesa", country="PE", contact="ana@example.pe"):
    tap(qtbot, roster.add_button)
    for key, text in (("name", name), ("title", title), ("country", country), ("contact", contact)):
        roster.fields[key].setText(text)


def shown_texts(widget):
    QApplication.processEvents()  # rows added to a shown card show on the next turn of the loop
    return [text for w, text in visible_texts(widget)]


def test_the_panel_speaks_the_persons_language_while_the_page_stays_korean(qtbot, page):
    roster = page.roster
    fill(qtbot, roster)
    panel = roster.consent
    assert panel.isVisible() and panel.language == "es"  # the visit's first language
    words = " ".join(shown_texts(panel.person))
    assert "Finalidad" in words and "12 meses" in words and "24 meses" in words
    assert roster.save_button.text() == i18n.translate_in("ko", "Save the person")  # the staff's own words
    assert page.heading.text() and roster.heading.text() == i18n.translate_in("ko", "Roster")
    tap(qtbot, panel.languages.buttons["ar"])
    assert panel.person.isRightToLeft() and not page.isRightToLeft()
    assert "الغرض" in " ".join(shown_texts(panel.person))
    assert i18n.current_language() == "ko"


def test_without_the_required_consent_nothing_is_saved_and_the_page_says_they_still_count(qtbot, page, shell):
    roster = page.roster
    fill(qtbot, roster)
    tap(qtbot, roster.consent.photos.box)  # an optional consent alone is not enough
    tap(qtbot, roster.save_button)
    assert roster.message.isVisible()
    assert roster.message.text() == i18n.translate_in("ko", (
        "Without the person's consent to the collection and use of their personal information, nothing about "
        "them is saved. They are still counted in the headcount."))
    db = shell.desk().db
    assert db.execute("SELECT count(*) FROM visitors").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM consents").fetchone()[0] == 0
    assert roster.form.isVisible()  # what was typed stays, to ask again


def test_a_person_entered_with_consent_is_listed_with_their_consents(qtbot, page, shell):
    roster = page.roster
    fill(qtbot, roster)
    tap(qtbot, roster.consent.languages.buttons["fr"])  # she reads French better
    tap(qtbot, roster.consent.required.box)
    roster.consent.contact.text.mousePressEvent = roster.consent.contact.mousePressEvent
    qtbot.mouseClick(roster.consent.contact.text, Qt.MouseButton.LeftButton)  # a tap on the sentence ticks too
    tap(qtbot, roster.save_button)
    assert not roster.form.isVisible() and not roster.message.isVisible()
    [ana] = shell.desk().activity.visitors(page.visit.id)
    assert (ana.name, ana.title, ana.country, ana.consent_photos, ana.consent_contact) == (
        "Ana Torres", "Alcaldesa", "PE", False, True)
    record = shell.desk().activity.consent(ana.consent_id)
    assert (record.language, record.entered_role, record.contact) == ("fr", "admin", True)
    listed = " ".join(shown_texts(roster))
    assert "Ana Torres" in listed and "✓" in listed
    tap(qtbot, roster.findChild(type(roster.add_button), f"roster-remove-{ana.id}"))
    assert shell.desk().activity.visitors(page.visit.id) == []


def test_a_child_needs_the_guardians_tick(qtbot, page, shell):
    roster = page.roster
    fill(qtbot, roster, name="Sofía Torres", title="", contact="")
    tap(qtbot, roster.consent.required.box)
    assert not roster.consent.guardian.isVisible()
    tap(qtbot, roster.consent.under_14.box)
    assert roster.consent.guardian.isVisible()
    tap(qtbot, roster.save_button)
    assert "14" in roster.message.text()
    assert shell.desk().activity.visitors(page.visit.id) == []
    tap(qtbot, roster.consent.guardian.box)
    tap(qtbot, roster.save_button)
    assert [p.name for p in shell.desk().activity.visitors(page.visit.id)] == ["Sofía Torres"]


def test_an_erased_person_shows_as_erased(qtbot, page, shell):
    desk = shell.desk()
    ana = desk.activity.add_visitor("admin", page.visit.id, VisitorForm("Ana Torres"), ConsentForm(True, "es"))
    desk.db.execute("UPDATE visitors SET name = NULL, purged_utc = '2027-12-01T00:00:00Z' WHERE id = ?", [ana.id])
    shell.show_visit(page.visit.id)
    listed = shown_texts(page.roster)
    assert i18n.translate_in("ko", "Name erased (retention period over)") in listed
    assert not any("Ana" in t for t in listed)


def test_the_kiosk_erases_what_is_past_its_period_when_it_starts(make_shell, paths):
    from kiosk.store.activity import ActivityRepository
    from kiosk.store.db import open_database
    from kiosk.store.visits import VisitRepository

    db = open_database(paths.database)
    start = datetime.combine(date.today() - timedelta(days=500), datetime.min.time(), SEOUL).replace(hour=10)
    visit = VisitRepository(db, SEOUL).create_visit("admin", VisitForm("Hanoi People's Committee", start,
                                                                       start + timedelta(hours=1), {"VN": 9}),
                                                    status="completed")
    ActivityRepository(db, SEOUL).add_visitor("admin", visit.id, VisitorForm("Nguyen Van An"), ConsentForm(True, "vi"))
    db.close()
    shell = make_shell()
    assert [v.name for v in shell.desk().activity.visitors(visit.id)] == [None]
    [entry] = audit.entries(shell.desk().db, action="purge")
    assert entry.role == "kiosk" and entry.details["visitors"] == 1
    assert shell.daily_purge.timer.isActive() and shell.daily_purge.timer.interval() == 24 * 3600 * 1000


def test_a_failed_purge_is_logged_and_the_kiosk_goes_on(make_shell, monkeypatch, caplog):
    from kiosk.store import retention

    def broken(*args, **kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr(retention, "purge_due", broken)
    shell = make_shell()
    assert shell.nav.current.screen_id == "attract"
    assert "could not be erased" in caplog.text


def test_only_an_administrator_sets_the_retention_periods(qtbot, shell):
    shell.staff.actor = shell.desk().staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"])
    shell.nav.go("staff", remember=False)
    screen = shell.nav.go("settings")
    assert not screen.retention["roster_retention_days"].isVisible()
    assert "roster_retention_days" not in screen.values()
    shell.staff.actor = "admin"
    screen.load()
    assert screen.retention["roster_retention_days"].isVisible()
    tap(qtbot, screen.retention["roster_retention_days"].buttons[180])
    tap(qtbot, screen.save_button)
    assert shell.settings.get("roster_retention_days") == 180
    assert shell.settings.get("contact_consent_days") == 730
