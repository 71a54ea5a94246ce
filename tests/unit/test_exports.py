"""Exports of the visit log, read back with independent readers: the csv module, openpyxl and
icalendar's parser."""

import csv
import errno
import io
import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest

from kiosk.store import audit, exports
from kiosk.store.errors import PermissionDenied, ValidationError
from kiosk.store.exports import ExportCancelled, ExportRequest, check, count, export_visits
from kiosk.store.model import VisitForm
from kiosk.store.staff import StaffRepository
from kiosk.store.stats import stats
from kiosk.store.visits import VisitRepository

TZ = ZoneInfo("Asia/Seoul")


def at(day: str, hour: int, minutes: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minutes, tzinfo=TZ)


@pytest.fixture
def log(db):
    """Five visits in November 2026 (one cancelled, one requested, one completed with a Korean
    lead and foreign people) and one in December, with a guide and an interpreter."""
    repo = VisitRepository(db, TZ)
    staff = StaffRepository(db)
    lee = staff.add_staff("admin", "Lee Seo-yeon", "guide", ("ko", "es"))
    park = staff.add_staff("admin", "Park Min-jun", "guide", ("ko", "fr"))
    staff.set_email("admin", lee.id, "lee@example.org")

    def visit(org, day, hour, countries, status="confirmed", **more):
        return repo.create_visit("admin", VisitForm(org, at(day, hour), at(day, hour, 50), countries, **more),
                                 status=status)

    lima = visit("Lima Metropolitan Municipality", "2026-11-03", 10, {"PE": 3, "CO": 2}, arranged_by="WeGO",
                 room="Briefing room", languages=("es", "en"), notes="bring Spanish brochures")
    staff.assign("admin", lima.id, lee.id, "guide")
    staff.assign("admin", lima.id, park.id, "interpreter")
    seoul = visit("Seoul Digital Foundation", "2026-11-05", 14, {"VN": 4, "KR": 1}, status="completed",
                  organization_country="KR")
    dakar = visit("Ville de Dakar", "2026-11-10", 11, {"SN": 5})
    repo.cancel_visit("admin", dakar.id)
    quito = visit("=HYPERLINK(\"http://x\")", "2026-11-20", 9, {"EC": 2}, status="requested")
    december = visit("Hanoi People's Committee", "2026-12-01", 10, {"VN": 9}, status="completed")
    staff.assign("admin", december.id, park.id, "guide")
    return {"db": db, "repo": repo, "lima": lima, "seoul": seoul, "dakar": dakar, "quito": quito,
            "december": december, "lee": lee, "park": park}


def export(db, tmp_path, fmt="csv", name=None, **request):
    target = tmp_path / (name or f"visits.{fmt}")
    result = export_visits(db, ExportRequest(fmt, **request), target, "admin", TZ, "Test center")
    return result, target


def csv_rows(path, encoding="utf-8-sig"):
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


def leftovers(folder):
    """The files in ``folder`` besides the test's database."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("k.sqlite"))


# ---------------------------------------------------------------- CSV

def test_csv_has_a_bom_crlf_lines_and_one_row_per_visit_in_start_order(log, tmp_path):
    result, path = export(log["db"], tmp_path, lang="en")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = csv_rows(path)
    assert rows[0][:3] == ["Visit number", "Status", "Date"]
    assert [int(r[0]) for r in rows[1:]] == [log[k].id for k in ("lima", "seoul", "dakar", "quito", "december")]
    assert result.rows == 5
    lima = dict(zip(rows[0], rows[1]))
    assert lima["Status"] == "Confirmed" and lima["Date"] == "2026-11-03"
    assert (lima["Start time"], lima["End time"]) == ("10:00", "10:50")
    assert lima["Countries and people"] == "PE 3; CO 2"
    assert lima["Country of the lead organization"] == "PE" and lima["Arranged by"] == "WeGO"
    assert (lima["Guide"], lima["Interpreter"]) == ("Lee Seo-yeon", "Park Min-jun")
    assert lima["Calendar UID"] == log["lima"].ical_uid
    assert dict(zip(rows[0], rows[3]))["Status"] == "Cancelled"


def test_headers_and_status_words_follow_the_requested_language(log, tmp_path):
    _result, path = export(log["db"], tmp_path, lang="ko")
    rows = csv_rows(path)
    assert "상태" in rows[0] and rows[0][0] != "Visit number"
    assert rows[1][1] == "확정"


def test_a_period_and_statuses_select_the_visits(log, tmp_path):
    db = log["db"]
    request = dict(start=date(2026, 11, 4), end=date(2026, 11, 20), statuses=("cancelled", "requested"))
    assert count(db, ExportRequest("csv", **request), TZ) == 2
    _result, path = export(db, tmp_path, **request)
    assert [int(r[0]) for r in csv_rows(path)[1:]] == [log["dakar"].id, log["quito"].id]
    _result, path = export(db, tmp_path, name="one-day.csv", start=date(2026, 12, 1), end=date(2026, 12, 1))
    assert [int(r[0]) for r in csv_rows(path)[1:]] == [log["december"].id]


def test_a_guide_by_name_in_any_case(log, tmp_path):
    db = log["db"]
    _result, path = export(db, tmp_path, guide="park  MIN-JUN")
    assert [int(r[0]) for r in csv_rows(path)[1:]] == [log["lima"].id, log["december"].id]
    entry = audit.entries(db, action="export")[0]
    assert entry.details["guide"] == log["park"].id
    assert "Park" not in str(entry.details)
    with pytest.raises(ValidationError) as refused:
        export(db, tmp_path, name="nobody.csv", guide="Nobody Here")
    assert refused.value.field == "guide"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_starting_like_a_formula_is_written_after_a_quote(db, tmp_path, start):
    repo = VisitRepository(db, TZ)
    visit = repo.create_visit("admin", VisitForm("Quito", at("2026-11-02", 10), at("2026-11-02", 11), {"EC": 2},
                                                 room="Hall"))
    # the form trims a leading tab or CR; an older row, or another program, may hold one
    db.execute("UPDATE visits SET notes = ? WHERE id = ?", [start + "1+2 cmd", visit.id])
    db.execute("UPDATE organizations SET name = ?", [start + "SUM(A1)"])
    _result, path = export(db, tmp_path, lang="en")
    header, row = csv_rows(path)
    cells = dict(zip(header, row))
    assert cells["Notes"] == "'" + start + "1+2 cmd"
    assert cells["Lead organization"] == "'" + start + "SUM(A1)"
    assert cells["Room"] == "Hall" and cells["Expected headcount"] == "2"


def test_cp949_writes_korean_and_refuses_what_it_cannot_encode_naming_the_visit(log, tmp_path):
    db = log["db"]
    repo = VisitRepository(db, TZ)
    repo.create_visit("admin", VisitForm("서울디지털재단", at("2026-11-06", 10), at("2026-11-06", 11), {"KR": 3}))
    _result, path = export(db, tmp_path, lang="ko", encoding="cp949", start=date(2026, 11, 6), end=date(2026, 11, 6))
    assert "서울디지털재단" in path.read_bytes().decode("cp949")
    hanoi = repo.create_visit("admin", VisitForm("Hà Nội city", at("2026-11-07", 10), at("2026-11-07", 11), {"VN": 3}))
    entries = len(audit.entries(db))
    with pytest.raises(ValidationError) as refused:
        export(db, tmp_path, name="cp949.csv", lang="ko", encoding="cp949")
    assert str(hanoi.id) in refused.value.message and "à" in refused.value.message
    assert refused.value.field == "encoding"
    assert "cp949.csv" not in leftovers(tmp_path) and not any(n.endswith(".part") for n in leftovers(tmp_path))
    assert len(audit.entries(db)) == entries


# ---------------------------------------------------------------- XLSX

def test_xlsx_sheets_cells_frozen_headers_and_summary(log, tmp_path):
    db = log["db"]
    _result, path = export(db, tmp_path, "xlsx", lang="en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Visits", "Countries", "Roster", "Summary"]
    visits = book["Visits"]
    assert visits.freeze_panes == "A2"
    header = [c.value for c in visits[1]]
    lima = dict(zip(header, [c.value for c in visits[2]]))
    assert lima["Date"] == datetime(2026, 11, 3) and lima["Start time"].strftime("%H:%M") == "10:00"
    assert lima["Countries and people"] == "PE 3; CO 2" and lima["Expected headcount"] == 5
    quito = dict(zip(header, [c.value for c in visits[5]]))
    assert quito["Lead organization"] == '=HYPERLINK("http://x")'  # a text cell, never a formula
    assert visits.cell(5, header.index("Lead organization") + 1).data_type == "s"
    assert visits.max_row == 6
    assert visits.column_dimensions["F"].width >= 30  # the organization's column is sized
    countries = [[c.value for c in r] for r in book["Countries"].iter_rows(min_row=2)]
    assert [log["lima"].id, "PE", "Peru", 3, None] in countries and len(countries) == 7
    assert book["Countries"].freeze_panes == "A2"
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows() if r[0].value}
    figures = stats(db)
    assert summary["Visits completed"] == figures["visits"] == 2
    assert summary["People"] == figures["people"]
    assert summary["Korean institutions"] == figures["domestic"]["institutions"] == 1
    assert summary["People from Korea"] == figures["domestic"]["people"]
    assert summary["Foreign countries"] == figures["foreign"]["countries"]
    assert summary["People from abroad"] == figures["foreign"]["people"]


def test_the_roster_shows_names_still_kept_and_sheet_names_are_translated(log, tmp_path):
    db = log["db"]
    db.execute("INSERT INTO visitors (visit_id, name, title, country, contact, consent_photos, created_utc)"
               " VALUES (?, 'Ana Pérez', 'Mayor', 'PE', 'ana@example.org', 1, '2026-11-01T00:00:00Z')",
               [log["lima"].id])
    db.execute("INSERT INTO visitors (visit_id, name, title, country, created_utc)"
               " VALUES (?, 'Erased Later', 'Deputy', 'PE', '2026-11-01T00:00:00Z')", [log["lima"].id])
    if _name_may_be_null(db):
        db.execute("UPDATE visitors SET name = NULL WHERE name = 'Erased Later'")
    else:  # the schema before erasure keeps names NOT NULL: the erased row is left out by deleting it
        db.execute("DELETE FROM visitors WHERE name = 'Erased Later'")
    _result, path = export(db, tmp_path, "xlsx", lang="es")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] != "Visits"
    roster = [[c.value for c in r] for r in book.worksheets[2].iter_rows(min_row=2)]
    assert roster == [[log["lima"].id, "Ana Pérez", "Mayor", "Perú", "ana@example.org", roster[0][5]]]
    assert roster[0][5]


def _name_may_be_null(db) -> bool:
    return not [c for c in db["visitors"].columns if c.name == "name"][0].notnull


# ---------------------------------------------------------------- ICS

def events(path):
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_ics_one_event_per_visit_with_stored_uid_and_sequence(log, tmp_path):
    db = log["db"]
    _result, path = export(db, tmp_path, "ics", lang="en")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) and calendar["PRODID"]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    found = events(path)
    assert len(found) == 5
    lima = found[log["lima"].ical_uid]
    assert int(lima["SEQUENCE"]) == log["repo"].get(log["lima"].id).ical_sequence
    assert lima["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert lima["DTSTART"].dt == at("2026-11-03", 10) and lima["DTEND"].dt == at("2026-11-03", 10, 50)
    assert str(lima["SUMMARY"]) == "Lima Metropolitan Municipality" and str(lima["LOCATION"]) == "Briefing room"
    assert "Peru 3" in str(lima["DESCRIPTION"]) and "Colombia 2" in str(lima["DESCRIPTION"])
    assert str(lima["STATUS"]) == "CONFIRMED"
    assert str(found[log["quito"].ical_uid]["STATUS"]) == "TENTATIVE"
    assert str(found[log["dakar"].ical_uid]["STATUS"]) == "CANCELLED"
    assert str(found[log["seoul"].ical_uid]["STATUS"]) == "CONFIRMED"
    attendees = lima.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:lee@example.org"]  # the interpreter has no e-mail
    assert attendees[0].params["CN"] == "Lee Seo-yeon"
    assert "ATTENDEE" not in found[log["december"].ical_uid]


def test_moving_a_visit_gives_a_higher_sequence_in_the_next_export(log, tmp_path):
    db, repo = log["db"], log["repo"]
    _result, first = export(db, tmp_path, "ics", name="first.ics")
    before = int(events(first)[log["quito"].ical_uid]["SEQUENCE"])
    quito = repo.get(log["quito"].id)
    repo.edit_visit("admin", quito.id, VisitForm(quito.organization.id, quito.start + timedelta(hours=2),
                                                  quito.end + timedelta(hours=2), {"EC": 2}))
    _result, second = export(db, tmp_path, "ics", name="second.ics")
    moved = events(second)[log["quito"].ical_uid]
    assert int(moved["SEQUENCE"]) > before
    assert moved["DTSTART"].dt == at("2026-11-20", 11)


# ---------------------------------------------------------------- refusals leave nothing

@pytest.mark.parametrize("request_, field", [
    (ExportRequest("pdf"), "format"),
    (ExportRequest("csv", start=date(2026, 11, 5), end=date(2026, 11, 4)), "end"),
    (ExportRequest("csv", encoding="latin-1"), "encoding"),
    (ExportRequest("csv", lang="tlh"), "lang"),
    (ExportRequest("csv", statuses=("lost",)), "status"),
])
def test_check_refuses_bad_requests_without_a_database(request_, field):
    with pytest.raises(ValidationError) as refused:
        check(request_)
    assert refused.value.field == field and refused.value.message


def test_bad_requests_and_empty_selections_write_nothing(log, tmp_path):
    db = log["db"]
    folder = tmp_path / "out"
    folder.mkdir()
    for request in (ExportRequest("pdf"), ExportRequest("csv", start=date(2030, 1, 1)),
                    ExportRequest("csv", start=date(2026, 11, 5), end=date(2026, 11, 4))):
        with pytest.raises(ValidationError) as refused:
            export_visits(db, request, folder / "x.csv", "admin", TZ)
        if request.start == date(2030, 1, 1):
            assert refused.value.message == "No visits match: nothing was exported."
    assert leftovers(folder) == [] and audit.entries(db, action="export") == []


def test_only_an_administrator_exports(log, tmp_path):
    with pytest.raises(PermissionDenied):
        export_visits(log["db"], ExportRequest("csv"), tmp_path / "x.csv", "guide", TZ)
    assert leftovers(tmp_path) == [] and audit.entries(log["db"], action="export") == []


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_a_folder_that_cannot_be_written_is_a_storage_error_naming_it(log, tmp_path, fmt):
    from kiosk.core.errors import StorageError

    db = log["db"]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as refused:
        export_visits(db, ExportRequest(fmt), blocker / f"visits.{fmt}", "admin", TZ)
    assert str(blocker) in refused.value.message and "not a folder" in refused.value.message
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root writes there anyway: the file above stands in for it
            with pytest.raises(StorageError) as refused:
                export_visits(db, ExportRequest(fmt), locked / f"visits.{fmt}", "admin", TZ)
            assert "permission denied" in refused.value.message and leftovers(locked) == []
    finally:
        locked.chmod(0o700)
    assert audit.entries(db, action="export") == []


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_a_full_disk_leaves_the_old_file_whole_no_temporary_file_and_no_audit_entry(log, tmp_path, monkeypatch, fmt):
    from kiosk.core.errors import StorageError

    db = log["db"]
    target = tmp_path / f"visits.{fmt}"
    target.write_bytes(b"the previous export")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports.os, "replace", full)
    with pytest.raises(StorageError) as refused:
        export_visits(db, ExportRequest(fmt), target, "admin", TZ)
    assert "the disk is full" in refused.value.message and str(tmp_path) in refused.value.message
    assert target.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == [target.name]
    assert audit.entries(db, action="export") == []


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_cancelling_half_way_leaves_nothing(db, tmp_path, monkeypatch, fmt):
    repo = VisitRepository(db, TZ)
    start = at("2026-01-01", 10)
    repo.create_many("admin", [(VisitForm("Lima", start + timedelta(hours=i), start + timedelta(hours=i, minutes=30),
                                          {"PE": 2}), None) for i in range(2500)], status="completed")
    seen = []
    result = None
    with pytest.raises(ExportCancelled) as cancelled:
        result = export_visits(db, ExportRequest(fmt), tmp_path / f"v.{fmt}", "admin", TZ,
                               progress=lambda done, total: seen.append((done, total)),
                               cancelled=lambda: len(seen) >= 1)
    assert result is None and seen == [(1000, 2500)]
    assert cancelled.value.message == "The export was cancelled; no file was written."
    assert leftovers(tmp_path) == []
    assert audit.entries(db, action="export") == []


def test_a_finished_export_is_audited_without_names(log, tmp_path):
    db = log["db"]
    export(db, tmp_path, "xlsx", start=date(2026, 11, 1), end=date(2026, 11, 30), statuses=("completed",))
    entry = audit.entries(db, action="export")[0]
    assert entry.details == {"format": "xlsx", "start": "2026-11-01", "end": "2026-11-30",
                             "statuses": ["completed"], "guide": False, "rows": 1}
    assert entry.role == "admin"


def test_the_query_reads_a_period_through_the_start_index(log):
    db = log["db"]
    where, params, _staff = exports._where(db, ExportRequest("csv", date(2026, 11, 1), date(2026, 11, 30)), TZ)
    plan = " ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + exports._SELECT.format(where=where), params))
    assert "USING INDEX visits_start (scheduled_start_utc>? AND scheduled_start_utc<?)" in plan
    assert "TEMP B-TREE" not in plan
