"""Take-home recap benchmark: one visit's recap PDF with four demo stills. Prints one JSON line.

    python bench/recap.py [--runs 5] [--lang es] [--json]

The visit (made in a temporary folder) has a five-stop tour, four of them shown (two chapters of
the disaster day, one of the CCTV wall, one of the shuttles), a guide and the center's contact.
Each run does what the visit page does, from scratch: read the visit (gather), build each demo's
view and take its still (stills, on the GUI thread), then paint and write the PDF atomically (pdf,
what the worker does). Medians over the runs, in milliseconds:
  gather_ms   reading the recap from the visit log
  stills_ms   the four stills (views built from the sample packs, taken to the chapter, grabbed)
  pdf_ms      painting the pages (A4, 300 dpi) and writing the file
  total_ms    all three
  first_page_ms  page 1 painted on an image at 150 dpi (the screenshot tour's)
and pdf_kb, pages, stills of the last run. Offscreen Qt; the shipped fonts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEOUL = ZoneInfo("Asia/Seoul")
SETTINGS = {"center_name": "안양시 스마트도시통합센터", "contact_name": "Visits office", "contact_phone": "+82 31-8045-2114",
            "contact_email": "smartcity@example.go.kr", "contact_web": "https://www.example.go.kr",
            "contact_address": "235 Simin-daero, Dongan-gu, Anyang", "recap_url": "", "center_timezone": "Asia/Seoul"}


def make_visit(db, lang: str) -> int:
    from kiosk.store.activity import ActivityRepository
    from kiosk.store.model import StopForm, VisitForm
    from kiosk.store.staff import StaffRepository
    from kiosk.store.tours import TourRepository
    from kiosk.store.visits import VisitRepository

    start = datetime(2026, 12, 3, 10, tzinfo=SEOUL)
    visit = VisitRepository(db, SEOUL).create_visit("admin", VisitForm(
        "Lima Metropolitan Municipality", start, start.replace(hour=11, minute=30), {"PE": 6, "CO": 3},
        languages=(lang,), organization_country="PE"))
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", "Lee Seo-yeon", "guide", (lang,))
    staff.assign("admin", visit.id, guide.id, "guide")
    stops = TourRepository(db).set_stops("admin", visit.id, [
        StopForm("disaster", 8, chapter=1), StopForm("disaster", 8, chapter=4), StopForm("cctv", 6, chapter=0),
        StopForm("bus", 6, chapter=1), StopForm("cctv", 6, chapter=2)])
    activity = ActivityRepository(db, SEOUL)
    for k, stop in enumerate(stops[:4]):
        activity.record_demo(stop.demo_id, 300 + 60 * k, started=start.replace(minute=5 + 10 * k), stop_id=stop.id)
    return visit.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="es")
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    args = parser.parse_args()

    from kiosk import i18n, paths
    from kiosk.core.library import Library
    from kiosk.store.db import open_database
    from kiosk.store.recap import gather
    from kiosk.ui.recap import ensure_application, first_page, write_pdf
    from kiosk.ui.recap_stills import StillMaker, shown_items

    i18n.load_catalogs()
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-bench-recap-")
    folder = Path(scratch.name)
    db = open_database(folder / "k.sqlite")
    visit_id = make_visit(db, args.lang)
    ensure_application("dark", folder / "cache")
    library = Library.load([paths.samples_dir()])
    times: dict[str, list[float]] = {"gather_ms": [], "stills_ms": [], "pdf_ms": [], "total_ms": [], "first_page_ms": []}
    target = folder / "recap.pdf"
    stills = {}
    for _run in range(args.runs):
        t0 = time.perf_counter()
        recap = gather(db, SETTINGS, visit_id)
        t1 = time.perf_counter()
        maker = StillMaker(library, args.lang)
        stills = {item.key: maker.still(item) for item in shown_items(recap)}
        maker.close()
        t2 = time.perf_counter()
        write_pdf(target, recap, stills, args.lang)
        t3 = time.perf_counter()
        first_page(recap, stills, args.lang)
        t4 = time.perf_counter()
        for key, value in (("gather_ms", t1 - t0), ("stills_ms", t2 - t1), ("pdf_ms", t3 - t2),
                           ("total_ms", t3 - t0), ("first_page_ms", t4 - t3)):
            times[key].append(value * 1000)
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the views of this run
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    pages = next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), None)
    result = {key: round(statistics.median(values), 1) for key, values in times.items()}
    result.update(runs=args.runs, lang=args.lang, stills=sum(1 for s in stills.values() if s.image is not None),
                  pdf_kb=round(target.stat().st_size / 1024), pages=pages)
    library.close()
    db.close()
    scratch.cleanup()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
