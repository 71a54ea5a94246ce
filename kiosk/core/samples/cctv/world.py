"""The small worlds the sample cameras see. No Qt here.

Each scene is a world in metres seen by a level pinhole camera (``Cam``); ``Layout`` projects its
schematic shapes into the frame and ``Scene.detections`` renders its agents as the boxes a
detector would output (10 fps), with a track id per object, misses and jitter.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.core.pack import DETECTION_CLASSES

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


def poisson_times(rng, rate_s: float, t0: float, t1: float, min_gap: float = 0.0) -> list[float]:
    """Arrival times of a Poisson stream with mean gap ``rate_s`` seconds (and at least ``min_gap``)."""
    out, t = [], t0
    while True:
        t += max(min_gap, float(rng.exponential(rate_s)))
        if t >= t1:
            return out
        out.append(t)


def random_vehicle(rng) -> str:
    return str(rng.choice(["car", "car", "car", "car", "car", "car", "car", "car", "truck", "bus", "motorcycle"]))
