"""``kiosk visits ...`` and ``kiosk stats`` as staff use them in a terminal."""

import json

import pytest

from kiosk.cli import main

LIMA = {"organization": "Lima Metropolitan Municipality", "country": "PE", "start": "2026-12-03T10:00",
        "end": "2026-12-03T11:30", "headcount": 5}


@pytest.fixture
def run(tmp_path, capsys):
    data = str(tmp_path / "data")

    def run(*argv):
        code = main([*argv, "--data-dir", data])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


def test_add_prints_the_visit_as_json_in_the_centers_time(run):
    code, out, _ = run("visits", "add", "--json", json.dumps(LIMA))
    assert code == 0
    visit = json.loads(out)
    assert visit["start"] == "2026-12-03T10:00:00+09:00" and visit["end"] == "2026-12-03T11:30:00+09:00"
    assert visit["organization"]["name"] == "Lima Metropolitan Municipality"
    assert visit["countries"] == {"PE": {"expected": 5, "actual": None}}
    assert visit["status"] == "requested"


def test_add_with_several_countries_languages_and_an_intermediary(run):
    data = dict(LIMA, countries={"PE": 3, "Colombia": 2}, languages=["es"], arranged_by="KOICA",
                status="confirmed", notes="bring Spanish brochures")
    del data["country"]
    code, out, _ = run("visits", "add", "--json", json.dumps(data))
    assert code == 0
    visit = json.loads(out)
    assert visit["countries"] == {"PE": {"expected": 3, "actual": None}, "CO": {"expected": 2, "actual": None}}
    assert visit["arranged_by"]["name"] == "KOICA" and visit["arranged_by"]["type"] == "intermediary"
    assert (visit["status"], visit["languages"]) == ("confirmed", ["es"])


@pytest.mark.parametrize("changes, words", [
    ({"end": "2026-12-03T09:00"}, "Ends (end): The visit must end after it starts."),
    ({"headcount": 0}, "Number of people (headcount):"),
    ({"headcount": -2}, "Number of people (headcount):"),
    ({"country": "Narnia"}, "Unknown country: Narnia"),
    ({"start": "next tuesday"}, "Starts (start): Not a date and time"),
    ({"organization": None, "organization_id": 42}, "no organization number 42"),
    ({"countries": {"PE": 3}, "headcount": 5}, "add up to 3, not 5"),
    ({"colour": "red"}, "colour: Unknown field"),
])
def test_bad_input_exits_2_with_a_message_and_saves_nothing(run, changes, words):
    data = {k: v for k, v in dict(LIMA, **changes).items() if v is not None}
    code, out, err = run("visits", "add", "--json", json.dumps(data))
    assert code == 2 and out == ""
    assert words in err
    assert run("visits", "list", "--from", "2026-01-01", "--json")[1].strip() == "[]"


def test_not_json_is_bad_input(run):
    code, _, err = run("visits", "add", "--json", "{organization: Lima}")
    assert code == 2 and "Not valid JSON" in err


def test_list_show_and_cancel(run):
    ids = []
    for day in ("2026-12-03", "2026-12-05", "2027-01-10"):
        ids.append(json.loads(run("visits", "add", "--json", json.dumps(
            dict(LIMA, start=f"{day}T10:00", end=f"{day}T11:00")))[1])["id"])
    code, out, _ = run("visits", "list", "--from", "2026-12-01", "--to", "2026-12-31", "--json")
    assert code == 0 and [v["id"] for v in json.loads(out)] == ids[:2]
    code, out, _ = run("visits", "cancel", str(ids[0]), "--json")
    assert code == 0 and json.loads(out)["status"] == "cancelled"
    code, out, _ = run("visits", "list", "--from", "2026-12-01", "--status", "requested", "--json")
    assert [v["id"] for v in json.loads(out)] == ids[1:]
    code, out, _ = run("visits", "show", str(ids[1]), "--json")
    assert json.loads(out)["id"] == ids[1] and json.loads(out)["warnings"] == []
    code, out, _ = run("visits", "show", str(ids[1]))
    assert "Lima Metropolitan Municipality (Peru)" in out
    code, _, err = run("visits", "cancel", str(ids[0]))
    assert code == 2 and "cannot be cancelled" in err
    code, _, err = run("visits", "show", "999")
    assert code == 2 and "999" in err


def test_import_csv_with_a_bad_row_imports_nothing_and_names_the_row(run, tmp_path):
    log = tmp_path / "log.csv"
    log.write_bytes("날짜,기관,국가,인원\n2019-05-14,서울특별시,한국,12\n2019-06-01,리마시,나니아,5\n".encode("cp949"))
    code, out, err = run("visits", "import-csv", str(log))
    assert code == 2
    assert "row 3, 국가" in err and "나니아" in err
    assert json.loads(run("stats", "--json")[1])["visits"] == 0
    log.write_bytes("날짜,기관,국가,인원\n2019-05-14,서울특별시,한국,12\n2019-06-01,리마시,페루,5\n".encode("cp949"))
    code, out, _ = run("visits", "import-csv", str(log), "--json")
    assert code == 0 and json.loads(out) == {"rows": 2, "imported": 2, "already_there": 0}


def test_import_csv_of_a_missing_file_is_bad_input(run, tmp_path):
    code, _, err = run("visits", "import-csv", str(tmp_path / "none.csv"))
    assert code == 2 and "cannot be read" in err


def test_stats_json_and_summary(run, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("date,organization,country,headcount\n2009-03-02,Seoul,Korea,16309\n"
                   "2015-05-14,Lima,Peru,5000\n2016-05-14,Hanoi,VN,324\n", encoding="utf-8-sig")
    assert run("visits", "import-csv", str(log))[0] == 0
    code, out, _ = run("stats", "--json")
    assert code == 0
    assert json.loads(out) == {
        "visits": 3, "people": 21633, "domestic": {"institutions": 1, "people": 16309},
        "foreign": {"countries": 2, "people": 5324}, "by_country": {"KR": 16309, "PE": 5000, "VN": 324},
        "by_year": {"2009": 16309, "2015": 5000, "2016": 324}}
    code, out, _ = run("stats")
    assert code == 0 and "21,633" in out and "5,324" in out and "2009" in out


def test_a_database_that_cannot_be_opened_exits_1(run, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kiosk.sqlite").write_bytes(b"not a database" * 100)
    code, _, err = run("stats", "--json")
    assert code == 1 and "cannot be opened" in err


def test_the_terminal_language_is_used_for_country_names(run, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    run("visits", "add", "--json", json.dumps(LIMA))
    code, out, _ = run("visits", "show", "1")
    assert code == 0 and "페루" in out


def test_purge_lists_then_erases_the_rosters_past_their_period_never_naming_anyone(run, tmp_path):
    from datetime import date, timedelta

    from kiosk import paths as paths_mod
    from kiosk.store.activity import ActivityRepository
    from kiosk.store.db import open_database
    from kiosk.store.model import ConsentForm, VisitorForm

    day = (date.today() - timedelta(days=800)).isoformat()
    code, out, _ = run("visits", "add", "--json", json.dumps(dict(LIMA, start=f"{day}T10:00", end=f"{day}T11:30",
                                                                  status="completed")))
    visit_id = json.loads(out)["id"]
    db = open_database(paths_mod.resolve(data_dir=tmp_path / "data").database)
    roster = ActivityRepository(db, "Asia/Seoul")
    for name in ("Ana Torres", "Luis Paredes"):
        roster.add_visitor("admin", visit_id, VisitorForm(name), ConsentForm(True, "es"))
    db.close()

    code, out, _ = run("visits", "purge", "--dry-run")
    assert code == 0
    assert f"#{visit_id}  {day}  2 people" in out
    assert "2 visitors' personal data would be erased (visits up to " in out
    assert "Ana" not in out and "Luis" not in out
    code, out, _ = run("visits", "purge", "--dry-run", "--json")
    assert json.loads(out)["visits"] == [{"visit": visit_id, "date": day, "scope": "all", "people": 2}]
    code, out, _ = run("visits", "purge")
    assert code == 0 and "2 visitors' personal data erased" in out
    code, out, _ = run("visits", "purge")
    assert "0 visitors' personal data erased" in out
    db = open_database(paths_mod.resolve(data_dir=tmp_path / "data").database)
    assert [v.name for v in ActivityRepository(db, "Asia/Seoul").visitors(visit_id)] == [None, None]
    db.close()
