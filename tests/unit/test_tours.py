"""A visit's tour: templates, editing, the demos shown at each stop, and the delegations' answers."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.store.activity import ActivityRepository
from kiosk.store.errors import NotFound, PermissionDenied, ValidationError
from kiosk.store.model import StopForm, VisitForm
from kiosk.store.tours import TEMPLATES, TourRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def at(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=SEOUL)


@pytest.fixture
def setup(db):
    visits = VisitRepository(db, SEOUL)
    visit = visits.create_visit("guide", VisitForm("Abancay Provincial Municipality", at(3, 10), at(3, 11),
                                                   {"PE": 4}, languages=("es",)))
    return visits, TourRepository(db), ActivityRepository(db, SEOUL), visit


def test_the_three_templates_fill_a_tour_in_order(setup):
    _, tours, _, visit = setup
    assert {t.id for t in TEMPLATES} >= {"overview", "safety", "mobility"}
    overview = next(t for t in TEMPLATES if t.id == "overview")
    assert overview.minutes == 30
    stops = tours.apply_template("guide", visit.id, "overview")
    assert [(s.position, s.demo_id, s.minutes) for s in stops] == [(0, "disaster", 12), (1, "cctv", 10), (2, "bus", 8)]
    safety = tours.apply_template("guide", visit.id, "safety")
    assert [s.demo_id for s in safety] == ["disaster"] * 3 + ["cctv"] * 2
    assert safety[0].chapter == 1 and tours.stops(visit.id) == safety


def test_editing_keeps_the_stops_that_stay_and_their_demos_shown(setup):
    _, tours, activity, visit = setup
    stops = tours.apply_template("guide", visit.id, "overview")
    shown = activity.record_demo("cctv", 120, started=at(3, 10, 20), stop_id=stops[1].id)
    assert (shown.visit_id, shown.stop_id) == (visit.id, stops[1].id)
    edited = tours.set_stops("guide", visit.id, [StopForm("cctv", 15, notes={"en": "Start with the school zone."}),
                                                 StopForm("bus", 5)])
    assert [(s.demo_id, s.minutes) for s in edited] == [("cctv", 15), ("bus", 5)]
    assert edited[0].id == stops[1].id and edited[0].notes == {"en": "Start with the school zone."}
    assert tours.shown_at(visit.id) == {stops[1].id: 120.0}
    # the stop removed lets go of nothing shown: its demos stay with the visit
    tours.set_stops("guide", visit.id, [StopForm("bus", 5)])
    assert [(d.visit_id, d.stop_id) for d in activity.demos_shown(visit.id)] == [(visit.id, None)]


def test_bad_stops_are_refused_and_the_tour_stays(setup):
    _, tours, _, visit = setup
    before = tours.apply_template("guide", visit.id, "mobility")
    for stop, field in ((StopForm("bus", 0), "minutes"), (StopForm("bus", 241), "minutes"),
                        (StopForm("", 5), "demo"), (StopForm("bus", 5, chapter=-1), "chapter"),
                        (StopForm("bus", 5, notes={"en": "x" * 2001}), "notes")):
        with pytest.raises(ValidationError) as refused:
            tours.set_stops("guide", visit.id, [StopForm("cctv", 5), stop])
        assert refused.value.field == field
    assert tours.stops(visit.id) == before
    with pytest.raises(NotFound):
        tours.apply_template("guide", visit.id, "no-such-tour")
    with pytest.raises(NotFound):
        tours.set_stops("guide", 999, [StopForm("bus", 5)])
    with pytest.raises(PermissionDenied):
        tours.set_stops("visitor", visit.id, [StopForm("bus", 5)])


def test_notes_per_language_are_set_and_cleared(setup):
    _, tours, _, visit = setup
    stop = tours.apply_template("guide", visit.id, "overview")[0]
    tours.set_notes("guide", stop.id, "ko", "5대 연계 서비스를 먼저 소개합니다.")
    noted = tours.set_notes("guide", stop.id, "en", "Point at the gauges first.")
    assert noted.notes == {"ko": "5대 연계 서비스를 먼저 소개합니다.", "en": "Point at the gauges first."}
    assert tours.set_notes("guide", stop.id, "en", "  ").notes == {"ko": "5대 연계 서비스를 먼저 소개합니다."}


def test_deleting_a_visit_takes_its_tour(setup):
    visits, tours, activity, visit = setup
    stops = tours.apply_template("guide", visit.id, "overview")
    activity.record_demo("bus", 60, started=at(3, 10, 40), stop_id=stops[2].id)
    visits.delete_visit("admin", visit.id)
    assert tours.stops(visit.id) == []
    assert activity.db.execute("SELECT visit_id, stop_id FROM demos_shown").fetchall() == [(None, None)]


def test_a_corrected_answer_replaces_the_first_and_figures_count_faces(setup, db):
    visits, _, activity, visit = setup
    first = activity.add_feedback(visit.id, 2, at=at(3, 11))
    corrected = activity.add_feedback(visit.id, 4, at=at(3, 11), replaces=first.id)
    assert corrected.id == first.id and [f.rating for f in activity.feedback(visit.id)] == [4]
    other = visits.create_visit("guide", VisitForm("Accra Metropolitan Assembly", at(4, 10), at(4, 11),
                                                   {"GH": 2, "MY": 1}, languages=("en",)))
    activity.add_feedback(other.id, 3, at=at(4, 11))
    activity.add_feedback(other.id, 1, "Too short", at=at(4, 11))
    months = activity.feedback_by("month")
    assert [(m.key, m.answers, m.faces) for m in months] == [("2026-12", 3, (1, 0, 1, 1))]
    assert months[0].mean == pytest.approx(8 / 3) and months[0].happy_share == pytest.approx(2 / 3)
    countries = {c.key: (c.answers, c.faces) for c in activity.feedback_by("country")}
    assert countries == {"PE": (1, (0, 0, 0, 1)), "GH": (2, (1, 0, 1, 0)), "MY": (2, (1, 0, 1, 0))}
    assert activity.feedback_by("month", year=2025) == []
