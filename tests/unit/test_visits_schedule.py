"""The calendar, the paged list, clashes of staff and rooms, suggestions, demos and feedback."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kiosk.store.activity import ActivityRepository
from kiosk.store.errors import ValidationError
from kiosk.store.model import VisitForm
from kiosk.store.schedule import Schedule
from kiosk.store.staff import StaffRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def at(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=SEOUL)


def form(org, start, end, room=None, languages=(), countries=None):
    return VisitForm(organization=org, start=start, end=end, countries=countries or {"PE": 5},
                     room=room, languages=languages)


@pytest.fixture
def repos(db):
    return VisitRepository(db, SEOUL), Schedule(db, SEOUL), StaffRepository(db)


def test_the_room_booked_twice_at_overlapping_times_is_a_warning_on_both(repos):
    visits, schedule, _ = repos
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 11, 30), room="Briefing room"))
    hanoi = visits.create_visit("guide", form("Hanoi", at(3, 11), at(3, 12), room="briefing ROOM "))
    visits.create_visit("guide", form("Quito", at(3, 11, 30), at(3, 13), room="Briefing room"))  # starts as Lima ends
    visits.create_visit("guide", form("Bogotá", at(3, 10), at(3, 11), room="Control room"))
    [clash] = schedule.conflicts(lima.id)
    assert (clash.kind, clash.other_visit_id, clash.other_organization) == ("room", hanoi.id, "Hanoi")
    assert "Hanoi" in clash.message() and "Room" in clash.message()
    assert {c.other_organization for c in schedule.conflicts(hanoi.id)} == {"Lima", "Quito"}


def test_a_cancelled_visit_frees_its_room_and_staff(repos):
    visits, schedule, staff = repos
    guide = staff.add_staff("admin", "Kim", "guide", ["es"])
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12), room="A"))
    hanoi = visits.create_visit("guide", form("Hanoi", at(3, 11), at(3, 13), room="A"))
    staff.assign("guide", lima.id, guide.id)
    staff.assign("guide", hanoi.id, guide.id, "interpreter", "vi")
    assert {c.kind for c in schedule.conflicts(lima.id)} == {"room", "staff"}
    visits.cancel_visit("guide", hanoi.id)
    assert schedule.conflicts(lima.id) == []
    assert schedule.conflicts(hanoi.id) == []


def test_a_staff_member_in_two_visits_at_once_is_a_warning(repos):
    visits, schedule, staff = repos
    kim = staff.add_staff("admin", "Kim Min-ji", "guide", ["es"])
    lee = staff.add_staff("admin", "Lee", "guide", ["vi"])
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12)))
    hanoi = visits.create_visit("guide", form("Hanoi", at(3, 11, 59), at(3, 13)))
    staff.assign("guide", lima.id, kim.id)
    staff.assign("guide", hanoi.id, kim.id)
    staff.assign("guide", hanoi.id, lee.id)
    [clash] = schedule.conflicts(lima.id)
    assert (clash.kind, clash.staff_name, clash.other_visit_id) == ("staff", "Kim Min-ji", hanoi.id)
    assert "Kim Min-ji" in clash.message()
    # and a form not yet saved gets the same warning
    [unsaved] = schedule.conflicts_at(at(3, 9), at(3, 10, 30), staff_ids=[kim.id])
    assert unsaved.other_visit_id == lima.id


def test_suggestions_speak_the_language_are_free_and_least_busy_first(repos):
    visits, _, staff = repos
    busy = staff.add_staff("admin", "Busy", "guide", ["es"])
    es_en = staff.add_staff("admin", "Both", "guide", ["es", "en"])
    es = staff.add_staff("admin", "Spanish", "guide", ["es-MX"])
    staff.add_staff("admin", "Vietnamese", "guide", ["vi"])
    gone = staff.add_staff("admin", "Left", "guide", ["es", "en"])
    staff.set_active("admin", gone.id, False)
    earlier = visits.create_visit("guide", form("Quito", at(3, 8), at(3, 9)))
    staff.assign("guide", earlier.id, es.id)
    other = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12)))
    staff.assign("guide", other.id, busy.id)
    visit = visits.create_visit("guide", form("Bogotá", at(3, 11), at(3, 12), languages=("es", "en")))
    suggested = staff.suggest_staff(visit.id)
    assert [s.staff.id for s in suggested] == [es_en.id, es.id]
    assert suggested[0].matching_languages == ("es", "en")
    assert suggested[1].visits_that_day == 1


def test_the_calendar_month_and_the_paged_list(repos):
    visits, schedule, _ = repos
    made = []
    for day in range(1, 29):
        for hour in (9, 14):
            made.append(visits.create_visit("guide", form(f"Org {day}", at(day, hour), at(day, hour + 1))).id)
    visits.create_visit("guide", form("Late November", datetime(2026, 11, 30, 23, 30, tzinfo=SEOUL),
                                      datetime(2026, 12, 1, 0, 30, tzinfo=SEOUL)))
    december = schedule.in_range(at(1, 0), datetime(2027, 1, 1, tzinfo=SEOUL))
    assert len(december) == 57  # 56 plus the one running past midnight into December
    assert december[0].organization_name == "Late November"
    assert [r.start for r in december] == sorted(r.start for r in december)
    week = schedule.in_range(at(7, 0), at(14, 0))
    assert len(week) == 14
    # page through the whole list, newest first, 10 at a time: every visit once, in order
    seen, key = [], None
    while True:
        page = schedule.page(after=key, limit=10)
        seen += [r.id for r in page.rows]
        if page.next_key is None:
            break
        key = page.next_key
    assert len(seen) == len(set(seen)) == 57
    assert seen[0] == made[-1]
    # jumping to row 30 starts where paging would have
    jump = schedule.page(after=schedule.key_at(30), limit=5)
    assert [r.id for r in jump.rows] == seen[30:35]
    assert schedule.count(statuses=["requested"]) == 57
    assert schedule.page(statuses=["cancelled"]).rows == ()


def test_a_demo_is_attached_to_the_visit_checked_in_at_the_time(repos, db):
    visits, _, _ = repos
    clock = [at(3, 9).astimezone(timezone.utc)]
    activity = ActivityRepository(db, SEOUL, clock=lambda: clock[0])
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12)))
    before = activity.record_demo("bus", 30)
    assert before.visit_id is None  # nobody checked in: logged, attached to no visit
    visits.check_in("guide", lima.id, at=at(3, 10, 2))
    clock[0] = at(3, 10, 20).astimezone(timezone.utc)
    shown = activity.record_demo("cctv", 95.5, pack_id="anyang-cctv")
    assert shown.visit_id == lima.id
    visits.complete("guide", lima.id, at=at(3, 11, 50))
    clock[0] = at(3, 12, 5).astimezone(timezone.utc)
    assert activity.record_demo("bus", 10).visit_id is None
    assert [(d.demo_id, d.seconds, d.pack_id) for d in activity.demos_shown(lima.id)] == [
        ("cctv", 95.5, "anyang-cctv")]
    # a demo recorded later for an earlier start still finds the visit checked in then
    assert activity.record_demo("disaster", 40, started=at(3, 11)).visit_id is None  # completed since


def test_feedback_and_roster(repos, db):
    from kiosk.store.model import ConsentForm, VisitorForm

    visits, _, _ = repos
    activity = ActivityRepository(db, SEOUL)
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12)))
    activity.add_feedback(lima.id, 4, "Muy interesante")
    for wrong in (5, 0, True):  # four faces, nothing else
        with pytest.raises(ValidationError) as refused:
            activity.add_feedback(lima.id, wrong)
        assert refused.value.field == "rating"
    assert [(f.rating, f.comment) for f in activity.feedback(lima.id)] == [(4, "Muy interesante")]
    visitor = activity.add_visitor("guide", lima.id, VisitorForm("Ana Torres", title="Director", country="Peru"),
                                   ConsentForm(given=True, language="es", photos=True))
    assert (visitor.country, visitor.consent_photos, visitor.consent_contact) == ("PE", True, False)
    with pytest.raises(ValidationError):
        activity.add_visitor("guide", lima.id, VisitorForm("X", country="Atlantis"), ConsentForm(True, "es"))


def test_current_visit_ignores_one_checked_in_more_than_a_day_ago(repos):
    visits, schedule, _ = repos
    old = visits.create_visit("guide", form("Forgotten", at(1, 10), at(1, 11)))
    visits.check_in("guide", old.id, at=at(1, 10))
    assert schedule.current_checked_in_visit(at(1, 15)).id == old.id
    assert schedule.current_checked_in_visit(at(1, 10) + timedelta(hours=25)) is None


def test_the_rooms_offered_are_those_the_latest_visits_use_most(repos):
    visits, schedule, _staff = repos
    for day, room in ((1, "Old hall"), (2, "Briefing room"), (3, "Gallery"), (4, "Briefing room"), (5, None)):
        visits.create_visit("admin", form("Lima", at(day, 10), at(day, 11), room=room))
    assert schedule.rooms_in_use() == ["Briefing room", "Gallery", "Old hall"]
    assert schedule.rooms_in_use(recent=3) == ["Briefing room", "Gallery"]  # only the three latest visits
