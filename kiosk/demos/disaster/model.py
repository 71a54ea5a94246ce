"""The disaster-response demo's model: incidents and their response phases, alert texts in the
visitor's language, gauges with their warning levels, response units and the board of active
incidents. No Qt here.

Everything asked per tick (``value``, ``level``, ``rain_total``, ``units_state``,
``active_by_type``, ``active_incidents``) is a binary search over arrays built once in
``__init__``; the work depends on the number of gauges, units and incident kinds, never on the
recording's length.

Rules
-----
* **Incidents** are the events of kinds flood, fire, missing_person, crowd, road_closure and
  evacuation, and every CAP alert (an event whose ``detail`` has an ``info`` list, as the CAP
  importer writes them, or a ``cap`` block, as the sample pack stores its flood warning).
* **Phases**: the four steps detected, dispatched, on_scene and resolved. A phase may be logged
  more than once (three units dispatched); the lane uses the *first* time of each. Where no
  "detected" phase is logged, the incident's start stands for it. ``phase_durations`` gives, in
  seconds, dispatched − detected, on_scene − dispatched and resolved − on_scene, for the pairs
  both logged.
* **Alert text** (``cap_text``): the visitor's language where the alert has it (matched by prefix:
  "es" finds "es-US"), else Korean, else English, else any; ``is_original`` says the visitor's
  language was missing.
* **Levels**: a water-level or crowd gauge's level at ``t`` is the highest threshold its value has
  reached (thresholds compared by value, so "design" above "severe"). A rain gauge's thresholds are
  accumulations ("warning_3h_mm": 90 mm in 3 hours): its level is the highest one whose window's
  total (the integral of the mm/h readings over the last N hours) has reached it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from kiosk import i18n
from kiosk.core.pack_reader import Event, Pack
from kiosk.core.streams import EventIndex, SeriesStream, TrackState, TrackStream
from kiosk.demos.packs import FromLibrary

T = np.int64
INCIDENT_KINDS = ("flood", "fire", "missing_person", "crowd", "road_closure", "evacuation")
PHASES = ("detected", "dispatched", "on_scene", "resolved")
UNIT_KINDS = ("fire_engine", "ambulance", "police_car", "rescue", "fire", "police")
_ACCUMULATION = re.compile(r"^([a-z]+)_(\d+)h_mm$")


@dataclass(frozen=True)
class Gauge:
    index: int  # the sensor's idx in the pack (its ``sensor`` in the series stream)
    id: str
    kind: str
    unit: str
    name: dict[str, str]
    lat: float | None
    lon: float | None
    thresholds: tuple[tuple[str, float], ...]  # (name, value) ascending; for rain: (level, mm) per window
    windows: tuple[tuple[str, int, float], ...] = ()  # rain: (level, hours, mm)


@dataclass(frozen=True)
class Unit:
    index: int  # the object's index in the pack (its slot in TrackState)
    id: str
    kind: str
    name: dict[str, str]


def is_alert(event: Event) -> bool:
    return isinstance(event.detail.get("info"), list) or isinstance(event.detail.get("cap"), dict)


class DisasterModel(FromLibrary):
    pack_kind = "disaster"

    def __init__(self, pack: Pack):
        self.pack = pack
        m = pack.manifest
        self.t_start, self.t_end = int(m.t_start), int(m.t_end)
        self.incidents: list[Event] = sorted(
            (e for e in pack.events if e.kind in INCIDENT_KINDS or is_alert(e)), key=lambda e: (e.t_start, e.id))
        self._by_id = {e.id: e for e in self.incidents}
        self.kinds: list[str] = [k for k in INCIDENT_KINDS if any(e.kind == k for e in self.incidents)]
        self.kinds += sorted({e.kind for e in self.incidents} - set(self.kinds))
        self.index = EventIndex([e.id for e in self.incidents],
                                np.array([e.t_start for e in self.incidents], T),
                                np.array([_end(e) for e in self.incidents], T))
        # -- per kind: sorted starts and ends, for counting the active ones with two searches
        self._starts = {k: np.sort(np.array([e.t_start for e in self.incidents if e.kind == k], T)) for k in self.kinds}
        self._ends = {k: np.sort(np.array([_end(e) for e in self.incidents if e.kind == k], T)) for k in self.kinds}

        # -- phases, read once
        self._phases: dict[str, list] = {}
        for p in pack.phases():
            self._phases.setdefault(p.event, []).append(p)
        for rows in self._phases.values():
            rows.sort(key=lambda p: (p.t, PHASES.index(p.phase) if p.phase in PHASES else 9))

        # -- gauges
        self.series_stream = SeriesStream.from_pack(pack)
        self.gauges: list[Gauge] = []
        for s in pack.sensors:
            thresholds = s.get("thresholds") or {}
            if not thresholds:
                continue
            plain, windows = [], []
            for name, value in thresholds.items():
                if not isinstance(value, (int, float)):
                    continue
                acc = _ACCUMULATION.match(name)
                if acc:
                    windows.append((acc.group(1), int(acc.group(2)), float(value)))
                else:
                    plain.append((name, float(value)))
            self.gauges.append(Gauge(int(s["idx"]), s["id"], s.get("kind") or "", s.get("unit") or "",
                                     dict(s.get("name") or {"und": s["id"]}), s.get("lat"), s.get("lon"),
                                     tuple(sorted(plain, key=lambda p: p[1])),
                                     tuple(sorted(windows, key=lambda w: (w[1], w[2])))))
        self._gauge = {g.index: g for g in self.gauges}
        self._gauge_by_id = {g.id: g for g in self.gauges}
        # cumulative rain (mm) at each reading of every rain gauge, for window totals
        self._cum: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for g in self.gauges:
            if g.windows:
                t, v = self.series_stream.samples(g.index)
                tf = t.astype(np.float64)
                steps = (v[1:] + v[:-1]) / 2.0 * np.diff(tf) / 3_600_000.0 if len(t) > 1 else np.empty(0)
                self._cum[g.index] = (tf, np.concatenate([[0.0], np.cumsum(steps)]))

        # -- response units
        self.tracks = TrackStream.from_pack(pack)
        self.units: list[Unit] = []
        for o in pack.objects:
            props = o.get("props") or {}
            name = props.get("name") if isinstance(props.get("name"), dict) else None
            self.units.append(Unit(int(o["idx"]), o["id"], o.get("kind") or "",
                                   dict(name or {"und": o.get("label") or o["id"]})))

    # ------------------------------------------------------------------ incidents
    def incident(self, event_id: str) -> Event:
        return self._by_id[event_id]

    def phases(self, event_id: str) -> list[tuple[str, int, str | None, str | None]]:
        return [(p.phase, int(p.t), p.agency, p.unit) for p in self._phases.get(event_id, [])]

    def phase_times(self, event_id: str) -> dict[str, int]:
        """The first time of each phase; "detected" falls back on the incident's start."""
        out: dict[str, int] = {}
        for phase, t, _agency, _unit in self.phases(event_id):
            if phase not in out or t < out[phase]:
                out[phase] = t
        event = self._by_id.get(event_id)
        if "detected" not in out and event is not None:
            out["detected"] = int(event.t_start)
        return {p: out[p] for p in PHASES if p in out}

    def phase_durations(self, event_id: str) -> dict[str, float]:
        times = self.phase_times(event_id)
        out = {}
        for before, after in zip(PHASES, PHASES[1:]):
            if before in times and after in times:
                out[after] = (times[after] - times[before]) / 1000.0
        return out

    def agencies(self, event_id: str) -> list[str]:
        found = {agency for _p, _t, agency, _u in self.phases(event_id) if agency}
        event = self._by_id.get(event_id)
        if event is not None:
            for unit in event.detail.get("units") or ():
                if isinstance(unit, dict) and unit.get("agency"):
                    found.add(str(unit["agency"]))
        return sorted(found)

    def cap_text(self, event: Event | str, lang: str | None = None) -> tuple[str, str, str, str | None, bool]:
        """(headline, description, instruction, language used, is_original) in ``lang`` (the
        visitor's by default), else Korean, else English, else any."""
        if isinstance(event, str):
            event = self._by_id[event]
        lang = lang or i18n.current_language()
        info = event.detail.get("info")
        if isinstance(info, list) and info:
            blocks = {}
            for block in info:
                if isinstance(block, dict):
                    blocks.setdefault(block.get("language") or "en-US", block)
            key, original = i18n.choose_language(list(blocks), lang)
            block = blocks[key]
            headline = block.get("headline") or block.get("event") or ""
            return (headline, block.get("description") or "", block.get("instruction") or "", key, original)
        cap = event.detail.get("cap")
        if isinstance(cap, dict):
            headline_names = cap.get("headline") or cap.get("event") or event.title or {}
            key, original = i18n.choose_language([k for k, v in headline_names.items() if v], lang)

            def field(name: str) -> str:
                names = cap.get(name) or {}
                if not isinstance(names, dict):
                    return str(names)
                if key in names and names[key]:
                    return names[key]
                other, _ = i18n.choose_language([k for k, v in names.items() if v], lang)
                return names[other] if other else ""

            return (headline_names.get(key, "") if key else "", field("description"), field("instruction"), key,
                    original)
        key, original = i18n.choose_language([k for k, v in (event.title or {}).items() if v], lang)
        return ((event.title or {}).get(key, "") if key else event.id, "", "", key, original)

    def active_incidents(self, t: int) -> list[str]:
        return self.index.active(t)

    def active_by_type(self, t: int) -> dict[str, int]:
        tt = T(t)
        return {k: int(np.searchsorted(self._starts[k], tt, "right") - np.searchsorted(self._ends[k], tt, "left"))
                for k in self.kinds}

    def board_series(self, step_s: int = 600) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        ts = np.arange(self.t_start, self.t_end + 1, max(1, int(step_s)) * 1000, dtype=T)
        return ts, {k: (np.searchsorted(self._starts[k], ts, "right") - np.searchsorted(self._ends[k], ts, "left"))
                    .astype(np.int64) for k in self.kinds}

    # ------------------------------------------------------------------ gauges
    def gauge(self, sensor_index: int) -> Gauge:
        return self._gauge[sensor_index]

    def gauge_by_id(self, sensor_id: str) -> Gauge | None:
        return self._gauge_by_id.get(sensor_id)

    def default_gauge(self) -> Gauge | None:
        """The gauge the flood alerts name (Ogeum Bridge in the sample), else the first water level."""
        for e in self.incidents:
            g = self._gauge_by_id.get(str(e.detail.get("sensor"))) if e.kind == "flood" else None
            if g is not None:
                return g
        for kind in ("water_level", "crowd"):
            for g in self.gauges:
                if g.kind == kind:
                    return g
        return next((g for g in self.gauges if not g.windows), None)

    def rain_gauge(self) -> Gauge | None:
        return next((g for g in self.gauges if g.kind == "rainfall"), None)

    def series(self, sensor_index: int) -> tuple[np.ndarray, np.ndarray]:
        return self.series_stream.samples(sensor_index)

    def value(self, sensor_index: int, t: int) -> float:
        return self.series_stream.value_at(sensor_index, t)

    def rain_total(self, sensor_index: int, t: int, hours: float) -> float:
        """Millimetres fallen in the ``hours`` before ``t`` (readings in mm/h, linear between)."""
        if sensor_index not in self._cum:
            t_, v = self.series(sensor_index)
            self._cum[sensor_index] = (t_.astype(np.float64), np.concatenate(
                [[0.0], np.cumsum((v[1:] + v[:-1]) / 2.0 * np.diff(t_.astype(np.float64)) / 3_600_000.0)])
                if len(t_) > 1 else np.zeros(len(t_)))
        tf, cum = self._cum[sensor_index]
        if len(tf) < 2:
            return 0.0
        a, b = float(t) - hours * 3_600_000.0, float(t)
        return float(np.interp(b, tf, cum) - np.interp(a, tf, cum))

    def level(self, sensor_index: int, t: int) -> str | None:
        """The highest threshold passed at ``t`` ("attention", "advisory", "warning", ...), or None."""
        g = self._gauge[sensor_index]
        if g.windows:
            rank = {"attention": 0, "advisory": 1, "warning": 2, "severe": 3}
            best = None
            for name, hours, mm in g.windows:
                if self.rain_total(sensor_index, t, hours) >= mm and (best is None or rank.get(name, 9) > rank.get(best, 9)):
                    best = name
            return best
        value = self.value(sensor_index, t)
        if not np.isfinite(value):
            return None
        best = None
        for name, limit in g.thresholds:
            if value >= limit:
                best = name
        return best

    def crossings(self, sensor_index: int) -> list[tuple[str, int]]:
        """When the readings first reach each threshold, (name, t ms) interpolated between readings."""
        g = self._gauge[sensor_index]
        t, v = self.series(sensor_index)
        out = []
        for name, limit in g.thresholds:
            above = np.nonzero(v >= limit)[0]
            if not len(above):
                continue
            i = int(above[0])
            if i == 0:
                out.append((name, int(t[0])))
                continue
            v0, v1 = float(v[i - 1]), float(v[i])
            frac = (limit - v0) / (v1 - v0) if v1 != v0 else 1.0
            out.append((name, int(t[i - 1] + (t[i] - t[i - 1]) * frac)))
        return out

    # ------------------------------------------------------------------ units
    def units_state(self, t: int) -> TrackState:
        return self.tracks.state_at(t)


def _end(event: Event) -> int:
    return int(event.t_end) if event.t_end is not None and event.t_end >= event.t_start else int(event.t_start)
