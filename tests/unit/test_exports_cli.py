"""``kiosk visits export`` in a terminal, and its CSV read back with ``kiosk visits import-csv``."""

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.cli import main
from kiosk.store.db import open_database
from kiosk.store.examples import seed_example_log
from kiosk.store.model import VisitForm
from kiosk.store.visits import VisitRepository

TZ = ZoneInfo("Asia/Seoul")
#: A Thursday long past: the example's week (and its completed visits) lies before today.
EXAMPLE_DAY = date(2026, 10, 15)


@pytest.fixture
def kiosk(capsys):
    def run(data, *argv):
        code = main([*argv, "--data-dir", str(data)])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def _extras(db) -> None:
    """What the example lacks: a Korean lead with foreign people, several countries counted at
    check-in, a cancelled and a requested visit, names and notes that start like formulas."""
    repo = VisitRepository(db, TZ)

    def visit(org, day, countries, status="completed", **more):
        start = datetime.fromisoformat(day).replace(hour=10, tzinfo=TZ)
        return repo.create_visit("admin", VisitForm(org, start, start + timedelta(minutes=75), countries, **more),
                                 status=status)

    visit("Korea International Cooperation Agency", "2025-03-04", {"GH": 6, "KE": 4, "KR": 2},
          organization_country="KR")
    visit("=cmd|' /C calc'!A0", "2025-04-01", {"PE": 3}, notes="-2 days notice", room="@lobby")
    counted = visit("Bogotá Mobility", "2025-05-06", {"CO": 4, "PE": 1}, status="confirmed")
    repo.complete("admin", counted.id, headcount={"CO": 5, "PE": 0, "EC": 2})
    cancelled = visit("Ville de Dakar", "2025-06-03", {"SN": 5}, status="confirmed")
    repo.cancel_visit("admin", cancelled.id)
    visit("Quito Municipality", "2026-12-20", {"EC": 3}, status="requested")


@pytest.fixture
def source(tmp_path):
    data = tmp_path / "source"
    data.mkdir()
    db = open_database(data / "kiosk.sqlite")
    seed_example_log(db, EXAMPLE_DAY, "Asia/Seoul")
    _extras(db)
    db.close()
    return data


def test_the_example_log_exported_and_imported_into_an_empty_folder_gives_the_same_figures(kiosk, source, tmp_path):
    exported = tmp_path / "visits.csv"
    code, out, err = kiosk(source, "visits", "export", "--format", "csv", "-o", str(exported))
    assert code == 0 and err == ""
    written = int(out.split()[1])
    assert out == f"Exported {written} visits to {exported}.\n"
    empty = tmp_path / "empty"
    code, out, _ = kiosk(empty, "visits", "import-csv", str(exported), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["not_completed"] >= 3 and result["imported"] + result["not_completed"] == written
    original = json.loads(kiosk(source, "stats", "--json")[1])
    assert json.loads(kiosk(empty, "stats", "--json")[1]) == original
    assert original["domestic"]["institutions"] >= 5  # the Korean agency that led Ghanaians counts
    code, out, _ = kiosk(empty, "visits", "list", "--from", "2025-04-01", "--to", "2025-04-01", "--json")
    assert [v["organization"] for v in json.loads(out)] == ["=cmd|' /C calc'!A0"]
    code, out, _ = kiosk(empty, "visits", "show", str(json.loads(out)[0]["id"]), "--json")
    shown = json.loads(out)
    assert (shown["notes"], shown["room"]) == ("-2 days notice", "@lobby")
    assert shown["start"] == "2025-04-01T10:00:00+09:00" and shown["end"] == "2025-04-01T11:15:00+09:00"
    code, out, _ = kiosk(empty, "visits", "import-csv", str(exported))
    assert code == 0 and "0 visits" in out and "left out" in out  # nothing twice


@pytest.mark.parametrize("lang", ["ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"])
def test_an_export_in_each_language_reads_back(kiosk, tmp_path, lang):
    data = tmp_path / "source"
    data.mkdir()
    db = open_database(data / "kiosk.sqlite")
    _extras(db)
    db.close()
    exported = tmp_path / f"visits-{lang}.csv"
    assert kiosk(data, "visits", "export", "--format", "csv", "--lang", lang, "-o", str(exported))[0] == 0
    empty = tmp_path / "empty"
    code, out, err = kiosk(empty, "visits", "import-csv", str(exported), "--json")
    assert code == 0, err
    assert json.loads(out)["not_completed"] == 2
    assert json.loads(kiosk(empty, "stats", "--json")[1]) == json.loads(kiosk(data, "stats", "--json")[1])


def test_other_formats_a_period_statuses_and_a_guide(kiosk, source, tmp_path):
    for fmt in ("xlsx", "ics"):
        target = tmp_path / f"week.{fmt}"
        code, out, _ = kiosk(source, "visits", "export", "--format", fmt, "--from", "2026-10-12", "--to", "2026-10-25",
                             "--status", "requested", "--status", "confirmed", "--lang", "en", "-o", str(target))
        assert code == 0 and target.stat().st_size > 0 and f"to {target}." in out
    code, out, _ = kiosk(source, "visits", "export", "--format", "csv", "--guide", "lee seo-yeon",
                         "-o", str(tmp_path / "lee.csv"))
    assert code == 0 and int(out.split()[1]) >= 1


@pytest.mark.parametrize("argv, words", [
    (["--from", "2026-10-20", "--to", "2026-10-19"], "--to: The last day comes before the first day."),
    (["--from", "next week"], "--from: Not a date: next week."),
    (["--from", "2040-01-01"], "No visits match: nothing was exported."),
    (["--guide", "Nobody"], "No staff member is named Nobody."),
    (["--lang", "tlh"], "Unknown language"),
])
def test_bad_requests_exit_2_and_write_nothing(kiosk, source, tmp_path, argv, words):
    target = tmp_path / "out.csv"
    code, out, err = kiosk(source, "visits", "export", "--format", "csv", *argv, "-o", str(target))
    assert code == 2 and out == "" and words in err
    assert not target.exists()


def test_cp949_refusal_names_the_visit_and_a_folder_that_cannot_be_written_exits_1(kiosk, source, tmp_path):
    code, _, err = kiosk(source, "visits", "export", "--format", "csv", "--encoding", "cp949",
                         "-o", str(tmp_path / "out.csv"))
    assert code == 2 and "Visit " in err and "CP949" in err and not (tmp_path / "out.csv").exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, _, err = kiosk(source, "visits", "export", "--format", "xlsx", "-o", str(blocker / "out.xlsx"))
    assert code == 1 and str(blocker) in err and "not a folder" in err


def test_the_terminal_language_is_used_for_the_messages(kiosk, source, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    code, out, _ = kiosk(source, "visits", "export", "--format", "ics", "-o", str(tmp_path / "v.ics"))
    assert code == 0 and "Exported" not in out and str(tmp_path / "v.ics") in out
