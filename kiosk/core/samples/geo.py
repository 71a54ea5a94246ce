"""Small geometry and motion helpers for the sample generator. No Qt here.

Places are (lat, lon) tuples in this module, as people write them; geometries handed to the
pack are GeoJSON-like, [lon, lat]. Distances use a local flat projection, which is exact to a
few centimetres over the few kilometres of one city.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np

from kiosk.core.pack import utc_ms

EARTH_M = 6_371_008.8
SEOUL = ZoneInfo("Asia/Seoul")


def local_ms(day: date, hour: int, minute: int = 0, second: float = 0.0) -> int:
    """Milliseconds UTC of a wall-clock time in Seoul on ``day`` (hour may pass 24)."""
    base = datetime(day.year, day.month, day.day, tzinfo=SEOUL)
    return utc_ms(base) + int(round(((hour * 60 + minute) * 60 + second) * 1000))


def hhmm(t_ms: int) -> tuple[int, int]:
    """Seoul wall-clock (hour, minute) of a UTC millisecond time."""
    value = datetime.fromtimestamp(t_ms / 1000, tz=SEOUL)
    return value.hour, value.minute


def local_iso(t_ms: int) -> str:
    return datetime.fromtimestamp(t_ms / 1000, tz=SEOUL).isoformat(timespec="seconds")


def lonlat(points) -> list[list[float]]:
    """(lat, lon) pairs to GeoJSON [lon, lat] lists, rounded to ~1 cm."""
    return [[round(float(lon), 7), round(float(lat), 7)] for lat, lon in points]


def point(lat: float, lon: float) -> dict:
    return {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]}


def line(points) -> dict:
    return {"type": "LineString", "coordinates": lonlat(points)}


def polygon(points) -> dict:
    ring = lonlat(points)
    if ring[0] != ring[-1]:
        ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


class Frame:
    """A local east/north metre frame around a reference point."""

    def __init__(self, lat0: float, lon0: float):
        self.lat0, self.lon0 = lat0, lon0
        self.kx = np.radians(1.0) * EARTH_M * np.cos(np.radians(lat0))
        self.ky = np.radians(1.0) * EARTH_M

    def xy(self, lat, lon):
        return (np.asarray(lon) - self.lon0) * self.kx, (np.asarray(lat) - self.lat0) * self.ky

    def latlon(self, x, y):
        return self.lat0 + np.asarray(y) / self.ky, self.lon0 + np.asarray(x) / self.kx


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    f = Frame(a[0], a[1])
    x, y = f.xy(b[0], b[1])
    return float(np.hypot(x, y))


def ellipse(center: tuple[float, float], rx_m: float, ry_m: float, n: int = 24, rot_deg: float = 0.0):
    """A polygon ring (lat, lon) approximating an ellipse; rx east-west, ry north-south."""
    f = Frame(*center)
    a = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = np.radians(rot_deg)
    x0, y0 = rx_m * np.cos(a), ry_m * np.sin(a)
    x = x0 * np.cos(r) - y0 * np.sin(r)
    y = x0 * np.sin(r) + y0 * np.cos(r)
    lat, lon = f.latlon(x, y)
    return list(zip(lat.tolist(), lon.tolist()))


def buffer_line(points, half_width_m: float):
    """A thin polygon (lat, lon ring) around a polyline: left side forward, right side back."""
    f = Frame(*points[0])
    xs, ys = f.xy([p[0] for p in points], [p[1] for p in points])
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    n = len(xs)
    normals = np.zeros((n, 2))
    for i in range(n):
        a, b = max(i - 1, 0), min(i + 1, n - 1)
        dx, dy = xs[b] - xs[a], ys[b] - ys[a]
        length = np.hypot(dx, dy) or 1.0
        normals[i] = (-dy / length, dx / length)
    left = np.stack([xs, ys], 1) + normals * half_width_m
    right = np.stack([xs, ys], 1) - normals * half_width_m
    ring = np.concatenate([left, right[::-1]])
    lat, lon = f.latlon(ring[:, 0], ring[:, 1])
    return list(zip(lat.tolist(), lon.tolist()))


# ------------------------------------------------------------------ paths and motion

@dataclass
class Polyline:
    """A polyline in a local frame, with cumulative distance at its vertices."""

    frame: Frame
    x: np.ndarray
    y: np.ndarray
    s: np.ndarray  # cumulative metres at each vertex

    @classmethod
    def of(cls, points) -> "Polyline":
        f = Frame(*points[0])
        x, y = f.xy([p[0] for p in points], [p[1] for p in points])
        x, y = np.asarray(x, float), np.asarray(y, float)
        s = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
        return cls(f, x, y, s)

    @property
    def length(self) -> float:
        return float(self.s[-1])

    def reversed(self) -> "Polyline":
        x, y = self.x[::-1].copy(), self.y[::-1].copy()
        s = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
        return Polyline(self.frame, x, y, s)

    def joined(self, other: "Polyline") -> "Polyline":
        """This path followed by ``other`` (both in this path's frame)."""
        lat, lon = other.frame.latlon(other.x, other.y)
        ox, oy = self.frame.xy(lat, lon)
        x = np.concatenate([self.x, np.asarray(ox)[1:]])
        y = np.concatenate([self.y, np.asarray(oy)[1:]])
        s = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
        return Polyline(self.frame, x, y, s)

    def at(self, dist) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """lat, lon and bearing (degrees from north) at distances along the path."""
        d = np.clip(np.asarray(dist, float), 0, self.length)
        x = np.interp(d, self.s, self.x)
        y = np.interp(d, self.s, self.y)
        seg = np.clip(np.searchsorted(self.s, d, "right") - 1, 0, len(self.s) - 2)
        dx, dy = self.x[seg + 1] - self.x[seg], self.y[seg + 1] - self.y[seg]
        bearing = np.mod(np.degrees(np.arctan2(dx, dy)), 360.0)
        lat, lon = self.frame.latlon(x, y)
        return lat, lon, bearing

    def project(self, lat: float, lon: float) -> float:
        """Distance along the path of the point nearest to (lat, lon)."""
        px, py = self.frame.xy(lat, lon)
        best, best_d = 0.0, np.inf
        for i in range(len(self.s) - 1):
            ax, ay, bx, by = self.x[i], self.y[i], self.x[i + 1], self.y[i + 1]
            dx, dy = bx - ax, by - ay
            seg2 = dx * dx + dy * dy or 1.0
            u = float(np.clip(((px - ax) * dx + (py - ay) * dy) / seg2, 0, 1))
            d = np.hypot(ax + u * dx - px, ay + u * dy - py)
            if d < best_d:
                best, best_d = self.s[i] + u * np.sqrt(seg2), d
        return float(best)

    def corner_limits(self, grid: np.ndarray, v_max: float, v_turn: float = 4.5) -> np.ndarray:
        """Speed limit along ``grid`` (m/s): ``v_max`` on straights, slower through turns."""
        limit = np.full(len(grid), v_max)
        for i in range(1, len(self.s) - 1):
            a = np.arctan2(self.y[i] - self.y[i - 1], self.x[i] - self.x[i - 1])
            b = np.arctan2(self.y[i + 1] - self.y[i], self.x[i + 1] - self.x[i])
            turn = abs((np.degrees(b - a) + 180) % 360 - 180)
            if turn < 12:
                continue
            v = max(v_turn, v_max * (1 - min(turn, 120) / 140.0))
            near = np.abs(grid - self.s[i]) < 12
            limit[near] = np.minimum(limit[near], v)
        return limit


def speed_profile(limit: np.ndarray, ds: float, accel: float, decel: float,
                  v_start: float = 0.0, v_end: float = 0.0) -> np.ndarray:
    """Fastest speeds (m/s) on a distance grid under a limit, with bounded acceleration and braking."""
    v = limit.astype(float).copy()
    v[0] = min(v[0], v_start)
    v[-1] = min(v[-1], v_end)
    for i in range(1, len(v)):
        v[i] = min(v[i], np.sqrt(v[i - 1] ** 2 + 2 * accel * ds))
    for i in range(len(v) - 2, -1, -1):
        v[i] = min(v[i], np.sqrt(v[i + 1] ** 2 + 2 * decel * ds))
    return v


def traverse(length: float, limit_fn, accel: float = 1.0, decel: float = 1.3, ds: float = 1.0):
    """Drive ``length`` metres from standstill to standstill.

    ``limit_fn(grid)`` gives the speed limit (m/s) on the distance grid. Returns (times from 0 in
    seconds, distances, speeds m/s) at the grid points: a monotone knot table to interpolate.
    """
    n = max(2, int(np.ceil(length / ds)) + 1)
    grid = np.linspace(0.0, length, n)
    step = grid[1] - grid[0] if n > 1 else 0.0
    v = speed_profile(limit_fn(grid), step, accel, decel)
    mean = np.maximum((v[1:] + v[:-1]) / 2, 0.05)
    t = np.concatenate([[0.0], np.cumsum(step / mean)])
    return t, grid, v


def drive(points, t0_ms: int, v_max_kmh: float, rng: np.random.Generator, step_s: float = 1.0,
          v_turn_kmh: float = 18.0):
    """A vehicle driving ``points`` (lat, lon) from a standstill at t0, sampled every ``step_s``.

    Returns dict of numpy columns (t ms, lat, lon, bearing, speed km/h) and the arrival time in ms.
    """
    path = Polyline.of(points)
    vmax = v_max_kmh / 3.6
    jitter = rng.uniform(0.85, 1.0)

    def limit(grid):
        return path.corner_limits(grid, vmax * jitter, v_turn_kmh / 3.6)

    tk, sk, vk = traverse(path.length, limit, accel=1.6, decel=2.2)
    ticks = np.arange(0.0, tk[-1], step_s)
    ticks = np.append(ticks, tk[-1])
    s = np.interp(ticks, tk, sk)
    v = np.interp(ticks, tk, vk)
    lat, lon, bearing = path.at(s)
    t_ms = t0_ms + np.round(ticks * 1000).astype(np.int64)
    return {"t": t_ms, "lat": lat, "lon": lon, "bearing": bearing, "speed": v * 3.6}, int(t_ms[-1])
