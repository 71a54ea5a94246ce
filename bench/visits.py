"""Visit log benchmark on a generated database. Prints one JSON line.

    python bench/visits.py [--visits 1000000] [--repeat 30]

The database (made once, kept in bench/out/visits.sqlite, remade when --visits changes):
1,000,000 visits from 2009 to 2026 with their per-country headcounts (about 1.3 countries a
visit, three quarters from Korea), 1,324 Korean institutions and 6,000 foreign organizations in
140 countries, 3 intermediaries, 40 staff, guides assigned to the last two years' visits. It is
loaded with executemany in one transaction, the statistics triggers set aside and the aggregate
tables counted once at the end (kiosk.store.stats.bulk_load). Measured:
  generate_s          making that database (only when it is made)
  stats_ms            median of stats(): everything the About screen shows
  baseline_stats_ms   the same figures the naive way (GROUP BY / COUNT DISTINCT over the visits)
  month_ms            median of one calendar month of visits with their lead organization's name
  page_ms             median of one screenful (30 rows) of the visit list deep in the list,
                      by keyset paging from the previous screenful's last row
  jump_ms             median of finding where row 500,000 starts (a scroll-bar jump; walks the
                      index, not the rows)
  create_visit_ms     median of one visit saved through the repository, synced to disk,
                      triggers included
  rooms_ms            median of the rooms the visit form offers (Schedule.rooms_in_use)
  clash_form_ms       median of the clash check of a form not saved yet (its room and two
                      guides, on a busy afternoon: Schedule.conflicts_at), clash_count the
                      warnings it finds
  clash_visit_ms      median of the clash check of a saved visit with its guide
                      (Schedule.conflicts)
  suggest_ms          median of the guides suggested for a visit (StaffRepository.suggest_staff),
                      suggested the number offered
  csv_import_ms       median of importing a spreadsheet of --csv-rows rows (kiosk visits
                      import: read, check every row, save them in one transaction); the rows are
                      deleted again after each import
Goals: stats <= 50 ms, month <= 30 ms, page <= 30 ms; the list view never loads every row.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.store.countries import codes  # noqa: E402
from kiosk.store.csv_import import import_visits_csv  # noqa: E402
from kiosk.store.db import open_database  # noqa: E402
from kiosk.store.model import VisitForm  # noqa: E402
from kiosk.store.schedule import Schedule  # noqa: E402
from kiosk.store.staff import StaffRepository  # noqa: E402
from kiosk.store.stats import bulk_load, recount, stats  # noqa: E402
from kiosk.store.visits import UID_DOMAIN, VisitRepository  # noqa: E402

OUT = ROOT / "bench" / "out"
FIRST_DAY, LAST_DAY = date(2009, 1, 1), date(2026, 12, 31)
TODAY = date(2026, 11, 1)
KOREAN_INSTITUTIONS, FOREIGN_COUNTRIES, FOREIGN_ORGS, STAFF = 1324, 140, 6000, 40


def generate(path: Path, n: int) -> float:
    started = time.perf_counter()
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = open_database(path, backup=False)
    db.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes grow without spilling to disk
    rng = random.Random(7)
    now = "2026-11-01T00:00:00+00:00"
    foreign = sorted(codes() - {"KR"})[:FOREIGN_COUNTRIES]
    orgs = [(f"Korean institution {i}", "KR", "city") for i in range(KOREAN_INSTITUTIONS)]
    orgs += [(f"Foreign organization {i}", foreign[i % len(foreign)], "city") for i in range(FOREIGN_ORGS)]
    orgs += [(name, "KR", "intermediary") for name in ("WeGO", "NIA", "KOICA")]
    intermediaries = [KOREAN_INSTITUTIONS + FOREIGN_ORGS + k + 1 for k in range(3)]
    days = (LAST_DAY - FIRST_DAY).days + 1
    with bulk_load(db):
        db.conn.executemany(
            "INSERT INTO organizations (id, name, name_key, country, type, created_utc) VALUES (?, ?, ?, ?, ?, ?)",
            [(i + 1, name, name.casefold(), country, kind, now) for i, (name, country, kind) in enumerate(orgs)])
        db.conn.executemany(
            "INSERT INTO staff (id, name, role, languages, active, created_utc) VALUES (?, ?, ?, ?, 1, ?)",
            [(i + 1, f"Guide {i}", "admin" if i < 3 else "guide",
              json.dumps(["ko", ("en", "es", "fr", "vi", "ar", "zh_Hans")[i % 6]]), now) for i in range(STAFF)])
        visits, countries, assignments = [], [], []
        for i in range(n):
            day = FIRST_DAY + timedelta(days=i * days // n)
            hour = 9 + i % 8
            iso_day = day.isoformat()
            domestic = rng.random() < 0.75
            if domestic:
                lead = 1 + rng.randrange(KOREAN_INSTITUTIONS)
                groups = {"KR": rng.randint(1, 40)}
            else:
                lead = KOREAN_INSTITUTIONS + 1 + rng.randrange(FOREIGN_ORGS)
                home = orgs[lead - 1][1]
                groups = {home: rng.randint(1, 30)}
                if rng.random() < 0.25:
                    groups[rng.choice(foreign)] = rng.randint(1, 10)
            if day >= TODAY:
                status = "confirmed" if rng.random() < 0.5 else "requested"
            else:
                roll = rng.random()
                status = "completed" if roll < 0.92 else "cancelled" if roll < 0.97 else "no_show"
            measured = status == "completed" and rng.random() < 0.5
            expected = sum(groups.values())
            actual = {c: max(0, v + rng.randint(-2, 1)) for c, v in groups.items()} if measured else None
            visits.append((
                i + 1, status, f"{iso_day}T{hour:02d}:00:00+09:00", f"{iso_day}T{hour:02d}:50:00+09:00",
                f"{iso_day}T{hour - 9:02d}:00:00Z", f"{iso_day}T{hour - 9:02d}:50:00Z", lead,
                rng.choice(intermediaries) if not domestic and rng.random() < 0.3 else None, expected,
                sum(actual.values()) if actual else None, '["ko"]' if domestic else '["en"]',
                f"Room {1 + i % 4}", f"{i + 1:012x}-bench@{UID_DOMAIN}", now, now))
            countries += [(i + 1, c, v, actual[c] if actual else None) for c, v in groups.items()]
            if day.year >= 2025:
                assignments.append((i + 1, 1 + i % STAFF, "guide", now))
        db.conn.executemany(
            "INSERT INTO visits (id, status, scheduled_start, scheduled_end, scheduled_start_utc, scheduled_end_utc,"
            " lead_organization_id, arranged_by_id, expected_headcount, actual_headcount, languages, room,"
            " ical_uid, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", visits)
        db.conn.executemany("INSERT INTO visit_countries (visit_id, country, expected, actual) VALUES (?, ?, ?, ?)",
                            countries)
        db.conn.executemany("INSERT INTO assignments (visit_id, staff_id, role, created_utc) VALUES (?, ?, ?, ?)",
                            assignments)
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_csv(db, tz, rows: int, repeat: int) -> float:
    """Median milliseconds of importing a spreadsheet of ``rows`` past visits (organizations
    known and new, Korean and foreign); the visits of each import are deleted again afterwards."""
    path = OUT / "visits-import.csv"
    rng = random.Random(11)
    lines = ["date,organization,country,headcount"]
    for i in range(rows):
        day = date(2024, 1, 1) + timedelta(days=i * 300 // rows)
        lead = f"Korean institution {rng.randrange(KOREAN_INSTITUTIONS)}" if i % 2 else f"Imported city {i % 97}"
        lines.append(f"{day.isoformat()},{lead},{'KR' if i % 2 else 'Peru'},{1 + i % 30}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    repo = VisitRepository(db, tz)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = import_visits_csv(db, path, "admin", tz, today=TODAY)
        times.append((time.perf_counter() - start) * 1000)
        assert result.imported == rows, result
        imported = [v for (v,) in db.execute("SELECT id FROM visits WHERE client_token GLOB 'csv:*'")]
        with db.atomic():
            for visit_id in imported:
                repo.delete_visit("admin", visit_id)
    return statistics.median(times)  # the new organizations stay, as after a real import


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--csv-rows", type=int, default=500)
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "visits.sqlite"
    generate_s = None
    if path.exists():
        db = open_database(path, backup=False)
        made = db.execute("SELECT count(*) FROM visits WHERE ical_uid GLOB '*-bench@*'").fetchone()[0]
        db.close()
        if made != args.visits:
            generate_s = generate(path, args.visits)
    else:
        generate_s = generate(path, args.visits)

    db = open_database(path, backup=False)
    schedule = Schedule(db, "Asia/Seoul")
    tz = schedule.tz
    visits_total = db.execute("SELECT count(*) FROM visits").fetchone()[0]

    figures = stats(db)
    stats_ms = median_ms(lambda: stats(db), args.repeat)
    baseline_ms = median_ms(lambda: recount(db), 3)
    assert recount(db) == figures, "the aggregates differ from a recount"

    month_start, month_end = datetime(2018, 6, 1, tzinfo=tz), datetime(2018, 7, 1, tzinfo=tz)
    month_rows = len(schedule.in_range(month_start, month_end))
    month_ms = median_ms(lambda: schedule.in_range(month_start, month_end), args.repeat)

    rng = random.Random(3)
    deep = [schedule.key_at(rng.randrange(visits_total // 4, visits_total * 3 // 4)) for _ in range(args.repeat)]
    keys = iter(deep * 2)
    page_ms = median_ms(lambda: schedule.page(after=next(keys), limit=30), args.repeat)
    jump_ms = median_ms(lambda: schedule.key_at(500_000), 5)

    repo = VisitRepository(db, tz)
    counter, created = iter(range(10**9)), []

    def create():
        begin = datetime(2027, 3, 1, 10, tzinfo=tz) + timedelta(hours=next(counter))
        created.append(repo.create_visit("guide", VisitForm("Foreign organization 7", begin, begin + timedelta(minutes=50),
                                                            {"PE": 3, "CO": 2}), status="completed").id)

    create_ms = median_ms(create, 20)
    for visit_id in created:  # the file stays as generated for the next run
        repo.delete_visit("admin", visit_id)

    rooms = schedule.rooms_in_use()
    rooms_ms = median_ms(schedule.rooms_in_use, args.repeat)

    # a busy afternoon of the last year, when guides are assigned
    busy = datetime(2025, 10, 15, 14, tzinfo=tz)
    form_clashes = schedule.conflicts_at(busy, busy + timedelta(minutes=90), "Room 2", [1, 2])
    clash_form_ms = median_ms(lambda: schedule.conflicts_at(busy, busy + timedelta(minutes=90), "Room 2", [1, 2]),
                              args.repeat)
    visit_id = db.execute("SELECT a.visit_id FROM assignments a JOIN visits v ON v.id = a.visit_id"
                          " WHERE v.scheduled_start_utc >= '2025-10-15T05:00:00Z' ORDER BY v.scheduled_start_utc"
                          " LIMIT 1").fetchone()[0]
    clash_visit_ms = median_ms(lambda: schedule.conflicts(visit_id), args.repeat)
    staff = StaffRepository(db)
    suggested = len(staff.suggest_staff(visit_id))
    suggest_ms = median_ms(lambda: staff.suggest_staff(visit_id), args.repeat)

    csv_import_ms = import_csv(db, tz, args.csv_rows, max(3, args.repeat // 6))
    visits_total = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    visits_total = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    db.close()
    out = {
        "visits": visits_total,
        "stats_ms": round(stats_ms, 3), "baseline_stats_ms": round(baseline_ms, 1),
        "month_ms": round(month_ms, 2), "month_rows": month_rows,
        "page_ms": round(page_ms, 3), "jump_ms": round(jump_ms, 1),
        "create_visit_ms": round(create_ms, 2),
        "rooms_ms": round(rooms_ms, 3), "rooms": len(rooms),
        "clash_form_ms": round(clash_form_ms, 3), "clash_count": len(form_clashes),
        "clash_visit_ms": round(clash_visit_ms, 3),
        "suggest_ms": round(suggest_ms, 3), "suggested": suggested,
        "csv_import_ms": round(csv_import_ms, 1), "csv_rows": args.csv_rows,
        "db_mb": round(path.stat().st_size / 1e6, 1),
        "people": figures["people"], "foreign_countries": figures["foreign"]["countries"],
        "goals": {"stats_ms": 50, "month_ms": 30, "page_ms": 30},
    }
    if generate_s is not None:
        out["generate_s"] = round(generate_s, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
