"""UTC times are written in one form ("…Z") everywhere, and the forms old databases hold still read."""

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from kiosk.core import utc
from kiosk.core.pack import PackWriter
from kiosk.core.pack_reader import Pack
from kiosk.store.activity import ActivityRepository
from kiosk.store.db import open_database
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from kiosk.store.sessions import SessionRepository
from kiosk.store.staff import StaffRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")
ONE_FORM = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.mark.parametrize("moment", [
    datetime(2026, 12, 3, 10, 0, 0, tzinfo=SEOUL),
    datetime(2026, 12, 3, 1, 0, 0, 999_999, tzinfo=timezone.utc),
    datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=ZoneInfo("America/Los_Angeles")),  # the second 01:30 that night
    datetime(1999, 12, 31, 23, 59, 59, tzinfo=ZoneInfo("Pacific/Kiritimati")),
])
def test_what_is_written_reads_back_as_the_same_second(moment):
    written = utc.stamp(moment)
    assert ONE_FORM.fullmatch(written), written
    back = utc.parse(written)
    assert back.timestamp() == moment.replace(microsecond=0).timestamp()
    assert back.utcoffset().total_seconds() == 0


def test_both_forms_old_databases_hold_read_as_the_same_time():
    expected = datetime(2026, 12, 3, 1, 0, tzinfo=timezone.utc)
    for old in ("2026-12-03T01:00:00Z", "2026-12-03T01:00:00+00:00", "2026-12-03T01:00:00z",
                " 2026-12-03T10:00:00+09:00 "):
        assert utc.parse(old) == expected, old
        assert utc.normalised(old) == "2026-12-03T01:00:00Z", old
    assert utc.normalised(None) is None and utc.normalised("") == ""


def test_a_time_without_a_zone_is_not_written_and_no_time_is_not_read():
    with pytest.raises(ValueError):
        utc.stamp(datetime(2026, 12, 3, 10, 0))
    with pytest.raises(ValueError):
        utc.parse("yesterday")
    assert utc.parse("2026-12-03T01:00:00") == datetime(2026, 12, 3, 1, 0, tzinfo=timezone.utc)


def test_every_utc_time_the_store_writes_has_the_one_form(tmp_path):
    db = open_database(tmp_path / "k.sqlite")
    visits = VisitRepository(db, SEOUL)
    staff = StaffRepository(db)
    activity = ActivityRepository(db, SEOUL)
    visit = visits.create_visit("guide", VisitForm("Lima Metropolitan Municipality", datetime(2026, 12, 3, 10, 0),
                                                   datetime(2026, 12, 3, 11, 0), {"PE": 3}))
    guide = staff.add_staff("admin", "Kim Min-ji", "guide", ["es"])
    staff.assign("admin", visit.id, guide.id)
    visits.check_in("guide", visit.id, at=datetime(2026, 12, 3, 10, 5, tzinfo=SEOUL))
    activity.record_demo("cctv", 30, started=datetime(2026, 12, 3, 10, 10, tzinfo=SEOUL))
    activity.add_feedback(visit.id, 4)
    activity.add_visitor("guide", visit.id, VisitorForm("Ana Torres"), ConsentForm(True, "es", contact=True))
    sessions = SessionRepository(db)
    sessions.end(sessions.start("es"), "idle")

    written = {}
    for table in db.table_names():
        for column in db[table].columns_dict:
            if column.endswith("_utc"):
                written[(table, column)] = [v for (v,) in db.execute(f"SELECT {column} FROM {table}") if v]
    for where in [("organizations", "created_utc"), ("staff", "created_utc"), ("assignments", "created_utc"),
                  ("visits", "created_utc"), ("visits", "updated_utc"), ("visits", "actual_start_utc"),
                  ("demos_shown", "started_utc"), ("feedback", "created_utc"), ("visitors", "created_utc"),
                  ("visitor_sessions", "started_utc"), ("visitor_sessions", "ended_utc")]:
        assert written[where], f"nothing written in {where}"
    wrong = {where: values for where, values in written.items() if not all(ONE_FORM.fullmatch(v) for v in values)}
    assert not wrong
    assert visits.get(visit.id).created_utc == written[("visits", "created_utc")][0]
    db.close()


def test_rows_an_older_kiosk_wrote_with_plus_zero_read_in_the_one_form(tmp_path):
    db = open_database(tmp_path / "k.sqlite")
    visits = VisitRepository(db, SEOUL)
    visit = visits.create_visit("guide", VisitForm("Lima Metropolitan Municipality", datetime(2026, 12, 3, 10, 0),
                                                   datetime(2026, 12, 3, 11, 0), {"PE": 3}))
    sessions = SessionRepository(db)
    session = sessions.start("es")
    with db.atomic():
        db.execute("UPDATE visits SET created_utc = '2026-11-20T08:15:00+00:00', updated_utc = '2026-11-21T09:00:00Z'"
                   " WHERE id = ?", [visit.id])
        db.execute("UPDATE visitor_sessions SET started_utc = '2026-11-20T08:15:00+00:00' WHERE id = ?", [session])
    again = visits.get(visit.id)
    assert (again.created_utc, again.updated_utc) == ("2026-11-20T08:15:00Z", "2026-11-21T09:00:00Z")
    assert again.to_json()["created_utc"] == "2026-11-20T08:15:00Z"
    assert sessions.get(session).started_utc == "2026-11-20T08:15:00Z"
    assert sessions.get(session).ended_utc is None
    db.close()


def test_a_pack_records_when_it_was_written_in_the_one_form(tmp_path):
    before = utc.now().replace(microsecond=0)
    with PackWriter(tmp_path / "t.pack", id="t", kind="bus", timezone="Asia/Seoul", title={"en": "T"}) as w:
        w.add_object("bus1", "bus")
        t = np.arange(0, 10_000, 1000)
        w.add_track("bus1", t, 37.39 + t / 1e9, 126.95 + t / 1e9)
    with Pack.open(tmp_path / "t.pack") as pack:
        created = pack.manifest.created
    assert ONE_FORM.fullmatch(created), created
    assert before <= utc.parse(created) <= utc.now()
