"""Delegation visits as staff handle them: create, edit, check in, complete, cancel, delete."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from kiosk.store.errors import NotFound, PermissionDenied, ValidationError
from kiosk.store.model import VisitForm
from kiosk.store.staff import StaffRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def at(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=SEOUL)


def lima(**changes):
    values = dict(organization="Lima Metropolitan Municipality", start=at(3, 10), end=at(3, 11, 30),
                  countries={"PE": 3, "CO": 2}, languages=("es",), room="Briefing room")
    values.update(changes)
    return VisitForm(**values)


@pytest.fixture
def visits(db):
    return VisitRepository(db, "Asia/Seoul")


def test_a_new_visit_keeps_its_times_with_offset_and_headcount_per_country(visits, db):
    visit = visits.create_visit("guide", lima())
    assert visit.status == "requested"
    assert visit.start == at(3, 10) and visit.start.utcoffset() == timedelta(hours=9)
    assert visit.expected_headcount == 5
    assert {c.country: c.expected for c in visit.countries} == {"PE": 3, "CO": 2}
    assert visit.organization.name == "Lima Metropolitan Municipality" and visit.organization.country == "PE"
    assert visit.ical_uid.endswith("@visits.smartcity-kiosk.invalid") and visit.ical_sequence == 0
    row = db.execute("SELECT scheduled_start, scheduled_start_utc FROM visits WHERE id = ?", [visit.id]).fetchone()
    assert row == ("2026-12-03T10:00:00+09:00", "2026-12-03T01:00:00Z")


def test_naive_times_are_the_centers_local_time(visits):
    visit = visits.create_visit("guide", lima(start=datetime(2026, 12, 3, 10), end=datetime(2026, 12, 3, 11)))
    assert visit.start.astimezone(timezone.utc).hour == 1


def test_an_organization_named_again_is_the_same_one(visits, db):
    first = visits.create_visit("guide", lima())
    second = visits.create_visit("guide", lima(organization="  lima metropolitan   MUNICIPALITY "))
    assert first.organization.id == second.organization.id
    assert db["organizations"].count == 1


def test_a_double_submit_returns_the_first_visit(visits, db):
    first = visits.create_visit("guide", lima(), client_token="form-7f3a")
    again = visits.create_visit("guide", lima(), client_token="form-7f3a")
    assert again.id == first.id
    assert db["visits"].count == 1 and db["visit_countries"].count == 2


@pytest.mark.parametrize("changes, field, words", [
    (dict(end=at(3, 9)), "end", "end after it starts"),
    (dict(end=at(3, 10)), "end", "end after it starts"),
    (dict(end=at(5, 10)), "end", "at most a day"),
    (dict(countries={"PE": 0}), "headcount", "at least 1"),
    (dict(countries={"PE": -3}), "headcount", "at least 1"),
    (dict(countries={}), "countries", "expected"),
    (dict(countries={"Narnia": 3}), "countries", "Unknown country: Narnia"),
    (dict(countries={"PE": 2, "Peru": 1}), "countries", "Peru is listed twice"),
    (dict(organization=404), "organization", "no organization number 404"),
    (dict(organization=""), "organization", "organization's name"),
    (dict(languages=("spanish!",)), "languages", "Not a language code"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(visits, db, changes, field, words):
    with pytest.raises(ValidationError) as refused:
        visits.create_visit("guide", lima(**changes))
    assert refused.value.field == field
    assert words in refused.value.message
    assert db["visits"].count == 0 and db["organizations"].count == 0 and db["visit_countries"].count == 0


def test_an_unknown_arranging_organization_id_saves_nothing(visits, db):
    with pytest.raises(ValidationError) as refused:
        visits.create_visit("guide", lima(arranged_by=99))
    assert refused.value.field == "arranged_by"
    # the lead organization, new in this form, was not kept either
    assert db["visits"].count == 0 and db["organizations"].count == 0


def test_messages_follow_the_interface_language(visits):
    from kiosk import i18n

    i18n.set_language("ko")
    with pytest.raises(ValidationError) as refused:
        visits.create_visit("guide", lima(countries={"PE": 1, "페루": 1}))
    # the country is named in Korean (CLDR) whatever the state of the catalog
    assert "페루" in refused.value.message


def test_edit_bumps_the_sequence_only_when_time_room_or_status_change(visits):
    visit = visits.create_visit("guide", lima())
    same_time = visits.edit_visit("guide", visit.id, lima(notes="bring badges", countries={"PE": 4}))
    assert same_time.ical_sequence == 0 and same_time.expected_headcount == 4
    assert [c.country for c in same_time.countries] == ["PE"]
    moved = visits.edit_visit("guide", visit.id, lima(start=at(3, 14), end=at(3, 15)))
    assert moved.ical_sequence == 1 and moved.start == at(3, 14)
    confirmed = visits.confirm_visit("guide", visit.id)
    assert confirmed.status == "confirmed" and confirmed.ical_sequence == 2


def test_check_in_counts_who_came_per_country_then_complete(visits):
    visit = visits.create_visit("guide", lima())
    checked = visits.check_in("guide", visit.id, {"PE": 4, "Chile": 1}, at=at(3, 10, 5))
    assert checked.status == "checked_in" and checked.actual_start == at(3, 10, 5)
    assert {c.country: (c.expected, c.actual) for c in checked.countries} == {
        "PE": (3, 4), "CO": (2, 0), "CL": (None, 1)}
    assert checked.actual_headcount == 5 and checked.headcount == 5
    done = visits.complete("guide", visit.id, at=at(3, 11, 40))
    assert done.status == "completed" and done.actual_end == at(3, 11, 40)
    with pytest.raises(ValidationError) as refused:
        visits.cancel_visit("guide", visit.id)
    assert refused.value.field == "status" and "cannot be cancelled" in refused.value.message


def test_check_in_with_nobody_is_refused(visits):
    visit = visits.create_visit("guide", lima())
    with pytest.raises(ValidationError, match="no-show"):
        visits.check_in("guide", visit.id, {"PE": 0})
    assert visits.get(visit.id).status == "requested"


def test_a_guide_cannot_delete_a_visit_but_can_cancel_it_and_an_admin_can_delete(visits, db):
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", "Kim Min-ji", "guide", ["ko", "en"])
    admin = staff.add_staff("admin", "Park Ji-ho", "admin", ["ko"])
    visit = visits.create_visit(guide, lima())
    with pytest.raises(PermissionDenied) as refused:
        visits.delete_visit(guide, visit.id)
    assert "administrator" in refused.value.message
    assert visits.get(visit.id).status == "requested"
    assert visits.cancel_visit(guide, visit.id).status == "cancelled"
    visits.delete_visit(admin, visit.id)
    with pytest.raises(NotFound):
        visits.get(visit.id)
    assert db["visit_countries"].count == 0


def test_a_deactivated_staff_member_can_no_longer_act(visits, db):
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", "Lee Seo-yeon", "guide", ["es"])
    staff.set_active("admin", guide.id, False)
    with pytest.raises(PermissionDenied):
        visits.create_visit(guide, lima())


def test_staff_sign_in_with_their_pin(db):
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", "Choi Yuna", "guide", ["fr"], pin="2468")
    assert staff.sign_in(guide.id, "2468").name == "Choi Yuna"
    with pytest.raises(PermissionDenied):
        staff.sign_in(guide.id, "1357")
    with pytest.raises(ValidationError):
        staff.set_pin(guide, guide.id, "12")
    with pytest.raises(PermissionDenied):
        staff.add_staff(guide, "Someone", "admin")


def test_organizations_are_found_by_name_in_any_case_and_named_once(db):
    from kiosk.store.organizations import OrganizationRepository

    orgs = OrganizationRepository(db)
    wego = orgs.create("guide", "WeGO", "Korea", "intermediary", name_ko="세계스마트시티기구")
    with pytest.raises(ValidationError) as refused:
        orgs.create("guide", "wego", "KR")
    assert refused.value.field == "name"
    assert orgs.find("  WEGO ") == wego
    with pytest.raises(ValidationError) as refused:
        orgs.create("guide", "Lima", "Narnia")
    assert refused.value.field == "country"
    edited = orgs.edit("admin", wego.id, "WeGO Secretariat", "KR", "international_body", name_ko="세계스마트시티기구")
    assert (edited.name, edited.type) == ("WeGO Secretariat", "international_body")
    assert [o.id for o in orgs.search("스마트")] == [wego.id]
