"""``kiosk db metadata``: Datasette metadata that describes every table and column of the visit
log, read back by Datasette itself (a test dependency, not the kiosk's)."""

import asyncio
import json
from datetime import date

import pytest

from kiosk import cli
from kiosk.store.db import open_database
from kiosk.store.examples import seed_example_log
from kiosk.store.metadata import HIDDEN, TABLES, described_tables
from kiosk.store.stats import stats

from datasette.app import Datasette  # noqa: E402


def test_every_table_and_column_of_the_log_is_described_and_nothing_else(db):
    actual = described_tables(db)
    assert set(TABLES) == set(actual)
    for table, columns in actual.items():
        assert set(TABLES[table][1]) == set(columns), table
        for english, korean in [TABLES[table][0], *TABLES[table][1].values()]:
            assert english.isascii() and any("\uac00" <= ch <= "\ud7a3" for ch in korean), (table, english, korean)


@pytest.fixture
def example_log(tmp_path):
    data = tmp_path / "data"
    db = open_database(data / "kiosk.sqlite")
    seed_example_log(db, date(2026, 12, 3))
    figures = stats(db)
    december = db.execute("SELECT count(*) FROM visits WHERE scheduled_start LIKE '2026-12-%'").fetchone()[0]
    db.close()
    out = tmp_path / "metadata.json"
    assert cli.main(["db", "metadata", "--data-dir", str(data), "-o", str(out)]) == 0
    return data / "kiosk.sqlite", json.loads(out.read_text(encoding="utf-8")), figures, december


def _get(ds, path):
    async def fetch():
        response = await ds.client.get(path)
        return response.status_code, response.text
    return asyncio.run(fetch())


def test_datasette_shows_the_descriptions_and_links_and_runs_the_staff_views(example_log):
    path, metadata, figures, december = example_log
    ds = Datasette([str(path)], metadata=metadata)
    status, page = _get(ds, "/kiosk/visits")
    assert status == 200
    assert "Delegation visits: one row per visit" in page and "방문단 방문" in page
    # a visit's lead organization links to the organization, shown by its name
    assert 'href="/kiosk/organizations/' in page and "Lima Metropolitan Municipality" in page
    status, body = _get(ds, "/kiosk/figures_by_year.json?_shape=array")
    assert status == 200
    assert {row["year"]: row["people"] for row in json.loads(body)} == figures["by_year"]
    status, body = _get(ds, "/kiosk/visits_in_month.json?_shape=array&month=2026-12")
    assert status == 200
    rows = json.loads(body)
    assert len(rows) == december > 0
    assert all(row["starts"].startswith("2026-12") for row in rows)
    status, body = _get(ds, "/kiosk/people_by_country.json?_shape=array")
    assert {row["country"]: row["people"] for row in json.loads(body)} == figures["by_country"]
    for name in ("upcoming_visits", "visits_of_a_guide", "demos_shown_most", "latest_audit"):
        status, _body = _get(ds, f"/kiosk/{name}.json?guide=Lee+Seo-yeon")
        assert status == 200, name
    status, page = _get(ds, "/kiosk")
    assert status == 200 and all(table not in page for table in HIDDEN)


def test_a_folder_that_cannot_be_written_is_said_and_nothing_is_left(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = cli.main(["db", "metadata", "--data-dir", str(tmp_path / "data"), "-o", str(blocker / "m.json")])
    assert code == 1
    err = capsys.readouterr().err
    assert "metadata could not be written" in err and "Traceback" not in err
    assert blocker.read_text() == "x"
