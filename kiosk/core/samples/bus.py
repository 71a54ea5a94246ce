"""The "ansan-autonomous-bus" sample: three shuttles on Ansan's pilot route for a day. No Qt here.

DOMAIN.md lists the pilot zone's places (City Information Center in Sa-dong, Hanyang University
ERICA main gate, KTL, Ansan Lake Park, Wonsi, Siu and Choji stations) and says no ridership has
been published, so the service itself is simulated: shuttles go out to Choji and back, dwell at
every stop, wait at red lights, never exceed 40 km/h, and carry at most their seats.

Each shuttle is driven by a speed profile (bounded acceleration and braking, slower through
turns) integrated along the route and sampled at 1 Hz, so positions, speeds and dwell agree.
The events (an obstacle stop, manual takeovers, a late departure) are built into that motion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np

from kiosk.core.pack import PackWriter
from kiosk.core.samples import geo
from kiosk.core.samples.basemap import ANSAN_ROUTE, ANSAN_STOPS, STOP_ESTIMATED, add_ansan_basemap
from kiosk.core.samples.geo import local_ms
from kiosk.core.samples.notes.bus import NOTES
from kiosk.core.samples.text import (BUS_EVENT, BUS_IN_SENTENCE, BUS_LABEL, BUS_SUMMARY, BUS_TITLE, CH_BUS, ROUTE_NAME,
                                     STOP, clock, fmt, minutes, number)

DAY = date(2026, 5, 13)  # a Wednesday
PACK_ID = "ansan-autonomous-bus"
SEATS = 15
MAX_KMH = 40.0
CRUISE_KMH = 38.0
HEADWAY_MIN = 18
SERVICE_START = (10, 0)
SERVICE_END = (17, 0)
#: Mean boardings per visit at each stop, and the share of riders leaving there (outbound, inbound).
BOARD = np.array([1.5, 1.2, 0.4, 0.7, 0.6, 0.5, 1.1])
ALIGHT = np.array([1.0, 0.35, 0.15, 0.3, 0.35, 0.3, 1.0])
#: Route vertices (outbound) with traffic lights.
SIGNALS = (1, 3, 5, 9, 10, 11, 13, 14, 16, 17)


@dataclass
class Special:
    """Something built into one leg of one trip."""

    kind: str  # "obstacle", "takeover", "late"
    bus: int
    trip: int
    leg: int  # index of the leg within the trip (0..11)
    frac: float = 0.5  # where along the leg
    length_m: float = 0.0  # takeover zone length
    v_kmh: float = 0.0  # takeover speed
    hold_s: float = 0.0  # obstacle stop or late departure
    variant: str = ""
    # filled in by the simulation
    t_start: float = 0.0
    t_end: float = 0.0
    s: float = 0.0


@dataclass
class Run:
    t: list = field(default_factory=list)  # knots: seconds since midnight
    s: list = field(default_factory=list)  # odometer along the repeated out-and-back path
    v: list = field(default_factory=list)  # m/s
    pax: list = field(default_factory=list)  # (t, count)
    stops: list = field(default_factory=list)  # (t, stop index)
    visits: list = field(default_factory=list)  # [trip, position in the trip, stop index, arrival s, departure s]
    boardings: int = 0
    trips: int = 0

    def passengers(self, t: float, count: int) -> None:
        self.pax.append((max(t, self.pax[-1][0] + 1e-3) if self.pax else t, count))

    def knot(self, t: float, s: float, v: float) -> None:
        if self.t and t <= self.t[-1] + 1e-6:
            if abs(s - self.s[-1]) < 1e-6:
                return
            t = self.t[-1] + 1e-3
        self.t.append(t)
        self.s.append(s)
        self.v.append(v)


def build(path: Path, rng: np.random.Generator, created: str) -> Path:
    w = PackWriter(path, id=PACK_ID, kind="bus", timezone="Asia/Seoul", title=BUS_TITLE, summary=BUS_SUMMARY,
                   source="sample")
    w.manifest.created = created
    add_ansan_basemap(w)

    out = geo.Polyline.of(ANSAN_ROUTE)
    full = out.joined(out.reversed())
    L = out.length
    stop_out = [out.project(*p) for p in ANSAN_STOPS]
    # stop positions along one out-and-back trip, with their stop index
    seq = [(stop_out[i], i) for i in range(7)] + [(2 * L - stop_out[i], i) for i in range(5, -1, -1)]
    signal_s = sorted([out.s[i] for i in SIGNALS] + [2 * L - out.s[i] for i in SIGNALS])

    w.add_feature("route", geo.line(ANSAN_ROUTE), id="route-ansan-pilot", kind="autonomous_shuttle", name=ROUTE_NAME,
                  props={"length_km": round(L / 1000, 2), "round_trip_km": round(2 * L / 1000, 2),
                         "stops": [f"stop-{i}" for i in range(7)], "max_speed_kmh": MAX_KMH, "estimate": True})
    for i, (lat, lon) in enumerate(ANSAN_STOPS):
        w.add_feature("stop", geo.point(lat, lon), id=f"stop-{i}", kind="bus_stop", name=STOP[i][0],
                      props={"index": i, "estimate": STOP_ESTIMATED[i]})

    day0 = local_ms(DAY, 0)
    start_s = SERVICE_START[0] * 3600 + SERVICE_START[1] * 60
    end_s = SERVICE_END[0] * 3600 + SERVICE_END[1] * 60
    cycle = 3 * HEADWAY_MIN * 60
    specials = [
        Special("obstacle", bus=0, trip=1, leg=4, frac=0.42, hold_s=float(rng.integers(16, 26)), variant="scooter"),
        Special("takeover", bus=1, trip=3, leg=3, frac=0.55, length_m=520, v_kmh=14, variant="works"),
        Special("late", bus=2, trip=4, leg=0, hold_s=6 * 60),
        Special("obstacle", bus=2, trip=5, leg=9, frac=0.5, hold_s=float(rng.integers(12, 20)), variant="pedestrian"),
        Special("takeover", bus=0, trip=6, leg=7, frac=0.35, length_m=140, v_kmh=10, variant="truck"),
    ]

    runs = []
    for k in range(3):
        run = Run()
        first = start_s + k * HEADWAY_MIN * 60
        run.knot(first - 6 * 60, 0.0, 0.0)  # waiting at the City Information Center before service
        run.passengers(first - 6 * 60, 0)
        run.stops.append((first - 6 * 60, 0))
        onboard = 0
        trip = 0
        t = first - 6 * 60
        while True:
            scheduled = first + trip * cycle
            if scheduled + cycle - 4 * 60 > end_s:
                break
            base = trip * 2 * L
            late = next((sp for sp in specials if sp.kind == "late" and sp.bus == k and sp.trip == trip), None)
            depart = max(scheduled, t + 60) + (late.hold_s if late else 0)
            if late:
                late.t_start, late.t_end, late.s = float(scheduled), float(depart), 0.0
            if run.visits:  # the bus leaves the terminal it came back to
                run.visits[-1][4] = depart
            # boarding at the terminal happens while waiting
            board = min(SEATS, int(rng.poisson(BOARD[0] * _hour_factor(depart))))
            onboard = board
            run.boardings += board
            run.passengers(depart - 20, onboard)
            run.knot(depart, base, 0.0)
            t = depart
            trip_seq = seq
            v_trip = CRUISE_KMH / 3.6 * rng.uniform(0.9, 1.0)
            for leg in range(len(trip_seq) - 1):
                a = trip_seq[leg][0]
                b, idx = trip_seq[leg + 1]
                sp_leg = [sp for sp in specials if sp.bus == k and sp.trip == trip and sp.leg == leg
                          and sp.kind in ("obstacle", "takeover")]
                holds = [(s_sig, float(rng.uniform(15, 55))) for s_sig in signal_s
                         if a + 15 < s_sig < b - 15 and rng.random() < 0.4]
                for sp in sp_leg:
                    sp.s = a + sp.frac * (b - a)
                    if sp.kind == "obstacle":
                        holds.append((sp.s, sp.hold_s))
                holds.sort()
                cuts = [a] + [h[0] for h in holds] + [b]
                waits = [h[1] for h in holds] + [0.0]
                for c0, c1, wait, hold in zip(cuts[:-1], cuts[1:], waits, holds + [None]):
                    zones = [(sp.s, sp.s + sp.length_m, sp.v_kmh / 3.6, sp) for sp in sp_leg if sp.kind == "takeover"]

                    def limit(grid, c0=c0, zones=zones):
                        lim = full.corner_limits(grid + c0, v_trip, 4.5)
                        for z0, z1, vz, _ in zones:  # a few metres of margin: slow before, until clear
                            inside = (grid + c0 >= z0 - 4) & (grid + c0 <= z1 + 4)
                            lim[inside] = np.minimum(lim[inside], vz)
                        return lim

                    tk, sk, vk = geo.traverse(c1 - c0, limit, accel=0.8, decel=1.1, ds=2.0)
                    for z0, z1, _, sp in zones:
                        if c0 <= z0 < c1:
                            sp.t_start = t + float(np.interp(z0 - c0, sk, tk))
                        if z0 < c1 and z1 > c0:  # the zone may run past a red light
                            sp.t_end = t + float(np.interp(min(z1, c1) - c0, sk, tk))
                    for tt, ss, vv in zip(tk[1:], sk[1:], vk[1:]):
                        run.knot(t + float(tt), base + c0 + float(ss), float(vv))
                    t += float(tk[-1])
                    if hold is not None:
                        obstacle = next((sp for sp in sp_leg if sp.kind == "obstacle" and abs(sp.s - c1) < 1e-6), None)
                        if obstacle is not None:
                            obstacle.t_start, obstacle.t_end = t, t + wait
                        t += wait
                        run.knot(t, base + c1, 0.0)
                # at the stop
                run.stops.append((t, idx))
                run.visits.append([trip, leg + 1, idx, t, t])
                terminal = leg == len(trip_seq) - 2
                if terminal or idx == 6:
                    alight = onboard
                else:
                    alight = int(rng.binomial(onboard, ALIGHT[idx]))
                onboard -= alight
                board = 0 if terminal else min(SEATS - onboard, int(rng.poisson(BOARD[idx] * _hour_factor(t))))
                onboard += board
                run.boardings += board
                dwell = max(15.0, 10 + 3.0 * (alight + board)) + (float(rng.uniform(60, 120)) if idx == 6 else 0.0)
                run.passengers(t + min(dwell / 2, 20), onboard)
                if not terminal:
                    t += dwell
                    run.knot(t, base + b, 0.0)
                    run.visits[-1][4] = t
            trip += 1
            run.trips += 1
        # after the last trip, the shuttle stays a few minutes at the terminal, then the recording ends
        t += 5 * 60
        run.knot(t, trip * 2 * L, 0.0)
        if run.visits:
            run.visits[-1][4] = t
        runs.append(run)

    total_km = 0.0
    for k, run in enumerate(runs):
        obj = f"bus-{k + 1}"
        label = f"Shuttle {k + 1}"
        w.add_object(obj, "bus", label, props={"name": fmt(BUS_LABEL, k=k + 1), "seats": SEATS,
                                               "max_speed_kmh": MAX_KMH,
                                               "automation": "Level 3 with a safety driver (simulated)"})
        T = np.asarray(run.t)
        S = np.asarray(run.s)
        V = np.asarray(run.v)
        ticks = np.arange(np.ceil(T[0]), np.floor(T[-1]) + 1, 1.0)
        s = np.interp(ticks, T, S)
        v = np.interp(ticks, T, V)
        lat, lon, bearing = full.at(np.mod(s, 2 * L))
        pt, pc = np.array(run.pax, float).T
        passengers = pc[np.clip(np.searchsorted(pt, ticks, "right") - 1, 0, None)].astype(np.int32)
        st, si = np.array(run.stops, float).T
        stop = si[np.clip(np.searchsorted(st, ticks, "right") - 1, 0, None)].astype(np.int32)
        speed = np.minimum(v * 3.6, MAX_KMH)
        w.add_track(obj, day0 + (ticks * 1000).astype(np.int64), lat, lon, bearing=bearing, speed=speed,
                    passengers=passengers, stop=stop)
        total_km += float(S[-1]) / 1000

    # ---------------------------------------------------------------- events
    chapters = []
    for n, sp in enumerate(specials):
        k = sp.bus
        obj = f"bus-{k + 1}"
        lat, lon, _ = full.at(np.mod(sp.s, 2 * L))
        lat, lon = float(lat), float(lon)
        near = STOP[_nearest_stop(sp.s, seq, L)][1]
        label = fmt(BUS_LABEL, k=k + 1)
        t0, t1 = day0 + int(sp.t_start * 1000), day0 + int(sp.t_end * 1000)
        if sp.kind == "obstacle":
            eid, kind = f"obstacle-{n}", "obstacle_stop"
            title = fmt(BUS_EVENT[f"obstacle_{sp.variant}"], label=label, near=near)
            detail = {"object_detected": "kick_scooter" if sp.variant == "scooter" else "person",
                      "stopped_s": round(sp.hold_s), "resumed": "automatically"}
        elif sp.kind == "takeover":
            eid, kind = f"takeover-{n}", "manual_takeover"
            title = fmt(BUS_EVENT[f"takeover_{sp.variant}"], label=label, near=near)
            detail = {"reason": "road works" if sp.variant == "works" else "double-parked truck",
                      "manual_m": round(sp.length_m), "manual_s": round(sp.t_end - sp.t_start),
                      "speed_limit_kmh": sp.v_kmh}
        else:
            eid, kind = f"late-{n}", "late_departure"
            title = fmt(BUS_EVENT["late_departure"], label=label, mins=minutes(round(sp.hold_s / 60)))
            detail = {"delay_s": round(sp.hold_s), "reason": "wheelchair boarding assistance", "stop": "stop-0"}
        w.add_event(eid, kind, t0, t_end=max(t0, t1), severity="Minor", lat=lat, lon=lon, title=title, detail=detail,
                    object=obj)
        bus = fmt(BUS_IN_SENTENCE, k=k + 1)
        time = _at(day0, sp.t_start)
        if sp.kind == "obstacle" and sp.variant == "scooter":
            caption = fmt(CH_BUS["obstacle"], time=time, bus=bus, near=near, s=str(round(sp.hold_s)))
            notes = fmt(NOTES["obstacle"], s=str(round(sp.hold_s)))
        elif sp.kind == "takeover" and sp.variant == "works":
            manual_min = max(1, round((sp.t_end - sp.t_start) / 60))
            caption = fmt(CH_BUS["takeover"], time=time, near=near, mins=minutes(manual_min))
            notes = fmt(NOTES["takeover"], mins=minutes(manual_min))
        elif sp.kind == "late":
            caption = fmt(CH_BUS["late"], time=time, bus=bus, mins=minutes(round(sp.hold_s / 60)))
            notes = fmt(NOTES["late"], mins=minutes(round(sp.hold_s / 60)))
        else:
            continue
        chapters.append((t0 - 90_000, t1 + 150_000, caption, ["map", "events"], {"event": eid, "object": obj}, notes))

    _add_arrivals(w, runs, day0, start_s, cycle)

    first = day0 + start_s * 1000
    chapters.append((first - 3 * 60_000, first + 2 * HEADWAY_MIN * 60_000 + 5 * 60_000,
                     fmt(CH_BUS["start"], time=clock(*SERVICE_START), mins=minutes(HEADWAY_MIN),
                         km=number(2 * L / 1000, 1)),
                     ["map"], {"object": "bus-1"}, fmt(NOTES["start"], mins=minutes(HEADWAY_MIN))))
    noon = local_ms(DAY, 12)
    chapters.append((noon - 5 * 60_000, noon + 10 * 60_000, CH_BUS["noon"], ["map"], {"route": "route-ansan-pilot"},
                     NOTES["noon"]))
    last = day0 + int(max(r.t[-1] for r in runs) * 1000)
    trips, km = str(sum(r.trips for r in runs)), number(total_km, 0)
    chapters.append((last - 40 * 60_000, last,
                     fmt(CH_BUS["end"], time=_at(day0, max(r.t[-1] for r in runs) - 5 * 60), trips=trips, km=km,
                         riders=str(sum(r.boardings for r in runs))),
                     ["map"], {"route": "route-ansan-pilot"}, fmt(NOTES["end"], trips=trips, km=km)))
    for t0, t1, caption, panels, focus, notes in sorted(chapters, key=lambda c: c[0]):
        w.add_chapter(t0, t1, caption, panels, focus, notes)
    return w.finish()


def _add_arrivals(w: PackWriter, runs: list[Run], day0: int, start_s: int, cycle: int) -> None:
    """One "stop_arrival" event per arrival of a shuttle at a stop, with its delay on the timetable.

    The timetable is the operator's plan: trip ``n`` of shuttle ``k`` leaves the City Information
    Center at ``start + k * headway + n * cycle``, and reaches the ``p``-th stop of the round trip
    a fixed running time later. That running time is the day's median (rounded to 10 s), as a
    planner would set it from past runs, so a shuttle held by red lights is a little late, one
    that caught green waves a little early, and the late departure and the slow passages past
    the obstacle and the road works show as real delays on the following stops.
    ``scheduled_departure_ms`` is when the timetable has the shuttle leave that stop again (at
    the terminal: the next trip's start; absent after the day's last trip).
    """
    arrive: dict[int, list[float]] = {}
    leave: dict[int, list[float]] = {}
    for k, run in enumerate(runs):
        for trip, pos, _idx, t_arr, t_dep in run.visits:
            start = start_s + k * HEADWAY_MIN * 60 + trip * cycle
            arrive.setdefault(pos, []).append(t_arr - start)
            leave.setdefault(pos, []).append(t_dep - start)
    plan = {pos: round(float(np.median(v)) / 10) * 10 for pos, v in arrive.items()}
    plan_leave = {pos: round(float(np.median(v)) / 10) * 10 for pos, v in leave.items()}
    last_pos = max(plan)
    for k, run in enumerate(runs):
        obj = f"bus-{k + 1}"
        first = start_s + k * HEADWAY_MIN * 60
        for n, (trip, pos, idx, t_arr, t_dep) in enumerate(run.visits):
            scheduled = first + trip * cycle + plan[pos]
            detail = {"stop": idx, "trip": trip, "scheduled_ms": day0 + scheduled * 1000,
                      "delay_s": int(round(t_arr - scheduled))}
            if pos < last_pos:
                detail["scheduled_departure_ms"] = day0 + (first + trip * cycle + plan_leave[pos]) * 1000
            elif n + 1 < len(run.visits):  # back at the terminal: the next trip's start
                detail["scheduled_departure_ms"] = day0 + (first + (trip + 1) * cycle) * 1000
            lat, lon = ANSAN_STOPS[idx]
            w.add_event(f"arrival-{obj}-{n}", "stop_arrival", day0 + int(round(t_arr * 1000)),
                        t_end=day0 + int(round(t_dep * 1000)), severity="Unknown", lat=lat, lon=lon,
                        title=STOP[idx][0], object=obj, detail=detail)


def _hour_factor(t_s: float) -> float:
    """More riders at lunchtime and after classes end at ERICA."""
    h = t_s / 3600
    return 0.8 + 0.5 * np.exp(-((h - 12.3) / 0.8) ** 2) + 0.6 * np.exp(-((h - 16.0) / 0.9) ** 2)


def _nearest_stop(s: float, seq, L: float) -> int:
    s = float(np.mod(s, 2 * L))
    return min(seq, key=lambda item: abs(item[0] - s))[1]


def _at(day0: int, t_s: float) -> str:
    return clock(*geo.hhmm(day0 + int(t_s * 1000)))
