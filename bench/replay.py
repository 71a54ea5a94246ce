"""Replay benchmark on a large generated pack. Prints one JSON line.

    python bench/replay.py [--json] [--seeks 2000]

The pack (made once, kept in bench/out/large.pack): 100 vehicles for 12 hours at 1 Hz
(4.32 million positions), 9 cameras for an hour at 10 fps with 8 boxes a frame, 200 gauges at
10-minute readings, 10,000 events. Measured:
  open_large_pack_s                  Pack.open (checksum verified) and the stream readers built
  seek_all_vehicles_p99_ms           every vehicle's state after a random seek
  baseline_seek_all_vehicles_p99_ms  the same, the naive way (masks over the whole recording)
  tick_60hz_ms                       median of one 60 Hz tick at 60x: clock, vehicles, events,
                                     boxes of 9 cameras, every gauge's value
  memory_ratio                       resident memory added by the open pack / raw column bytes
Goals: open <= 1.5 s, seek p99 <= 2 ms, memory ratio <= 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.core.clock import ReplayClock  # noqa: E402
from kiosk.core.pack import PackWriter  # noqa: E402
from kiosk.core.pack_reader import Pack  # noqa: E402
from kiosk.core.streams import DetectionStream, EventIndex, SeriesStream, TrackStream  # noqa: E402

OUT = ROOT / "bench" / "out"
T0 = 1_777_777_200_000  # a morning in 2026, ms UTC
VEHICLES, HOURS, CAMERAS, FPS, BOXES, GAUGES, EVENTS = 100, 12, 9, 10, 8, 200, 10_000


def rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def make_large_pack(path: Path) -> None:
    rng = np.random.default_rng(7)
    n = HOURS * 3600
    t = T0 + np.arange(n, dtype=np.int64) * 1000
    with PackWriter(path, id="bench-large", kind="mixed", timezone="Asia/Seoul", title={"en": "Large"}) as w:
        for v in range(VEHICLES):
            w.add_object(f"bus-{v}", "bus")
            phase = rng.uniform(0, 2 * np.pi)
            angle = phase + np.arange(n) * 2 * np.pi / 1800.0
            r = 0.01 + 0.002 * v / VEHICLES
            w.add_track(f"bus-{v}", t, 37.39 + r * np.sin(angle), 126.95 + r * np.cos(angle),
                        speed=np.full(n, 30.0, np.float32), passengers=rng.integers(0, 15, n))
        frames = 3600 * FPS
        ft = T0 + (np.arange(frames, dtype=np.int64) * 1000) // FPS
        for c in range(CAMERAS):
            w.add_camera(f"cam-{c}", fps=FPS)
            tt = np.repeat(ft, BOXES)
            track = np.tile(np.arange(BOXES), frames) + (np.repeat(np.arange(frames) // 300, BOXES) * BOXES)
            x = (np.tile(np.linspace(0, 0.8, BOXES), frames) + np.repeat(np.arange(frames) % 300, BOXES) / 1500.0) % 0.9
            w.add_detections(f"cam-{c}", tt, track, np.zeros(len(tt)), x, np.full(len(tt), 0.5),
                             np.full(len(tt), 0.05), np.full(len(tt), 0.1))
        readings = HOURS * 6
        gt = T0 + np.arange(readings, dtype=np.int64) * 600_000
        for g in range(GAUGES):
            w.add_sensor(f"gauge-{g}", "water_level", "m", thresholds={"advisory": 7.0})
            w.add_series(f"gauge-{g}", gt, 3 + np.cumsum(rng.normal(0, 0.05, readings)))
        starts = np.sort(rng.integers(T0, T0 + n * 1000, EVENTS))
        kinds = ("flood", "fire", "missing_person", "crowd", "speeding_school_zone", "fall", "loitering_night", "smoke")
        for e, start in enumerate(starts):
            kind = kinds[e % len(kinds)]
            camera = f"cam-{e % CAMERAS}" if e % len(kinds) >= 4 else None
            w.add_event(f"ev-{e}", kind, int(start), t_end=int(start + rng.integers(0, 3_600_000)),
                        severity=("Severe", "Moderate", "Minor")[e % 3], lat=37.39 + rng.normal(0, 0.01),
                        lon=126.95 + rng.normal(0, 0.01), title={"en": f"Event {e}"}, camera=camera)
            if camera is None:
                for k, phase in enumerate(("detected", "dispatched", "on_scene", "resolved")):
                    w.add_phase(f"ev-{e}", phase, int(start + k * 300_000), agency="fire")


def naive_state(tracks: dict[str, np.ndarray], vehicles: int, t: int) -> list[tuple[float, float]]:
    """What a first attempt does: scan the whole recording for each vehicle."""
    out = []
    for v in range(vehicles):
        mask = (tracks["obj"] == v) & (tracks["t"] <= t)
        idx = np.nonzero(mask)[0]
        out.append((tracks["lat"][idx[-1]], tracks["lon"][idx[-1]]) if len(idx) else (np.nan, np.nan))
    return out


def p99(values: list[float]) -> float:
    return float(np.percentile(values, 99))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    parser.add_argument("--seeks", type=int, default=2000)
    parser.add_argument("--make", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make_large_pack(Path(args.make))
        return

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "large.pack"
    if not path.exists():
        # In a child process, so that its memory does not blur the resident-memory figure.
        import subprocess

        subprocess.run([sys.executable, __file__, "--make", str(path)], check=True)

    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    pack = Pack.open(path)
    tracks = TrackStream.from_pack(pack)
    series = SeriesStream.from_pack(pack)
    boxes = DetectionStream.from_pack(pack)
    events = EventIndex.from_pack(pack)
    open_s = time.perf_counter() - start
    added = rss_bytes() - before
    raw = sum(col.nbytes for stream in (tracks.c, series.c, boxes.c) for col in stream.values())

    rng = np.random.default_rng(1)
    m = pack.manifest
    seeks = rng.integers(m.t_start, m.t_end, args.seeks)
    seek_ms = []
    for t in seeks:
        s = time.perf_counter()
        tracks.state_at(int(t))
        seek_ms.append((time.perf_counter() - s) * 1000)
    baseline_ms = []
    for t in seeks[:50]:
        s = time.perf_counter()
        naive_state(tracks.c, tracks.count, int(t))
        baseline_ms.append((time.perf_counter() - s) * 1000)

    clock = ReplayClock(m.t_start, m.t_end)
    clock.set_speed(60)
    clock.play()
    clock.seek(m.t_start + 3_600_000)
    tick_ms = []
    for _ in range(600):
        s = time.perf_counter()
        now = clock.advance(1 / 60)
        tracks.state_at(now)
        events.active(now, recent_ms=60_000)
        for c in range(boxes.count):
            boxes.boxes_at(c, now)
        series.values_at(now)
        tick_ms.append((time.perf_counter() - s) * 1000)

    print(json.dumps({
        "positions": int(len(tracks.c["t"])), "detections": int(len(boxes.c["t"])), "events": len(events.ids),
        "open_large_pack_s": round(open_s, 3),
        "seek_all_vehicles_p50_ms": round(statistics.median(seek_ms), 3),
        "seek_all_vehicles_p99_ms": round(p99(seek_ms), 3),
        "baseline_seek_all_vehicles_p99_ms": round(p99(baseline_ms), 1),
        "tick_60hz_ms": round(statistics.median(tick_ms), 3),
        "tick_60hz_p99_ms": round(p99(tick_ms), 3),
        "memory_ratio": round(added / raw, 2), "raw_column_mb": round(raw / 1e6, 1),
        "pack_mb": round(path.stat().st_size / 1e6, 1),
        "goals": {"open_large_pack_s": 1.5, "seek_all_vehicles_p99_ms": 2.0, "memory_ratio": 2.0},
    }))


if __name__ == "__main__":
    main()
