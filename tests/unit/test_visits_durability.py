"""A visit reported saved is still there after the process is killed outright (SIGKILL)."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kiosk.store.db import open_database, quick_check

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta
    from kiosk.store.db import open_database
    from kiosk.store.model import VisitForm
    from kiosk.store.visits import VisitRepository

    visits = VisitRepository(open_database(sys.argv[1]), "Asia/Seoul")
    start = datetime(2026, 12, 1, 9)
    n = 0
    while True:
        begin = start + timedelta(hours=n)
        visit = visits.create_visit("guide", VisitForm(f"Delegation {n % 50}", begin, begin + timedelta(minutes=50),
                                                       {"PE": 1 + n % 7, "CO": 1}), client_token=f"form-{n}")
        if n % 3 == 0:
            visits.check_in("guide", visit.id, {"PE": 2})
            visits.complete("guide", visit.id)
        print(visit.id, flush=True)  # only after the commit: this visit is reported saved
        n += 1
""")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_every_visit_reported_saved_survives_a_kill(tmp_path):
    path = tmp_path / "kiosk.sqlite"
    open_database(path).close()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    reported = []
    deadline = time.monotonic() + 60
    while len(reported) < 40 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    os.kill(child.pid, signal.SIGKILL)
    rest, err = child.communicate()
    reported += [int(x) for x in rest.split()]
    assert child.returncode == -signal.SIGKILL
    assert len(reported) >= 40, err

    db = open_database(path)
    assert quick_check(db) == "ok"
    saved = {i for (i,) in db.execute("SELECT id FROM visits")}
    assert set(reported) <= saved
    assert len(saved) - len(reported) <= 1  # at most the one being written, whole or not at all
    from kiosk.store.stats import recount, stats

    assert stats(db) == recount(db)
    db.close()


IMPORTER = textwrap.dedent("""
    import sys
    from kiosk.store.csv_import import import_visits_csv
    from kiosk.store.db import open_database

    db_path, log_path, stop_at = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def progress(saved, total):
        if saved == stop_at:
            # inside the import's transaction: say so, then wait to be killed
            print("saving", saved, total, flush=True)
            sys.stdin.readline()

    result = import_visits_csv(open_database(db_path), log_path, "admin", "Asia/Seoul", progress=progress)
    print("imported", result.imported, flush=True)
    sys.stdin.readline()
""")

ROWS = 3000


@pytest.fixture(scope="module")
def history_csv(tmp_path_factory):
    log = tmp_path_factory.mktemp("log") / "log.csv"
    rows = "".join(f"2019-{1 + i % 12:02d}-{1 + i % 28:02d},Org {i % 300},{('PE', 'KR', 'VN')[i % 3]},{1 + i % 9}\n"
                   for i in range(ROWS))
    log.write_text("date,organization,country,headcount\n" + rows, encoding="utf-8")
    return log


@pytest.mark.parametrize("stop_at, expected", [(1, 0), (ROWS // 2, 0), (ROWS, 0), (-1, ROWS)],
                         ids=["first row saved", "half saved", "last row saved, not committed", "committed"])
def test_an_import_killed_midway_leaves_nothing_half_imported(tmp_path, history_csv, stop_at, expected):
    """Killed inside the import's transaction (after its first, middle or last row), the log
    holds none of the file; killed once the import said it was done, all of it."""
    path = tmp_path / "kiosk.sqlite"
    open_database(path).close()
    child = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(history_csv), str(stop_at)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    _, err = child.communicate()
    assert child.returncode == -signal.SIGKILL
    if stop_at > 0:
        assert line.split() == ["saving", str(stop_at), str(ROWS)], err
    else:
        assert line.split() == ["imported", str(ROWS)], err
    db = open_database(path)
    assert quick_check(db) == "ok"
    assert db["visits"].count == expected
    from kiosk.store.stats import recount, stats

    assert stats(db) == recount(db)
    assert stats(db)["visits"] == expected
    db.close()
