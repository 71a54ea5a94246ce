"""Stream readers: "state at t" for events, tracks, series and detections. No Qt here.

Each stream keeps its columns as numpy arrays sorted by (key, t), with the start and end of
every key's run precomputed, so a lookup is a binary search inside one key's run: the work
per tick depends on the number of vehicles, sensors or cameras, never on the length of the
recording. Times are int64 milliseconds (UTC); lookups search with the same dtype.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.core.pack import DETECTION_CLASSES

T = np.int64


def _runs(keys: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Start and end offsets of each key 0..count-1 in an array sorted by key."""
    wanted = np.arange(count, dtype=keys.dtype if len(keys) else np.int32)
    return np.searchsorted(keys, wanted, "left"), np.searchsorted(keys, wanted, "right")


# ------------------------------------------------------------------------------ events

class EventIndex:
    """Events sorted by start; "active at t" looks only at events that started within the
    longest event's duration before t."""

    def __init__(self, ids: list[str], t_start: np.ndarray, t_end: np.ndarray):
        order = np.argsort(t_start, kind="stable")
        self.ids = [ids[i] for i in order]
        self.t_start = np.asarray(t_start, T)[order]
        self.t_end = np.maximum(np.asarray(t_end, T)[order], self.t_start)
        self.longest = int((self.t_end - self.t_start).max()) if len(self.t_start) else 0

    @classmethod
    def from_pack(cls, pack) -> "EventIndex":
        events = pack.events
        return cls([e.id for e in events], np.array([e.t_start for e in events], T),
                   np.array([e.t_end if e.t_end is not None else e.t_start for e in events], T))

    def active(self, t: int, recent_ms: int = 0) -> list[str]:
        """Events running at ``t``, and instant ones that happened within ``recent_ms`` before it."""
        t = T(t)
        hi = int(np.searchsorted(self.t_start, t, "right"))
        lo = int(np.searchsorted(self.t_start, T(t - self.longest - max(0, recent_ms)), "left"))
        ends = self.t_end[lo:hi]
        keep = np.nonzero(ends + recent_ms >= t)[0]
        return [self.ids[lo + i] for i in keep]

    def next_after(self, t: int) -> int | None:
        i = int(np.searchsorted(self.t_start, T(t), "right"))
        return int(self.t_start[i]) if i < len(self.t_start) else None

    def previous_before(self, t: int) -> int | None:
        i = int(np.searchsorted(self.t_start, T(t), "left")) - 1
        return int(self.t_start[i]) if i >= 0 else None


# ------------------------------------------------------------------------------ tracks

@dataclass
class TrackState:
    """Every object's state at one time; ``active`` says which objects have data there."""

    t: int
    active: np.ndarray  # bool per object
    lat: np.ndarray
    lon: np.ndarray
    bearing: np.ndarray  # degrees clockwise from north
    speed: np.ndarray  # km/h
    passengers: np.ndarray  # -1 where unknown
    stop: np.ndarray  # index of the last stop reached, -1 where unknown


class TrackStream:
    """Positions of moving things. An object is shown between its first and last sample (and
    ``hold_ms`` after the last), except across a gap longer than ``gap_ms`` between samples."""

    def __init__(self, columns: dict[str, np.ndarray], object_count: int, gap_ms: int = 120_000,
                 hold_ms: int = 2_000):
        self.c = columns
        self.count = object_count
        self.gap_ms = gap_ms
        self.hold_ms = hold_ms
        self.start, self.end = _runs(columns["obj"], object_count)

    @classmethod
    def from_pack(cls, pack, gap_ms: int = 120_000) -> "TrackStream":
        return cls(pack.columns("tracks"), len(pack.objects), gap_ms)

    def state_at(self, t: int) -> TrackState:
        n = self.count
        tt, c = T(t), self.c
        times = c["t"]
        # One binary search per object, inside its own run.
        idx = np.empty(n, np.int64)
        for k in range(n):
            s, e = self.start[k], self.end[k]
            idx[k] = s + np.searchsorted(times[s:e], tt, "right")
        has_prev = idx > self.start
        has_next = idx < self.end
        i0 = np.where(has_prev, idx - 1, self.start)
        i1 = np.where(has_next, idx, np.maximum(self.end - 1, self.start))
        empty = self.end == self.start
        i0 = np.where(empty, 0, i0)
        i1 = np.where(empty, 0, i1)
        if len(times) == 0:
            z = np.zeros(n)
            return TrackState(t, np.zeros(n, bool), z, z, z, z, np.full(n, -1), np.full(n, -1))
        t0, t1 = times[i0], times[i1]
        span = (t1 - t0).astype(np.float64)
        frac = np.where(span > 0, (tt - t0) / np.where(span > 0, span, 1), 0.0).clip(0, 1)
        active = ~empty & has_prev & ((has_next & (span <= self.gap_ms)) | (~has_next & (tt - t0 <= self.hold_ms)))
        lat = c["lat"][i0] + (c["lat"][i1] - c["lat"][i0]) * frac
        lon = c["lon"][i0] + (c["lon"][i1] - c["lon"][i0]) * frac
        speed = c["speed"][i0] + (c["speed"][i1] - c["speed"][i0]) * frac
        bearing = _interpolate_bearing(c["bearing"][i0], c["bearing"][i1], frac, c["lat"][i0], c["lon"][i0],
                                       c["lat"][i1], c["lon"][i1])
        return TrackState(t, active, lat, lon, bearing, speed.astype(np.float64), c["passengers"][i0], c["stop"][i0])

    def samples(self, obj: int) -> dict[str, np.ndarray]:
        s, e = self.start[obj], self.end[obj]
        return {name: col[s:e] for name, col in self.c.items()}


def _interpolate_bearing(b0, b1, frac, lat0, lon0, lat1, lon1) -> np.ndarray:
    """Circular interpolation of recorded bearings; where none was recorded, the direction of travel."""
    b0 = b0.astype(np.float64)
    b1 = b1.astype(np.float64)
    diff = ((b1 - b0 + 180.0) % 360.0) - 180.0
    recorded = b0 + diff * frac
    dy = lat1 - lat0
    dx = (lon1 - lon0) * np.cos(np.radians((lat0 + lat1) / 2))
    moving = np.degrees(np.arctan2(dx, dy))
    out = np.where(np.isfinite(recorded), recorded, moving)
    return np.mod(out, 360.0)


# ------------------------------------------------------------------------------ series

class SeriesStream:
    def __init__(self, columns: dict[str, np.ndarray], sensor_count: int):
        self.c = columns
        self.count = sensor_count
        self.start, self.end = _runs(columns["sensor"], sensor_count)

    @classmethod
    def from_pack(cls, pack) -> "SeriesStream":
        return cls(pack.columns("series"), len(pack.sensors))

    def value_at(self, sensor: int, t: int) -> float:
        """Linear between readings; NaN before the first and after the last reading."""
        s, e = self.start[sensor], self.end[sensor]
        times = self.c["t"][s:e]
        if len(times) == 0 or T(t) < times[0] or T(t) > times[-1]:
            return float("nan")
        return float(np.interp(float(t), times.astype(np.float64), self.c["value"][s:e]))

    def values_at(self, t: int) -> np.ndarray:
        return np.array([self.value_at(k, t) for k in range(self.count)])

    def window(self, sensor: int, t0: int, t1: int) -> tuple[np.ndarray, np.ndarray]:
        """Readings of ``sensor`` with t0 <= t <= t1 (views, no copy)."""
        s, e = self.start[sensor], self.end[sensor]
        times = self.c["t"][s:e]
        a = int(np.searchsorted(times, T(t0), "left"))
        b = int(np.searchsorted(times, T(t1), "right"))
        return times[a:b], self.c["value"][s:e][a:b]

    def samples(self, sensor: int) -> tuple[np.ndarray, np.ndarray]:
        s, e = self.start[sensor], self.end[sensor]
        return self.c["t"][s:e], self.c["value"][s:e]


# ------------------------------------------------------------------------------ detections

@dataclass
class Boxes:
    t: int  # the frame shown (<= the asked time), or -1 when none
    track: np.ndarray
    cls: np.ndarray
    x: np.ndarray
    y: np.ndarray
    w: np.ndarray
    h: np.ndarray
    score: np.ndarray

    def labels(self) -> list[str]:
        return [DETECTION_CLASSES[c] if 0 <= c < len(DETECTION_CLASSES) else "object" for c in self.cls]


class DetectionStream:
    """Boxes per camera per frame. A frame is shown until the next one, for at most ``hold_ms``."""

    def __init__(self, columns: dict[str, np.ndarray], camera_count: int, hold_ms: int = 500):
        self.c = columns
        self.count = camera_count
        self.hold_ms = hold_ms
        self.start, self.end = _runs(columns["camera"], camera_count)

    @classmethod
    def from_pack(cls, pack, hold_ms: int = 500) -> "DetectionStream":
        return cls(pack.columns("detections"), len(pack.cameras), hold_ms)

    def boxes_at(self, camera: int, t: int) -> Boxes:
        s, e = self.start[camera], self.end[camera]
        times = self.c["t"][s:e]
        i = int(np.searchsorted(times, T(t), "right"))
        if i == 0 or T(t) - times[i - 1] > self.hold_ms:
            empty = np.empty(0)
            return Boxes(-1, empty.astype(np.int32), empty.astype(np.int16), empty, empty, empty, empty, empty)
        frame = times[i - 1]
        a = int(np.searchsorted(times, frame, "left"))
        sl = slice(s + a, s + i)
        c = self.c
        return Boxes(int(frame), c["track"][sl], c["cls"][sl], c["x"][sl], c["y"][sl], c["w"][sl], c["h"][sl], c["score"][sl])
