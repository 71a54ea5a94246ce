"""Recorded vehicle positions: CSV files and GTFS-Realtime FeedMessages. No Qt here.

Each record is (vehicle id, epoch ms, lat, lon, bearing, speed km/h, passengers, stop id, trip id);
a missing bearing or speed is NaN, a missing passenger count -1.
"""

from __future__ import annotations

import math
from pathlib import Path

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs._feed import (
    EXPECT_BEARING,
    EXPECT_LAT,
    EXPECT_LON,
    EXPECT_SPEED,
    EXPECT_STAMP,
    _Warnings,
    _coordinate,
    _detail,
    _fault_empty,
    _fault_no_positions,
    _fault_unreadable,
    _fault_value,
    _integer,
    _optional_float,
    _parse_csv,
    _required,
    _timestamp_ms,
)


def _read_positions_csv(path: Path, warnings: _Warnings) -> list[tuple]:
    """Vehicle positions from a CSV file (see ``import_gtfs`` for its columns)."""
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(file, _fault_unreadable(_detail(exc))) from None
    columns = ["t", "vehicle_id", "lat", "lon", "bearing", "speed", "trip_id", "stop_id", "occupancy"]
    rows, _cols = _parse_csv(file, data, columns, columns[:4], warnings)
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
