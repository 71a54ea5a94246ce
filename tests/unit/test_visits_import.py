"""Importing the spreadsheet log: encodings, Korean headers, all or nothing."""

from datetime import date

import pytest

from kiosk.store.csv_import import ImportRefused, import_visits_csv
from kiosk.store.errors import PermissionDenied
from kiosk.store.stats import recount, stats

TODAY = date(2026, 1, 1)
KOREAN_LOG = "날짜,기관,국가,인원,비고\n2019.05.14,서울특별시,대한민국,12,\n2019. 6. 1.,리마시,페루,5,\n2020-01-02,Ministry of ICT,Viet Nam,\"1,200\",ICT week\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "utf-16"])
def test_korean_excel_files_in_each_encoding(db, tmp_path, encoding):
    path = tmp_path / "log.csv"
    path.write_bytes(KOREAN_LOG.encode(encoding))
    result = import_visits_csv(db, path, "admin", "Asia/Seoul", today=TODAY)
    assert (result.rows, result.imported, result.already_there) == (3, 3, 0)
    figures = stats(db)
    assert figures["by_country"] == {"VN": 1200, "KR": 12, "PE": 5}
    assert figures["domestic"] == {"institutions": 1, "people": 12}
    assert figures["by_year"] == {2019: 17, 2020: 1200}
    statuses = {s for (s,) in db.execute("SELECT status FROM visits")}
    assert statuses == {"completed"}
    assert db.execute("SELECT name, country FROM organizations ORDER BY id").fetchall() == [
        ("서울특별시", "KR"), ("리마시", "PE"), ("Ministry of ICT", "VN")]


def test_a_file_with_bad_rows_imports_nothing_and_names_each_row(db, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Date,Organization,Country,Headcount\n"
                    "2019-05-14,Seoul,Korea,12\n"
                    "2019-13-01,Lima,Narnia,zero\n"
                    ",,,\n"
                    "2018-01-01,,PE,3\n"
                    "2030-01-01,Quito,EC,3\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_visits_csv(db, path, "admin", "Asia/Seoul", today=TODAY)
    problems = [(p.row, p.column) for p in refused.value.problems]
    assert problems == [(3, "Date"), (3, "Country"), (3, "Headcount"), (5, "Organization"), (6, "Date")]
    assert "Narnia" in refused.value.problems[1].message()
    assert refused.value.problems[0].message().startswith("row 3, Date:")
    assert "3 rows" in refused.value.message
    assert db["visits"].count == 0 and db["organizations"].count == 0


def test_a_missing_column_is_named(db, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,organization,headcount\n2019-05-14,Seoul,12\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_visits_csv(db, path, "admin", today=TODAY)
    assert [(p.row, p.column) for p in refused.value.problems] == [(1, "country")]


def test_importing_a_longer_version_of_the_same_log_adds_only_the_new_rows(db, tmp_path):
    path = tmp_path / "log.csv"
    rows = "date,organization,country,headcount\n2019-05-14,Seoul,KR,12\n2019-05-14,Seoul,KR,12\n"
    path.write_text(rows, encoding="utf-8")
    assert import_visits_csv(db, path, "admin", today=TODAY).imported == 2  # two groups the same day
    path.write_text(rows + "2019-07-01,Lima,PE,4\n", encoding="utf-8")
    result = import_visits_csv(db, path, "admin", today=TODAY)
    assert (result.imported, result.already_there) == (1, 2)
    assert stats(db)["people"] == 28 and stats(db) == recount(db)


def test_only_an_administrator_imports(db, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("date,organization,country,headcount\n2019-05-14,Seoul,KR,12\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        import_visits_csv(db, path, "guide", today=TODAY)
