"""Placing stops on a shape and moving synthesised vehicles along a trip."""

from __future__ import annotations

import math

import numpy as np

from kiosk.core.importers.gtfs._feed import (
    EARTH_M,
    FIT_M,
    SAMPLE_S,
    _Path,
    _Shape,
    _Trip,
    _bearing,
    _haversine,
)


# ------------------------------------------------------------------------------ placing and moving

def _project(shape: _Shape, lat: np.ndarray, lon: np.ndarray) -> np.ndarray | None:
    """Metres along ``shape`` of each stop, each no earlier on the shape than the one before;
    None when some stop lies more than FIT_M from the shape (or no such order exists).

    A shape may pass a stop more than once (loops, out-and-back roads, crossings), so each stop
    keeps the places where the shape comes nearest to it (the local minima of its distance
    along the shape) and the chosen places are the in-order set with the least total distance.
    """
    lat0 = float(np.mean(shape.lat))
    kx = math.radians(1) * EARTH_M * math.cos(math.radians(lat0))
    ky = math.radians(1) * EARTH_M
    x, y = shape.lon * kx, shape.lat * ky
    ax, ay = x[:-1], y[:-1]
    dx, dy = x[1:] - ax, y[1:] - ay
    len2 = dx * dx + dy * dy
    seg_m = np.diff(shape.cum)
    px, py = (lon * kx)[:, None], (lat * ky)[:, None]  # stops x segments
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(len2 > 0, ((px - ax) * dx + (py - ay) * dy) / np.where(len2 > 0, len2, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    dist = np.hypot(px - (ax + t * dx), py - (ay + t * dy))
    along = shape.cum[:-1] + t * seg_m
    padded = np.pad(dist, ((0, 0), (1, 1)), constant_values=np.inf)
    local = (dist <= padded[:, :-2]) & (dist <= padded[:, 2:]) & (dist <= FIT_M)
    # Dynamic programme over the candidates: cost = total distance, order = along the shape.
    prev_along = np.array([-np.inf])
    prev_cost = np.array([0.0])
    choices: list[tuple[np.ndarray, np.ndarray]] = []  # per stop: (candidate along, back pointer)
    for k in range(len(lat)):
        cand = np.nonzero(local[k])[0]
        if len(cand) > 12:
            cand = cand[np.argsort(dist[k, cand], kind="stable")[:12]]
        if len(cand) == 0:
            return None
        a = along[k, cand]
        order = np.argsort(prev_along, kind="stable")
        sorted_along = prev_along[order]
        running = np.minimum.accumulate(prev_cost[order])
        arg = np.empty(len(order), dtype=np.int64)  # index (into prev) of the running minimum
        best_i = 0
        for i in range(len(order)):
            if prev_cost[order[i]] <= prev_cost[order[best_i]]:
                best_i = i
            arg[i] = order[best_i]
        pos = np.searchsorted(sorted_along, a, "right") - 1
        ok = pos >= 0
        if not ok.any():
            return None
        cost = np.where(ok, dist[k, cand] + running[np.maximum(pos, 0)], np.inf)
        back = np.where(ok, arg[np.maximum(pos, 0)], -1)
        keep = np.isfinite(cost)
        prev_along, prev_cost = a[keep], cost[keep]
        choices.append((a[keep], back[keep]))
    out = np.empty(len(lat))
    j = int(np.argmin(prev_cost))
    for k in range(len(lat) - 1, -1, -1):
        a, back = choices[k]
        out[k] = a[j]
        j = int(back[j])
    return np.maximum.accumulate(out)


def _synthesise(trip: _Trip, path: _Path):
    """Samples of one trip: (seconds, lat, lon, bearing, speed km/h, index of the last stop reached)."""
    arr = np.array([trip.arrivals[k] for k in path.stops], dtype=np.int64)
    dep = np.array([trip.departures[k] for k in path.stops], dtype=np.int64)
    t0, t1 = int(dep[0]), int(arr[-1])
    if t1 <= t0:
        return None
    knot_t = np.empty(2 * len(arr), dtype=np.int64)
    knot_t[0::2], knot_t[1::2] = arr, dep
    knot_d = np.repeat(path.stop_m, 2)
    inside = knot_t[(knot_t > t0) & (knot_t < t1)]
    ts = np.unique(np.concatenate([np.arange(t0, t1, SAMPLE_S, dtype=np.int64), inside, [t1]]))
    d = np.interp(ts.astype(float), knot_t.astype(float), knot_d)
    lat = np.interp(d, path.cum, path.lat)
    lon = np.interp(d, path.cum, path.lon)
    step = _haversine(lat[:-1], lon[:-1], lat[1:], lon[1:])
    dt = np.diff(ts).astype(float)
    speed = np.zeros(len(ts), dtype=np.float64)
    speed[:-1] = step / dt * 3.6
    bearing = np.full(len(ts), np.nan)
    moving = step > 0.5
    bearing[:-1][moving] = _bearing(lat[:-1], lon[:-1], lat[1:], lon[1:])[moving]
    valid = np.isfinite(bearing)
    if valid.any():  # hold the last direction through stops, and the first one before it
        idx = np.where(valid, np.arange(len(ts)), 0)
        np.maximum.accumulate(idx, out=idx)
        bearing = bearing[idx]
        first = int(np.argmax(valid))
        bearing[:first] = bearing[first]
    reached = np.searchsorted(arr, ts, "right") - 1
    stop_k = np.asarray(path.stops, dtype=np.int64)[np.clip(reached, 0, len(arr) - 1)]
    return ts, lat, lon, bearing, speed, stop_k
