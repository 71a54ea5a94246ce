"""The sample cameras on streets: two school zones and a crossroads. No Qt here."""

from __future__ import annotations

import numpy as np

from kiosk.core.samples.cctv.world import Cam, Scene, concat, drive_line, path, poisson_times, random_vehicle


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
        for t0 in poisson_times(rng, rate, -30, 290):
            if t0 - last < 3.5:
                continue
            v = float(rng.uniform(20, 29)) / 3.6
            t1 = t0 + 70 / v
            if direction == 1 and t0 < fast_window[1] and t1 > fast_window[0]:
                continue
            last = t0
            kind = random_vehicle(rng)
            knots = ([t0, t1], [-35 * direction, 35 * direction], [lane_z, lane_z])
            if kind == "motorcycle":
                sc.rider("motorcycle", knots)
            else:
                sc.add(kind, knots)
    fast = sc.add("car", ([t_fast, t_fast + 70 / v_fast], [-35, 35], [13.75, 13.75]), tag="speeding")
    sc.rider("kick_scooter", ([58, 58 + 70 / 5.0], [-35, 35], [12.9, 12.9]), y0=0.2)

    # children (some with a parent) on the way in
    for t0 in poisson_times(rng, 3.6, -40, 285):
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
        for t0 in poisson_times(rng, rate, -20, 290):
            v = float(rng.uniform(18, 28)) / 3.6
            z_from, z_to = (140, 2) if direction < 0 else (2, 140)
            if direction > 0 and park_stop - 5 < t0 < park_stop + 4:
                continue
            xs = [lane_x] * 2
            zs = [z_from, z_to]
            ts = [t0, t0 + 138 / v]
            kind = random_vehicle(rng)
            if direction > 0 and park_stop < t0 + 20 / v and t0 < park_leave:  # passing the parked car
                zs = [2, 16, 20, 30, 34, 140]
                xs = [1.75, 1.75, 1.05, 1.05, 1.75, 1.75]
                ts = list(t0 + np.array(zs) / v)
            if kind == "motorcycle":
                sc.rider("motorcycle", (ts, xs, zs))
            else:
                sc.add(kind, (ts, xs, zs))
    # children leaving school: out of the gate, toward the camera or away, some over the crosswalk
    for t0 in poisson_times(rng, 5.5, -30, 290):
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
    for t0 in poisson_times(rng, 25, -40, 290):
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
                kind = random_vehicle(rng) if x_lane > 3 else "car"
                knots = concat(
                    path([(x_lane, -5), (x_lane, zq)], 9.0, t_in),
                    drive_line((x_lane, zq), (x_lane, 240), t_in + (zq + 5) / 9.0, 12.0,
                               hold_until=ga + 1.5 + 1.8 * q))
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
            for t0 in poisson_times(rng, 7.0, ga + 8, ga + 38, min_gap=2.2):
                kind = random_vehicle(rng)
                knots = ([t0, t0 + 245 / 12.0], [x_lane, x_lane], [-5, 240])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        for x_lane in (-1.75, -5.25, -8.75):  # toward the camera; stop line at Z = 67
            queue = int(rng.integers(1, 4))
            for q in range(queue):
                zq = 69 + 6.5 * q
                t_in = base - 60 + float(rng.uniform(0, 40)) + 4 * q
                kind = random_vehicle(rng) if x_lane < -3 else "car"
                knots = concat(
                    path([(x_lane, 240), (x_lane, zq)], 11.0, t_in),
                    drive_line((x_lane, zq), (x_lane, -5), t_in + (240 - zq) / 11.0, 12.0,
                               hold_until=ga + 1.5 + 1.8 * q))
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
            for t0 in poisson_times(rng, 7.0, ga + 8, ga + 38, min_gap=2.2):
                kind = random_vehicle(rng)
                knots = ([t0, t0 + 245 / 12.0], [x_lane, x_lane], [240, -5])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        gb = base + b_green[0]
        for z_lane, d in ((44.5, 1), (48.0, 1), (54.0, -1), (57.5, -1)):
            for t0 in poisson_times(rng, 4.5, gb + 1, gb + 40, min_gap=1.6):
                kind = random_vehicle(rng)
                knots = ([t0, t0 + 160 / 11.5], [-80 * d, 80 * d], [z_lane, z_lane])
                sc.rider("motorcycle", knots) if kind == "motorcycle" else sc.add(kind, knots)
        # pedestrians crossing road A on the near crosswalk while road B has green
        for side in (-1, 1):
            for t0 in poisson_times(rng, 5.5, gb + 2, gb + 28):
                z = float(rng.uniform(36.6, 39.4))
                pts = [(side * 13, z), (-side * 13, z), (-side * 13, float(rng.choice([2.0, 120.0])))]
                sc.add("person", path(pts, float(rng.uniform(1.1, 1.5)), t0))
    # pedestrians along the sidewalks, turning the corner along road B
    for t0 in poisson_times(rng, 3.6, -60, 295):
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
