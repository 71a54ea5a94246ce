"""GTFS static feeds into bus packs. No Qt here.

``import_gtfs(feed, out)`` reads a GTFS static feed (a folder, or a .zip of the text files) and
writes a pack of kind "bus": the stops and routes as geometry, the timetable as schedule rows,
and the vehicles as track streams, either read from recorded positions (CSV files or
GTFS-Realtime FeedMessages) or synthesised by running the timetable on one service day.

Conventions
-----------
* Row numbers in messages are *physical line numbers*: the header is line 1, so the first data
  row is row 2, exactly as a spreadsheet or a text editor numbers it. A record that spans
  several lines (a quoted line break) is named by its first line. Byte-level faults (not UTF-8,
  a NUL byte) are named by the line holding the first bad byte. In a GTFS-Realtime file the
  "row" is the 1-based number of the entity in its FeedMessage.
* Every refusal is an :class:`ImportFailed`; nothing else escapes. The pack is written only
  after everything has been read and checked (``PackWriter.finish`` is the last step), so a
  refusal leaves no file at ``out`` and never touches an existing one.
* Only what the pack needs is read: agency, stops, routes, trips, stop_times, calendar,
  calendar_dates and shapes. Other files (fares, frequencies, transfers, ...) and unknown
  columns are ignored without a word. ``frequencies.txt`` in particular is not expanded: a
  trip runs once, at the times of its stop_times.

Faults the conformance corpus lets an importer either refuse or warn about:

* ``utf16`` - refused: GTFS files must be UTF-8 ("the file is not UTF-8 text").
* ``duplicate_stop`` (two stop ids at the same place) - imported, with a warning naming both
  stops. A stop_id that really appears twice in stops.txt is refused instead, since
  stop_times could not say which one it means.
* ``missing_row_cells`` - imported, with a warning naming the first short row of each file;
  the missing cells are read as empty (so a missing *required* value is still refused).
* ``extra_row_cells`` - imported, with a warning naming the first long row of each file; the
  extra cells are ignored.
* ``negative_stop_sequence`` - imported, with a warning: only the order of the sequence
  numbers matters.

Warnings are returned as strings in the same "{file}, row {row}: {fault}" form as refusals.
"""

from __future__ import annotations

import csv
import math
import sqlite3
import zipfile
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from kiosk.core.importers import ImportFailed
from kiosk.core.pack import PackError, PackWriter, utc_ms
from kiosk.i18n import _
from kiosk.core.importers.gtfs._feed import (
    EXPECT_BEARING,
    EXPECT_EXCEPTION,
    EXPECT_FLAG,
    EXPECT_LAT,
    EXPECT_LOCATION_TYPE,
    EXPECT_LON,
    EXPECT_SPEED,
    EXPECT_STAMP,
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
    _detail,
    _fault_cannot_write,
    _fault_duplicate,
    _fault_empty,
    _fault_missing_file,
    _fault_no_positions,
    _fault_no_service,
    _fault_no_service_on,
    _fault_undefined,
    _fault_unreadable,
    _fault_value,
    _haversine,
    _integer,
    _optional_float,
    _parse_csv,
    _required,
    _seconds,
    _slug,
    _timestamp_ms,
    log,
)
from kiosk.core.importers.gtfs._motion import (
    _project,
    _synthesise,
)


# ------------------------------------------------------------------------------ the public function

__all__ = ["import_gtfs"]


def import_gtfs(feed: str | Path, out: str | Path, positions: Sequence[str | Path] = (), *,
                pack_id: str | None = None, title: dict[str, str] | None = None,
                service_date: date | None = None) -> tuple[Path, list[str]]:
    """Import a GTFS static feed into a bus pack at ``out``; return (the pack path, warnings).

    ``feed`` is a folder or a .zip of GTFS text files. Without ``positions`` every trip that runs
    on ``service_date`` (or else on the first day any trip runs) becomes a vehicle ``trip:<id>``
    moving along its shape (or straight from stop to stop) with a position every 5 seconds,
    dwelling at stops between arrival and departure; times are in the agency's time zone,
    stored as UTC epoch milliseconds.

    With ``positions``, the vehicles come from those files instead:

    * a ``.csv`` file with the columns ``t`` (ISO 8601 with an offset, or integer epoch
      seconds), ``vehicle_id``, ``lat``, ``lon`` and optionally ``bearing`` (degrees),
      ``speed`` (**km/h, stored as given**), ``trip_id``, ``stop_id`` and ``occupancy``
      (a passenger count);
    * any other file is read as a GTFS-Realtime FeedMessage whose VehiclePosition entities give
      the vehicle id, position, bearing, speed (m/s in GTFS-RT, stored as km/h), time stamp
      (or the header's), trip and stop.

    Refusals raise :class:`ImportFailed` naming the file, the row (a physical line number,
    header = 1) and the fault; nothing is written then.
    """
    feed_path = Path(feed)
    out_path = Path(out)
    label = feed_path.name or str(feed_path)
    try:
        source = _Source(feed_path)
        try:
            return _Importer(source, out_path, [Path(p) for p in positions], pack_id, title,
                             service_date).run()
        finally:
            source.close()
    except ImportFailed:
        raise
    except PackError as exc:
        log.warning("GTFS import of %s refused by the pack writer: %s", feed_path, exc)
        raise ImportFailed(label, _fault_unreadable(_detail(exc))) from exc
    except (ValueError, KeyError, IndexError, OverflowError, zipfile.BadZipFile, zlib.error, EOFError,
            csv.Error, OSError, sqlite3.Error) as exc:
        log.warning("GTFS import of %s failed: %r", feed_path, exc)
        raise ImportFailed(label, _fault_unreadable(_detail(exc))) from exc
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; logged in full
        log.exception("GTFS import of %s failed unexpectedly", feed_path)
        raise ImportFailed(label, _fault_unreadable(_detail(exc))) from exc



# ------------------------------------------------------------------------------ the importer

class _Importer:
    def __init__(self, source: _Source, out: Path, positions: list[Path], pack_id: str | None,
                 title: dict[str, str] | None, service_date: date | None):
        self.source = source
        self.out = out
        self.positions = positions
        self.pack_id = pack_id
        self.title = title
        if isinstance(service_date, datetime):
            service_date = service_date.date()
        self.service_date = service_date
        self.warnings = _Warnings()
        self._paths: dict[tuple, _Path | None] = {}
        self._far_shapes: set[str] = set()

    def table(self, file: str, columns: Sequence[str], required: Sequence[str], need_rows: bool = True):
        return _parse_csv(file, self.source.read(file), columns, required, self.warnings, need_rows)

    # -- the whole import
    def run(self) -> tuple[Path, list[str]]:
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

        writer = PackWriter(self.out, id=self.pack_id or _slug(self._feed_stem()), kind="bus",
                            timezone=self.timezone, title=self.title or {self.agency_lang: self.agency_name},
                            summary={}, source="gtfs")
        self.write_geometry(writer)
        self.write_schedule(writer)
        writer.set_source_counts({
            "agencies": self.n_agencies, "stops": len(self.stop_rows), "routes": len(self.routes),
            "trips": len(self.trips), "stop_times": self.n_stop_times, "shapes": len(self.shapes),
        })
        if self.positions:
            self.write_recorded_vehicles(writer)
        else:
            self.write_synthesised_vehicles(writer)
        try:
            path = writer.finish()
        except PackError as exc:
            raise ImportFailed(self.out.name, _fault_cannot_write(_detail(exc))) from exc
        except (OSError, sqlite3.Error) as exc:
            raise ImportFailed(self.out.name, _fault_cannot_write(_detail(exc))) from exc
        return path, list(self.warnings)

    def _feed_stem(self) -> str:
        path = self.source.path
        name = path.name or path.resolve().name
        return Path(name).stem if path.is_file() else name

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
            self._time_trip(self.trips[tid], items)

    def _time_trip(self, trip: _Trip, items: list) -> None:
        """Fill a trip's times: one of arrival/departure stands for the other; stops without
        either are interpolated by distance between the timed stops around them; times that go
        back are raised to the time before (with a warning)."""
        file = "stop_times.txt"
        arrivals = [arr if arr is not None else dep for (_s, _l, _id, arr, dep, _d) in items]
        departures = [dep if dep is not None else arr for (_s, _l, _id, arr, dep, _d) in items]
        for k in (0, len(items) - 1):
            if arrivals[k] is None:
                raise ImportFailed(file, _fault_empty("arrival_time"), row=items[k][1])
        if any(a is None for a in arrivals):
            pos = [self.stop_pos.get(item[2]) for item in items]
            if all(p is not None for p in pos):
                lat = np.array([p[0] for p in pos])
                lon = np.array([p[1] for p in pos])
                along = _cumulative(lat, lon)
            else:
                along = np.arange(len(items), dtype=float)
            k = 0
            while k < len(items):
                if arrivals[k] is not None:
                    k += 1
                    continue
                i = k - 1
                j = k
                while arrivals[j] is None:
                    j += 1
                span = along[j] - along[i]
                for m in range(i + 1, j):
                    frac = (along[m] - along[i]) / span if span > 0 else (m - i) / (j - i)
                    value = int(round(departures[i] + (arrivals[j] - departures[i]) * frac))
                    arrivals[m] = departures[m] = value
                k = j
        previous = arrivals[0]
        for k in range(len(items)):
            if arrivals[k] < previous or departures[k] < arrivals[k]:
                self.warnings.add("backwards", file, _(
                    "trip {trip} goes back in time; its times are taken as no earlier than the stop before").format(
                    trip=trip.id), items[k][1])
                arrivals[k] = max(arrivals[k], previous)
                departures[k] = max(departures[k], arrivals[k])
            previous = departures[k]
        trip.stops = [item[2] for item in items]
        trip.seqs = [item[0] for item in items]
        trip.arrivals = arrivals
        trip.departures = departures
        trip.dists = [item[5] for item in items]

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

    # -- writing
    def write_geometry(self, writer: PackWriter) -> None:
        for sid, lat, lon, name, code in self.stop_features:
            props = {"stop_id": sid}
            if code:
                props["code"] = code
            writer.add_feature("stop", {"type": "Point", "coordinates": [lon, lat]}, id="stop:" + sid,
                               name={"und": name}, props=props)
        trips_by_route: dict[str, list[_Trip]] = {}
        for trip in self.trips.values():
            trips_by_route.setdefault(trip.route, []).append(trip)
        for rid, route in self.routes.items():
            line = None
            trips = [t for t in trips_by_route.get(rid, []) if t.stops]
            for trip in trips:  # the shape of the first trip having one (that fits its stops)
                path = self.trip_path(trip) if trip.shape else None
                if path is not None and path.shaped:
                    line = [[float(x), float(y)] for x, y in zip(path.lon, path.lat)]
                    break
            if line is None and trips:  # else the stops of the longest trip
                longest = max(trips, key=lambda t: len(t.stops))
                line = [[self.stop_pos[s][1], self.stop_pos[s][0]] for s in longest.stops if s in self.stop_pos]
            if line is None or len(line) < 2:
                continue  # a route with no trips (or no placed stops) has nothing to draw
            props = {"route_id": rid, "type": route["type"]}
            if route["color"]:
                props["color"] = route["color"]
            writer.add_feature("route", {"type": "LineString", "coordinates": line}, id="route:" + rid,
                               name={"und": route["name"]}, props=props)

    def write_schedule(self, writer: PackWriter) -> None:
        """One row per stop time; times are seconds since the service day's start, with the
        empty intermediate times of the feed interpolated (see _time_trip)."""
        writer.add_schedule(
            (trip.id, trip.route, trip.service, seq, sid, arr, dep, trip.shape)
            for trip in self.trips.values()
            for seq, sid, arr, dep in zip(trip.seqs, trip.stops, trip.arrivals, trip.departures)
        )

    def _day_base_ms(self, day: date) -> int:
        """GTFS times count from noon minus 12 hours, local time (right across DST changes)."""
        noon = datetime(day.year, day.month, day.day, 12, tzinfo=self.zone)
        return utc_ms(noon) - 12 * 3600 * 1000

    def write_synthesised_vehicles(self, writer: PackWriter) -> None:
        runnable = [t for t in self.trips.values() if self.trip_path(t) is not None]
        day = self.service_date
        if day is None:
            firsts = [d for d in (self.first_day(s) for s in {t.service for t in runnable}) if d is not None]
            if not firsts:
                raise ImportFailed(self.source.label, _fault_no_service())
            day = min(firsts)
        running = [t for t in runnable if self.runs(t.service, day)]
        base = self._day_base_ms(day)
        written = 0
        for trip in running:
            path = self.trip_path(trip)
            track = _synthesise(trip, path)
            if track is None:
                continue
            ts, lat, lon, bearing, speed, stop_k = track
            oid = "trip:" + trip.id
            writer.add_object(oid, "bus", label=self.routes[trip.route]["name"],
                              props={"trip_id": trip.id, "route_id": trip.route, "headsign": trip.headsign})
            stop_feature = np.array([self.stop_index.get(s, -1) for s in trip.stops], dtype=np.int32)
            writer.add_track(oid, base + ts * 1000, lat, lon, bearing=bearing, speed=speed,
                             stop=stop_feature[stop_k])
            written += 1
        if not written:
            if self.service_date is not None:
                raise ImportFailed(self.source.label, _fault_no_service_on(self.service_date))
            raise ImportFailed(self.source.label, _fault_no_service())

    def write_recorded_vehicles(self, writer: PackWriter) -> None:
        samples: dict[str, dict[int, tuple]] = {}
        trips_of: dict[str, str] = {}
        for path in self.positions:
            if path.suffix.lower() == ".csv":
                records = self._read_positions_csv(path)
            else:
                records = _read_positions_rt(path)
            if not records:
                raise ImportFailed(path.name, _fault_no_positions())
            for vid, t, lat, lon, bearing, speed, passengers, stop_id, trip_id in records:
                samples.setdefault(vid, {})[t] = (lat, lon, bearing, speed, passengers,
                                                  self.stop_index.get(stop_id, -1) if stop_id else -1)
                if trip_id and vid not in trips_of and trip_id in self.trips:
                    trips_of[vid] = trip_id
        for vid in sorted(samples):
            by_time = samples[vid]
            times = sorted(by_time)
            rows = [by_time[t] for t in times]
            trip = self.trips.get(trips_of.get(vid, ""))
            label = self.routes[trip.route]["name"] if trip else vid
            writer.add_object(vid, "bus", label=label, props={"vehicle_id": vid})
            writer.add_track(vid, np.array(times, dtype=np.int64), [r[0] for r in rows], [r[1] for r in rows],
                             bearing=[r[2] for r in rows], speed=[r[3] for r in rows],
                             passengers=[r[4] for r in rows], stop=[r[5] for r in rows])

    def _read_positions_csv(self, path: Path) -> list[tuple]:
        file = path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailed(file, _fault_unreadable(_detail(exc))) from None
        columns = ["t", "vehicle_id", "lat", "lon", "bearing", "speed", "trip_id", "stop_id", "occupancy"]
        rows, _cols = _parse_csv(file, data, columns, columns[:4], self.warnings)
        records = []
        for line, (t_s, vid, lat_s, lon_s, bearing_s, speed_s, trip_id, stop_id, occ_s) in rows:
            t = _timestamp_ms(t_s, "t", file, line)
            _required(vid, "vehicle_id", file, line)
            lat = _coordinate(lat_s, "lat", 90, file, line)
            lon = _coordinate(lon_s, "lon", 180, file, line)
            bearing = speed = math.nan
            if bearing_s:
                bearing = _optional_float(bearing_s)
                if bearing is None or not 0 <= bearing <= 360:
                    raise ImportFailed(file, _fault_value("bearing", bearing_s, EXPECT_BEARING), row=line)
            if speed_s:
                speed = _optional_float(speed_s)
                if speed is None or speed < 0:
                    raise ImportFailed(file, _fault_value("speed", speed_s, EXPECT_SPEED), row=line)
            passengers = _integer(occ_s, "occupancy", file, line) if occ_s else -1
            records.append((vid, t, lat, lon, bearing, speed, passengers, stop_id, trip_id))
        return records


def _read_positions_rt(path: Path) -> list[tuple]:
    """VehiclePosition entities of one GTFS-Realtime FeedMessage; speeds m/s -> km/h."""
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(file, _fault_unreadable(_detail(exc))) from None
    from google.transit import gtfs_realtime_pb2

    message = gtfs_realtime_pb2.FeedMessage()
    try:
        message.ParseFromString(data)
    except Exception:  # noqa: BLE001 - DecodeError and friends: whatever it is, it is no feed
        raise ImportFailed(file, _fault_no_positions()) from None
    header_t = message.header.timestamp if message.header.HasField("timestamp") else 0
    records = []
    for row, entity in enumerate(message.entity, start=1):
        if not entity.HasField("vehicle") or not entity.vehicle.HasField("position"):
            continue
        vp = entity.vehicle
        vid = vp.vehicle.id or vp.vehicle.label or entity.id
        if not vid:
            raise ImportFailed(file, _fault_empty("vehicle.id"), row=row)
        stamp = vp.timestamp if vp.HasField("timestamp") else header_t
        if not 0 < stamp < 10**11:
            raise ImportFailed(file, _fault_empty("timestamp") if not stamp else
                               _fault_value("timestamp", str(stamp), EXPECT_STAMP), row=row)
        lat, lon = float(vp.position.latitude), float(vp.position.longitude)
        if not (math.isfinite(lat) and abs(lat) <= 90):
            raise ImportFailed(file, _fault_value("latitude", str(lat), EXPECT_LAT), row=row)
        if not (math.isfinite(lon) and abs(lon) <= 180):
            raise ImportFailed(file, _fault_value("longitude", str(lon), EXPECT_LON), row=row)
        bearing = float(vp.position.bearing) if vp.position.HasField("bearing") else math.nan
        speed = float(vp.position.speed) * 3.6 if vp.position.HasField("speed") else math.nan
        if not math.isfinite(bearing):
            bearing = math.nan
        if not math.isfinite(speed) or speed < 0:
            speed = math.nan
        trip_id = vp.trip.trip_id if vp.HasField("trip") else ""
        records.append((vid, int(stamp) * 1000, lat, lon, bearing, speed, -1, vp.stop_id, trip_id))
    return records


