"""The start-up purge of personal data on a generated roster. Prints one JSON line.

    python bench/purge.py [--people 10000] [--repeat 5]

A fresh database in a temporary folder: 1,000 completed visits over the last three years, each
with --people / 1,000 people on its roster entered through the repository with their consent (a
quarter of them agreeing to invitations). Measured, on a copy of that database each time:
  first_ms   median of the first purge (kiosk.store.retention.purge_due with the default periods):
             about two thirds of the people are past the period, all erased in one transaction,
             synced to disk, with its audit entry
  again_ms   median of the purge run again at once (nothing left: what every later daily purge
             costs when no visit has aged out since)
  dry_ms     median of the dry run (the list `kiosk visits purge --dry-run` prints)
  erased     the people whose data the first purge erased
Goal: first_ms well under one frame budget of the start-up (100 ms); the purge runs on the GUI
thread right after the database opens.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.settings import Settings  # noqa: E402
from kiosk.store import retention  # noqa: E402
from kiosk.store.activity import ActivityRepository  # noqa: E402
from kiosk.store.db import open_database  # noqa: E402
from kiosk.store.model import ConsentForm, VisitForm, VisitorForm  # noqa: E402
from kiosk.store.stats import bulk_load  # noqa: E402
from kiosk.store.visits import VisitRepository  # noqa: E402

SEOUL = ZoneInfo("Asia/Seoul")
TODAY = date(2026, 11, 1)
NOW = datetime(2026, 11, 1, 9, 0, tzinfo=SEOUL)


def generate(path: Path, people: int) -> None:
    db = open_database(path)
    db.execute("PRAGMA synchronous = OFF")  # making the file only; the purge is measured with FULL
    visits = VisitRepository(db, SEOUL)
    clock = [NOW]
    activity = ActivityRepository(db, SEOUL, clock=lambda: clock[0])
    made = []
    with bulk_load(db):
        for k in range(1000):
            start = datetime.combine(TODAY - timedelta(days=1 + k * 1095 // 1000), datetime.min.time(),
                                     SEOUL).replace(hour=9 + k % 8)
            made.append(visits.create_visit("admin", VisitForm("Lima Metropolitan Municipality", start,
                                                               start + timedelta(minutes=90), {"PE": 12}),
                                            status="completed"))
    per_visit = max(1, people // len(made))
    for k, visit in enumerate(made):
        clock[0] = visit.end
        for n in range(per_visit):
            activity.add_visitor("guide", visit.id, VisitorForm(f"Person {k}-{n}", title="Director",
                                                                contact=f"p{k}-{n}@example.org"),
                                 ConsentForm(True, "es", contact=n % 4 == 0))
    db.close()


def timed(work) -> float:
    t0 = time.perf_counter()
    work()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kiosk-purge-"))
    try:
        source = folder / "source.sqlite"
        t0 = time.perf_counter()
        generate(source, args.people)
        generate_s = time.perf_counter() - t0
        settings = Settings(folder / "settings.json")
        first, again, dry, erased = [], [], [], 0
        for k in range(args.repeat):
            copy = folder / f"copy{k}.sqlite"
            shutil.copy(source, copy)
            db = open_database(copy, backup=False)
            rows = db.execute("SELECT count(*) FROM visitors").fetchone()[0]
            dry.append(timed(lambda: retention.purge_due(db, settings, now=NOW, dry_run=True)))
            result = []
            first.append(timed(lambda: result.append(retention.purge_due(db, settings, now=NOW))))
            erased = result[0].visitors + result[0].contacts
            again.append(timed(lambda: retention.purge_due(db, settings, now=NOW)))
            db.close()
        print(json.dumps({"people": rows, "generate_s": round(generate_s, 1), "erased": erased,
                          "first_ms": round(statistics.median(first), 1),
                          "again_ms": round(statistics.median(again), 1),
                          "dry_ms": round(statistics.median(dry), 1)}))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
