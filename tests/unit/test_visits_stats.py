"""The published figures: their shape and values on a known log, and the aggregate tables
always equal to a recount written here from the raw rows, whatever staff do, across the New Year
in the center's zone."""

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kiosk.store.db import open_database
from kiosk.core.errors import KioskError
from kiosk.store.model import VisitForm
from kiosk.store.stats import rebuild_aggregates, recount, stats
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


def visit(org, year, countries, org_country=None, month=5):
    start = datetime(year, month, 14, 10, tzinfo=SEOUL)
    return VisitForm(organization=org, start=start, end=start + timedelta(hours=2), countries=countries,
                     organization_country=org_country)


def test_stats_on_a_known_log(db):
    visits = VisitRepository(db, SEOUL)
    visits.create_visit("admin", visit("Seoul Metropolitan Government", 2019, {"KR": 12}), status="completed")
    visits.create_visit("admin", visit("Busan Metropolitan City", 2020, {"KR": 8}), status="completed")
    visits.create_visit("admin", visit("Busan Metropolitan City", 2021, {"KR": 4}), status="completed")
    lima = visits.create_visit("admin", visit("Lima Metropolitan Municipality", 2019, {"PE": 3, "CO": 2}))
    visits.check_in("admin", lima.id, {"PE": 4, "CO": 2})
    visits.complete("admin", lima.id)
    # a Korean intermediary leading a foreign delegation: foreign people, a Korean institution
    visits.create_visit("admin", visit("KOICA", 2021, {"VN": 10}, org_country="KR"), status="completed")
    tokyo = visits.create_visit("admin", visit("Tokyo", 2021, {"JP": 5}))
    visits.cancel_visit("admin", tokyo.id)
    visits.create_visit("admin", visit("Quito", 2027, {"EC": 9}))  # requested: not counted yet
    no_show = visits.create_visit("admin", visit("Accra", 2021, {"GH": 3}))
    visits.mark_no_show("admin", no_show.id)

    figures = stats(db)
    assert figures == {
        "visits": 5,
        "people": 40,
        "domestic": {"institutions": 3, "people": 24},
        "foreign": {"countries": 3, "people": 16},
        "by_country": {"KR": 24, "VN": 10, "PE": 4, "CO": 2},
        "by_year": {2019: 18, 2020: 8, 2021: 14},
    }
    assert list(figures["by_country"]) == ["KR", "VN", "PE", "CO"]  # most visitors first
    assert json.loads(json.dumps(figures))["by_year"] == {"2019": 18, "2020": 8, "2021": 14}
    assert recount(db) == figures


def test_an_empty_log_has_zero_everywhere(db):
    assert stats(db) == {"visits": 0, "people": 0, "domestic": {"institutions": 0, "people": 0},
                         "foreign": {"countries": 0, "people": 0}, "by_country": {}, "by_year": {}}


def test_moving_a_completed_visit_to_another_year_moves_its_people(db):
    visits = VisitRepository(db, SEOUL)
    done = visits.create_visit("admin", visit("Hanoi", 2019, {"VN": 7}), status="completed")
    visits.edit_visit("admin", done.id, visit("Hanoi", 2022, {"VN": 7, "LA": 2}))
    assert stats(db)["by_year"] == {2022: 9}
    assert stats(db) == recount(db)


# ---------------------------------------------------------------- an independent recount
# Counted here from the tables' rows with plain Python and zoneinfo, not through the store's
# helpers: a visit counts once completed; its people per country are the actual headcount, or the
# expected one when none was taken; its year is the year in Seoul of its start instant.

def independent_count(db) -> dict:
    orgs = dict(db.execute("SELECT id, country FROM organizations").fetchall())
    completed = {vid: (start_utc, org) for vid, status, start_utc, org in db.execute(
        "SELECT id, status, scheduled_start_utc, lead_organization_id FROM visits").fetchall()
        if status == "completed"}
    by_country: dict[str, int] = {}
    by_year: dict[int, int] = {}
    for vid, (start_utc, _org) in completed.items():
        instant = datetime.strptime(start_utc, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        by_year.setdefault(instant.astimezone(SEOUL).year, 0)
    for vid, country, expected, actual in db.execute(
            "SELECT visit_id, country, expected, actual FROM visit_countries").fetchall():
        if vid not in completed:
            continue
        people = actual if actual is not None else (expected or 0)
        by_country[country] = by_country.get(country, 0) + people
        instant = datetime.strptime(completed[vid][0], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        by_year[instant.astimezone(SEOUL).year] += people
    by_country = {c: n for c, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0}
    foreign = {c: n for c, n in by_country.items() if c != "KR"}
    return {
        "visits": len(completed),
        "people": sum(by_country.values()),
        "domestic": {"institutions": len({org for _s, org in completed.values() if orgs[org] == "KR"}),
                     "people": by_country.get("KR", 0)},
        "foreign": {"countries": len(foreign), "people": sum(foreign.values())},
        "by_country": by_country,
        "by_year": dict(sorted(by_year.items())),
    }


def same_figures(db) -> dict:
    figures, expected = stats(db), independent_count(db)
    assert figures == expected
    assert list(figures["by_country"]) == list(expected["by_country"])  # most people first
    assert recount(db) == expected
    return figures


def test_a_visit_on_new_years_morning_in_seoul_counts_for_the_new_year(db):
    visits = VisitRepository(db, SEOUL)
    # 1 January 08:00 in Seoul is 31 December 23:00 in UTC
    morning = datetime(2026, 1, 1, 8, tzinfo=SEOUL)
    visits.create_visit("admin", VisitForm(organization="Lima", start=morning, end=morning + timedelta(hours=1),
                                           countries={"PE": 3}), status="completed")
    # the same instant typed in UTC is the same visit day in the center's zone
    utc = datetime(2025, 12, 31, 23, 30, tzinfo=timezone.utc)
    visits.create_visit("admin", VisitForm(organization="Anyang", start=utc, end=utc + timedelta(hours=1),
                                           countries={"KR": 4}, organization_country="KR"), status="completed")
    # and New Year's Eve evening in Seoul stays in the old year
    eve = datetime(2025, 12, 31, 22, tzinfo=SEOUL)
    visits.create_visit("admin", VisitForm(organization="Hanoi", start=eve, end=eve + timedelta(hours=1),
                                           countries={"VN": 2}), status="completed")
    assert same_figures(db)["by_year"] == {2025: 2, 2026: 7}


ORGS = [("Seoul", "KR"), ("Anyang", "KR"), ("Lima", "PE"), ("Hanoi", "VN"), ("KOICA", "KR")]
COUNTRIES = ["KR", "PE", "VN", "CO", "US"]
#: the zones a form's time may be typed in; the center is in Seoul
ZONES = [SEOUL, timezone.utc, ZoneInfo("America/Lima")]

counts = st.dictionaries(st.sampled_from(COUNTRIES), st.integers(1, 30), min_size=1, max_size=3)
# a start within a day and a half of a local New Year in Seoul, on the half hour; often in its
# first nine hours, when the UTC date is still 31 December
half_hours = st.one_of(st.integers(0, 17), st.integers(-72, 72))
new_year = st.tuples(st.integers(2024, 2026), half_hours, st.sampled_from(ZONES)).map(
    lambda t: (datetime(t[0], 1, 1, tzinfo=SEOUL) + timedelta(minutes=30 * t[1])).astimezone(t[2]))
actions = st.lists(st.one_of(
    st.tuples(st.just("create"), st.sampled_from(ORGS), new_year, counts,
              st.sampled_from(["requested", "confirmed", "completed"])),
    st.tuples(st.just("edit"), st.integers(0, 30), st.sampled_from(ORGS), new_year, counts),
    st.tuples(st.just("confirm"), st.integers(0, 30)),
    st.tuples(st.just("check_in"), st.integers(0, 30), st.dictionaries(st.sampled_from(COUNTRIES),
                                                                       st.integers(0, 30), max_size=3)),
    st.tuples(st.just("complete"), st.integers(0, 30), st.dictionaries(st.sampled_from(COUNTRIES),
                                                                       st.integers(0, 30), max_size=3)),
    st.tuples(st.just("cancel"), st.integers(0, 30)),
    st.tuples(st.just("no_show"), st.integers(0, 30)),
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("headcount"), st.integers(0, 30), st.dictionaries(st.sampled_from(COUNTRIES),
                                                                        st.integers(0, 30), min_size=1, max_size=3)),
), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=actions)
def test_the_figures_equal_an_independent_recount_after_any_sequence_of_actions(tmp_path_factory, actions):
    db = open_database(tmp_path_factory.mktemp("stats") / "k.sqlite")
    visits = VisitRepository(db, SEOUL)
    made: list[int] = []

    def pick(i):
        return made[i % len(made)] if made else -1

    def form(org, country, start, countries):
        return VisitForm(organization=org, start=start, end=start + timedelta(hours=2), countries=countries,
                         organization_country=country)

    for action in actions:
        kind = action[0]
        try:
            if kind == "create":
                _, (org, country), start, countries, status = action
                made.append(visits.create_visit("admin", form(org, country, start, countries), status=status).id)
            elif kind == "edit":
                _, i, (org, country), start, countries = action
                visits.edit_visit("admin", pick(i), form(org, country, start, countries))
            elif kind == "confirm":
                visits.confirm_visit("admin", pick(action[1]))
            elif kind == "check_in":
                visits.check_in("admin", pick(action[1]), action[2] or None)
            elif kind == "complete":
                visits.complete("admin", pick(action[1]), action[2] or None)
            elif kind == "cancel":
                visits.cancel_visit("admin", pick(action[1]))
            elif kind == "no_show":
                visits.mark_no_show("admin", pick(action[1]))
            elif kind == "delete":
                visits.delete_visit("admin", pick(action[1]))
            elif kind == "headcount":
                visits.record_headcount("admin", pick(action[1]), action[2])
        except KioskError:
            pass  # refused (wrong status, nobody came, deleted visit): nothing changed
        same_figures(db)
    before = stats(db)
    rebuild_aggregates(db)
    assert stats(db) == before
    db.close()


def test_a_bulk_load_counts_the_figures_once_and_keeps_the_triggers(db):
    from kiosk.store.stats import bulk_load

    visits = VisitRepository(db, SEOUL)
    visits.create_visit("admin", visit("Seoul", 2019, {"KR": 12}), status="completed")
    triggers = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    with bulk_load(db):
        for k in range(50):
            visits.create_visit("admin", visit(f"Org {k % 7}", 2010 + k % 9, {"PE": 1 + k, "KR": 2}),
                                status="completed" if k % 3 else "requested")
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == triggers
    assert stats(db) == recount(db) and stats(db)["visits"] == 34
    with pytest.raises(RuntimeError):
        with bulk_load(db):
            visits.create_visit("admin", visit("Lost", 2011, {"PE": 1}), status="completed")
            raise RuntimeError("disk full")
    assert stats(db) == recount(db) and stats(db)["visits"] == 34
    # and the triggers still count the next visit
    visits.create_visit("admin", visit("Seoul", 2020, {"KR": 3}), status="completed")
    assert stats(db)["visits"] == 35 and stats(db) == recount(db)
