"""The "anyang-cctv-ai" sample: seven cameras as privacy-safe detection boxes with AI events. No Qt here.

No image is stored, only what an AI detector would output: per frame (10 fps), one normalised box
per detected person or vehicle, with a track id that stays with the object. Each scene is a small
world in metres seen by a pinhole camera (height, focal length, horizon), so boxes shrink with
distance, cars seen side-on are wider than cars seen head-on, and a person lying down becomes a
wide, low box. The same camera model draws the scene's schematic (road, lanes, crosswalks,
sidewalks, buildings) in normalised 0..1 coordinates for the view.

Boxes are (x, y, w, h) with (x, y) the top-left corner, all as fractions of the frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from kiosk.core.pack import DETECTION_CLASSES, PackWriter
from kiosk.core.samples import geo
from kiosk.core.samples.basemap import ANYANG, add_anyang_basemap
from kiosk.core.samples.geo import local_ms
from kiosk.core.samples.text import CAMERA, CCTV_EVENT, CCTV_SUMMARY, CCTV_TITLE, CH_CCTV, clock, fmt

DAY = date(2025, 9, 16)  # a Tuesday in term time
PACK_ID = "anyang-cctv-ai"
FPS = 10
WIDTH, HEIGHT = 1920, 1080
CLS = {name: i for i, name in enumerate(DETECTION_CLASSES)}

#: (length, width, height) in metres, and the detector's usual confidence.
DIMS = {
    "person": ((0.5, 0.45, 1.7), 0.88), "child": ((0.45, 0.4, 1.3), 0.84), "car": ((4.5, 1.8, 1.5), 0.93),
    "bus": ((11.0, 2.5, 3.2), 0.95), "truck": ((5.5, 2.0, 2.4), 0.9), "bicycle": ((1.7, 0.6, 1.1), 0.8),
    "motorcycle": ((2.0, 0.8, 1.2), 0.84), "kick_scooter": ((1.1, 0.5, 1.1), 0.72), "smoke": ((1, 1, 1), 0.6),
    "fire": ((0.8, 0.8, 0.8), 0.7),
}


# ------------------------------------------------------------------ camera model

@dataclass
class Cam:
    """A level-mounted pinhole camera looking along +Z, ``h`` metres above the ground.

    x = 0.5 + fx·X/Z and y = horizon + fy·(h − Y)/Z, in fractions of the frame.
    """

    h: float
    fy: float
    horizon: float

    @property
    def fx(self) -> float:
        return self.fy * HEIGHT / WIDTH

    def project(self, X, Y, Z):
        X, Y, Z = np.asarray(X, float), np.asarray(Y, float), np.asarray(Z, float)
        return 0.5 + self.fx * X / Z, self.horizon + self.fy * (self.h - Y) / Z

    def model(self) -> dict:
        return {"height_m": self.h, "focal_y": self.fy, "horizon_y": self.horizon}


# ------------------------------------------------------------------ schematic layout

def _clip_halfplane(points, inside, cross):
    out = []
    for i, cur in enumerate(points):
        prev = points[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def _clip_z(points, zmin=1.0):
    def cross(a, b):
        u = (zmin - a[2]) / (b[2] - a[2])
        return tuple(a[k] + u * (b[k] - a[k]) for k in range(3))

    return _clip_halfplane(points, lambda p: p[2] >= zmin, cross)


def _clip_unit(points):
    for axis, bound, keep_low in ((0, 0.0, False), (0, 1.0, True), (1, 0.0, False), (1, 1.0, True)):
        if not points:
            return []

        def inside(p, axis=axis, bound=bound, keep_low=keep_low):
            return p[axis] <= bound if keep_low else p[axis] >= bound

        def cross(a, b, axis=axis, bound=bound):
            u = (bound - a[axis]) / (b[axis] - a[axis])
            return (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))

        points = _clip_halfplane(points, inside, cross)
    return points


class Layout:
    """Shapes of a scene, given in metres, stored projected and clipped to the frame."""

    def __init__(self, cam: Cam):
        self.cam = cam
        self.shapes: list[dict] = []

    def ground(self, kind: str, xz, **extra) -> None:
        self.poly(kind, [(x, 0.0, z) for x, z in xz], **extra)

    def rect(self, kind: str, x0, x1, z0, z1, **extra) -> None:
        self.ground(kind, [(x0, z0), (x1, z0), (x1, z1), (x0, z1)], **extra)

    def wall(self, kind: str, a, b, y0, y1, **extra) -> None:
        """A vertical rectangle between ground points a=(X, Z) and b, from height y0 to y1."""
        self.poly(kind, [(a[0], y0, a[1]), (b[0], y0, b[1]), (b[0], y1, b[1]), (a[0], y1, a[1])], **extra)

    def poly(self, kind: str, pts3, **extra) -> None:
        pts3 = _clip_z(list(pts3))
        if len(pts3) < 3:
            return
        x, y = self.cam.project(*np.array(pts3).T)
        pts = _clip_unit(list(zip(x.tolist(), y.tolist())))
        if len(pts) >= 3:
            self.shapes.append({"kind": kind, "polygon": [[round(a, 4), round(b, 4)] for a, b in pts], **extra})

    def line(self, kind: str, a, b, **extra) -> None:
        u = np.linspace(0, 1, 400)
        X = a[0] + u * (b[0] - a[0])
        Z = a[1] + u * (b[1] - a[1])
        ok = Z >= 1.0
        x, y = self.cam.project(X[ok], 0.0, Z[ok])
        inside = (x >= 0) & (x <= 1) & (y >= 0) & (y <= 1)
        if inside.sum() >= 2:
            i = np.nonzero(inside)[0]
            ends = [[round(float(x[j]), 4), round(float(y[j]), 4)] for j in (i[0], i[-1])]
            self.shapes.append({"kind": kind, "line": ends, **extra})

    def to_json(self) -> dict:
        return {"horizon_y": self.cam.horizon, "shapes": self.shapes}


# ------------------------------------------------------------------ agents

@dataclass
class Agent:
    """Something the detector sees, moving through knots (time s, X m, Z m)."""

    cls: str
    t: np.ndarray
    X: np.ndarray
    Z: np.ndarray
    dims: tuple | None = None
    heading: float | None = None  # radians in the ground plane (0 = +X) while standing still
    lie: tuple | None = None  # (times, fraction lying 0..1)
    sit: tuple | None = None  # (times, fraction sitting 0..1)
    y0: float = 0.0  # base elevation (a rider on a bicycle)
    grow: object = None  # callable(times) -> (length, width, height, y0, score) for smoke and fire
    score: float | None = None
    tag: str = ""
    track: int = 0  # the track id it got, once rendered


def path(points, speed: float, t0: float, pauses: dict | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Knots along (X, Z) points at ``speed`` m/s from t0, pausing ``pauses[i]`` seconds at point i."""
    pauses = pauses or {}
    t, X, Z = [t0], [points[0][0]], [points[0][1]]
    if 0 in pauses:
        t.append(t[-1] + pauses[0]); X.append(points[0][0]); Z.append(points[0][1])
    for i in range(1, len(points)):
        d = float(np.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]))
        t.append(t[-1] + max(d / speed, 0.05)); X.append(points[i][0]); Z.append(points[i][1])
        if i in pauses:
            t.append(t[-1] + pauses[i]); X.append(points[i][0]); Z.append(points[i][1])
    return np.array(t), np.array(X, float), np.array(Z, float)


def drive_line(a, b, t_start: float, v_end: float, accel: float = 2.0, v_start: float = 0.0, hold_until=None,
               step: float = 0.25):
    """A vehicle from a to b: waiting at a until ``hold_until``, then accelerating to ``v_end`` m/s."""
    length = float(np.hypot(b[0] - a[0], b[1] - a[1]))
    go = t_start if hold_until is None else max(t_start, hold_until)
    ts, ss = [t_start], [0.0]
    if go > t_start:
        ts.append(go); ss.append(0.0)
    s, v, t = 0.0, v_start, go
    while s < length:
        t += step
        v = min(v_end, v + accel * step)
        s = min(length, s + v * step)
        ts.append(t); ss.append(s)
    u = np.array(ss) / max(length, 1e-9)
    return np.array(ts), a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1])


def concat(*parts):
    t = np.concatenate([p[0] for p in parts])
    X = np.concatenate([p[1] for p in parts])
    Z = np.concatenate([p[2] for p in parts])
    keep = np.concatenate([[True], np.diff(t) > 1e-6])
    return t[keep], X[keep], Z[keep]


class Scene:
    def __init__(self, cam: Cam, duration_s: float, rng: np.random.Generator, night: bool = False):
        self.cam, self.duration, self.rng, self.night = cam, duration_s, rng, night
        self.agents: list[Agent] = []
        self.layout = Layout(cam)

    def add(self, cls: str, knots, **kw) -> Agent:
        t, X, Z = knots
        agent = Agent(cls, np.asarray(t, float), np.asarray(X, float), np.asarray(Z, float), **kw)
        self.agents.append(agent)
        return agent

    def rider(self, vehicle: str, knots, y0: float = 0.45, **kw) -> Agent:
        agent = self.add(vehicle, knots, **kw)
        self.add("person", knots, y0=y0, dims=(0.6, 0.45, 1.45), score=0.8, tag="rider")
        return agent

    # -- rendering
    def detections(self) -> dict[str, np.ndarray]:
        frames = np.arange(int(round(self.duration * FPS)))
        times = frames / FPS
        cols = {k: [] for k in ("frame", "track", "cls", "x", "y", "w", "h", "score")}
        track = 0
        rng = self.rng
        for agent in self.agents:
            inside = (times >= agent.t[0]) & (times <= agent.t[-1])
            if inside.sum() < 2:  # not even two frames: nothing a detector would track
                continue
            f = frames[inside]
            tt = times[inside]
            X = np.interp(tt, agent.t, agent.X)
            Z = np.interp(tt, agent.t, agent.Z)
            label = "person" if agent.cls == "child" else agent.cls
            (length, width, height), base_score = DIMS[agent.cls]
            if agent.dims is not None:
                length, width, height = agent.dims
            n = len(tt)
            L = np.full(n, float(length)); W = np.full(n, float(width)); Hh = np.full(n, float(height))
            Y0 = np.full(n, float(agent.y0))
            score = np.full(n, float(agent.score if agent.score is not None else base_score))
            if agent.grow is not None:
                L, W, Hh, Y0, score = (np.asarray(v, float) for v in agent.grow(tt))
            if agent.sit is not None:
                s = np.interp(tt, *agent.sit)
                Hh = Hh * (1 - 0.3 * s)
                L = L + 0.2 * s
            if agent.lie is not None:
                lie = np.interp(tt, *agent.lie)
                L, W, Hh = L + (1.7 - L) * lie, W + (0.5 - W) * lie, Hh + (0.35 - Hh) * lie
            # heading from motion, held while standing still
            dX, dZ = np.gradient(X), np.gradient(Z)
            moving = np.hypot(dX, dZ) > 0.004
            head = np.arctan2(dZ, dX)
            idx = np.maximum.accumulate(np.where(moving, np.arange(n), -1))
            h0 = agent.heading if agent.heading is not None else (head[moving][0] if moving.any() else 0.0)
            head = np.where(idx >= 0, head[np.maximum(idx, 0)], h0)
            if agent.lie is not None:
                head = np.full(n, h0)
            # the 8 corners of the oriented 3D box
            c, s_ = np.cos(head), np.sin(head)
            xs, zs, ys = [], [], []
            for a in (-0.5, 0.5):
                for b in (-0.5, 0.5):
                    for top in (0, 1):
                        xs.append(X + a * L * c - b * W * s_)
                        zs.append(Z + a * L * s_ + b * W * c)
                        ys.append(Y0 + top * Hh)
            CX, CZ, CY = np.array(xs), np.array(zs), np.array(ys)
            ok = CZ.min(0) > 1.0
            px, py = self.cam.project(CX[:, ok], CY[:, ok], CZ[:, ok])
            x0, x1, y0, y1 = px.min(0), px.max(0), py.min(0), py.max(0)
            area = (x1 - x0) * (y1 - y0)
            cx0, cx1, cy0, cy1 = np.clip(x0, 0, 1), np.clip(x1, 0, 1), np.clip(y0, 0, 1), np.clip(y1, 0, 1)
            keep = ((cx1 - cx0) * (cy1 - cy0) >= 0.35 * area) & (cx1 - cx0 > 0.004) & (cy1 - cy0 > 0.008)
            # a few missed detections, more for small and far objects and at night
            miss = 0.01 + (0.04 if self.night else 0.0) + 0.05 * np.exp(-(cy1 - cy0) / 0.02)
            keep &= rng.random(len(keep)) > miss
            if agent.grow is not None:
                keep &= score[ok] > 0.3
            if not keep.any():
                continue
            track += 1
            bw, bh = (cx1 - cx0)[keep], (cy1 - cy0)[keep]
            k = keep.sum()
            jitter = 0.012 if not self.night else 0.02
            x = cx0[keep] + rng.normal(0, jitter, k) * bw
            y = cy0[keep] + rng.normal(0, jitter, k) * bh
            bw = bw * (1 + rng.normal(0, jitter, k))
            bh = bh * (1 + rng.normal(0, jitter, k))
            sc = score[ok][keep] - 0.25 * np.exp(-bh / 0.04) + rng.normal(0, 0.025, k)
            if self.night:
                sc = sc * 0.86
            cols["frame"].append(f[ok][keep])
            cols["track"].append(np.full(k, track))
            cols["cls"].append(np.full(k, CLS[label]))
            x, y = np.clip(x, 0, 0.998), np.clip(y, 0, 0.998)
            cols["x"].append(x); cols["y"].append(y)
            cols["w"].append(np.clip(bw, 0.002, 1 - x)); cols["h"].append(np.clip(bh, 0.002, 1 - y))
            cols["score"].append(np.clip(sc, 0.3, 0.99))
            agent.track = track
        return {k: np.concatenate(v) for k, v in cols.items()}


def _poisson_times(rng, rate_s: float, t0: float, t1: float, min_gap: float = 0.0) -> list[float]:
    """Arrival times of a Poisson stream with mean gap ``rate_s`` seconds (and at least ``min_gap``)."""
    out, t = [], t0
    while True:
        t += max(min_gap, float(rng.exponential(rate_s)))
        if t >= t1:
            return out
        out.append(t)


def _vehicle(rng) -> str:
    return str(rng.choice(["car", "car", "car", "car", "car", "car", "car", "car", "truck", "bus", "motorcycle"]))


# ------------------------------------------------------------------ the scenes

def school_beomgye(rng) -> tuple[Scene, dict]:
    """Across-the-road view of an elementary school gate at 08:20: children arriving, a speeding car."""
    cam = Cam(h=6.5, fy=1.05, horizon=0.18)
    sc = Scene(cam, 300, rng)
    lay = sc.layout
    lay.rect("sidewalk", -80, 80, 1, 12)
    lay.rect("road", -80, 80, 12, 19)
    lay.rect("school_zone_paint", -16, -3, 12, 19)
    lay.rect("school_zone_paint", 3, 16, 12, 19)
    lay.rect("crosswalk", -2, 2, 12, 19, style="zebra")
    lay.line("lane_marking", (-80, 15.5), (-3, 15.5), style="double_yellow")
    lay.line("lane_marking", (3, 15.5), (80, 15.5), style="double_yellow")
    lay.rect("sidewalk", -80, 80, 19, 22.5)
    lay.rect("schoolyard", -80, 80, 22.5, 70)
    lay.line("fence", (-80, 22.5), (-2.5, 22.5))
    lay.line("fence", (2.5, 22.5), (80, 22.5))
    lay.line("gate", (-2.5, 22.5), (2.5, 22.5))
    lay.wall("building", (-30, 70), (30, 70), 0, 14, label="school")
    lay.wall("sign", (7, 21.2), (8.4, 21.2), 2.2, 3.4, label="30")
    lay.wall("pole", (-8.1, 20.5), (-7.9, 20.5), 0, 5.5, label="speed_camera")

    # the crossing guard (a volunteer) stands by the crosswalk all morning
    t = np.linspace(-1, 301, 40)
    sc.add("person", (t, -2.8 + 0.25 * np.sin(t / 7), 10.9 + 0.15 * np.cos(t / 5)), heading=np.pi / 2, tag="guard")

    # traffic in both lanes, keeping clear of the speeding car's passage
    v_fast = float(rng.integers(50, 56)) / 3.6
    t_fast = 148.0
    fast_window = (t_fast - 5, t_fast + 70 / v_fast + 6)
    for lane_z, direction, rate in ((13.75, 1, 11.0), (17.25, -1, 13.0)):
        last = -60.0
        for t0 in _poisson_times(rng, rate, -30, 290):
            if t0 - last < 3.5:
                continue
            v = float(rng.uniform(20, 29)) / 3.6
            t1 = t0 + 70 / v
            if direction == 1 and t0 < fast_window[1] and t1 > fast_window[0]:
                continue
            last = t0
            kind = _vehicle(rng)
            knots = ([t0, t1], [-35 * direction, 35 * direction], [lane_z, lane_z])
            if kind == "motorcycle":
                sc.rider("motorcycle", knots)
            else:
                sc.add(kind, knots)
    fast = sc.add("car", ([t_fast, t_fast + 70 / v_fast], [-35, 35], [13.75, 13.75]), tag="speeding")
    sc.rider("kick_scooter", ([58, 58 + 70 / 5.0], [-35, 35], [12.9, 12.9]), y0=0.2)

    # children (some with a parent) on the way in
    for t0 in _poisson_times(rng, 3.6, -40, 285):
        side = 1 if rng.random() < 0.5 else -1
        v = float(rng.uniform(1.0, 1.35))
        gate_x = float(rng.uniform(-1.4, 1.4))
        if rng.random() < 0.55:  # along the far sidewalk
            z = float(rng.uniform(20.0, 21.8))
            pts = [(side * rng.uniform(22, 30), z), (gate_x, z), (gate_x, 23.5), (gate_x + rng.uniform(-3, 3), 34)]
        else:  # along the near sidewalk, then over the crosswalk
            z = float(rng.uniform(9.5, 11.5))
            cx = float(rng.uniform(-1.3, 1.3))
            if abs(t0 + 20 - t_fast) < 12:
                t0 += 25
            pts = [(side * rng.uniform(16, 24), z), (cx, z), (cx, 20.6), (gate_x, 23.5), (gate_x, 34)]
        knots = path(pts, v, t0, pauses={1: float(rng.uniform(0, 3))})
        sc.add("child", knots, dims=(0.45, 0.4, float(rng.uniform(1.15, 1.45))))
        if rng.random() < 0.25:
            k2 = (knots[0], knots[1] + 0.7, knots[2] - 0.3)
            sc.add("person", k2, dims=(0.5, 0.45, float(rng.uniform(1.6, 1.8))), tag="parent")
    return sc, {"t_fast": t_fast, "v_fast_kmh": v_fast * 3.6, "fast": fast,
                "fast_end": t_fast + 70 / v_fast}


def school_myeonghak(rng) -> tuple[Scene, dict]:
    """Along-the-road view past a school gate at 14:30: a car stops at the gate and stays."""
    cam = Cam(h=6.0, fy=1.1, horizon=0.22)
    sc = Scene(cam, 300, rng)
    lay = sc.layout
    lay.rect("road", -3.5, 3.5, 1, 160)
    lay.rect("school_zone_paint", -3.5, 3.5, 12, 32)
    lay.line("lane_marking", (0, 1), (0, 33), style="double_yellow")
    lay.line("lane_marking", (0, 38), (0, 160), style="double_yellow")
    lay.rect("crosswalk", -3.5, 3.5, 33.5, 37.5, style="zebra")
    lay.line("curb_no_stopping", (3.3, 1), (3.3, 80), style="double_yellow")
    lay.line("curb_no_stopping", (-3.3, 1), (-3.3, 80), style="double_yellow")
    lay.rect("sidewalk", -6, -3.5, 1, 160)
    lay.rect("sidewalk", 3.5, 6, 1, 160)
    lay.rect("schoolyard", 6, 40, 1, 80)
    lay.line("fence", (6, 1), (6, 24))
    lay.line("gate", (6, 24), (6, 28))
    lay.line("fence", (6, 28), (6, 80))
    lay.wall("building", (-6, 3), (-6, 90), 0, 10)
    lay.wall("building", (14, 80), (40, 80), 0, 15, label="school")
    lay.wall("sign", (5.2, 16), (5.2, 17.4), 2.2, 3.4, label="no_parking")

    park_leave = 258.0
    approach = drive_line((1.75, 2), (1.75, 14), 22.0, 20 / 3.6, v_start=20 / 3.6)
    pull_in = path([(1.75, 14), (2.4, 20), (3.1, 24)], 1.3, float(approach[0][-1]) + 0.01)
    park_stop = float(pull_in[0][-1])
    car = sc.add("car", concat(
        approach, pull_in,
        ([park_leave], [3.1], [24.0]),
        drive_line((3.1, 24.0), (1.75, 34), park_leave + 0.01, 6.0, accel=1.5),
        drive_line((1.75, 34), (1.75, 140), park_leave + 6.5, 8.0, v_start=6.0),
    ), tag="parked")
    # the driver walks in through the gate and comes back with a child
    sc.add("person", path([(4.0, 24.6), (5.6, 26), (7.5, 26.5), (11, 30)], 1.2, 40.0), tag="driver")
    back = path([(11, 30), (7.5, 26.5), (5.6, 26), (4.1, 24.8)], 1.1, 226.0)
    sc.add("person", back, tag="driver")
    sc.add("child", (back[0], back[1] + 0.6, back[2] + 0.3), dims=(0.45, 0.4, 1.25))

    for lane_x, direction, rate in ((-1.75, -1, 15.0), (1.75, 1, 17.0)):
        for t0 in _poisson_times(rng, rate, -20, 290):
            v = float(rng.uniform(18, 28)) / 3.6
            z_from, z_to = (140, 2) if direction < 0 else (2, 140)
            if direction > 0 and park_stop - 5 < t0 < park_stop + 4:
                continue
            xs = [lane_x] * 2
            zs = [z_from, z_to]
            ts = [t0, t0 + 138 / v]
            kind = _vehicle(rng)
            if direction > 0 and park_stop < t0 + 20 / v and t0 < park_leave:  # passing the parked car
                zs = [2, 16, 20, 30, 34, 140]
                xs = [1.75, 1.75, 1.05, 1.05, 1.75, 1.75]
                ts = list(t0 + np.array(zs) / v)
            if kind == "motorcycle":
                sc.rider("motorcycle", (ts, xs, zs))
            else:
                sc.add(kind, (ts, xs, zs))
    # children leaving school: out of the gate, toward the camera or away, some over the crosswalk
    for t0 in _poisson_times(rng, 5.5, -30, 290):
        v = float(rng.uniform(0.95, 1.3))
        x = float(rng.uniform(4.2, 5.6))
        r = rng.random()
        if r < 0.45:
            pts = [(9, 26), (6.5, 26), (x, 25), (x, 1)]
        elif r < 0.75:
            pts = [(9, 26), (6.5, 26), (x, 27), (x, 90)]
        else:
            pts = [(9, 26), (6.5, 26), (x, 30), (x, 35.5), (-4.6, 35.5), (-4.6, 1)]
        sc.add("child", path(pts, v, t0), dims=(0.45, 0.4, float(rng.uniform(1.15, 1.45))))
    for t0 in _poisson_times(rng, 25, -40, 290):
        d = 1 if rng.random() < 0.5 else -1
        x = float(rng.uniform(-5.5, -4.0))
        sc.add("person", path([(x, 70 if d < 0 else 1), (x, 1 if d < 0 else 70)], float(rng.uniform(1.1, 1.4)), t0))
    return sc, {"car": car, "stop": park_stop, "leave": park_leave}


def crossroads_beomgye(rng) -> tuple[Scene, dict]:
    """Beomgye Station crossroads in the evening rush: signal cycles, queues, a jaywalker."""
    cam = Cam(h=10.0, fy=1.0, horizon=0.25)
    sc = Scene(cam, 300, rng)
    lay = sc.layout
    lay.rect("sidewalk", -40, 40, 1, 220)
    lay.rect("road", -10.5, 10.5, 1, 220)
    lay.rect("road", -120, 120, 42, 60)
    for x0, x1 in ((-16, -10.5), (10.5, 16)):
        lay.rect("sidewalk", x0, x1, 1, 42)
        lay.rect("sidewalk", x0, x1, 60, 220)
    lay.rect("crosswalk", -10.5, 10.5, 36, 40, style="zebra")
    lay.rect("crosswalk", -10.5, 10.5, 62, 66, style="zebra")
    lay.rect("crosswalk", -15, -11, 42, 60, style="zebra")
    lay.rect("crosswalk", 11, 15, 42, 60, style="zebra")
    lay.line("stop_line", (0, 35), (10.5, 35))
    lay.line("stop_line", (-10.5, 67), (0, 67))
    lay.line("lane_marking", (0, 1), (0, 35), style="double_yellow")
    lay.line("lane_marking", (0, 67), (0, 220), style="double_yellow")
    for x in (-7, -3.5, 3.5, 7):
        lay.line("lane_marking", (x, 1), (x, 35), style="dashed")
        lay.line("lane_marking", (x, 67), (x, 220), style="dashed")
    lay.line("lane_marking", (-120, 51), (-16, 51), style="double_yellow")
    lay.line("lane_marking", (16, 51), (120, 51), style="double_yellow")
    for x0, x1 in ((-60, -17), (17, 60)):
        lay.wall("building", (x0, 70), (x1, 70), 0, 30)
        face = x1 if x0 < 0 else x0
        lay.wall("building", (face, 1), (face, 40), 0, 25)

    cycle, a_green, b_green = 100.0, (0.0, 45.0), (45.0, 90.0)
    jay_cycle = 1  # the jaywalker crosses while road A has red in this cycle
    for c in range(-1, 4):
        base = c * cycle
        ga = base + a_green[0]
        for x_lane in (1.75, 5.25, 8.75):  # away from the camera; stop line at Z = 35
            # the red before this cycle's green; in the jaywalker's red, two cars wait in every lane
            jay_red = c == jay_cycle + 1
            queue = 2 if jay_red else int(rng.integers(1, 4))
            for q in range(queue):
                zq = 33 - 6.5 * q
                t_in = base - 55 + float(rng.uniform(0, 5 if jay_red else 40)) + 4 * q
                kind = _vehicle(rng) if x_lane > 3 else "car"
                knots = concat(
                    path([(x_lane, -5), (x_lane, zq)], 9.0, t_in),
                    drive_line((x_lane, zq), (x_lane, 240), t_in + (zq + 5) / 9.0, 12.0,
                               hold_until=ga + 1.5 + 1.8 * q))
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
            for t0 in _poisson_times(rng, 7.0, ga + 8, ga + 38, min_gap=2.2):
                kind = _vehicle(rng)
                knots = ([t0, t0 + 245 / 12.0], [x_lane, x_lane], [-5, 240])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        for x_lane in (-1.75, -5.25, -8.75):  # toward the camera; stop line at Z = 67
            queue = int(rng.integers(1, 4))
            for q in range(queue):
                zq = 69 + 6.5 * q
                t_in = base - 60 + float(rng.uniform(0, 40)) + 4 * q
                kind = _vehicle(rng) if x_lane < -3 else "car"
                knots = concat(
                    path([(x_lane, 240), (x_lane, zq)], 11.0, t_in),
                    drive_line((x_lane, zq), (x_lane, -5), t_in + (240 - zq) / 11.0, 12.0,
                               hold_until=ga + 1.5 + 1.8 * q))
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
            for t0 in _poisson_times(rng, 7.0, ga + 8, ga + 38, min_gap=2.2):
                kind = _vehicle(rng)
                knots = ([t0, t0 + 245 / 12.0], [x_lane, x_lane], [240, -5])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        gb = base + b_green[0]
        for z_lane, d in ((44.5, 1), (48.0, 1), (54.0, -1), (57.5, -1)):
            for t0 in _poisson_times(rng, 4.5, gb + 1, gb + 40, min_gap=1.6):
                kind = _vehicle(rng)
                knots = ([t0, t0 + 160 / 11.5], [-80 * d, 80 * d], [z_lane, z_lane])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        # pedestrians crossing road A on the near crosswalk while road B has green
        for side in (-1, 1):
            for t0 in _poisson_times(rng, 5.5, gb + 2, gb + 28):
                z = float(rng.uniform(36.6, 39.4))
                pts = [(side * 13, z), (-side * 13, z), (-side * 13, float(rng.choice([2.0, 120.0])))]
                sc.add("person", path(pts, float(rng.uniform(1.1, 1.5)), t0))
    # pedestrians along the sidewalks, turning the corner along road B
    for t0 in _poisson_times(rng, 3.6, -60, 295):
        side = float(rng.choice([-1, 1]))
        x = side * float(rng.uniform(11.5, 15.5))
        pts = [(x, 2), (x, 40.8), (side * 45, 40.8)]
        sc.add("person", path(pts if rng.random() < 0.5 else pts[::-1], float(rng.uniform(1.0, 1.5)), t0))
    # the jaywalker: up the left sidewalk, then straight across between the cars waiting at the red
    z_jay, v_jay = 29.75, 1.5
    t_jay = (jay_cycle + 1) * cycle - 37.0 - (z_jay - 2) / v_jay
    jay = sc.add("person", path([(-12.5, 2), (-12.5, z_jay), (12.5, z_jay), (12.5, 2)], v_jay, t_jay),
                 tag="jaywalker")
    enter = t_jay + (z_jay - 2) / v_jay + 2.0 / v_jay
    leave = enter + 21.0 / v_jay
    return sc, {"jay": jay, "t_start": enter, "t_end": leave}


def park_pyeongchon(rng) -> tuple[Scene, dict]:
    """A curving walking path at 06:40: morning walkers, joggers, cyclists; one walker falls."""
    cam = Cam(h=5.0, fy=1.0, horizon=0.3)
    sc = Scene(cam, 300, rng)
    lay = sc.layout
    zz = np.linspace(1, 140, 60)

    def cx(z):
        return 1.5 + 2.5 * np.sin(np.asarray(z) / 14.0)

    lay.rect("grass", -80, 80, 1, 200)
    lay.ground("path", [(cx(z) - 1.5, z) for z in zz] + [(cx(z) + 1.5, z) for z in zz[::-1]])
    lay.ground("bike_path", [(cx(z) - 6.2, z) for z in zz] + [(cx(z) - 3.8, z) for z in zz[::-1]])
    for z, side in ((16, 1), (31, 1), (47, -1)):
        x = cx(z) + side * 2.4
        lay.rect("bench", x - 0.3, x + 0.3, z - 0.8, z + 0.8)
    for x, z in ((8, 12), (10, 26), (-9, 20), (9, 44), (-10, 38), (12, 60), (-11, 70)):
        lay.ground("tree", [(x + 1.2 * np.cos(a), z + 1.2 * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 10,
                                                                                              endpoint=False)])
        lay.wall("tree_trunk", (x - 0.15, z), (x + 0.15, z), 0, 2.5)

    def walk(t0, v, forward, offset, cls="person", height=None, **kw):
        z = np.linspace(2, 110, 28) if forward else np.linspace(110, 2, 28)
        pts = list(zip((cx(z) + offset).tolist(), z.tolist()))
        return sc.add(cls, path(pts, v, t0), dims=(0.5, 0.45, height or float(rng.uniform(1.55, 1.8))), **kw)

    for t0 in _poisson_times(rng, 9.0, -90, 295):
        fwd = rng.random() < 0.5
        walk(t0, float(rng.uniform(0.85, 1.45)), fwd, 0.6 if fwd else -0.6)
    for t0 in _poisson_times(rng, 28.0, -40, 295):
        fwd = rng.random() < 0.5
        walk(t0, float(rng.uniform(2.4, 3.2)), fwd, 0.9 if fwd else -0.9)
    for t0 in _poisson_times(rng, 32.0, -25, 295):
        fwd = rng.random() < 0.5
        z = np.linspace(2, 110, 28) if fwd else np.linspace(110, 2, 28)
        pts = list(zip((cx(z) - 5 + (0.5 if fwd else -0.5)).tolist(), z.tolist()))
        sc.rider("bicycle", path(pts, float(rng.uniform(4.0, 5.5)), t0), y0=0.35)

    # the fall: an elderly man walking toward the camera goes down at about t = 90 s and stays down
    v, z_fall = 0.85, 15.5
    z = np.linspace(z_fall + v * 62.0, z_fall, 20)
    pts = list(zip((cx(z) + 0.4).tolist(), z.tolist()))
    knots = path(pts, v, 26.0)
    t_fall = float(knots[0][-1])
    x_fall = float(cx(z_fall) + 0.4)
    knots = concat(knots, ([t_fall + 1.5, 301.0], [x_fall + 0.6, x_fall + 0.6], [z_fall - 0.2, z_fall - 0.2]))
    fallen = sc.add("person", knots, dims=(0.5, 0.45, 1.62), heading=0.25,
                    lie=(np.array([0, t_fall, t_fall + 1.5, 400]), np.array([0, 0, 1, 1])), tag="fall")
    # a jogger stops and kneels beside him; a walker stops and phones 119
    zj = np.linspace(110, z_fall + 0.8, 30)
    jog = path(list(zip((cx(zj) + 1.3).tolist(), zj.tolist())), 2.8, 112.0 - (110 - z_fall) / 2.8)
    jog = concat(jog, ([301.0], [float(cx(z_fall + 0.8) + 1.3)], [z_fall + 0.8]))
    sc.add("person", jog, dims=(0.5, 0.45, 1.74), sit=(np.array([0, 113, 115, 400]), np.array([0, 0, 1, 1])),
           tag="helper")
    zw = np.linspace(2, z_fall - 1.2, 12)
    wk = path(list(zip((cx(zw) - 0.5).tolist(), zw.tolist())), 1.25, 136.0)
    wk = concat(wk, ([301.0], [float(cx(z_fall - 1.2) - 0.5)], [z_fall - 1.2]))
    sc.add("person", wk, dims=(0.5, 0.45, 1.66), tag="helper")
    return sc, {"fallen": fallen, "t_fall": t_fall}


def station_anyang(rng) -> tuple[Scene, dict]:
    """Anyang Station square on an ordinary evening: travellers, a bus stop, taxis."""
    cam = Cam(h=9.0, fy=1.0, horizon=0.2)
    sc = Scene(cam, 300, rng)
    lay = sc.layout
    lay.rect("plaza", -40, 40, 1, 55)
    lay.rect("road", -40, -20, 1, 120, label="taxi_and_bus_lane")
    lay.line("lane_marking", (-30, 1), (-30, 120), style="dashed")
    lay.rect("bus_stop", -19.5, -17.5, 18, 34)
    for x, z in ((-8, 20), (8, 20), (-8, 38), (8, 38)):
        lay.rect("planter", x - 1.5, x + 1.5, z - 1.5, z + 1.5)
    lay.wall("building", (-20, 55), (40, 55), 0, 16, label="station")
    lay.wall("entrance", (-5, 55), (5, 55), 0, 4)

    # trains empty into the square in pulses
    arrivals = [float(x) for x in (-20, 50, 125, 200, 270)]
    for ta in arrivals:
        for t0 in _poisson_times(rng, 1.7, ta, ta + 35):
            x0 = float(rng.uniform(-4, 4))
            dest = rng.random()
            if dest < 0.25:
                pts = [(x0, 54), (-16.5, float(rng.uniform(20, 33)))]
                knots = path(pts, float(rng.uniform(1.1, 1.4)), t0)
                wait = float(rng.uniform(40, 200))
                knots = concat(knots, ([knots[0][-1] + wait], [knots[1][-1]], [knots[2][-1]]))
                sc.add("person", knots)
            else:
                pts = [(x0, 54), (float(rng.uniform(-14, 30)), float(rng.uniform(-2, 2)))]
                sc.add("person", path(pts, float(rng.uniform(1.0, 1.5)), t0))
    for t0 in _poisson_times(rng, 4.5, -60, 295):
        pts = [(float(rng.uniform(-14, 30)), 1), (float(rng.uniform(-4, 4)), 54.5)]
        sc.add("person", path(pts, float(rng.uniform(1.0, 1.5)), t0))
    # people waiting at the bus stop from the start
    for _ in range(4):
        z = float(rng.uniform(20, 33))
        t = np.linspace(-1, 301, 30)
        sc.add("person", (t, -16.8 + 0.2 * np.sin(t / float(rng.uniform(5, 9))), z + 0.15 * np.cos(t / 6)),
               heading=np.pi)
    # taxis moving up the rank, a bus calling at the stop
    for t0 in _poisson_times(rng, 30, -60, 290):
        x = -25.0
        knots = path([(x, 120), (x, 40), (x, 1)], 6.0, t0, pauses={1: float(rng.uniform(10, 40))})
        sc.add("car", knots)
    sc.add("bus", path([(-21.5, 120), (-21.5, 30), (-21.5, -10)], 7.0, 60, pauses={1: 35.0}))
    sc.add("bus", path([(-21.5, 120), (-21.5, 30), (-21.5, -10)], 7.0, 210, pauses={1: 30.0}))
    return sc, {}


def market_central(rng) -> tuple[Scene, dict]:
    """An alley of Anyang Central Market at 11:10: shoppers, then smoke from a stall."""
    cam = Cam(h=4.5, fy=1.15, horizon=0.3)
    sc = Scene(cam, 360, rng)
    lay = sc.layout
    lay.rect("alley", -3, 3, 1, 90)
    for side in (-1, 1):
        for z0 in np.arange(2, 90, 4.0):
            lay.rect("stall", min(side * 3, side * 6.5), max(side * 3, side * 6.5), float(z0), float(z0 + 3.8))
        lay.wall("building", (side * 6.5, 1), (side * 6.5, 90), 0, 6)
    lay.wall("roof", (-6.5, 90), (6.5, 90), 0, 6)

    src_x, src_z = 4.8, 24.0
    t_smoke, t_peak, t_out, t_gone = 55.0, 170.0, 205.0, 290.0

    # merchants at their stalls all morning
    for x, z in ((-4.5, 12), (4.5, 16), (-4.4, 20), (4.6, 32), (-4.5, 30), (4.4, 42), (-4.6, 50)):
        t = np.linspace(-1, 361, 40)
        sc.add("person", (t, x + 0.2 * np.sin(t / 8), z + 0.3 * np.cos(t / 11)), heading=0.0 if x < 0 else np.pi)
    # shoppers; fewer once the smoke is seen
    for t0 in _poisson_times(rng, 3.8, -90, 355):
        if t0 > 75 and rng.random() < 0.7:
            continue
        fwd = rng.random() < 0.5
        x = float(rng.uniform(-2.2, 2.2))
        pts = [(x, 2 if fwd else 85), (x + float(rng.uniform(-0.8, 0.8)), 40), (x, 85 if fwd else 2)]
        pause = {1: float(rng.uniform(3, 15))} if rng.random() < 0.4 else None
        sc.add("person", path(pts, float(rng.uniform(0.7, 1.2)), t0, pauses=pause),
               dims=(0.5, 0.45, float(rng.uniform(1.5, 1.8))))
    for t0 in (30.0, 215.0):
        sc.rider("motorcycle", path([(-1.0, 85), (-1.0, 2)], 3.0, t0))

    def smoke(tt):
        grow = np.clip((tt - t_smoke) / (t_peak - t_smoke), 0, 1)
        fade = np.clip((t_gone - tt) / (t_gone - t_out), 0, 1)
        size = np.where(tt < t_out, grow, fade)
        width = 0.6 + 4.2 * size ** 0.8
        height = 0.8 + 4.5 * size
        score = np.where(tt < t_smoke, 0, 0.35 + 0.55 * np.minimum(size * 1.6, 1.0))
        return width, width, height, np.full(len(tt), 1.6), score

    def fire(tt):
        s = np.clip(np.minimum((tt - 85) / 20, (150 - tt) / 25), 0, 1)
        return 0.4 + 0.6 * s, 0.4 + 0.5 * s, 0.3 + 0.6 * s, np.full(len(tt), 0.7), np.where(s > 0, 0.55 + 0.3 * s, 0)

    drift = np.linspace(t_smoke, t_gone, 20)
    plume = sc.add("smoke", (drift, src_x - 1.6 * np.clip((drift - t_smoke) / 120, 0, 1), np.full(20, src_z)),
                   grow=smoke, tag="smoke")
    sc.add("fire", ([85.0, 150.0], [src_x, src_x], [src_z, src_z]), grow=fire, tag="fire")
    # neighbours run over with extinguishers
    sc.add("person", concat(path([(-4.5, 20), (-1, 21.5), (3.2, 23.0)], 2.2, 95.0), ([245.0], [3.2], [23.0]),
                            path([(3.2, 23.0), (-4.4, 20.2)], 1.0, 246.0)), tag="extinguisher")
    sc.add("person", concat(path([(4.6, 32), (3.6, 28), (3.3, 25.6)], 2.0, 99.0), ([300.0], [3.3], [25.6])),
           tag="extinguisher")
    # 119 firefighters walk in: the alley is too narrow for the engine
    for i in range(3):
        knots = path([(-0.8 + 0.8 * i, 1), (-0.5 + 0.9 * i, 21.5 - 0.8 * i)], 1.9, 330.0 + 0.7 * i)
        sc.add("person", concat(knots, ([361.0], [-0.5 + 0.9 * i], [21.5 - 0.8 * i])), dims=(0.55, 0.5, 1.78),
               tag="firefighter")
    return sc, {"t_smoke": t_smoke, "plume": plume}


def sports_night(rng) -> tuple[Scene, dict]:
    """The entrance plaza of Anyang Sports Complex at 01:10: a man who has lingered for 30 minutes."""
    cam = Cam(h=6.0, fy=1.0, horizon=0.25)
    sc = Scene(cam, 360, rng, night=True)
    lay = sc.layout
    lay.rect("plaza", -40, 40, 1, 28)
    lay.rect("road", -120, 120, 28, 35)
    lay.line("lane_marking", (-120, 31.5), (120, 31.5), style="dashed")
    lay.rect("sidewalk", -120, 120, 35, 38)
    lay.rect("driveway", 4, 10, 20, 28)
    for x in (-3.0, 4.0):
        lay.rect("bench", x - 0.9, x + 0.9, 15.7, 16.3)
    for x in (-12, 0, 12):
        lay.wall("lamp_post", (x - 0.1, 24), (x + 0.1, 24), 0, 6)
    lay.wall("building", (-60, 60), (60, 60), 0, 12)

    # the man: slow back-and-forth around the benches, sitting now and then
    pts = [(-1.0, 17.5)]
    for _ in range(30):
        pts.append((float(np.clip(pts[-1][0] + rng.normal(0, 1.8), -4.5, 4.5)),
                    float(np.clip(pts[-1][1] + rng.normal(0, 1.0), 14.5, 20.5))))
    wander = path(pts, 0.45, -5.0, pauses={i: float(rng.uniform(4, 14)) for i in range(1, 30, 3)})
    keep = wander[0] < 290
    knots = (wander[0][keep], wander[1][keep], wander[2][keep])
    last_x, last_z = float(knots[1][-1]), float(knots[2][-1])
    knots = concat(knots, ([298.0, 340.0], [last_x, last_x], [last_z, last_z]),
                   path([(last_x, last_z), (5.6, 21.0)], 0.8, 341.0))
    sit = (np.array([0, 60, 62, 128, 130, 200, 202, 250, 252, 400.0]), np.array([0, 0, 1, 1, 0, 0, 1, 1, 0, 0.0]))
    man = sc.add("person", knots, dims=(0.5, 0.45, 1.68), sit=sit, tag="loiterer")
    # the patrol car: along the road, into the driveway, stops; two officers walk over
    car = concat(path([(-60, 30.0), (5.0, 30.0)], 9.0, 272.0 - 65 / 9.0 + 7.0),
                 path([(5.0, 30.0), (7.0, 26.0), (7.0, 22.0)], 3.0, 279.0 + 0.5),
                 ([352.0], [7.0], [22.0]),
                 drive_line((7.0, 22.0), (7.0, 29.0), 352.1, 4.0, accel=1.2),
                 path([(7.0, 29.0), (60.0, 30.0)], 6.0, 358.2))
    patrol = sc.add("car", car, tag="patrol")
    t_stop = float(car[0][np.argmax((car[2] <= 22.0 + 1e-6))])
    for dx in (-1.0, 1.2):
        knots = concat(path([(7.0 + dx, 21.5), (last_x + dx * 0.9, last_z + 1.0)], 1.1, t_stop + 2.0),
                       ([340.0], [last_x + dx * 0.9], [last_z + 1.0]),
                       path([(last_x + dx * 0.9, last_z + 1.0), (7.0 + dx, 21.2)], 0.8, 340.5))
        sc.add("person", knots, dims=(0.5, 0.45, 1.78), tag="officer")
    # the odd car at night
    for t0, d, kind in ((38.0, 1, "car"), (150.0, -1, "car"), (232.0, 1, "truck")):
        z = 30.0 if d > 0 else 33.0
        sc.add(kind, ([t0, t0 + 140 / 13.0], [-70 * d, 70 * d], [z, z]))
    sc.rider("motorcycle", ([110.0, 110 + 140 / 12.0], [70.0, -70.0], [33.0, 33.0]))
    sc.add("person", path([(-40, 36.5), (40, 36.5)], 1.3, 170.0))
    return sc, {"man": man, "patrol": patrol, "t_stop": t_stop}


# ------------------------------------------------------------------ the pack

CAMERAS = [
    # id, builder, clip start (h, m), place (lat, lon; estimates near DOMAIN.md places), heading, scene kind
    ("cam-sports-night", sports_night, (1, 10), (37.4046, 126.9484), 300.0, "sports_complex_night"),
    ("cam-park-pyeongchon", park_pyeongchon, (6, 40), (37.3902, 126.9600), 110.0, "park"),
    ("cam-school-beomgye", school_beomgye, (8, 20), (37.3878, 126.9478), 0.0, "school_zone"),
    ("cam-market-central", market_central, (11, 10), ANYANG["central_market"], 90.0, "market"),
    ("cam-school-myeonghak", school_myeonghak, (14, 30), (37.3862, 126.9330), 200.0, "school_zone"),
    ("cam-crossroads-beomgye", crossroads_beomgye, (18, 0), (37.3896, 126.9505), 45.0, "crossroads"),
    ("cam-station-anyang", station_anyang, (19, 30), (37.4010, 126.9226), 30.0, "station_square"),
]


def build(path_: Path, rng: np.random.Generator, created: str) -> Path:
    w = PackWriter(path_, id=PACK_ID, kind="cctv", timezone="Asia/Seoul", title=CCTV_TITLE, summary=CCTV_SUMMARY,
                   source="sample")
    w.manifest.created = created
    add_anyang_basemap(w)
    chapters = []
    for cam_id, builder, (hh, mm), (lat, lon), heading, kind in CAMERAS:
        scene, info = builder(rng)
        t0 = local_ms(DAY, hh, mm)
        spec = {"width": WIDTH, "height": HEIGHT, "kind": kind, "layout": scene.layout.to_json(),
                "camera_model": scene.cam.model(), "boxes": "x, y = top-left corner; normalised to the frame",
                "privacy": "detections only, no images"}
        if kind == "school_zone":
            spec["speed_limit_kmh"] = 30
        w.add_camera(cam_id, name=CAMERA[cam_id], lat=lat, lon=lon, heading=heading, fps=FPS, scene=spec,
                     props={"clip_start": geo.local_iso(t0), "clip_s": scene.duration, "estimate_location": True})
        w.add_feature("camera", geo.point(lat, lon), id=f"feature-{cam_id}", kind=kind, name=CAMERA[cam_id],
                      props={"camera": cam_id, "heading": heading})
        det = scene.detections()
        order = np.lexsort((det["track"], det["frame"]))
        det = {k: v[order] for k, v in det.items()}
        t_ms = t0 + det["frame"].astype(np.int64) * (1000 // FPS)
        w.add_detections(cam_id, t_ms, det["track"], det["cls"], det["x"], det["y"], det["w"], det["h"], det["score"])
        chapter = _events(w, cam_id, kind, scene, info, t0, lat, lon)
        chapters.append(chapter)
    for t0, t1, caption, panels, focus in sorted(chapters, key=lambda c: c[0]):
        w.add_chapter(t0, t1, caption, panels, focus)
    return w.finish()


def _at(t_ms: int) -> str:
    return clock(*geo.hhmm(t_ms))


def _events(w: PackWriter, cam_id: str, kind: str, scene: Scene, info: dict, t0: int, lat: float, lon: float):
    """The AI event of a camera with its phases; returns the camera's story chapter."""
    end = t0 + int(scene.duration * 1000)
    panels = ["camera", "events"]

    def ms(seconds: float) -> int:
        return t0 + int(round(seconds * 1000))

    def event(eid, ekind, start, stop, severity, title, detail, phases):
        w.add_event(eid, ekind, start, t_end=stop, severity=severity, lat=lat, lon=lon, title=title,
                    detail=detail, camera=cam_id)
        for phase, t, agency, unit in phases:
            w.add_phase(eid, phase, t, agency=agency, unit=unit, lat=lat, lon=lon)

    center = "Smart City Integrated Operations Center"
    if cam_id == "cam-school-beomgye":
        v = int(round(info["v_fast_kmh"]))
        start, stop = ms(info["t_fast"] + 35 / (v / 3.6) - 12 / (v / 3.6)), ms(info["fast_end"] + 8)
        event("ai-speeding", "speeding_school_zone", start, stop, "Moderate",
              fmt(CCTV_EVENT["speeding_school_zone"], v=str(v)),
              {"speed_kmh": v, "limit_kmh": 30, "track": info["fast"].track, "plate": "masked",
               "led_board": "plate and speed shown", "enforcement": "speed camera record sent"},
              [("detected", start, "city", center), ("resolved", stop, "police", "Speed enforcement record")])
        return (start - 40_000, stop + 30_000, fmt(CH_CCTV["speeding_school_zone"], time=_at(start), v=str(v)),
                panels, {"camera": cam_id, "event": "ai-speeding"})
    if cam_id == "cam-school-myeonghak":
        start, stop = ms(info["stop"] + 60), ms(info["leave"])
        event("ai-illegal-parking", "illegal_parking", start, stop, "Minor", CCTV_EVENT["illegal_parking"],
              {"stationary_s": 60, "track": info["car"].track, "rule": "no stopping or parking in school zones",
               "since": "2021-10", "fine_krw": 120_000, "plate": "masked", "speaker_warning": True},
              [("detected", start, "city", center), ("resolved", stop, "city", "Parking enforcement notice")])
        return (ms(info["stop"] - 15), stop + 10_000, fmt(CH_CCTV["illegal_parking"], time=_at(ms(info["stop"]))),
                panels, {"camera": cam_id, "event": "ai-illegal-parking"})
    if cam_id == "cam-crossroads-beomgye":
        start, stop = ms(info["t_start"] + 1.5), ms(info["t_end"] + 3)
        event("ai-jaywalking", "jaywalking", start, stop, "Minor", CCTV_EVENT["jaywalking"],
              {"track": info["jay"].track, "signal": "red for pedestrians crossing here", "speaker_warning": True},
              [("detected", start, "city", center), ("resolved", stop, "city", "Automatic speaker warning")])
        return (start - 45_000, stop + 25_000, fmt(CH_CCTV["jaywalking"], time=_at(start)), panels,
                {"camera": cam_id, "event": "ai-jaywalking"})
    if cam_id == "cam-park-pyeongchon":
        start = ms(info["t_fall"] + 10)
        dispatched, on_scene = start + 50_000, start + 7 * 60_000 + 30_000
        resolved = on_scene + 16 * 60_000
        event("ai-fall", "fall", start, resolved, "Severe", CCTV_EVENT["fall"],
              {"track": info["fallen"].track, "lying_s_before_alert": 10, "bystanders": 2,
               "units": [{"agency": "fire", "unit": "Anyang Fire Station Ambulance 1"}]},
              [("detected", start, "city", center),
               ("dispatched", dispatched, "fire", "Anyang Fire Station Ambulance 1"),
               ("on_scene", on_scene, "fire", "Anyang Fire Station Ambulance 1"),
               ("resolved", resolved, "fire", "Anyang Fire Station Ambulance 1")])
        return (start - 50_000, end, fmt(CH_CCTV["fall"], time=_at(ms(info["t_fall"]))), panels,
                {"camera": cam_id, "event": "ai-fall"})
    if cam_id == "cam-market-central":
        start = ms(info["t_smoke"] + 8)
        dispatched, on_scene = start + 40_000, ms(331)
        resolved = t0 + 21 * 60_000
        event("ai-smoke", "smoke", start, resolved, "Severe", CCTV_EVENT["smoke"],
              {"track": info["plume"].track, "screen_blink": True, "fire_box_seen": True,
               "engine_access": "alley too narrow; crew on foot",
               "units": [{"agency": "fire", "unit": "Anyang Fire Station Pumper 1"}]},
              [("detected", start, "city", center), ("dispatched", dispatched, "fire", "Anyang Fire Station Pumper 1"),
               ("on_scene", on_scene, "fire", "Anyang Fire Station Pumper 1"),
               ("resolved", resolved, "fire", "Anyang Fire Station Pumper 1")])
        return (start - 40_000, end, fmt(CH_CCTV["smoke"], time=_at(start)), panels,
                {"camera": cam_id, "event": "ai-smoke"})
    if cam_id == "cam-sports-night":
        start = t0
        dispatched, on_scene = t0 + 50_000, ms(info["t_stop"])
        resolved = local_ms(DAY, 1, 35)
        event("ai-loitering", "loitering_night", start, resolved, "Moderate", CCTV_EVENT["loitering_night"],
              {"track": info["man"].track, "loitering_min": 30, "rule": "night hours, over 30 minutes in the zone",
               "outcome": "registered missing person, returned to his family",
               "units": [{"agency": "police", "unit": "Anyang Dongan Police Patrol Car 2"}]},
              [("detected", start, "city", center),
               ("dispatched", dispatched, "police", "Anyang Dongan Police Patrol Car 2"),
               ("on_scene", on_scene, "police", "Anyang Dongan Police Patrol Car 2"),
               ("resolved", resolved, "police", "Anyang Dongan Police Patrol Car 2")])
        return (t0, end, fmt(CH_CCTV["loitering_night"], time=_at(start), t2=_at(on_scene)), panels,
                {"camera": cam_id, "event": "ai-loitering"})
    return (t0, end, fmt(CH_CCTV["quiet"], time=_at(t0)), ["camera"], {"camera": cam_id})
