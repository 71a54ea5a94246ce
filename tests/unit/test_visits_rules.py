"""The rules staff meet every day, one by one: who may do what, which status moves a visit may
and may not make, what a clash warning says, and what the calendar and the list show."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kiosk.store.csv_import import import_visits_csv
from kiosk.store.errors import NotFound, PermissionDenied, ValidationError
from kiosk.store.model import STATUSES, VisitForm
from kiosk.store.schedule import Schedule
from kiosk.store.staff import StaffRepository
from kiosk.store.stats import stats
from kiosk.store.visits import TRANSITIONS, VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def at(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=SEOUL)


def form(org="Lima", start=None, end=None, room=None, countries=None, languages=()):
    start = start or at(3, 10)
    return VisitForm(organization=org, start=start, end=end or start + timedelta(hours=1),
                     countries=countries or {"PE": 5}, room=room, languages=languages)


@pytest.fixture
def visits(db):
    return VisitRepository(db, SEOUL)


@pytest.fixture
def schedule(db):
    return Schedule(db, SEOUL)


@pytest.fixture
def staff(db):
    return StaffRepository(db)


@pytest.fixture
def people(staff):
    """A guide, an administrator, and a guide who left, as the screens hold them after sign-in."""
    guide = staff.add_staff("admin", "Kim Min-ji", "guide", ["es"])
    admin = staff.add_staff("admin", "Park Ji-ho", "admin", ["ko"])
    gone = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["vi"])
    staff.set_active("admin", gone.id, False)
    return {"guide": guide, "admin": admin, "gone": gone}


# ---------------------------------------------------------------- status moves

MOVES = {
    "confirm": lambda v, i: v.confirm_visit(ACTOR, i),
    "cancel": lambda v, i: v.cancel_visit(ACTOR, i),
    "check_in": lambda v, i: v.check_in(ACTOR, i, at=at(3, 10, 5)),
    "complete": lambda v, i: v.complete(ACTOR, i, at=at(3, 11)),
    "no_show": lambda v, i: v.mark_no_show(ACTOR, i),
}
ACTOR = "guide"
#: every status a visit can be in, and the moves that bring a new visit there
REACH = {
    "requested": [], "confirmed": ["confirm"], "checked_in": ["check_in"], "completed": ["complete"],
    "cancelled": ["cancel"], "no_show": ["no_show"],
}
ALLOWED = {
    ("requested", "confirm"): "confirmed", ("requested", "cancel"): "cancelled",
    ("requested", "check_in"): "checked_in", ("requested", "complete"): "completed",
    ("requested", "no_show"): "no_show",
    ("confirmed", "cancel"): "cancelled", ("confirmed", "check_in"): "checked_in",
    ("confirmed", "complete"): "completed", ("confirmed", "no_show"): "no_show",
    ("checked_in", "complete"): "completed",
}
REFUSAL_WORDS = {"confirm": "cannot be confirmed", "cancel": "cannot be cancelled",
                 "check_in": "cannot be checked in", "complete": "cannot be completed",
                 "no_show": "cannot be marked as a no-show"}
LABELS = {"requested": "Requested", "confirmed": "Confirmed", "checked_in": "Checked in",
          "completed": "Completed", "cancelled": "Cancelled", "no_show": "No-show"}


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", sorted(MOVES))
def test_each_status_move_is_allowed_or_refused_as_the_rules_say(visits, status, action):
    visit = visits.create_visit("guide", form())
    for step in REACH[status]:
        MOVES[step](visits, visit.id)
    before = visits.get(visit.id)
    assert before.status == status
    if (status, action) in ALLOWED:
        after = MOVES[action](visits, visit.id)
        assert after.status == ALLOWED[(status, action)]
        assert after.ical_sequence == before.ical_sequence + 1  # calendars get the change
    else:
        with pytest.raises(ValidationError) as refused:
            MOVES[action](visits, visit.id)
        assert refused.value.field == "status"
        assert refused.value.message.startswith("This visit " + REFUSAL_WORDS[action])
        assert f"“{LABELS[status]}”" in refused.value.message
        assert visits.get(visit.id) == before  # nothing changed


def test_the_rules_table_is_the_one_tested():
    table = {(source, action): target for action, (sources, target) in TRANSITIONS.items() for source in sources}
    assert table == ALLOWED


def test_check_in_and_completion_keep_the_times_they_happened(visits):
    visit = visits.create_visit("guide", form())
    checked = visits.check_in("guide", visit.id, at=datetime(2026, 12, 3, 1, 7, tzinfo=timezone.utc))
    assert checked.actual_start == at(3, 10, 7) and checked.actual_end is None
    done = visits.complete("guide", visit.id, at=at(3, 11, 20))
    assert done.actual_start == at(3, 10, 7) and done.actual_end == at(3, 11, 20)


def test_moves_without_a_time_take_the_clocks(db):
    now = datetime(2026, 12, 3, 1, 3, tzinfo=timezone.utc)
    visits = VisitRepository(db, SEOUL, clock=lambda: now)
    visit = visits.create_visit("guide", form())
    assert visits.check_in("guide", visit.id).actual_start == at(3, 10, 3)
    assert visits.complete("guide", visit.id).actual_end == at(3, 10, 3)


def test_the_headcount_is_corrected_only_once_the_delegation_is_in(visits):
    visit = visits.create_visit("guide", form(countries={"PE": 3, "CO": 2}))
    with pytest.raises(ValidationError) as refused:
        visits.record_headcount("guide", visit.id, {"PE": 2})
    assert refused.value.field == "headcount" and "checked in" in refused.value.message
    visits.check_in("guide", visit.id)
    corrected = visits.record_headcount("guide", visit.id, {"PE": 4, "CO": 1})
    assert corrected.actual_headcount == 5
    visits.complete("guide", visit.id)
    again = visits.record_headcount("guide", visit.id, {"PE": 2})
    assert {c.country: c.actual for c in again.countries} == {"PE": 2, "CO": 0}
    assert stats(visits.db)["people"] == 2


def test_a_visit_is_created_requested_confirmed_or_completed_only(visits, db):
    for status in ("checked_in", "cancelled", "no_show"):
        with pytest.raises(ValidationError) as refused:
            visits.create_visit("guide", form(), status=status)
        assert refused.value.field == "status" and LABELS[status] in refused.value.message
        with pytest.raises(ValidationError) as refused:
            visits.create_many("admin", [(form(), None)], status=status)
        assert refused.value.field == "status" and LABELS[status] in refused.value.message
    assert db["visits"].count == 0


def test_an_import_saves_completed_visits_and_skips_what_it_already_holds(visits):
    created = visits.create_many("admin", [(form("Lima"), "row-1"), (form("Quito"), "row-2")])
    assert created == (2, 0)
    assert visits.create_many("admin", [(form("Lima"), "row-1"), (form("Cusco"), None)]) == (1, 1)
    assert stats(visits.db)["visits"] == 3


# ---------------------------------------------------------------- who may do what

GUIDE_ACTIONS = ["create", "edit", "confirm", "cancel", "check_in", "complete", "no_show", "headcount",
                 "assign", "unassign", "organization"]
ADMIN_ACTIONS = ["delete", "import", "add_staff", "edit_staff", "set_active", "set_others_pin"]


def attempt(action, actor, visits, staff, people):
    visit = visits.create_visit("admin", form())
    if action in ("headcount",):
        visits.check_in("admin", visit.id)
    other = people["guide"]
    assignment = staff.assign("admin", visit.id, other.id) if action == "unassign" else None
    run = {
        "create": lambda: visits.create_visit(actor, form("Quito")),
        "edit": lambda: visits.edit_visit(actor, visit.id, form(room="Gallery")),
        "confirm": lambda: visits.confirm_visit(actor, visit.id),
        "cancel": lambda: visits.cancel_visit(actor, visit.id),
        "check_in": lambda: visits.check_in(actor, visit.id),
        "complete": lambda: visits.complete(actor, visit.id),
        "no_show": lambda: visits.mark_no_show(actor, visit.id),
        "headcount": lambda: visits.record_headcount(actor, visit.id, {"PE": 2}),
        "assign": lambda: staff.assign(actor, visit.id, other.id),
        "unassign": lambda: staff.unassign(actor, assignment.id),
        "organization": lambda: visits.organizations.create(actor, f"WeGO {visit.id}", "KR"),
        "delete": lambda: visits.delete_visit(actor, visit.id),
        "import": lambda: visits.create_many(actor, [(form("Cusco"), None)]),
        "add_staff": lambda: staff.add_staff(actor, "Choi Yuna", "guide", ["fr"]),
        "edit_staff": lambda: staff.edit_staff(actor, other.id, "Kim Min-ji", "admin", ["es"]),
        "set_active": lambda: staff.set_active(actor, other.id, False),
        "set_others_pin": lambda: staff.set_pin(actor, people["admin"].id, "2468"),
    }[action]
    return run


def snapshot(db):
    return [db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("visits", "visit_countries", "assignments", "staff", "organizations")]


@pytest.mark.parametrize("action", GUIDE_ACTIONS + ADMIN_ACTIONS)
def test_a_guide_runs_visits_and_only_an_administrator_deletes_imports_or_manages_staff(
        action, visits, staff, people, db):
    for who in ("guide", "admin"):
        for actor in (who, people[who]):
            run = attempt(action, actor, visits, staff, people)
            if who == "admin" or action in GUIDE_ACTIONS:
                run()
                continue
            before = snapshot(db)
            with pytest.raises(PermissionDenied) as refused:
                run()
            assert "administrator" in refused.value.message
            assert snapshot(db) == before


@pytest.mark.parametrize("action", GUIDE_ACTIONS + ADMIN_ACTIONS)
def test_a_member_who_left_and_a_stranger_can_do_nothing(action, visits, staff, people, db):
    for actor, words in ((people["gone"], "no longer active"), ("visitor", "Sign in")):
        run = attempt(action, actor, visits, staff, people)
        before = snapshot(db)
        with pytest.raises(PermissionDenied) as refused:
            run()
        assert words in refused.value.message
        assert snapshot(db) == before


def test_the_refusals_say_what_the_guide_can_do_instead(visits, staff, people):
    visit = visits.create_visit("guide", form())
    guide = people["guide"]
    with pytest.raises(PermissionDenied) as refused:
        visits.delete_visit(guide, visit.id)
    assert refused.value.message == "Only an administrator can delete a visit. A guide can cancel it."
    with pytest.raises(PermissionDenied) as refused:
        visits.create_many(guide, [(form(), None)])
    assert refused.value.message == "Only an administrator can import the visit log."
    with pytest.raises(PermissionDenied) as refused:
        staff.add_staff(guide, "Choi Yuna", "guide")
    assert refused.value.message == "Only an administrator can manage staff."


def test_a_guide_sets_their_own_pin_but_not_after_leaving(staff, people):
    guide, gone = people["guide"], people["gone"]
    staff.set_pin(guide, guide.id, "2468")
    assert staff.sign_in(guide.id, "2468") == staff.get(guide.id)
    with pytest.raises(PermissionDenied):
        staff.set_pin(gone, gone.id, "1357")
    assert not staff.get(gone.id).has_pin


def test_the_administrator_who_acted_is_recorded(visits, people, db):
    admin = people["admin"]
    visit = visits.create_visit(admin, form())
    visits.create_many(admin, [(form("Quito"), None)])
    rows = db.execute("SELECT created_by, updated_by FROM visits ORDER BY id").fetchall()
    assert rows == [(admin.id, admin.id), (admin.id, admin.id)]
    visits.confirm_visit(people["guide"], visit.id)
    assert db.execute("SELECT updated_by FROM visits WHERE id = ?", [visit.id]).fetchone()[0] == people["guide"].id


# ---------------------------------------------------------------- staff and sign-in


def test_sign_in_needs_an_active_member_with_that_pin(staff, people):
    guide, gone = people["guide"], people["gone"]
    with pytest.raises(PermissionDenied) as refused:
        staff.sign_in(guide.id, "2468")  # no PIN yet
    assert refused.value.message == "Wrong PIN."
    staff.set_pin("admin", gone.id, "1357")
    with pytest.raises(PermissionDenied):
        staff.sign_in(gone.id, "1357")  # the right PIN, but they left
    with pytest.raises(PermissionDenied):
        staff.sign_in(999, "1357")


def test_a_member_is_listed_with_role_languages_and_pin_state(staff, people):
    staff.set_pin("admin", people["admin"].id, "8080")
    kim, park = staff.list_staff()
    assert (kim.name, kim.role, kim.languages, kim.active, kim.has_pin) == ("Kim Min-ji", "guide", ("es",), True, False)
    assert (park.name, park.role, park.has_pin) == ("Park Ji-ho", "admin", True)
    everyone = staff.list_staff(include_inactive=True)
    assert [m.name for m in everyone] == ["Kim Min-ji", "Lee Seo-yeon", "Park Ji-ho"]
    assert not everyone[1].active
    with pytest.raises(NotFound) as missing:
        staff.get(404)
    assert missing.value.message == "There is no staff member number 404."


def test_editing_a_member_keeps_a_clean_name_and_checks_the_role(staff, people):
    edited = staff.edit_staff("admin", people["guide"].id, "  Kim   Min-ji ", "admin", "es, en")
    assert (edited.name, edited.role, edited.languages) == ("Kim Min-ji", "admin", ("es", "en"))
    for name, role, field in (("", "guide", "name"), ("x" * 121, "guide", "name"), ("Kim", "boss", "role")):
        with pytest.raises(ValidationError) as refused:
            staff.edit_staff("admin", people["guide"].id, name, role)
        assert refused.value.field == field
    assert staff.edit_staff("admin", people["guide"].id, "y" * 120, "guide").name == "y" * 120
    with pytest.raises(NotFound):
        staff.edit_staff("admin", 404, "Kim", "guide")


def test_assignments_need_a_visit_that_takes_place_and_an_active_member(visits, staff, people):
    visit = visits.create_visit("guide", form())
    guide = people["guide"]
    first = staff.assign("guide", visit.id, guide.id, "interpreter", "es-MX")
    assert (first.staff_name, first.role, first.language) == ("Kim Min-ji", "interpreter", "es_MX")
    again = staff.assign("guide", visit.id, guide.id, "interpreter", " ")
    assert again.id == first.id and again.language is None  # the same person, the same role: one row
    with pytest.raises(ValidationError) as refused:
        staff.assign("guide", visit.id, guide.id, "driver")
    assert refused.value.field == "role" and refused.value.message == "A staff member guides or interprets a visit."
    with pytest.raises(ValidationError) as refused:
        staff.assign("guide", visit.id, people["gone"].id)
    assert refused.value.field == "staff"
    with pytest.raises(NotFound):
        staff.assign("guide", 404, guide.id)
    for status_move in (visits.cancel_visit, visits.mark_no_show):
        other = visits.create_visit("guide", form("Quito"))
        status_move("guide", other.id)
        with pytest.raises(ValidationError) as refused:
            staff.assign("guide", other.id, guide.id)
        assert refused.value.field == "visit" and "did not take place" in refused.value.message
    checked = visits.create_visit("guide", form("Cusco"))
    visits.check_in("guide", checked.id)
    assert staff.assign("guide", checked.id, guide.id).role == "guide"
    staff.unassign("guide", first.id)
    assert [a.role for a in staff.assignments(visit.id)] == []


def test_suggestions_leave_out_whoever_is_busy_or_already_on_the_visit(visits, staff, people):
    kim = people["guide"]
    choi = staff.add_staff("admin", "Choi Yuna", "guide", ["es"])
    visit = visits.create_visit("guide", form(start=at(3, 10), end=at(3, 12), languages=("es",)))
    # Choi is on another visit that overlaps; Kim is on one that ended as this one starts
    staff.assign("guide", visits.create_visit("guide", form("Quito", at(3, 11, 30), at(3, 13))).id, choi.id)
    staff.assign("guide", visits.create_visit("guide", form("Cusco", at(3, 8), at(3, 10))).id, kim.id)
    assert [s.staff.name for s in staff.suggest_staff(visit.id)] == ["Kim Min-ji"]
    assert staff.suggest_staff(visit.id)[0].visits_that_day == 1
    staff.assign("guide", visit.id, kim.id)
    assert staff.suggest_staff(visit.id) == []
    with pytest.raises(NotFound):
        staff.suggest_staff(404)


def test_a_cancelled_visit_does_not_keep_its_guide_busy_or_count_for_the_day(visits, staff, people):
    kim = people["guide"]
    visit = visits.create_visit("guide", form(start=at(3, 10), languages=("es",)))
    other = visits.create_visit("guide", form("Quito", at(3, 10), at(3, 11)))
    staff.assign("guide", other.id, kim.id)
    assert staff.suggest_staff(visit.id) == []
    visits.cancel_visit("guide", other.id)
    [only] = staff.suggest_staff(visit.id)
    assert only.staff.id == kim.id and only.visits_that_day == 0


def test_the_visits_of_the_day_count_from_local_midnight(visits, staff, people):
    kim, choi = people["guide"], staff.add_staff("admin", "Choi Yuna", "guide", ["es"])
    # 00:30 on the 3rd in Seoul is still the 2nd in UTC; 23:30 on the 2nd is the day before
    staff.assign("guide", visits.create_visit("guide", form("Early", at(3, 0, 30), at(3, 1))).id, kim.id)
    staff.assign("guide", visits.create_visit("guide", form("Eve", at(2, 23, 30), at(2, 23, 50))).id, choi.id)
    staff.assign("guide", visits.create_visit("guide", form("Next", at(4, 0, 0), at(4, 1))).id, choi.id)
    visit = visits.create_visit("guide", form(start=at(3, 15), languages=("es",)))
    loads = {s.staff.name: s.visits_that_day for s in staff.suggest_staff(visit.id)}
    assert loads == {"Choi Yuna": 0, "Kim Min-ji": 1}


def test_a_visit_naming_no_language_can_take_anyone_free(visits, staff, people):
    visit = visits.create_visit("guide", form())
    assert [s.staff.name for s in staff.suggest_staff(visit.id)] == ["Kim Min-ji", "Park Ji-ho"]
    assert all(s.matching_languages == () for s in staff.suggest_staff(visit.id))


# ---------------------------------------------------------------- clashes


def test_clash_warnings_name_the_other_visit_the_person_the_room_and_the_time(visits, schedule, staff, people):
    kim = people["guide"]
    lima = visits.create_visit("guide", form("Lima", at(3, 14), at(3, 15, 30), room="Gallery"))
    staff.assign("guide", lima.id, kim.id)
    [room, person] = schedule.conflicts_at(at(3, 15), at(3, 16), " gallery ", [kim.id])
    assert (room.kind, room.visit_id, room.other_visit_id, room.room, room.staff_id) == ("room", -1, lima.id,
                                                                                        "Gallery", None)
    assert (room.other_start, room.other_end, room.other_organization) == (at(3, 14), at(3, 15, 30), "Lima")
    assert room.message() == "Room Gallery is also booked for Lima (14:00–15:30)."
    assert (person.kind, person.staff_id, person.staff_name, person.other_visit_id) == ("staff", kim.id, "Kim Min-ji",
                                                                                        lima.id)
    assert person.message() == "Kim Min-ji is also assigned to Lima (14:00–15:30)."
    # the visit being edited does not clash with itself
    assert schedule.conflicts_at(at(3, 14), at(3, 15), "Gallery", [kim.id], visit_id=lima.id) == []
    quito = visits.create_visit("guide", form("Quito", at(3, 15), at(3, 16), room="Gallery"))
    staff.assign("guide", quito.id, kim.id)
    assert {(c.kind, c.visit_id) for c in schedule.conflicts(quito.id)} == {("room", quito.id), ("staff", quito.id)}
    # a visit ending as the other starts does not clash; neither does an empty room
    assert schedule.conflicts_at(at(3, 13), at(3, 14), "Gallery", [kim.id]) == []
    assert schedule.conflicts_at(at(3, 14), at(3, 15), "  ", []) == []


def test_a_cancelled_visit_has_no_clashes_of_its_own(visits, schedule, staff, people):
    lima = visits.create_visit("guide", form("Lima", room="Gallery"))
    quito = visits.create_visit("guide", form("Quito", room="Gallery"))
    visits.cancel_visit("guide", quito.id)
    assert schedule.conflicts(quito.id) == [] and schedule.conflicts(lima.id) == []
    assert schedule.conflicts(404) == []


def test_a_clash_is_found_in_any_time_zone_the_form_uses(visits, schedule):
    visits.create_visit("guide", form("Lima", at(3, 10), at(3, 11), room="Gallery"))
    utc = datetime(2026, 12, 3, 1, 30, tzinfo=timezone.utc)  # 10:30 in Seoul
    assert [c.other_organization for c in schedule.conflicts_at(utc, utc + timedelta(hours=1), "Gallery")] == ["Lima"]
    naive = datetime(2026, 12, 3, 10, 30)  # the center's local time
    assert len(schedule.conflicts_at(naive, naive + timedelta(hours=1), "Gallery")) == 1


# ---------------------------------------------------------------- calendar, list, rooms


def test_calendar_rows_carry_what_the_calendar_shows(visits, schedule):
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 11), room="Gallery", countries={"PE": 3}))
    visits.check_in("guide", lima.id, {"PE": 4})
    [row] = schedule.in_range(at(3, 0), at(4, 0))
    assert row == (lima.id, "checked_in", at(3, 10), at(3, 11), lima.organization.id, "Lima", 4, "Gallery")
    assert row.to_json()["start"] == "2026-12-03T10:00:00+09:00"


def test_calendar_and_list_filter_by_status_and_start(visits, schedule):
    ids = {}
    for day, status in ((1, "requested"), (2, "confirmed"), (3, "completed"), (4, "confirmed")):
        ids[day] = visits.create_visit("guide", form(f"Org {day}", at(day, 10)), status=status).id
    month = (at(1, 0), at(31, 0))
    assert [r.id for r in schedule.in_range(*month, statuses=["confirmed"])] == [ids[2], ids[4]]
    assert [r.id for r in schedule.in_range(*month, statuses=["confirmed", "completed", "bogus"])] == [
        ids[2], ids[3], ids[4]]
    assert schedule.count(statuses=["confirmed"]) == 2 and schedule.count() == 4
    assert schedule.count(start=at(2, 0), end=at(4, 0)) == 2
    assert schedule.count(statuses=[]) == 0
    page = schedule.page(start=at(2, 0), end=at(4, 0), statuses=["confirmed", "completed"])
    assert [r.id for r in page.rows] == [ids[3], ids[2]] and page.next_key is None
    assert [r.id for r in schedule.page(newest_first=False, limit=2).rows] == [ids[1], ids[2]]
    assert schedule.key_at(0) is None
    first = schedule.key_at(1, statuses=["confirmed"], start=at(1, 0), end=at(3, 0))
    assert (first.id, first.start_utc) == (ids[2], "2026-12-02T01:00:00Z")
    assert schedule.key_at(1, newest_first=False).id == ids[1]
    assert schedule.key_at(2, start=at(2, 0), end=at(4, 0)).id == ids[2]
    assert schedule.key_at(9) is None


def test_a_screenful_of_the_list_is_thirty_visits(visits, schedule):
    visits.create_many("admin", [(form(f"Org {k}", at(1, 0) + timedelta(hours=k)), None) for k in range(31)])
    first = schedule.page()
    assert len(first.rows) == 30 and first.next_key is not None
    assert len(schedule.page(after=first.next_key).rows) == 1


def test_the_form_offers_at_most_six_rooms_from_the_latest_500_visits(visits, schedule):
    entries = [(form("Oldest", at(1, 9), room="Old hall"), None)]
    uses = {"A": 200, "B": 100, "C": 80, "D": 60, "E": 40, "F": 15, "G": 5}  # 500 later visits
    later = [room for room, n in uses.items() for _ in range(n)]
    entries += [(form(f"Later {k}", at(2, 0) + timedelta(minutes=30 * k), room=f"Room {room}"), None)
                for k, room in enumerate(later)]
    visits.create_many("admin", entries)
    assert schedule.rooms_in_use() == ["Room A", "Room B", "Room C", "Room D", "Room E", "Room F"]
    # the hall only the 501st latest visit used is not offered
    assert schedule.rooms_in_use(limit=8) == [f"Room {r}" for r in "ABCDEFG"]


def test_the_delegation_in_the_building_is_found_by_the_clock(db, visits):
    now = [datetime(2026, 12, 3, 1, 30, tzinfo=timezone.utc)]
    schedule = Schedule(db, SEOUL, clock=lambda: now[0])
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 12)))
    assert schedule.current_checked_in_visit() is None
    visits.check_in("guide", lima.id, at=at(3, 10, 5))
    assert schedule.current_checked_in_visit().id == lima.id
    assert schedule.current_checked_in_visit(datetime(2026, 12, 3, 10, 30)).id == lima.id  # naive: local
    assert schedule.current_checked_in_visit(at(3, 10)) is None  # before they arrived


def test_an_imported_day_starts_at_local_midnight(db, tmp_path):
    sheet = tmp_path / "log.csv"
    sheet.write_text("date,organization,country,headcount\n2019-05-14,Ansan City Hall,KR,12\n", encoding="utf-8")
    import_visits_csv(db, sheet, "admin", SEOUL)
    [visit] = [VisitRepository(db, SEOUL).get(r[0]) for r in db.execute("SELECT id FROM visits")]
    assert visit.start == datetime(2019, 5, 14, tzinfo=SEOUL) and visit.end == datetime(2019, 5, 15, tzinfo=SEOUL)


# ---------------------------------------------------------------- second look: details a person sees


def test_an_assignment_returned_is_the_one_just_made(visits, staff, people):
    visit = visits.create_visit("guide", form())
    choi = staff.add_staff("admin", "Choi Yuna", "guide", ["es"])
    staff.assign("guide", visit.id, choi.id, "guide")
    made = staff.assign("guide", visit.id, people["guide"].id, "interpreter", "es")
    assert (made.staff_name, made.role) == ("Kim Min-ji", "interpreter")
    with pytest.raises(ValidationError) as refused:
        staff.assign("guide", visit.id, choi.id, "interpreter", "spanish!")
    assert refused.value.field == "language"
    with pytest.raises(NotFound) as missing:
        staff.assign("guide", 404, choi.id)
    assert missing.value.message == "There is no visit number 404."
    with pytest.raises(ValidationError) as refused:
        staff.assign("guide", visit.id, people["gone"].id)
    assert refused.value.message == "This staff account is no longer active."
    cancelled = visits.create_visit("guide", form("Quito"))
    visits.cancel_visit("guide", cancelled.id)
    with pytest.raises(ValidationError) as refused:
        staff.assign("guide", cancelled.id, choi.id)
    assert refused.value.message == "Nobody can be assigned to a visit that did not take place."
    with pytest.raises(NotFound) as missing:
        staff.suggest_staff(404)
    assert missing.value.message == "There is no visit number 404."


def test_a_guide_who_does_not_speak_the_language_does_not_hide_the_ones_after(visits, staff, people):
    staff.add_staff("admin", "Ahn", "guide", ["vi"])  # first by name, no Spanish
    visit = visits.create_visit("guide", form(languages=("es",)))
    assert [s.staff.name for s in staff.suggest_staff(visit.id)] == ["Kim Min-ji"]


def test_the_staff_forms_refusals_say_what_to_fix(staff):
    cases = (("", "guide", "Enter the staff member's name."), ("x" * 121, "guide", "At most 120 characters."),
             ("Kim", "boss", "A staff member is a guide or an administrator."))
    for name, role, message in cases:
        with pytest.raises(ValidationError) as refused:
            staff.add_staff("admin", name, role)
        assert refused.value.message == message


def test_a_form_with_two_guides_warns_for_each(visits, schedule, staff, people):
    kim, choi = people["guide"], staff.add_staff("admin", "Choi Yuna", "guide", ["es"])
    lima = visits.create_visit("guide", form("Lima", at(3, 10), at(3, 11)))
    staff.assign("guide", lima.id, kim.id)
    staff.assign("guide", lima.id, choi.id, "interpreter")
    names = [c.staff_name for c in schedule.conflicts_at(at(3, 10, 30), at(3, 12), staff_ids=[kim.id, choi.id])]
    assert names == ["Choi Yuna", "Kim Min-ji"]


def test_the_list_in_another_time_zone_and_with_naive_times(db, visits):
    visits.create_visit("guide", form("Lima", at(3, 10)))  # 02:00 in Paris
    paris = Schedule(db, "Europe/Paris")
    assert paris.count(start=datetime(2026, 12, 3, 1, 30), end=datetime(2026, 12, 3, 2, 30)) == 1
    assert paris.count(start=datetime(2026, 12, 3, 10, 0)) == 0
    seoul = Schedule(db, SEOUL)
    assert seoul.count(start=datetime(2026, 12, 3, 9, 30), end=datetime(2026, 12, 3, 10, 30)) == 1
    assert [r.organization_name for r in paris.in_range(datetime(2026, 12, 3, 1), datetime(2026, 12, 3, 3))] == [
        "Lima"]


def test_paging_through_visits_at_the_same_hour_in_both_directions(visits, schedule):
    same = at(3, 10)
    made = [visits.create_visit("guide", form(f"Org {k}", same), status="confirmed" if k % 2 else "requested").id
            for k in range(7)]
    for newest_first, order in ((True, made[::-1]), (False, made)):
        seen, key = [], None
        while True:
            page = schedule.page(after=key, limit=2, newest_first=newest_first)
            seen += [r.id for r in page.rows]
            if page.next_key is None:
                break
            key = page.next_key
        assert seen == order
    confirmed, key = [], None
    while True:
        page = schedule.page(after=key, limit=2, statuses=["confirmed"], newest_first=False)
        confirmed += [r.id for r in page.rows]
        if page.next_key is None:
            break
        key = page.next_key
    assert confirmed == made[1::2]


def test_a_jump_in_the_list_honours_its_filters(visits, schedule):
    ids = [visits.create_visit("guide", form(f"Org {d}", at(d, 10)), status=s).id
           for d, s in ((1, "confirmed"), (2, "requested"), (3, "confirmed"), (4, "requested"))]
    assert schedule.key_at(1, statuses=["confirmed"]).id == ids[2]
    assert schedule.key_at(1, start=at(1, 0), end=at(2, 0)).id == ids[0]
    assert schedule.key_at(1, start=at(2, 0)).id == ids[3]


def test_a_visits_page_shows_its_notes_organizations_and_dates(visits):
    visit = visits.create_visit("guide", VisitForm(organization="Lima", start=at(3, 10), end=at(3, 11),
                                                   countries={"PE": 3}, arranged_by="WeGO", notes="bring badges"))
    got = visits.get(visit.id)
    assert got.notes == "bring badges" and got.arranged_by.name == "WeGO" and got.organization.name == "Lima"
    assert got.created_utc and got.updated_utc and got.created_utc <= got.updated_utc
    assert visits.get(visits.create_visit("guide", form("Quito")).id).arranged_by is None
    with pytest.raises(NotFound) as missing:
        visits.get(404)
    assert missing.value.message == "There is no visit number 404."


def test_editing_away_a_country_already_counted_keeps_its_people(visits):
    visit = visits.create_visit("guide", form(countries={"PE": 3, "CO": 2}))
    visits.check_in("guide", visit.id, {"PE": 3, "CO": 2})
    edited = visits.edit_visit("guide", visit.id, form(countries={"PE": 4}))
    assert {c.country: (c.expected, c.actual) for c in edited.countries} == {"PE": (4, 3), "CO": (None, 2)}
    assert edited.headcount == 5


def test_the_headcount_rules_at_check_in_and_completion(visits, people, db):
    guide = people["guide"]
    one = visits.create_visit("guide", form())
    assert visits.check_in(guide, one.id, {"PE": 1}).actual_headcount == 1  # one person is a delegation
    assert db.execute("SELECT updated_by FROM visits WHERE id = ?", [one.id]).fetchone()[0] == guide.id
    done = visits.complete("guide", one.id, {"Peru": 2, "PE": 1, "CO": 1})
    assert {c.country: c.actual for c in done.countries} == {"PE": 3, "CO": 1}
    visits.record_headcount(people["admin"], one.id, {"PE": 2})
    assert db.execute("SELECT updated_by FROM visits WHERE id = ?", [one.id]).fetchone()[0] == people["admin"].id
    big = visits.create_visit("guide", form("Seoul", countries={"KR": 50}))
    assert visits.check_in("guide", big.id, {"KR": 100_000}).actual_headcount == 100_000
    for counts, field, message in (
            ({"KR": 100_001}, "headcount", "A visit has at most 100000 people."),
            ({"KR": 0}, "headcount", "Nobody came: record the visit as a no-show instead."),
            ({"Narnia": 3}, "headcount", "Unknown country: Narnia."),
            ({"KR": -1}, "headcount", "The headcount for South Korea must be a whole number."),
            ("KR 3", "headcount", "Enter how many people came from each country.")):
        with pytest.raises(ValidationError) as refused:
            visits.record_headcount("guide", big.id, counts)
        assert refused.value.field == field and refused.value.message.startswith(message)


def test_arrival_and_departure_are_kept_in_the_centers_zone(visits, db):
    visit = visits.create_visit("guide", form())
    utc = datetime(2026, 12, 3, 1, 5, tzinfo=timezone.utc)
    visits.check_in("guide", visit.id, at=utc)
    done = visits.complete("guide", visit.id, at=utc + timedelta(hours=1))
    assert done.actual_start.utcoffset() == done.actual_end.utcoffset() == timedelta(hours=9)
    assert db.execute("SELECT actual_start, actual_end_utc FROM visits").fetchone() == (
        "2026-12-03T10:05:00+09:00", "2026-12-03T02:05:00Z")


def test_times_typed_at_the_terminal(monkeypatch):
    from kiosk.store import times

    assert times.parse_input(" 2026-12-03T01:00Z ", SEOUL) == at(3, 10)
    assert times.parse_input("2026-12-03T01:00z", SEOUL) == at(3, 10)
    assert times.parse_input("2026-12-03T10:00", SEOUL) == at(3, 10)
    assert times.parse_input("2026-12-03T10:00", SEOUL).utcoffset() == timedelta(hours=9)
    assert times.zone("Nowhere/City") == SEOUL and times.zone(None) == SEOUL
    assert times.now_utc().utcoffset() == timedelta(0)


def test_the_same_guide_also_interpreting_gets_the_interpreter_row_back(visits, staff, people):
    visit = visits.create_visit("guide", form())
    kim = people["guide"]
    guiding = staff.assign("guide", visit.id, kim.id, "guide")
    interpreting = staff.assign("guide", visit.id, kim.id, "interpreter", "es")
    assert interpreting.role == "interpreter" and interpreting.id != guiding.id


def test_the_list_from_a_day_on_oldest_first(visits, schedule):
    ids = [visits.create_visit("guide", form(f"Org {d}", at(d, 10))).id for d in (1, 2, 3)]
    assert schedule.key_at(1, start=at(2, 0), newest_first=False).id == ids[1]
    assert [r.id for r in schedule.page(start=at(2, 0), newest_first=False).rows] == ids[1:]
    assert schedule.count(end=datetime(2026, 12, 2, 10, 0)) == 1  # naive: 10:00 in Seoul, not in UTC


def test_a_visit_keeps_when_it_was_made_and_when_it_last_changed(visits, db):
    visit = visits.create_visit("guide", form())
    db.execute("UPDATE visits SET created_utc = '2026-01-01T00:00:00+00:00', updated_utc = '2026-01-02T00:00:00+00:00'")
    got = visits.get(visit.id)  # written by an older kiosk with "+00:00": read in the one form
    assert (got.created_utc, got.updated_utc) == ("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z")
    changed = visits.check_in("guide", visit.id)
    assert changed.updated_utc > "2026-01-02T00:00:00Z" and changed.created_utc == "2026-01-01T00:00:00Z"


def test_refusals_of_a_status_or_a_headcount_read_in_full(visits):
    with pytest.raises(ValidationError) as refused:
        visits.create_many("admin", [(form(), None)], status="cancelled")
    assert refused.value.message == "A new visit is requested, confirmed or completed, not Cancelled."
    with pytest.raises(ValidationError) as refused:
        visits.create_many("admin", [(form(), None)], status="bogus")
    assert refused.value.message == "A new visit is requested, confirmed or completed, not bogus."
    visit = visits.create_visit("guide", form())
    with pytest.raises(ValidationError) as refused:
        visits.record_headcount("guide", visit.id, {"PE": 2})
    assert refused.value.message == "The headcount is taken once the delegation has checked in."
