"""Writing what was read into the pack: stops and routes, the timetable, and the vehicles. No Qt here."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs._feed import _Trip, _fault_no_positions, _fault_no_service, _fault_no_service_on
from kiosk.core.importers.gtfs._motion import _synthesise
from kiosk.core.importers.gtfs._positions import _read_positions_csv, _read_positions_rt
from kiosk.core.importers.gtfs._timetable import _Timetable
from kiosk.core.pack import PackWriter, utc_ms


def _write_geometry(writer: PackWriter, feed: _Timetable) -> None:
    """The stops as points; each route as its first fitting shape, else its longest trip's stops."""
    for sid, lat, lon, name, code in feed.stop_features:
        props = {"stop_id": sid}
        if code:
            props["code"] = code
        writer.add_feature("stop", {"type": "Point", "coordinates": [lon, lat]}, id="stop:" + sid,
                           name={"und": name}, props=props)
    trips_by_route: dict[str, list[_Trip]] = {}
    for trip in feed.trips.values():
        trips_by_route.setdefault(trip.route, []).append(trip)
    for rid, route in feed.routes.items():
        line = None
        trips = [t for t in trips_by_route.get(rid, []) if t.stops]
        for trip in trips:  # the shape of the first trip having one (that fits its stops)
            path = feed.trip_path(trip) if trip.shape else None
            if path is not None and path.shaped:
                line = [[float(x), float(y)] for x, y in zip(path.lon, path.lat)]
                break
        if line is None and trips:  # else the stops of the longest trip
            longest = max(trips, key=lambda t: len(t.stops))
            line = [[feed.stop_pos[s][1], feed.stop_pos[s][0]] for s in longest.stops if s in feed.stop_pos]
        if line is None or len(line) < 2:
            continue  # a route with no trips (or no placed stops) has nothing to draw
        props = {"route_id": rid, "type": route["type"]}
        if route["color"]:
            props["color"] = route["color"]
        writer.add_feature("route", {"type": "LineString", "coordinates": line}, id="route:" + rid,
                           name={"und": route["name"]}, props=props)


def _write_schedule(writer: PackWriter, feed: _Timetable) -> None:
    """One row per stop time; times are seconds since the service day's start, with the
    empty intermediate times of the feed interpolated (see _time_trip)."""
    writer.add_schedule(
        (trip.id, trip.route, trip.service, seq, sid, arr, dep, trip.shape)
        for trip in feed.trips.values()
        for seq, sid, arr, dep in zip(trip.seqs, trip.stops, trip.arrivals, trip.departures)
    )


def _day_base_ms(zone: ZoneInfo, day: date) -> int:
    """GTFS times count from noon minus 12 hours, local time (right across DST changes)."""
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    return utc_ms(noon) - 12 * 3600 * 1000


def _write_synthesised_vehicles(writer: PackWriter, feed: _Timetable, service_date: date | None) -> None:
    """Every trip running on ``service_date`` (or else on the first day any trip runs), moved along its path."""
    runnable = [t for t in feed.trips.values() if feed.trip_path(t) is not None]
    day = service_date
    if day is None:
        firsts = [d for d in (feed.first_day(s) for s in {t.service for t in runnable}) if d is not None]
        if not firsts:
            raise ImportFailed(feed.source.label, _fault_no_service())
        day = min(firsts)
    running = [t for t in runnable if feed.runs(t.service, day)]
    base = _day_base_ms(feed.zone, day)
    written = 0
    for trip in running:
        path = feed.trip_path(trip)
        track = _synthesise(trip, path)
        if track is None:
            continue
        ts, lat, lon, bearing, speed, stop_k = track
        oid = "trip:" + trip.id
        writer.add_object(oid, "bus", label=feed.routes[trip.route]["name"],
                          props={"trip_id": trip.id, "route_id": trip.route, "headsign": trip.headsign})
        stop_feature = np.array([feed.stop_index.get(s, -1) for s in trip.stops], dtype=np.int32)
        writer.add_track(oid, base + ts * 1000, lat, lon, bearing=bearing, speed=speed,
                         stop=stop_feature[stop_k])
        written += 1
    if not written:
        if service_date is not None:
            raise ImportFailed(feed.source.label, _fault_no_service_on(service_date))
        raise ImportFailed(feed.source.label, _fault_no_service())


def _write_recorded_vehicles(writer: PackWriter, feed: _Timetable, positions: list[Path]) -> None:
    """The vehicles of the position files, one track each, labelled with their trip's route."""
    samples: dict[str, dict[int, tuple]] = {}
    trips_of: dict[str, str] = {}
    for path in positions:
        if path.suffix.lower() == ".csv":
            records = _read_positions_csv(path, feed.warnings)
        else:
            records = _read_positions_rt(path)
        if not records:
            raise ImportFailed(path.name, _fault_no_positions())
        for vid, t, lat, lon, bearing, speed, passengers, stop_id, trip_id in records:
            samples.setdefault(vid, {})[t] = (lat, lon, bearing, speed, passengers,
                                              feed.stop_index.get(stop_id, -1) if stop_id else -1)
            if trip_id and vid not in trips_of and trip_id in feed.trips:
                trips_of[vid] = trip_id
    for vid in sorted(samples):
        by_time = samples[vid]
        times = sorted(by_time)
        rows = [by_time[t] for t in times]
        trip = feed.trips.get(trips_of.get(vid, ""))
        label = feed.routes[trip.route]["name"] if trip else vid
        writer.add_object(vid, "bus", label=label, props={"vehicle_id": vid})
        writer.add_track(vid, np.array(times, dtype=np.int64), [r[0] for r in rows], [r[1] for r in rows],
                         bearing=[r[2] for r in rows], speed=[r[3] for r in rows],
                         passengers=[r[4] for r in rows], stop=[r[5] for r in rows])
