"""The autonomous-bus demo's model: vehicle cards, the day's figures and chart series. No Qt here.

Everything the view asks per tick (``state``, ``card``, ``figures``, ``events_between``) is
answered with binary searches over arrays built once in ``__init__``: the work depends on the
number of vehicles and on the events inside the asked window, never on the recording's length.
Only ``series`` samples the recording (for charts, once per view), and it is capped at
``MAX_SERIES_POINTS`` points.

Rules
-----
* **Delay and next stop** come from the pack's ``stop_arrival`` events (the samples have them;
  ``detail`` holds ``stop``, ``scheduled_ms``, ``delay_s`` and, where the timetable has the
  vehicle leave again, ``scheduled_departure_ms``). The delay is the one measured at the
  vehicle's latest arrival at or before ``t``, except while the vehicle is still standing at
  that stop past its scheduled departure: then it is late by at least that much (so a late
  departure reads as late while it happens, not only at the next stop). The next stop is the
  stop of the vehicle's first ``stop_arrival`` after ``t``: right in motion and while dwelling.
* A GTFS-made pack without ``stop_arrival`` events: a vehicle ``trip:<trip_id>`` whose trip is
  in the schedule was synthesised *on* the timetable, so its delay is 0 and its next stop is
  the first scheduled stop whose arrival is after ``t`` (arrival rather than departure, so a
  vehicle standing at a stop already names the stop it goes to next). Any other vehicle: None.
* **trips_run**: with ``stop_arrival`` events, a completed round trip is an arrival back at the
  stop where the vehicle began its day (the ``stop`` column of its first track sample); the
  samples' shuttles start and end every round trip at the City Information Center. Without
  them, a GTFS trip vehicle counts once when its last track time (its last scheduled arrival)
  falls in the window.
* **on_time_share**: the share of ``stop_arrival`` events in the window within ``ON_TIME_S`` of
  the timetable, early or late. None when there are none, including GTFS-synthesised vehicles:
  they run on the timetable by construction, so there is no measured punctuality to show (a
  "100 % on time" there would be a figure nobody measured).
* **manual_takeovers**: ``manual_takeover`` events starting in the window.
* **km_driven**: the distance along every vehicle's track in the window (haversine between
  successive samples, interpolated at the window's ends).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kiosk.core.clock import ReplayClock
from kiosk.core.pack_reader import Event, Pack
from kiosk.core.streams import EventIndex, TrackState, TrackStream
from kiosk.demos.packs import FromLibrary

T = np.int64
EARTH_M = 6_371_008.8
MAX_SERIES_POINTS = 2000


@dataclass(frozen=True)
class Vehicle:
    index: int  # the object's index in the pack (its ``obj`` in the tracks stream, its slot in TrackState)
    id: str
    name: dict[str, str]
    seats: int | None


@dataclass(frozen=True)
class Stop:
    index: int  # position among the pack's stop features (the ``stop`` track column)
    id: str
    name: dict[str, str]
    lat: float
    lon: float


@dataclass(frozen=True)
class VehicleCard:
    vehicle: Vehicle
    active: bool
    lat: float
    lon: float
    bearing: float
    speed_kmh: float
    passengers: int | None
    next_stop: Stop | None
    delay_s: int | None  # >0 late, <0 early, None unknown


@dataclass(frozen=True)
class Figures:
    trips_run: int
    on_time_share: float | None
    manual_takeovers: int
    km_driven: float


def _haversine(lat0, lon0, lat1, lon1) -> np.ndarray:
    p0, p1 = np.radians(lat0), np.radians(lat1)
    dp, dl = p1 - p0, np.radians(np.asarray(lon1) - np.asarray(lon0))
    a = np.sin(dp / 2) ** 2 + np.cos(p0) * np.cos(p1) * np.sin(dl / 2) ** 2
    return 2 * EARTH_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


class _Arrivals:
    """One vehicle's stop_arrival events as sorted arrays."""

    def __init__(self, events: list[Event]):
        events = sorted(events, key=lambda e: (e.t_start, e.id))
        self.t = np.array([e.t_start for e in events], T)
        self.t_end = np.array([e.t_end if e.t_end is not None else e.t_start for e in events], T)
        self.stop = np.array([int(e.detail.get("stop", -1)) for e in events], np.int64)
        self.delay = [e.detail.get("delay_s") for e in events]
        self.leave = [e.detail.get("scheduled_departure_ms") for e in events]


class _Timetable:
    """A synthesised GTFS trip: scheduled arrivals (ms UTC) and their stop indices."""

    def __init__(self, arrivals_ms: np.ndarray, stops: np.ndarray):
        self.arrival = arrivals_ms
        self.stop = stops


class BusModel(FromLibrary):
    pack_kind = "bus"

    #: An arrival within 2 minutes of the timetable, early or late, counts as on time. The
    #: shuttles run a ~50-minute round trip through ten signalised junctions each way, so a
    #: minute or two of red lights is ordinary service, not lateness. Tighter, every red light
    #: would read as a failure; looser, the late departure and the slow passages past the road
    #: works (3 to 6 minutes) would no longer stand out.
    ON_TIME_S = 120

    def __init__(self, pack: Pack):
        self.pack = pack
        m = pack.manifest
        self.tracks = TrackStream.from_pack(pack)
        self.events: list[Event] = list(pack.events)
        self.event_index = EventIndex.from_pack(pack)
        self._by_id = {e.id: e for e in self.events}
        self.clock = ReplayClock(m.t_start, m.t_end)

        objects = pack.objects
        buses = [o for o in objects if o["kind"] == "bus"] or list(objects)
        self.vehicles: list[Vehicle] = []
        for o in buses:
            props = o.get("props") or {}
            name = props.get("name") if isinstance(props.get("name"), dict) else None
            if not name:
                name = {"und": o.get("label") or o["id"]}
            seats = props.get("seats")
            self.vehicles.append(Vehicle(int(o["idx"]), o["id"], dict(name),
                                         int(seats) if isinstance(seats, (int, float)) else None))
        self._vehicle = {v.index: v for v in self.vehicles}
        self._obj_index = {o["id"]: int(o["idx"]) for o in objects}

        self.stops: list[Stop] = []
        for f in pack.features:
            if f.layer != "stop" or f.geometry.get("type") != "Point":
                continue
            lon, lat = f.geometry["coordinates"][:2]
            self.stops.append(Stop(len(self.stops), f.id, dict(f.name or {"und": f.id}), float(lat), float(lon)))
        stop_by_id = {s.id: s for s in self.stops}

        # -- per-vehicle track samples: times, cumulative distance, first stop
        self._t: dict[int, np.ndarray] = {}
        self._cum: dict[int, np.ndarray] = {}
        self._home: dict[int, int] = {}
        for v in self.vehicles:
            s = self.tracks.samples(v.index)
            self._t[v.index] = s["t"]
            if len(s["t"]) > 1:
                step = _haversine(s["lat"][:-1], s["lon"][:-1], s["lat"][1:], s["lon"][1:])
                self._cum[v.index] = np.concatenate([[0.0], np.cumsum(step)])
            else:
                self._cum[v.index] = np.zeros(len(s["t"]))
            self._home[v.index] = int(s["stop"][0]) if len(s["stop"]) else -1

        # -- events by kind (sorted starts), arrivals by vehicle
        def starts(kind: str) -> np.ndarray:
            return np.sort(np.array([e.t_start for e in self.events if e.kind == kind], T))

        self._takeovers = starts("manual_takeover")
        arrivals = [e for e in self.events if e.kind == "stop_arrival" and e.object in self._obj_index]
        self._arrivals = {v.index: _Arrivals([e for e in arrivals if e.object == v.id]) for v in self.vehicles}
        arrivals.sort(key=lambda e: (e.t_start, e.id))
        self._arr_t = np.array([e.t_start for e in arrivals], T)
        delays = [e.detail.get("delay_s") for e in arrivals]
        known = np.array([d is not None for d in delays], bool)
        on_time = np.array([d is not None and abs(d) <= self.ON_TIME_S for d in delays], bool)
        self._arr_known = np.concatenate([[0], np.cumsum(known)])
        self._arr_on_time = np.concatenate([[0], np.cumsum(on_time)])
        home = np.array([self._home.get(self._obj_index[e.object], -2) for e in arrivals], np.int64)
        stops = np.array([int(e.detail.get("stop", -1)) for e in arrivals], np.int64)
        self._round_trip_ends = np.sort(self._arr_t[(stops == home) & (stops >= 0)]) if len(arrivals) else \
            np.empty(0, T)
        self.has_arrivals = bool(len(arrivals))

        # -- GTFS trips synthesised on the timetable
        self._timetable: dict[int, _Timetable] = {}
        if m.source == "gtfs":
            rows: dict[str, list[tuple]] = {}
            for row in pack.schedule():
                rows.setdefault(row[0], []).append(row)
            for v in self.vehicles:
                if not v.id.startswith("trip:") or not len(self._t[v.index]):
                    continue
                trip = rows.get(v.id[len("trip:"):])
                if not trip:
                    continue
                placed = [r for r in sorted(trip, key=lambda r: r[3])
                          if "stop:" + r[4] in stop_by_id and r[5] is not None and r[6] is not None]
                if not placed:
                    continue
                # The synthesised track starts at the first placed stop's departure: that gives the service day.
                base = int(self._t[v.index][0]) - int(placed[0][6]) * 1000
                self._timetable[v.index] = _Timetable(
                    np.array([base + int(r[5]) * 1000 for r in placed], T),
                    np.array([stop_by_id["stop:" + r[4]].index for r in placed], np.int64))
        self._trip_ends = np.sort(np.array([int(self._t[i][-1]) for i in self._timetable], T))

    # ------------------------------------------------------------------ per tick

    def state(self, t: int) -> TrackState:
        return self.tracks.state_at(t)

    def vehicle(self, index: int) -> Vehicle:
        try:
            return self._vehicle[index]
        except KeyError:
            raise IndexError(f"no vehicle with index {index}") from None

    def card(self, index: int, t: int, state: TrackState | None = None) -> VehicleCard:
        """The card of vehicle ``index`` (its object index) at ``t``; pass ``state`` to reuse a tick's."""
        v = self.vehicle(index)
        st = state if state is not None and state.t == t else self.tracks.state_at(t)
        pax = int(st.passengers[index])
        speed = float(st.speed[index])
        next_stop, delay = self._schedule_position(index, int(t))
        return VehicleCard(v, bool(st.active[index]), float(st.lat[index]), float(st.lon[index]),
                           float(st.bearing[index]), speed if math.isfinite(speed) else 0.0,
                           pax if pax >= 0 else None, next_stop, delay)

    def _schedule_position(self, index: int, t: int) -> tuple[Stop | None, int | None]:
        arr = self._arrivals.get(index)
        if arr is not None and len(arr.t):
            i = int(np.searchsorted(arr.t, T(t), "right"))  # arrivals at or before t: [0, i)
            nxt = self._stop(int(arr.stop[i])) if i < len(arr.t) else None
            delay = None
            if i > 0:
                d = arr.delay[i - 1]
                delay = None if d is None else int(d)
                leave = arr.leave[i - 1]
                if leave is not None and leave < t <= int(arr.t_end[i - 1]):  # still there after its time
                    delay = max(delay if delay is not None else 0, (t - int(leave)) // 1000)
            return nxt, delay
        table = self._timetable.get(index)
        if table is not None:
            j = int(np.searchsorted(table.arrival, T(t), "right"))
            return (self._stop(int(table.stop[j])) if j < len(table.stop) else None), 0
        return None, None

    def _stop(self, i: int) -> Stop | None:
        return self.stops[i] if 0 <= i < len(self.stops) else None

    # ------------------------------------------------------------------ figures

    def figures(self, t0: int, t1: int) -> Figures:
        t0, t1 = T(min(t0, t1)), T(max(t0, t1))

        def count(times: np.ndarray) -> int:
            return int(np.searchsorted(times, t1, "right") - np.searchsorted(times, t0, "left"))

        if self.has_arrivals:
            trips = count(self._round_trip_ends)
            a = int(np.searchsorted(self._arr_t, t0, "left"))
            b = int(np.searchsorted(self._arr_t, t1, "right"))
            known = int(self._arr_known[b] - self._arr_known[a])
            share = (int(self._arr_on_time[b] - self._arr_on_time[a]) / known) if known else None
        else:
            trips = count(self._trip_ends)
            share = None
        km = sum(self._distance(v.index, t0, t1) for v in self.vehicles) / 1000.0
        return Figures(trips, share, count(self._takeovers), km)

    def _distance(self, index: int, t0, t1) -> float:
        return self._odometer(index, t1) - self._odometer(index, t0)

    def _odometer(self, index: int, t) -> float:
        """Metres covered by vehicle ``index`` up to ``t`` (linear between samples)."""
        times, cum = self._t[index], self._cum[index]
        n = len(times)
        if n == 0:
            return 0.0
        i = int(np.searchsorted(times, T(t), "right"))
        if i == 0:
            return 0.0
        if i >= n:
            return float(cum[-1])
        ta, tb = int(times[i - 1]), int(times[i])
        frac = (int(t) - ta) / (tb - ta) if tb > ta else 0.0
        return float(cum[i - 1] + (cum[i] - cum[i - 1]) * frac)

    # ------------------------------------------------------------------ charts

    def series(self, index: int | None, t0: int, t1: int, step_s: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(t ms, speed km/h, passengers) every ``step_s`` from t0 to t1, for one vehicle or the fleet.

        The fleet's speed is the mean over the vehicles active at each time, its passengers the
        total on board; NaN where no vehicle is active (or no count is known). A vehicle's own
        values are NaN where it is not active. A step that would give more than
        MAX_SERIES_POINTS points is coarsened to fit.
        """
        t0, t1 = int(min(t0, t1)), int(max(t0, t1))
        step_ms = max(1, int(step_s)) * 1000
        if (t1 - t0) // step_ms + 1 > MAX_SERIES_POINTS:
            step_ms = math.ceil((t1 - t0) / (MAX_SERIES_POINTS - 1) / 1000) * 1000
        ts = np.arange(t0, t1 + 1, step_ms, dtype=T)
        indices = [v.index for v in self.vehicles] if index is None else [self.vehicle(index).index]
        speed_sum = np.zeros(len(ts))
        active_n = np.zeros(len(ts), np.int64)
        pax_sum = np.zeros(len(ts))
        pax_n = np.zeros(len(ts), np.int64)
        for k in indices:
            active, speed, pax = self._sample(k, ts)
            speed_sum += np.where(active & np.isfinite(speed), speed, 0.0)
            active_n += active & np.isfinite(speed)
            known = active & (pax >= 0)
            pax_sum += np.where(known, pax, 0)
            pax_n += known
        with np.errstate(invalid="ignore", divide="ignore"):
            speed = np.where(active_n > 0, speed_sum / np.maximum(active_n, 1), np.nan)
        passengers = np.where(pax_n > 0, pax_sum, np.nan)
        return ts, speed, passengers

    def _sample(self, k: int, ts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """TrackStream.state_at's rules for one object, vectorised over many times."""
        s = self.tracks.samples(k)
        times = s["t"]
        n = len(times)
        if n == 0:
            z = np.zeros(len(ts))
            return np.zeros(len(ts), bool), z, np.full(len(ts), -1)
        idx = np.searchsorted(times, ts, "right")
        has_prev, has_next = idx > 0, idx < n
        i0 = np.where(has_prev, idx - 1, 0)
        i1 = np.where(has_next, idx, n - 1)
        t0, t1 = times[i0], times[i1]
        span = (t1 - t0).astype(np.float64)
        frac = np.where(span > 0, (ts - t0) / np.where(span > 0, span, 1), 0.0).clip(0, 1)
        active = has_prev & ((has_next & (span <= self.tracks.gap_ms)) | (~has_next & (ts - t0 <= self.tracks.hold_ms)))
        sp = s["speed"].astype(np.float64)
        speed = sp[i0] + (sp[i1] - sp[i0]) * frac
        return active, speed, s["passengers"][i0]

    # ------------------------------------------------------------------ events

    def events_between(self, t0: int, t1: int, kinds=None) -> list[Event]:
        """Events whose span overlaps [t0, t1], in start order; ``kinds`` filters by kind."""
        t0, t1 = min(t0, t1), max(t0, t1)
        ix = self.event_index
        hi = int(np.searchsorted(ix.t_start, T(t1), "right"))
        lo = int(np.searchsorted(ix.t_start, T(t0 - ix.longest), "left"))
        wanted = None if kinds is None else ({kinds} if isinstance(kinds, str) else set(kinds))
        out = []
        for i in range(lo, hi):
            if ix.t_end[i] < t0:
                continue
            event = self._by_id[ix.ids[i]]
            if wanted is None or event.kind in wanted:
                out.append(event)
        return out
