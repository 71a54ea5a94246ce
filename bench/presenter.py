"""Presenter-mode benchmark, offscreen. Prints one JSON line.

    python bench/presenter.py [--frames 600] [--json]

The whole shell in presenter mode on the example log: the audience's window shows a tour stop's
demo at 1920x1080 while the guide's console runs beside it. A frame is what the screen does every
1/60 s: advance the audience's replay clock, update the models, let Qt paint both windows, the
console's figures once a second and its thumbnail of the audience's screen twice a second (as
the console's timers do). Measured for each sample pack's demo, then for each demo on the large
bench pack (bench/out/large.pack, made by bench/replay.py). Also the time to write a recap PDF
with four demo stills when the recap writer is present. Goals: sample p95 <= 8 ms for both
windows together, large p95 <= 16.7 ms, recap <= 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from frames import DEMOS, START_OFFSET_MS, load, percentiles  # noqa: E402

THUMB_EVERY, FIGURES_EVERY = 30, 60  # frames: the console's 500 ms and 1 s timers


def drive(shell, frames: int, speed: float, start_ms: int | None = None) -> list[float]:
    from PySide6.QtWidgets import QApplication

    console = shell.nav.current
    view = shell.audience.demo.view
    player = view.player
    clock = player.clock
    player.stop_story()
    clock.seek(clock.t_start + (start_ms if start_ms is not None else (clock.t_end - clock.t_start) // 3))
    clock.set_speed(speed)
    clock.play()
    times = []
    for k in range(frames):
        start = time.perf_counter()
        player.advance(1 / 60)
        if k % FIGURES_EVERY == 0:
            console.refresh()
        if k % THUMB_EVERY == 0:
            console.refresh_thumbnail()
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if clock.position >= clock.t_end:
            clock.seek(clock.t_start)
            clock.play()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    args = parser.parse_args()

    from PySide6.QtCore import QSize

    from kiosk import i18n
    from kiosk.store.examples import example_database
    from kiosk.ui import visit_shots
    from kiosk.app import build_window, prepare
    from kiosk.core.pack_reader import Pack

    large = ROOT / "bench" / "out" / "large.pack"
    if not large.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "replay.py"), "--make", str(large)], check=True)

    scratch = tempfile.TemporaryDirectory(prefix="kiosk-bench-presenter-")
    paths, settings = prepare(None, scratch.name, console=False)
    app, shell, router = build_window(paths, settings, kiosk_mode=False, size=QSize(1920, 1080), open_db=False)
    shell.services.db = example_database(Path(scratch.name), settings.get("center_timezone"))
    shell.resize(1920, 1080)
    shell.show()
    app.processEvents()
    i18n.set_language("en")
    if not visit_shots.start_visit(shell, presenter=True):
        raise SystemExit("the example log has no visit checked in today")
    shell.audience.resize(1920, 1080)
    mode = shell.visit_mode
    result: dict = {"frames": args.frames, "speed": 4, "windows": 2}
    samples, larges = {}, {}
    for demo in ("disaster", "cctv", "bus"):
        stop = next(s for s in mode.plan.stops if s.spec.id == demo)
        shell.audience.show_stop(stop)
        app.processEvents()
        drive(shell, 60, 4)  # warm-up
        samples[demo] = percentiles(drive(shell, args.frames, 4))
        # the same stop on the large pack: its view takes the place of the sample's in the audience's window
        host = shell.audience.demo
        model_cls, view_cls = load(DEMOS[demo][0]), load(DEMOS[demo][1])
        pack = Pack.open(large)
        view = view_cls(model_cls(pack))
        view.player.set_controls_visible(False)
        sample_view = host._views[demo]
        host._views[demo] = view
        host._layout.addWidget(view)
        host.open(demo)
        app.processEvents()
        offset = START_OFFSET_MS.get(demo)
        drive(shell, 60, 4, offset)
        larges[demo] = percentiles(drive(shell, args.frames, 4, offset))
        view.stop()
        view.hide()
        host._layout.removeWidget(view)
        host._views[demo] = sample_view
        view.deleteLater()
        pack.close()
        app.processEvents()
    for name, found in (("sample", samples), ("large", larges)):
        for demo, figures in found.items():
            result.update({f"{name}_{demo}_{k}_ms": v for k, v in figures.items()})
        result[f"{name}_worst_p95_ms"] = max(f["p95"] for f in found.values())

    recap = recap_seconds()
    if recap is not None:
        result["recap_four_stills_median_s"] = recap
    result["goals"] = {"sample_p95_ms": 8.0, "large_p95_ms": 16.7, "recap_s": 2.0}
    shell.finish_visit("bench")
    router.uninstall()
    shell.allow_exit = True
    shell.close()
    shell.services.db.conn.close()
    scratch.cleanup()
    print(json.dumps(result))


def recap_seconds() -> float | None:
    """Median seconds to write a recap PDF with four demo stills, from bench/recap.py."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "recap.py"), "--runs", "3"], capture_output=True,
                          text=True)
    if done.returncode != 0:
        return None
    return round(json.loads(done.stdout.strip().splitlines()[-1])["total_ms"] / 1000, 3)


if __name__ == "__main__":
    main()
