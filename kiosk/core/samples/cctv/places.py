"""The sample cameras at public places: a park, the station square, the market and the sports
complex at night. No Qt here."""

from __future__ import annotations

import numpy as np

from kiosk.core.samples.cctv.world import Cam, Scene, concat, drive_line, path, poisson_times


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

    for t0 in poisson_times(rng, 9.0, -90, 295):
        fwd = rng.random() < 0.5
        walk(t0, float(rng.uniform(0.85, 1.45)), fwd, 0.6 if fwd else -0.6)
    for t0 in poisson_times(rng, 28.0, -40, 295):
        fwd = rng.random() < 0.5
        walk(t0, float(rng.uniform(2.4, 3.2)), fwd, 0.9 if fwd else -0.9)
    for t0 in poisson_times(rng, 32.0, -25, 295):
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
        for t0 in poisson_times(rng, 1.7, ta, ta + 35):
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
    for t0 in poisson_times(rng, 4.5, -60, 295):
        pts = [(float(rng.uniform(-14, 30)), 1), (float(rng.uniform(-4, 4)), 54.5)]
        sc.add("person", path(pts, float(rng.uniform(1.0, 1.5)), t0))
    # people waiting at the bus stop from the start
    for _ in range(4):
        z = float(rng.uniform(20, 33))
        t = np.linspace(-1, 301, 30)
        sc.add("person", (t, -16.8 + 0.2 * np.sin(t / float(rng.uniform(5, 9))), z + 0.15 * np.cos(t / 6)),
               heading=np.pi)
    # taxis moving up the rank, a bus calling at the stop
    for t0 in poisson_times(rng, 30, -60, 290):
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
    for t0 in poisson_times(rng, 3.8, -90, 355):
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
