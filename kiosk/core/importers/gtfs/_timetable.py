"""What a GTFS feed says, read and checked: the agency, stops, routes, trips with their stop
times, the service calendars and the shapes, and the path each trip's vehicle follows. No Qt here.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs._feed import (
    EXPECT_EXCEPTION,
    EXPECT_FLAG,
    EXPECT_LOCATION_TYPE,
    EXPECT_TZ,
    FIT_M,
    REQUIRED_FILES,
    SAME_PLACE_M,
    WEEKDAYS,
    _COLOR,
    _Path,
    _Shape,
    _Source,
    _Trip,
    _Warnings,
    _choice,
    _coordinate,
    _cumulative,
    _date,
    _fault_duplicate,
    _fault_missing_file,
    _fault_undefined,
    _fault_value,
    _haversine,
    _integer,
    _optional_float,
    _parse_csv,
    _required,
    _seconds,
)
from kiosk.core.importers.gtfs._motion import _project
from kiosk.core.importers.gtfs._stop_times import _time_trip
from kiosk.i18n import _


class _Timetable:
    """The feed's tables: ``read()`` reads them all (one ``read_*`` method a file), in the order
    their references need (stop times name trips and stops, trips name routes)."""

    def __init__(self, source: _Source, warnings: _Warnings):
        self.source = source
        self.warnings = warnings
        self._paths: dict[tuple, _Path | None] = {}
        self._far_shapes: set[str] = set()

    def table(self, file: str, columns: Sequence[str], required: Sequence[str], need_rows: bool = True):
        return _parse_csv(file, self.source.read(file), columns, required, self.warnings, need_rows)

    def read(self) -> None:
        for name in REQUIRED_FILES:
            if not self.source.has(name):
                raise ImportFailed(name, _fault_missing_file())
        if not self.source.has("calendar.txt") and not self.source.has("calendar_dates.txt"):
            raise ImportFailed("calendar.txt", _fault_missing_file())
        self.read_agency()
        self.read_stops()
        self.read_routes()
        self.read_trips()
        self.read_stop_times()
        self.read_calendars()
        self.read_shapes()

    # -- agency.txt
    def read_agency(self) -> None:
        file = "agency.txt"
        rows, _cols = self.table(file, ["agency_name", "agency_timezone", "agency_lang"],
                                 ["agency_name", "agency_timezone"])
        self.n_agencies = len(rows)
        line, (name, tz, lang) = rows[0]
        # The agency's name is in the feed's language when it gives one, else unknown ("und").
        self.agency_lang = (lang or "").strip().replace("-", "_") or "und"
        self.agency_name = _required(name, "agency_name", file, line)
        _required(tz, "agency_timezone", file, line)
        try:
            self.zone = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError, OSError, KeyError):
            raise ImportFailed(file, _fault_value("agency_timezone", tz, EXPECT_TZ), row=line) from None
        self.timezone = tz

    # -- stops.txt
    def read_stops(self) -> None:
        file = "stops.txt"
        columns = ["stop_id", "stop_lat", "stop_lon", "stop_name", "stop_code", "location_type", "parent_station"]
        rows, _cols = self.table(file, columns, ["stop_id", "stop_lat", "stop_lon"])
        self.stop_rows = rows
        self.stop_pos: dict[str, tuple[float, float]] = {}
        self.stop_index: dict[str, int] = {}  # stop_id -> index among the stop features
        self.stop_features: list[tuple[str, float, float, str, str]] = []
        self.stop_ids: set[str] = set()
        seen = self.stop_ids
        platforms: list[tuple[str, float, float, int]] = []
        for line, (sid, lat_s, lon_s, name, code, ltype_s, _parent) in rows:
            _required(sid, "stop_id", file, line)
            if sid in seen:
                raise ImportFailed(file, _fault_duplicate("stop_id", sid), row=line)
            seen.add(sid)
            ltype = 0 if not ltype_s else _integer(ltype_s, "location_type", file, line,
                                                   expected=EXPECT_LOCATION_TYPE)
            if ltype > 4:
                raise ImportFailed(file, _fault_value("location_type", ltype_s, EXPECT_LOCATION_TYPE), row=line)
            if ltype in (3, 4) and not lat_s and not lon_s:
                continue  # generic nodes and boarding areas may have no position
            lat = _coordinate(lat_s, "stop_lat", 90, file, line)
            lon = _coordinate(lon_s, "stop_lon", 180, file, line)
            self.stop_pos[sid] = (lat, lon)
            self.stop_index[sid] = len(self.stop_features)
            self.stop_features.append((sid, lat, lon, name, code))
            if ltype == 0:
                platforms.append((sid, lat, lon, line))
        self._check_same_place(platforms)

    def _check_same_place(self, platforms: list[tuple[str, float, float, int]]) -> None:
        """Warn about stops (location_type 0) closer than SAME_PLACE_M: probably one stop twice."""
        cell = 1e-4  # degrees, about 11 m of latitude
        grid: dict[tuple[int, int], list[tuple[str, float, float, int]]] = {}
        for stop in platforms:
            _sid, lat, lon, _line = stop
            gy, gx = int(math.floor(lat / cell)), int(math.floor(lon / cell))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for other in grid.get((gy + dy, gx + dx), ()):
                        if float(_haversine(lat, lon, other[1], other[2])) < SAME_PLACE_M:
                            self.warnings.add("same_place", "stops.txt",
                                              _("stops {first} and {second} are at the same place").format(
                                                  first=other[0], second=stop[0]), stop[3])
            grid.setdefault((gy, gx), []).append(stop)

    # -- routes.txt
    def read_routes(self) -> None:
        file = "routes.txt"
        columns = ["route_id", "route_type", "route_short_name", "route_long_name", "route_color"]
        rows, _cols = self.table(file, columns, ["route_id", "route_type"])
        self.routes: dict[str, dict] = {}
        for line, (rid, rtype, short, long_name, color) in rows:
            _required(rid, "route_id", file, line)
            if rid in self.routes:
                raise ImportFailed(file, _fault_duplicate("route_id", rid), row=line)
            self.routes[rid] = {
                "type": _integer(rtype, "route_type", file, line),
                "name": short or long_name or rid,
                "color": "#" + color.upper() if _COLOR.fullmatch(color) else None,
            }

    # -- trips.txt
    def read_trips(self) -> None:
        file = "trips.txt"
        rows, _cols = self.table(file, ["trip_id", "route_id", "service_id", "shape_id", "trip_headsign"],
                                 ["route_id", "service_id", "trip_id"])
        self.trips: dict[str, _Trip] = {}
        for line, (tid, rid, sid, shape, headsign) in rows:
            _required(tid, "trip_id", file, line)
            if tid in self.trips:
                raise ImportFailed(file, _fault_duplicate("trip_id", tid), row=line)
            _required(rid, "route_id", file, line)
            if rid not in self.routes:
                raise ImportFailed(file, _fault_undefined("route_id", rid, "routes.txt"), row=line)
            _required(sid, "service_id", file, line)
            self.trips[tid] = _Trip(tid, rid, sid, shape or None, headsign, line, [], [], [], [], [])

    # -- stop_times.txt
    def read_stop_times(self) -> None:
        file = "stop_times.txt"
        columns = ["trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence", "shape_dist_traveled"]
        rows, _cols = self.table(file, columns, columns[:5])
        self.n_stop_times = len(rows)
        by_trip: dict[str, list[tuple[int, int, str, int | None, int | None, float | None]]] = {}
        for line, (tid, arr_s, dep_s, sid, seq_s, dist_s) in rows:
            _required(tid, "trip_id", file, line)
            if tid not in self.trips:
                raise ImportFailed(file, _fault_undefined("trip_id", tid, "trips.txt"), row=line)
            _required(sid, "stop_id", file, line)
            if sid not in self.stop_ids:
                raise ImportFailed(file, _fault_undefined("stop_id", sid, "stops.txt"), row=line)
            seq = _integer(seq_s, "stop_sequence", file, line, minimum=None)
            if seq < 0:
                self.warnings.add("negative", file, _(
                    "stop_sequence {value} is negative; the stops are still taken in increasing order").format(
                    value=seq), line)
            arr = _seconds(arr_s, "arrival_time", file, line)
            dep = _seconds(dep_s, "departure_time", file, line)
            by_trip.setdefault(tid, []).append((seq, line, sid, arr, dep, _optional_float(dist_s)))
        for tid, items in by_trip.items():
            items.sort(key=lambda item: item[0])
            for a, b in zip(items, items[1:]):
                if a[0] == b[0]:
                    raise ImportFailed(file, _fault_duplicate("stop_sequence", b[0]), row=b[1])
            _time_trip(self.trips[tid], items, self.stop_pos, self.warnings)

    # -- calendar.txt, calendar_dates.txt
    def read_calendars(self) -> None:
        self.calendar: dict[str, tuple[tuple[bool, ...], date, date]] = {}
        self.added: dict[str, set[date]] = {}
        self.removed: dict[str, set[date]] = {}
        if self.source.has("calendar.txt"):
            file = "calendar.txt"
            columns = ["service_id", *WEEKDAYS, "start_date", "end_date"]
            rows, _cols = self.table(file, columns, columns, need_rows=False)
            for line, values in rows:
                sid = _required(values[0], "service_id", file, line)
                if sid in self.calendar:
                    raise ImportFailed(file, _fault_duplicate("service_id", sid), row=line)
                days = tuple(_choice(v, day, EXPECT_FLAG, file, line) == "1" for v, day in zip(values[1:8], WEEKDAYS))
                start = _date(values[8], "start_date", file, line)
                end = _date(values[9], "end_date", file, line)
                self.calendar[sid] = (days, start, end)
        if self.source.has("calendar_dates.txt"):
            file = "calendar_dates.txt"
            columns = ["service_id", "date", "exception_type"]
            rows, _cols = self.table(file, columns, columns, need_rows=False)
            for line, (sid, day_s, kind) in rows:
                _required(sid, "service_id", file, line)
                day = _date(day_s, "date", file, line)
                kind = _choice(kind, "exception_type", EXPECT_EXCEPTION, file, line)
                (self.added if kind == "1" else self.removed).setdefault(sid, set()).add(day)

    def runs(self, service: str, day: date) -> bool:
        if day in self.added.get(service, ()):
            return True
        if day in self.removed.get(service, ()):
            return False
        entry = self.calendar.get(service)
        return entry is not None and entry[1] <= day <= entry[2] and entry[0][day.weekday()]

    def first_day(self, service: str) -> date | None:
        candidates = [min(self.added[service])] if self.added.get(service) else []
        entry = self.calendar.get(service)
        if entry is not None and any(entry[0]):
            days, start, end = entry
            removed = self.removed.get(service, set())
            day = start
            while day <= end:
                if days[day.weekday()] and day not in removed:
                    candidates.append(day)
                    break
                day += timedelta(days=1)
        return min(candidates) if candidates else None

    # -- shapes.txt
    def read_shapes(self) -> None:
        self.shapes: dict[str, _Shape] = {}
        if not self.source.has("shapes.txt"):
            return
        file = "shapes.txt"
        columns = ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"]
        rows, _cols = self.table(file, columns, columns[:4], need_rows=False)
        points: dict[str, list[tuple[int, float, float, float | None]]] = {}
        for line, (sid, lat_s, lon_s, seq_s, dist_s) in rows:
            _required(sid, "shape_id", file, line)
            lat = _coordinate(lat_s, "shape_pt_lat", 90, file, line)
            lon = _coordinate(lon_s, "shape_pt_lon", 180, file, line)
            seq = _integer(seq_s, "shape_pt_sequence", file, line)
            points.setdefault(sid, []).append((seq, lat, lon, _optional_float(dist_s)))
        for sid, pts in points.items():
            pts.sort(key=lambda p: p[0])
            lat = np.array([p[1] for p in pts])
            lon = np.array([p[2] for p in pts])
            dists = [p[3] for p in pts]
            dist = None
            if all(d is not None for d in dists):
                dist = np.maximum.accumulate(np.array(dists, dtype=float))
            self.shapes[sid] = _Shape(lat, lon, _cumulative(lat, lon), dist)

    # -- paths the vehicles follow
    def trip_path(self, trip: _Trip) -> _Path | None:
        placed = [k for k, sid in enumerate(trip.stops) if sid in self.stop_pos]
        if len(placed) < 2:
            return None
        key = (trip.shape, tuple(trip.stops[k] for k in placed), tuple(trip.dists[k] for k in placed))
        if key in self._paths:
            return self._paths[key]
        s_lat = np.array([self.stop_pos[trip.stops[k]][0] for k in placed])
        s_lon = np.array([self.stop_pos[trip.stops[k]][1] for k in placed])
        path = None
        shape = self.shapes.get(trip.shape) if trip.shape else None
        if shape is not None and len(shape.lat) >= 2 and shape.cum[-1] > 0:
            dists = [trip.dists[k] for k in placed]
            stop_m = None
            if shape.dist is not None and all(d is not None for d in dists):
                stop_m = np.maximum.accumulate(np.interp(np.array(dists, dtype=float), shape.dist, shape.cum))
                if not self._fits(shape, stop_m, s_lat, s_lon):
                    stop_m = None
            if stop_m is None:
                stop_m = _project(shape, s_lat, s_lon)
            if stop_m is not None:
                path = _Path(shape.lat, shape.lon, shape.cum, placed, stop_m, True)
            elif trip.shape not in self._far_shapes:
                self._far_shapes.add(trip.shape)
                self.warnings.add("far_shape", "shapes.txt", _(
                    "shape {shape} lies far from the stops of trip {trip}; "
                    "the vehicle goes straight from stop to stop").format(shape=trip.shape, trip=trip.id))
        if path is None:
            cum = _cumulative(s_lat, s_lon)
            path = _Path(s_lat, s_lon, cum, placed, cum.copy(), False)
        self._paths[key] = path
        return path

    @staticmethod
    def _fits(shape: _Shape, stop_m: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> bool:
        plat = np.interp(stop_m, shape.cum, shape.lat)
        plon = np.interp(stop_m, shape.cum, shape.lon)
        return bool(np.all(_haversine(plat, plon, lat, lon) <= FIT_M))
