"""Visit log exports benchmark on the million-visit log of bench/visits.py. Prints one JSON line.

    python bench/exports.py --json [--visits 1000000]

The database is bench/visits.py's (bench/out/visits.sqlite, made there once, about 3 minutes,
when missing or of another size). Each measurement runs in a fresh process, which reports its
wall-clock seconds and its peak resident memory (VmHWM); ``idle_rss_mb`` is the peak of a
process that only imported the exporter and opened the database, so ``over_idle_mb`` is what
the export itself costs. Measured, for CSV, XLSX and ICS:
  all         the whole log (kiosk.store.exports.export_visits, as ``kiosk visits export`` runs it)
  month       the visits of November 2026
  slice       the first ~100,000 visits (the earliest days up to the 100,000th visit), beside
baselines, the naive way, in the same run:
  baseline_csv_fetchall      the whole log read with fetchall() into a list, then written
  baseline_xlsx_openpyxl     the slice with openpyxl in its normal (whole workbook in memory) mode;
                             on the whole log it would take very long and several GB
  baseline_ics_in_memory     the slice as one icalendar Calendar built whole, then to_ical()
Goals: CSV of the whole log <= 15 s; XLSX of the whole log <= 200 s and <= 100 MB over idle;
one month in any format <= 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
DB = OUT / "visits.sqlite"
FILES = OUT / "exports"
TZ = "Asia/Seoul"
MONTH = (date(2026, 11, 1), date(2026, 11, 30))
SLICE = 100_000
GOALS = {"csv_all_s": 15, "xlsx_all_s": 200, "xlsx_all_over_idle_mb": 100, "month_s": 1}


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- one measurement (a child process)

def child(kind: str, fmt: str, start: str | None, end: str | None) -> dict:
    from kiosk.store.db import open_database
    from kiosk.store.exports import ExportRequest, export_visits  # noqa: F401  (idle imports it too)

    db = open_database(DB, backup=False)
    first = date.fromisoformat(start) if start else None
    last = date.fromisoformat(end) if end else None
    FILES.mkdir(parents=True, exist_ok=True)
    target = FILES / f"{kind}-{fmt}-{start or 'all'}.{fmt}"
    began = time.perf_counter()
    rows = 0
    if kind == "idle":
        rows = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    elif kind == "export":
        rows = export_visits(db, ExportRequest(fmt, first, last, lang="en"), target, "admin", TZ, "Bench center").rows
    else:
        rows = BASELINES[(kind, fmt)](db, first, last, target)
    seconds = time.perf_counter() - began
    size = target.stat().st_size if target.exists() else 0
    if target.exists():
        target.unlink()
    db.close()
    return {"s": round(seconds, 2), "rows": rows, "rss_mb": round(peak_mb(), 1), "file_mb": round(size / 1e6, 1)}


def _baseline_rows(db, first, last):
    from kiosk.store import exports, times
    from kiosk.store.exports import ExportRequest

    where, params, _staff = exports._where(db, ExportRequest("csv", first, last), times.zone(TZ))
    return list(exports.rows(db, where, params))  # everything in memory first: the naive way


def baseline_csv(db, first, last, target) -> int:
    import csv

    from kiosk.store.exports import STATUS_LABELS, csv_cells

    everything = _baseline_rows(db, first, last)
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerows([csv_cells(r, dict(STATUS_LABELS)) for r in everything])
    return len(everything)


def baseline_xlsx(db, first, last, target) -> int:
    from datetime import datetime

    import openpyxl

    from kiosk.store.exports import COLUMNS, STATUS_LABELS

    everything = _baseline_rows(db, first, last)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Visits"
    sheet.append([h for _k, h in COLUMNS])
    for r in everything:
        start, end = datetime.fromisoformat(r.start), datetime.fromisoformat(r.end)
        sheet.append([r.id, STATUS_LABELS[r.status], start.date(), start.time(), end.time(), r.organization,
                      r.organization_country, r.arranged_by, r.countries_text, r.expected, r.actual, r.people,
                      ", ".join(r.languages), r.room, ", ".join(n for n, _e in r.guides),
                      ", ".join(n for n, _e in r.interpreters), r.notes, r.uid])
    countries = book.create_sheet("Countries")
    for r in everything:
        for code, expected, actual in r.countries:
            countries.append([r.id, code, expected, actual])
    book.save(target)
    return len(everything)


def baseline_ics(db, first, last, target) -> int:
    from datetime import datetime

    import icalendar

    everything = _baseline_rows(db, first, last)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//bench//EN")
    calendar.add("version", "2.0")
    for r in everything:
        event = icalendar.Event()
        event.add("uid", r.uid)
        event.add("sequence", r.sequence)
        event.add("dtstamp", datetime.now().astimezone())
        event.add("dtstart", datetime.fromisoformat(r.start))
        event.add("dtend", datetime.fromisoformat(r.end))
        event.add("summary", r.organization)
        calendar.add_component(event)
    target.write_bytes(calendar.to_ical())
    return len(everything)


BASELINES = {("baseline", "csv"): baseline_csv, ("baseline", "xlsx"): baseline_xlsx, ("baseline", "ics"): baseline_ics}


# ---------------------------------------------------------------- the run

def measure(kind: str, fmt: str = "csv", start: date | None = None, end: date | None = None) -> dict:
    argv = [sys.executable, __file__, "--child", kind, fmt, start.isoformat() if start else "-",
            end.isoformat() if end else "-"]
    done = subprocess.run(argv, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if done.returncode != 0:
        raise SystemExit(f"{kind} {fmt} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def ensure_database(visits: int) -> float | None:
    sys.path.insert(0, str(ROOT / "bench"))
    from visits import generate  # bench/visits.py

    from kiosk.store.db import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    if DB.exists():
        db = open_database(DB, backup=False)
        made = db.execute("SELECT count(*) FROM visits WHERE ical_uid GLOB '*-bench@*'").fetchone()[0]
        db.close()
        if made == visits:
            return None
    return round(generate(DB, visits), 1)


def slice_end() -> date:
    """The day of the 100,000th visit: the slice is the log's first days up to it."""
    from kiosk.store.db import open_database

    db = open_database(DB, backup=False)
    row = db.execute("SELECT scheduled_start FROM visits ORDER BY scheduled_start_utc, id LIMIT 1 OFFSET ?",
                     [SLICE - 1]).fetchone()
    db.close()
    return date.fromisoformat(row[0][:10])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, fmt, start, end = args.child
        print(json.dumps(child(kind, fmt, None if start == "-" else start, None if end == "-" else end)))
        return

    generate_s = ensure_database(args.visits)
    FILES.mkdir(parents=True, exist_ok=True)
    idle = measure("idle")
    out: dict = {"visits": idle["rows"], "idle_rss_mb": idle["rss_mb"]}
    first_day, last_day = date(2009, 1, 1), slice_end()

    def over(result: dict) -> dict:
        result["over_idle_mb"] = round(result["rss_mb"] - idle["rss_mb"], 1)
        return result

    for fmt in ("csv", "xlsx", "ics"):
        out[fmt] = {"all": over(measure("export", fmt)), "month": over(measure("export", fmt, *MONTH)),
                    "slice": over(measure("export", fmt, first_day, last_day))}
    out["month"] = "2026-11"
    out["slice"] = {"from": first_day.isoformat(), "to": last_day.isoformat(), "visits": out["csv"]["slice"]["rows"]}
    out["baseline_csv_fetchall"] = over(measure("baseline", "csv"))
    out["baseline_xlsx_openpyxl"] = over(measure("baseline", "xlsx", first_day, last_day))
    out["baseline_xlsx_openpyxl"]["note"] = "the ~100,000-visit slice, not the whole log (Visits and Countries sheets)"
    out["baseline_ics_in_memory"] = over(measure("baseline", "ics", first_day, last_day))
    out["baseline_ics_in_memory"]["note"] = "the ~100,000-visit slice, one Calendar built whole"
    out["goals"] = GOALS
    out["met"] = {
        "csv_all_s": out["csv"]["all"]["s"] <= GOALS["csv_all_s"],
        "xlsx_all_s": out["xlsx"]["all"]["s"] <= GOALS["xlsx_all_s"],
        "xlsx_all_over_idle_mb": out["xlsx"]["all"]["over_idle_mb"] <= GOALS["xlsx_all_over_idle_mb"],
        "month_s": all(out[f]["month"]["s"] <= GOALS["month_s"] for f in ("csv", "xlsx", "ics")),
    }
    if generate_s is not None:
        out["generate_s"] = generate_s
    print(json.dumps(out))


if __name__ == "__main__":
    main()
