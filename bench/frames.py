"""Frame benchmark of a demo, offscreen. Prints one JSON line.

A frame is: advance the clock by 1/60 s, update the models, and let Qt paint what changed
(sample_full_repaint_p95_ms repaints the whole view every frame, for comparison).

    python bench/frames.py --demo bus [--frames 600] [--soak-s 600] [--json]

Drives the demo at 4x for a fixed number of frames, each frame being what the screen does every
1/60 s: advance the clock, update the models (vehicles, card, figures, chart cursors) and paint
the whole view. Done on the shipped sample pack and on the large bench pack (bench/out/large.pack,
made by bench/replay.py: 100 vehicles for 12 hours at 1 Hz). Then a soak run at 60x for
``--soak-s`` seconds of wall time on the large pack, with resident memory at its start (after a
warm-up minute) and at its end. Goals: sample p95 <= 8 ms, large p95 <= 16.7 ms, memory flat.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEMOS = {
    "bus": ("kiosk.demos.bus.model:BusModel", "kiosk.demos.bus.view:BusView", "ansan-autonomous-bus.pack"),
    "disaster": ("kiosk.demos.disaster.model:DisasterModel", "kiosk.demos.disaster.view:DisasterView",
                 "anyang-disaster-day.pack"),
    "cctv": ("kiosk.demos.cctv.model:CctvModel", "kiosk.demos.cctv.view:CctvView", "anyang-cctv-ai.pack"),
}


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load(target: str):
    import importlib

    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def make_view(demo: str, pack_path: Path):
    from PySide6.QtWidgets import QApplication

    from kiosk.core.pack_reader import Pack

    model_cls, view_cls = load(DEMOS[demo][0]), load(DEMOS[demo][1])
    pack = Pack.open(pack_path)
    view = view_cls(model_cls(pack))
    view.resize(1920, 1000)
    view.show()
    QApplication.processEvents()
    return view, pack


#: Where each demo's run starts in the large pack: the cameras record during its first hour.
START_OFFSET_MS = {"cctv": 10 * 60_000}


def drive(view, frames: int, speed: float, full: bool = False, start_ms: int | None = None) -> list[float]:
    """Per-frame milliseconds. A frame paints what Qt would paint for it (the widgets that
    changed); ``full`` repaints the whole view every frame instead, the worst case."""
    from PySide6.QtWidgets import QApplication

    player = view.player
    clock = player.clock
    clock.seek(clock.t_start + (start_ms if start_ms is not None else (clock.t_end - clock.t_start) // 3))
    clock.set_speed(speed)
    player.clock.play()
    if hasattr(view, "select_vehicle"):
        view.select_vehicle(0)
    times = []
    for _ in range(frames):
        start = time.perf_counter()
        player.advance(1 / 60)
        if full:
            view.repaint()
        else:
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if clock.position >= clock.t_end:
            clock.seek(clock.t_start)
            clock.play()
    QApplication.processEvents()
    return times


def percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)

    def q(p):
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 3)

    return {"p50": round(statistics.median(ordered), 3), "p95": q(0.95), "p99": q(0.99)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", choices=sorted(DEMOS), default="bus")
    parser.add_argument("--frames", type=int, default=600)
    parser.add_argument("--soak-s", type=float, default=600.0, help="wall seconds of the 60x soak run (0: skip)")
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from kiosk import i18n, paths
    from kiosk.ui import fonts, theme
    from kiosk.ui.window import metrics_for

    app = QApplication([])
    fonts.register(app)
    i18n.load_catalogs()
    i18n.set_language("en")
    theme.apply(app, "dark", metrics_for(None))

    large = ROOT / "bench" / "out" / "large.pack"
    if not large.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "replay.py"), "--make", str(large)], check=True)

    result: dict = {"demo": args.demo, "frames": args.frames, "speed": 4}
    view, pack = make_view(args.demo, paths.samples_dir() / DEMOS[args.demo][2])
    drive(view, 60, 4)  # warm-up
    sample = percentiles(drive(view, args.frames, 4))
    sample_full = percentiles(drive(view, args.frames // 2, 4, full=True))
    view.stop()
    view.hide()
    view.deleteLater()
    pack.close()
    QApplication.processEvents()

    view, pack = make_view(args.demo, large)
    offset = START_OFFSET_MS.get(args.demo)
    drive(view, 60, 4, start_ms=offset)
    large_times = percentiles(drive(view, args.frames, 4, start_ms=offset))
    result.update({f"sample_{k}_ms": v for k, v in sample.items()})
    result["sample_full_repaint_p95_ms"] = sample_full["p95"]
    result.update({f"large_{k}_ms": v for k, v in large_times.items()})

    if args.soak_s > 0:
        warm_until = time.monotonic() + min(60.0, args.soak_s / 10)
        while time.monotonic() < warm_until:
            drive(view, 60, 60)
        gc.collect()
        start_mb = rss_mb()
        end_at = time.monotonic() + args.soak_s
        frames = 0
        while time.monotonic() < end_at:
            drive(view, 60, 60)
            frames += 60
        gc.collect()
        result.update({"soak_s": args.soak_s, "soak_frames": frames, "soak_speed": 60,
                       "rss_start_mb": round(start_mb, 1), "rss_end_mb": round(rss_mb(), 1)})
    result["goals"] = {"sample_p95_ms": 8.0, "large_p95_ms": 16.7}
    view.stop()
    pack.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
