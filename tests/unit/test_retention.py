"""Personal data on rosters is erased when its period is over: only what is past it, in one
transaction, with one audit entry naming nobody; the published figures never change."""

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.store import audit, retention
from kiosk.store.activity import ActivityRepository
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from kiosk.store.stats import bulk_load, stats
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")
TODAY = date(2026, 12, 3)
NOW = datetime.combine(TODAY, time(9, 0), SEOUL)


class Log:
    """A visit log where each visit's roster is entered on the day of the visit."""

    def __init__(self, db):
        self.db = db
        self.visits = VisitRepository(db, SEOUL)
        self.when = NOW
        self.activity = ActivityRepository(db, SEOUL, clock=lambda: self.when)

    def visit(self, day: date, hour: int = 10, people: int = 5, status: str = "completed"):
        start = datetime.combine(day, time(hour, 0), SEOUL)
        return self.visits.create_visit("admin", VisitForm("Lima Metropolitan Municipality", start,
                                                           start + timedelta(minutes=90), {"PE": people}),
                                        status=status)

    def person(self, visit, name: str, contact: bool = False, contact_days: int = 730):
        self.when = visit.end
        return self.activity.add_visitor("guide", visit.id, VisitorForm(name, title="Director", contact=f"{name}@x.pe"),
                                         ConsentForm(True, "es", contact=contact), contact_days=contact_days)

    def roster(self, visit):
        return self.activity.visitors(visit.id)


def purge(db, dry_run=False, now=NOW, days=365, contact_days=730):
    return retention.purge(db, "admin", now, days, contact_days, SEOUL, dry_run=dry_run)


def test_only_what_is_past_its_period_is_erased(db):
    log = Log(db)
    old = log.visit(TODAY - timedelta(days=366))  # its period ended yesterday
    last_day = log.visit(TODAY - timedelta(days=365), hour=23)  # still kept: the whole of its 365th day
    recent = log.visit(TODAY - timedelta(days=20))
    for v in (old, last_day, recent):
        log.person(v, "Ana Torres")
    result = purge(db)
    assert (result.visitors, result.contacts) == (1, 0)
    assert result.before == TODAY - timedelta(days=365) and result.last_day == old.end.date()
    [erased] = log.roster(old)
    assert (erased.name, erased.title, erased.contact, erased.country) == (None, None, None, None)
    assert erased.purged and erased.purged_utc == "2026-12-03T00:00:00Z"
    assert [p.name for p in log.roster(last_day)] == ["Ana Torres"]
    assert [p.name for p in log.roster(recent)] == ["Ana Torres"]
    assert purge(db).visitors == 0  # nothing left to do: no second entry either
    assert len(audit.entries(db, action="purge")) == 1


def test_a_visit_day_is_the_centers_not_utcs(db):
    log = Log(db)
    # 08:00 in Seoul is the day before in UTC: the visit belongs to the Seoul day
    early = log.visit(TODAY - timedelta(days=365), hour=7)
    log.person(early, "Ana Torres")
    assert purge(db).visitors == 0


def test_the_dry_run_lists_what_would_go_and_changes_nothing(db):
    log = Log(db)
    old = log.visit(TODAY - timedelta(days=400))
    for name in ("Ana Torres", "Luis Paredes"):
        log.person(old, name)
    before = db.execute("SELECT * FROM visitors ORDER BY id").fetchall()
    result = purge(db, dry_run=True)
    assert result.visitors == 2 and result.audit_id is None
    assert {(i.visit_id, i.visit_date, i.scope) for i in result.items} == {(old.id, old.end.date(), "all")}
    assert "Ana" not in repr(result) and "Torres" not in repr(result.items)
    assert db.execute("SELECT * FROM visitors ORDER BY id").fetchall() == before
    assert audit.entries(db, action="purge") == []


def test_each_purge_has_one_audit_entry_with_counts_and_no_name(db):
    log = Log(db)
    old = log.visit(TODAY - timedelta(days=500))
    recent = log.visit(TODAY - timedelta(days=100))
    log.person(old, "Ana Torres")
    log.person(recent, "Luis Paredes", contact=True, contact_days=60)  # the invitation consent has lapsed
    result = purge(db, contact_days=60)
    [entry] = audit.entries(db, action="purge")
    assert entry.id == result.audit_id and entry.role == "admin"
    assert entry.details == {"visitors": 1, "contacts_erased": 1, "before": (TODAY - timedelta(days=365)).isoformat()}
    stored = db.execute("SELECT details FROM audit_log").fetchone()[0]
    assert "Ana" not in stored and "Luis" not in stored and "@" not in stored
    [luis] = log.roster(recent)
    assert (luis.name, luis.title, luis.contact, luis.consent_contact, luis.purged) == (
        "Luis Paredes", "Director", None, False, False)  # only the contact went


def test_an_invitation_consent_keeps_name_and_contact_until_it_lapses(db):
    log = Log(db)
    visit = log.visit(TODAY - timedelta(days=400))
    log.person(visit, "Ana Torres", contact=True, contact_days=730)
    assert purge(db).visitors == 0  # her consent to invitations runs two years from the visit
    [ana] = log.roster(visit)
    assert (ana.name, ana.contact) == ("Ana Torres", "Ana Torres@x.pe")
    # the setting shortened since: never kept longer than either says
    assert purge(db, contact_days=365).visitors == 1
    assert log.roster(visit)[0].name is None
    # and never longer than the date recorded with the consent, whatever the setting says now
    other = log.visit(TODAY - timedelta(days=380))
    log.person(other, "Luis Paredes", contact=True, contact_days=370)
    assert purge(db, contact_days=3650).visitors == 1


def test_the_figures_are_the_same_after_purging_a_log_with_thousands_of_people(db):
    log = Log(db)
    with bulk_load(db):
        visits = [log.visit(TODAY - timedelta(days=3 * k), hour=9 + k % 8, people=3 + k % 9,
                            status="completed" if k % 7 else "confirmed") for k in range(300)]
    people = 0
    for k, visit in enumerate(visits):
        for n in range(12):
            log.person(visit, f"Person {k}-{n}", contact=n % 4 == 0, contact_days=200)
            people += 1
    assert people >= 3000
    figures = stats(db)
    result = purge(db, contact_days=200)
    assert result.visitors > 1000 and result.contacts > 0
    assert stats(db) == figures
    left = {r[0] for r in db.execute("SELECT name FROM visitors WHERE name IS NOT NULL")}
    assert len(left) == people - result.visitors
    assert db.execute("SELECT count(*) FROM visitors").fetchone()[0] == people  # the rows stay, nameless
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failure_midway_erases_nothing(db, monkeypatch):
    log = Log(db)
    old = log.visit(TODAY - timedelta(days=500))
    log.person(old, "Ana Torres")

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        purge(db)
    assert log.roster(old)[0].name == "Ana Torres"


def test_a_guide_cannot_purge(db):
    from kiosk.store.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        retention.purge(db, "guide", NOW, 365, 730, SEOUL)


def test_the_kiosks_own_purge_is_recorded_as_the_kiosks(db, settings):
    log = Log(db)
    log.person(log.visit(TODAY - timedelta(days=500)), "Ana Torres")
    result = retention.purge_due(db, settings, now=NOW)
    assert result.visitors == 1
    [entry] = audit.entries(db, action="purge")
    assert (entry.staff_id, entry.role) == (None, "kiosk")
    assert json.dumps(entry.details)
