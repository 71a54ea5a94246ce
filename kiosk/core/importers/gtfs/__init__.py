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

from __future__ import annotations

import csv
import sqlite3
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs._feed import _Source, _Warnings, _detail, _fault_cannot_write, _fault_unreadable, \
    _slug, log
from kiosk.core.importers.gtfs._timetable import _Timetable
from kiosk.core.importers.gtfs._writing import _write_geometry, _write_recorded_vehicles, _write_schedule, \
    _write_synthesised_vehicles
from kiosk.core.pack import PackError, PackWriter

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
            return _import(source, out_path, [Path(p) for p in positions], pack_id, title, service_date)
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


def _import(source: _Source, out: Path, positions: list[Path], pack_id: str | None, title: dict[str, str] | None,
            service_date: date | None) -> tuple[Path, list[str]]:
    """Read the whole feed, then write the pack: nothing is written before everything was read."""
    if isinstance(service_date, datetime):
        service_date = service_date.date()
    warnings = _Warnings()
    feed = _Timetable(source, warnings)
    feed.read()
    writer = PackWriter(out, id=pack_id or _slug(_feed_stem(source)), kind="bus", timezone=feed.timezone,
                        title=title or {feed.agency_lang: feed.agency_name}, summary={}, source="gtfs")
    _write_geometry(writer, feed)
    _write_schedule(writer, feed)
    writer.set_source_counts({
        "agencies": feed.n_agencies, "stops": len(feed.stop_rows), "routes": len(feed.routes),
        "trips": len(feed.trips), "stop_times": feed.n_stop_times, "shapes": len(feed.shapes),
    })
    if positions:
        _write_recorded_vehicles(writer, feed, positions)
    else:
        _write_synthesised_vehicles(writer, feed, service_date)
    try:
        path = writer.finish()
    except PackError as exc:
        raise ImportFailed(out.name, _fault_cannot_write(_detail(exc))) from exc
    except (OSError, sqlite3.Error) as exc:
        raise ImportFailed(out.name, _fault_cannot_write(_detail(exc))) from exc
    return path, list(warnings)


def _feed_stem(source: _Source) -> str:
    path = source.path
    name = path.name or path.resolve().name
    return Path(name).stem if path.is_file() else name
