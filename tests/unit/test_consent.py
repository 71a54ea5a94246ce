"""A person goes on a roster only with their consent, read in their language; the record says what
they read, when, who entered it and what they agreed to; a refusal saves nothing about them."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from kiosk import i18n
from kiosk.store import consent
from kiosk.store.activity import ActivityRepository
from kiosk.store.db import open_database
from kiosk.store.errors import ValidationError
from kiosk.store.migrations import migrations
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from kiosk.store.staff import StaffRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 12, 3, 10, 15, tzinfo=SEOUL)


@pytest.fixture
def lima(db):
    start = datetime(2026, 12, 3, 10, 0, tzinfo=SEOUL)
    return VisitRepository(db, SEOUL).create_visit("guide", VisitForm(
        "Lima Metropolitan Municipality", start, start + timedelta(hours=1), {"PE": 5}, languages=("es",)))


@pytest.fixture
def activity(db):
    return ActivityRepository(db, SEOUL, clock=lambda: NOW)


def personal_rows(db):
    return (db.execute("SELECT count(*) FROM visitors").fetchone()[0],
            db.execute("SELECT count(*) FROM consents").fetchone()[0])


def test_the_record_holds_the_version_language_time_who_and_each_consent(db, lima, activity):
    guide = StaffRepository(db).add_staff("admin", "Lee Seo-yeon", "guide", ["es"])
    ana = activity.add_visitor(guide, lima.id, VisitorForm("Ana Torres", title="Alcaldesa", country="PE",
                                                           contact="ana@example.pe"),
                               ConsentForm(given=True, language="es", photos=False, contact=True), contact_days=730)
    record = activity.consent(ana.consent_id)
    assert (record.visit_id, record.visitor_id) == (lima.id, ana.id)
    assert record.text_version == consent.text_version() and len(record.text_version) == 12
    assert record.language == "es"
    assert record.given_utc == "2026-12-03T01:15:00Z"
    assert (record.entered_by, record.entered_role) == (guide.id, "guide")
    assert (record.required, record.photos, record.contact, record.under_14, record.guardian) == (
        True, False, True, False, False)
    assert record.contact_until_utc == "2028-12-02T01:15:00Z"  # 730 days on
    # the roster's own columns follow the record
    assert (ana.consent_photos, ana.consent_contact) == (False, True)
    by_role = activity.add_visitor("admin", lima.id, VisitorForm("Luis Paredes"), ConsentForm(True, "es"))
    assert (activity.consent(by_role.consent_id).entered_by, activity.consent(by_role.consent_id).entered_role) == (
        None, "admin")
    assert activity.consent(by_role.consent_id).contact_until_utc is None


def test_a_refusal_saves_nothing_about_the_person_and_says_they_are_still_counted(db, lima, activity):
    i18n.set_language("ko")
    with pytest.raises(ValidationError) as refused:
        activity.add_visitor("guide", lima.id, VisitorForm("Ana Torres", contact="ana@example.pe"),
                             ConsentForm(given=False, language="es", photos=True, contact=True))
    assert refused.value.field == "consent"
    english = ("Without the person's consent to the collection and use of their personal information, nothing "
               "about them is saved. They are still counted in the headcount.")
    assert refused.value.message == i18n.translate_in("ko", english) != english  # in the staff's language
    assert personal_rows(db) == (0, 0)
    assert VisitRepository(db, SEOUL).get(lima.id).headcount == 5


def test_a_child_under_14_needs_the_guardians_consent(db, lima, activity):
    child = VisitorForm("Sofía Torres")
    with pytest.raises(ValidationError) as refused:
        activity.add_visitor("guide", lima.id, child, ConsentForm(True, "es", under_14=True))
    assert refused.value.field == "consent" and "14" in refused.value.message
    assert personal_rows(db) == (0, 0)
    sofia = activity.add_visitor("guide", lima.id, child, ConsentForm(True, "es", under_14=True, guardian=True))
    record = activity.consent(sofia.consent_id)
    assert (record.under_14, record.guardian) == (True, True)


def test_a_failed_save_leaves_no_consent_record_behind(db, lima, activity):
    with pytest.raises(ValidationError):
        activity.add_visitor("guide", lima.id, VisitorForm("Ana", organization_id=999), ConsentForm(True, "es"))
    assert personal_rows(db) == (0, 0)


def test_a_person_taken_off_the_roster_leaves_a_consent_record_naming_nobody(db, lima, activity):
    ana = activity.add_visitor("guide", lima.id, VisitorForm("Ana Torres"), ConsentForm(True, "es"))
    activity.remove_visitor("guide", ana.id)
    assert activity.visitors(lima.id) == []
    assert activity.consent(ana.consent_id).visitor_id is None
    VisitRepository(db, SEOUL).delete_visit("admin", lima.id)  # and a deleted visit takes its records along
    assert personal_rows(db) == (0, 0)


def test_changing_any_text_makes_a_new_version(monkeypatch):
    before = consent.text_version()
    assert consent.text_version() == before  # derived, so stable
    monkeypatch.setitem(consent.TEXTS, "period", consent.TEXTS["period"].replace("erased", "deleted"))
    assert consent.text_version() != before


def test_the_panel_speaks_the_persons_language_with_the_periods_stated(monkeypatch):
    i18n.set_language("ko")
    spanish = consent.consent_text("es", 12, 24)
    assert "12 meses" in spanish.period and "24 meses" in spanish.contact
    assert "propósito" in spanish.purpose.lower() or "finalidad" in spanish.purpose.lower()
    assert not spanish.rtl
    korean = consent.consent_text("ko", 12, 24)
    assert korean.title == "개인정보 수집·이용 동의서" and "12개월" in korean.period
    assert consent.consent_text("ar", 12, 24).rtl
    assert i18n.current_language() == "ko"  # the staff's screen keeps its language
    for lang in ("ko", "es", "fr", "ar", "zh_Hans", "vi", "ms"):  # every text translated in every language
        text = consent.consent_text(lang, 12, 24)
        english = consent.consent_text("en", 12, 24)
        for field in consent.TEXTS:
            assert getattr(text, field) != getattr(english, field), (lang, field)


def test_months_stated_are_never_shorter_than_the_period():
    assert [consent.months(d) for d in (30, 100, 365, 730, 3650)] == [1, 4, 12, 24, 120]


def test_rosters_made_before_the_migration_keep_their_people_and_can_be_erased(tmp_path):
    path = tmp_path / "kiosk.sqlite"
    old = sqlite_utils.Database(path)
    old.execute("PRAGMA foreign_keys = ON")
    migrations.apply(old, stop_before="m008_consent_retention")
    start = datetime(2025, 3, 4, 10, 0, tzinfo=SEOUL)
    visit = VisitRepository(old, SEOUL).create_visit("guide", VisitForm("Hanoi People's Committee", start,
                                                                        start + timedelta(hours=1), {"VN": 9}))
    old.execute("INSERT INTO visitors (visit_id, name, title, country, contact, consent_photos, consent_contact,"
                " created_utc) VALUES (?, 'Nguyen Van An', 'Director', 'VN', 'an@example.vn', 1, 0,"
                " '2025-03-04T01:00:00Z')", [visit.id])
    old.conn.commit()
    old.close()

    db = open_database(path)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    [an] = ActivityRepository(db, SEOUL).visitors(visit.id)
    assert (an.name, an.title, an.country, an.contact, an.consent_photos, an.purged_utc, an.consent_id) == (
        "Nguyen Van An", "Director", "VN", "an@example.vn", True, None, None)
    not_null = {r[1]: r[3] for r in db.execute("PRAGMA table_info(visitors)")}
    assert not_null["name"] == 0 and {"purged_utc", "consent_id"} <= set(not_null)
    assert {("visitors", "consent_id", "consents"), ("visitors", "visit_id", "visits")} <= {
        (fk.table, fk.column, fk.other_table) for fk in db["visitors"].foreign_keys}
    assert {("visit_id",), ("organization_id",)} <= {tuple(i.columns) for i in db["visitors"].indexes}
    db.execute("UPDATE visitors SET name = NULL WHERE id = ?", [an.id])  # erasable now
    db.close()
