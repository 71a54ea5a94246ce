"""Statistics report benchmark on the million-visit log of bench/visits.py. Prints one JSON line.

    python bench/report.py [--runs 5] [--lang ko] [--json]

The log is bench/visits.py's (its generate()): bench/out/visits.sqlite when that file holds the
million visits; while another run is still making it, this waits for it (up to --wait seconds),
and otherwise makes its own copy once, bench/out/report-visits.sqlite (about half a minute to a
few minutes). Two reports, each from scratch per run, medians over the runs in seconds:
  year_gather_s     gathering the figures of 2025 (kiosk.store.report.gather)
  year_total_s      gather and the PDF: painted (A4, 300 dpi, twice: pages counted, then inked)
                    and written atomically with its audit entry (kiosk.ui.report.write_report)
  range_gather_s, range_total_s   the same for 2009-2026, the whole log
and the pages and size of each PDF. The log gets, once, three demos shown during each completed
visit of 2025-2026 and an answer for four in five of them (bench/visits.py makes neither), so the
demos and answers sections are read and drawn too. Offscreen Qt, the shipped fonts.
Goal: year_total_s <= 3.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from visits import OUT, generate  # noqa: E402

VISITS = 1_000_000
SETTINGS = {"center_name": "안양시 스마트도시통합센터", "center_timezone": "Asia/Seoul"}


def _complete(path: Path) -> bool:
    import sqlite3

    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            made = conn.execute("SELECT count(*) FROM visits WHERE ical_uid GLOB '*-bench@*'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return made == VISITS


def _being_made(path: Path) -> bool:
    """Another run is writing the file: it or its journal changed in the last half minute."""
    files = [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
    return any(time.time() - p.stat().st_mtime < 30 for p in files)


def database(wait_s: float) -> tuple[Path, float | None]:
    """The million-visit log to read, and how long making it took (None: it was there)."""
    shared, own = OUT / "visits.sqlite", OUT / "report-visits.sqlite"
    deadline = time.monotonic() + wait_s
    while not _complete(shared) and _being_made(shared) and time.monotonic() < deadline:
        time.sleep(5)
    if _complete(shared):
        return shared, None
    if _complete(own):
        return own, None
    OUT.mkdir(parents=True, exist_ok=True)
    return own, generate(own, VISITS)


def add_activity(db) -> int:
    """What the guided visits of the last two years leave in the log, added once: three demos
    shown during each completed visit and, for four in five of them, the delegation's answer
    (bench/visits.py makes neither). Returns the answers in the log."""
    import random

    if db.execute("SELECT count(*) FROM feedback").fetchone()[0]:
        return db.execute("SELECT count(*) FROM feedback").fetchone()[0]
    rng = random.Random(5)
    visits = db.execute("SELECT id, scheduled_start_utc FROM visits WHERE status = 'completed'"
                        " AND scheduled_start_utc >= '2024-12-31T15:00:00Z'").fetchall()
    demos, answers = [], []
    for visit_id, start in visits:
        for k, demo in enumerate(rng.sample(("cctv", "disaster", "bus"), 3)):
            demos.append((visit_id, demo, start[:14] + f"{5 + 15 * k:02d}:00Z", rng.uniform(120, 900)))
        if rng.random() < 0.8:
            answers.append((visit_id, rng.choices((1, 2, 3, 4), weights=(1, 2, 6, 9))[0], start))
    with db.atomic():
        db.conn.executemany("INSERT INTO demos_shown (visit_id, demo_id, started_utc, seconds) VALUES (?, ?, ?, ?)",
                            demos)
        db.conn.executemany("INSERT INTO feedback (visit_id, rating, created_utc) VALUES (?, ?, ?)", answers)
    db.execute("ANALYZE")
    return len(answers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--wait", type=float, default=600, help="seconds to wait for another run making the log")
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    args = parser.parse_args()

    path, generate_s = database(args.wait)

    from kiosk import i18n
    from kiosk.store.db import open_database
    from kiosk.store.report import gather, parse_period
    from kiosk.ui.recap import ensure_application
    from kiosk.ui.report import write_report

    i18n.load_catalogs()
    ensure_application()
    db = open_database(path, backup=False)
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-bench-report-")
    out: dict = {"visits": db.execute("SELECT count(*) FROM visits").fetchone()[0], "db": path.name,
                 "answers": add_activity(db)}
    first_audit = db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    try:
        for name, text in (("year", "2025"), ("range", "2009-2026")):
            period = parse_period(text)
            gathers, totals = [], []
            for run in range(args.runs):
                started = time.perf_counter()
                gather(db, period, "Asia/Seoul")
                gathers.append(time.perf_counter() - started)
                target = Path(scratch.name) / f"report-{text}-{run}.pdf"
                started = time.perf_counter()
                written, pages = write_report(db, SETTINGS, period, args.lang, target, "admin")
                totals.append(time.perf_counter() - started)
            out[f"{name}_gather_s"] = round(statistics.median(gathers), 3)
            out[f"{name}_total_s"] = round(statistics.median(totals), 3)
            out[f"{name}_pages"] = pages
            out[f"{name}_pdf_kb"] = round(written.stat().st_size / 1024, 1)
    finally:
        with db.atomic():  # the file stays as generated for the next run
            db.execute("DELETE FROM audit_log WHERE id > ?", [first_audit])
        db.close()
        scratch.cleanup()
    out["runs"], out["lang"], out["goal_year_total_s"] = args.runs, args.lang, 3.0
    if generate_s is not None:
        out["generate_s"] = round(generate_s, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
