"""The pack: one SQLite file of recorded center data. No Qt here.

Small, inspectable things are rows (manifest, geometry, events and their phases, the
objects, sensors and cameras the streams refer to, a GTFS schedule). The long time-sorted
streams (track points, sensor series, detection boxes) are stored as numpy columns, one BLOB
per column, so that opening a pack with millions of points reads a few blobs instead of
millions of rows. docs/pack-format.md describes every field.

Writing goes to a temporary file next to the target and is renamed into place only when
complete, so a failed import leaves nothing behind and never touches an existing pack.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from kiosk.core import utc
from kiosk.core.errors import KioskError
from kiosk.i18n import _, format_number, ngettext

#: The format's major version. A reader refuses a pack of any other major version.
FORMAT_VERSION = 1
#: The minor version this writer writes. A reader reads every minor version of its major one and
#: ignores what a newer minor adds; a pack without ``format_minor`` is 1.0. 1.1: the chapters'
#: guide notes.
FORMAT_MINOR = 1
#: The longest guide note a chapter may carry, per language, in characters.
NOTE_MAX_CHARS = 2000
#: A language code as the packs write them: ``ko``, ``zh_Hans``, ``en-US``, ``und``.
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*")
KINDS = ("bus", "disaster", "cctv", "mixed")
PHASES = ("detected", "dispatched", "on_scene", "resolved")
LAYERS = ("road", "water", "landmark", "building", "park", "route", "stop", "area", "camera", "station", "boundary")

#: Columns of each stream, with their dtype. Every stream is sorted by (its key, t).
STREAM_COLUMNS: dict[str, dict[str, str]] = {
    "tracks": {"obj": "<i4", "t": "<i8", "lat": "<f8", "lon": "<f8", "bearing": "<f4", "speed": "<f4",
               "passengers": "<i4", "stop": "<i4"},
    "series": {"sensor": "<i4", "t": "<i8", "value": "<f8"},
    "detections": {"camera": "<i4", "t": "<i8", "track": "<i4", "cls": "<i2", "x": "<f4", "y": "<f4",
                   "w": "<f4", "h": "<f4", "score": "<f4"},
}
STREAM_KEY = {"tracks": "obj", "series": "sensor", "detections": "camera"}
DETECTION_CLASSES = ("person", "car", "bus", "truck", "bicycle", "motorcycle", "kick_scooter", "smoke", "fire")


class PackError(KioskError):
    """A pack that cannot be written or read; the message says which file and what is wrong."""


@dataclass
class Chapter:
    t_start: int
    t_end: int
    caption: dict[str, str]
    panels: list[str] = field(default_factory=list)
    focus: dict[str, Any] = field(default_factory=dict)  # e.g. {"event": id} or {"camera": id}
    notes: dict[str, str] = field(default_factory=dict)  # the guide's talking points, per language (1.1)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Chapter":
        """A chapter as a pack stores it; the keys a newer minor version adds are left out."""
        known = set(cls.__dataclass_fields__)
        chapter = cls(**{k: v for k, v in data.items() if k in known})
        if not isinstance(chapter.notes, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in chapter.notes.items()):
            raise TypeError("a chapter's notes are not a mapping of language codes to texts")
        return chapter


@dataclass
class Manifest:
    id: str
    kind: str
    timezone: str
    title: dict[str, str]
    summary: dict[str, str]
    t_start: int = 0
    t_end: int = 0
    created: str = ""
    format_version: int = FORMAT_VERSION
    format_minor: int = FORMAT_MINOR
    chapters: list[Chapter] = field(default_factory=list)
    source: str = ""
    source_counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["chapters"] = [c.__dict__ for c in self.chapters]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Manifest":
        data = dict(data)
        data.setdefault("format_minor", 0)  # a 1.0 pack does not say its minor version
        data["chapters"] = [Chapter.from_json(c) for c in data.get("chapters", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def version(self) -> str:
        """The format version as people write it: "1.1"."""
        return f"{self.format_version}.{self.format_minor}"

    def languages(self) -> list[str]:
        """The languages of the visitor-facing text (the guide's notes are not shown to visitors)."""
        langs = set(self.title) | set(self.summary)
        for chapter in self.chapters:
            langs |= set(chapter.caption)
        return sorted(langs)


SCHEMA = """
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE features (id TEXT PRIMARY KEY, layer TEXT NOT NULL, kind TEXT, name TEXT, geometry TEXT NOT NULL, props TEXT);
CREATE TABLE objects (idx INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL, label TEXT, props TEXT);
CREATE TABLE sensors (idx INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL, unit TEXT, name TEXT,
                      lat REAL, lon REAL, thresholds TEXT, props TEXT);
CREATE TABLE cameras (idx INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, name TEXT, lat REAL, lon REAL,
                      heading REAL, fps REAL, scene TEXT, props TEXT);
CREATE TABLE events (id TEXT PRIMARY KEY, kind TEXT NOT NULL, t_start INTEGER NOT NULL, t_end INTEGER,
                     severity TEXT, lat REAL, lon REAL, title TEXT, detail TEXT,
                     camera TEXT REFERENCES cameras(id), object TEXT REFERENCES objects(id));
CREATE INDEX events_t ON events (t_start);
CREATE TABLE phases (event TEXT NOT NULL REFERENCES events(id), phase TEXT NOT NULL, t INTEGER NOT NULL,
                     agency TEXT, unit TEXT, lat REAL, lon REAL);
CREATE INDEX phases_event ON phases (event, t);
CREATE TABLE schedule (trip TEXT NOT NULL, route TEXT, service TEXT, seq INTEGER NOT NULL, stop TEXT NOT NULL,
                       arrival INTEGER, departure INTEGER, shape TEXT);
CREATE TABLE columns (stream TEXT NOT NULL, name TEXT NOT NULL, dtype TEXT NOT NULL, length INTEGER NOT NULL,
                      data BLOB NOT NULL, PRIMARY KEY (stream, name));
"""
#: Row tables in checksum order, with the columns that order their rows.
ROW_TABLES = {
    "features": "id", "objects": "idx", "sensors": "idx", "cameras": "idx", "events": "id",
    "phases": "event, t, phase, rowid", "schedule": "trip, seq",
}


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _finite(*values: float | None) -> bool:
    return all(v is None or (isinstance(v, (int, float)) and np.isfinite(v)) for v in values)


def valid_coordinate(lat: float | None, lon: float | None) -> bool:
    return (lat is None and lon is None) or (
        _finite(lat, lon) and lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180
    )


def utc_ms(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("a time without a time zone")
    return int(round(value.timestamp() * 1000))


# ------------------------------------------------------------------------------ writing

class PackWriter:
    """Collects a pack and writes it in one go. Use as a context manager:

        with PackWriter(out, id="anyang-bus", kind="bus", timezone="Asia/Seoul", title=..., summary=...) as w:
            w.add_feature(...); w.add_track(...)
        # the file exists only if the block finished without an exception
    """

    def __init__(self, path: str | os.PathLike, *, id: str, kind: str, timezone: str,
                 title: dict[str, str], summary: dict[str, str] | None = None, source: str = ""):
        if kind not in KINDS:
            raise PackError(_("unknown pack kind {kind}").format(kind=kind))
        self.path = Path(path)
        self.manifest = Manifest(id=id, kind=kind, timezone=timezone, title=dict(title),
                                 summary=dict(summary or {}), source=source)
        self.features: list[tuple] = []
        self.objects: dict[str, tuple] = {}
        self.sensors: dict[str, tuple] = {}
        self.cameras: dict[str, tuple] = {}
        self.events: dict[str, tuple] = {}
        self.phases: list[tuple] = []
        self.schedule: list[tuple] = []
        self._chunks: dict[str, list[dict[str, np.ndarray]]] = {name: [] for name in STREAM_COLUMNS}

    # -- context manager
    def __enter__(self) -> "PackWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.finish()

    # -- rows
    def add_feature(self, layer: str, geometry: dict, *, id: str | None = None, kind: str | None = None,
                    name: dict[str, str] | None = None, props: dict | None = None) -> str:
        if layer not in LAYERS:
            raise PackError(_("unknown map layer {layer}").format(layer=layer))
        _check_geometry(geometry)
        fid = id or f"{layer}-{len(self.features) + 1}"
        self.features.append((fid, layer, kind, _dumps(name), _dumps(geometry), _dumps(props)))
        return fid

    def add_object(self, id: str, kind: str, label: str | None = None, props: dict | None = None) -> int:
        if id not in self.objects:
            self.objects[id] = (len(self.objects), id, kind, label, _dumps(props))
        return self.objects[id][0]

    def add_sensor(self, id: str, kind: str, unit: str, *, name: dict[str, str] | None = None,
                   lat: float | None = None, lon: float | None = None, thresholds: dict[str, float] | None = None,
                   props: dict | None = None) -> int:
        if not valid_coordinate(lat, lon):
            raise PackError(_("sensor {id}: the coordinates are out of range").format(id=id))
        if id not in self.sensors:
            self.sensors[id] = (len(self.sensors), id, kind, unit, _dumps(name), lat, lon, _dumps(thresholds), _dumps(props))
        return self.sensors[id][0]

    def add_camera(self, id: str, *, name: dict[str, str] | None = None, lat: float | None = None,
                   lon: float | None = None, heading: float | None = None, fps: float = 10.0,
                   scene: dict | None = None, props: dict | None = None) -> int:
        if not valid_coordinate(lat, lon):
            raise PackError(_("camera {id}: the coordinates are out of range").format(id=id))
        if id not in self.cameras:
            self.cameras[id] = (len(self.cameras), id, _dumps(name), lat, lon, heading, fps, _dumps(scene), _dumps(props))
        return self.cameras[id][0]

    def add_event(self, id: str, kind: str, t_start: int, *, t_end: int | None = None, severity: str | None = None,
                  lat: float | None = None, lon: float | None = None, title: dict[str, str] | None = None,
                  detail: dict | None = None, camera: str | None = None, object: str | None = None) -> None:
        if id in self.events:
            raise PackError(_("event {id} appears twice").format(id=id))
        if t_end is not None and t_end < t_start:
            raise PackError(_("event {id} ends before it starts").format(id=id))
        if not valid_coordinate(lat, lon):
            raise PackError(_("event {id}: the coordinates are out of range").format(id=id))
        self.events[id] = (id, kind, int(t_start), None if t_end is None else int(t_end), severity, lat, lon,
                           _dumps(title), _dumps(detail), camera, object)

    def add_phase(self, event: str, phase: str, t: int, *, agency: str | None = None, unit: str | None = None,
                  lat: float | None = None, lon: float | None = None) -> None:
        if phase not in PHASES:
            raise PackError(_("event {event}: unknown phase {phase}").format(event=event, phase=phase))
        if not valid_coordinate(lat, lon):
            raise PackError(_("event {event}, phase {phase}: the coordinates are out of range").format(
                event=event, phase=phase))
        self.phases.append((event, phase, int(t), agency, unit, lat, lon))

    def add_schedule(self, rows: Iterable[tuple]) -> None:
        """(trip, route, service, seq, stop, arrival_s, departure_s, shape) rows of a GTFS schedule."""
        self.schedule.extend(rows)

    def add_chapter(self, t_start: int, t_end: int, caption: dict[str, str], panels: list[str] | None = None,
                    focus: dict | None = None, notes: dict[str, str] | None = None) -> None:
        """A story chapter; ``notes`` are what the guide reads on the console meanwhile, per language."""
        number = len(self.manifest.chapters) + 1
        _check_notes(number, notes)
        self.manifest.chapters.append(Chapter(int(t_start), int(t_end), dict(caption), list(panels or []),
                                              dict(focus or {}), dict(notes or {})))

    def set_source_counts(self, counts: dict[str, int]) -> None:
        self.manifest.source_counts = dict(counts)

    # -- streams (numpy columns)
    def add_track(self, object_id: str, t, lat, lon, *, bearing=None, speed=None, passengers=None, stop=None) -> None:
        idx = self.objects[object_id][0] if object_id in self.objects else self.add_object(object_id, "vehicle")
        n = len(t)
        cols = {
            "obj": np.full(n, idx, "<i4"), "t": np.asarray(t, "<i8"),
            "lat": np.asarray(lat, "<f8"), "lon": np.asarray(lon, "<f8"),
            "bearing": _or_fill(bearing, n, np.nan, "<f4"), "speed": _or_fill(speed, n, np.nan, "<f4"),
            "passengers": _or_fill(passengers, n, -1, "<i4"), "stop": _or_fill(stop, n, -1, "<i4"),
        }
        _check_lengths(_("track {id}").format(id=object_id), cols)
        bad = ~np.isfinite(cols["lat"]) | ~np.isfinite(cols["lon"]) | (np.abs(cols["lat"]) > 90) | (np.abs(cols["lon"]) > 180)
        if bad.any():
            raise PackError(ngettext("track {id}: {n} position with impossible coordinates",
                                      "track {id}: {n} positions with impossible coordinates",
                                      int(bad.sum())).format(id=object_id, n=int(bad.sum())))
        self._chunks["tracks"].append(cols)

    def add_series(self, sensor_id: str, t, value) -> None:
        if sensor_id not in self.sensors:
            raise PackError(_("readings for an unknown sensor {id}").format(id=sensor_id))
        n = len(t)
        cols = {"sensor": np.full(n, self.sensors[sensor_id][0], "<i4"), "t": np.asarray(t, "<i8"),
                "value": np.asarray(value, "<f8")}
        _check_lengths(_("sensor {id}").format(id=sensor_id), cols)
        self._chunks["series"].append(cols)

    def add_detections(self, camera_id: str, t, track, cls, x, y, w, h, score=None) -> None:
        if camera_id not in self.cameras:
            raise PackError(_("detections for an unknown camera {id}").format(id=camera_id))
        n = len(t)
        cols = {"camera": np.full(n, self.cameras[camera_id][0], "<i4"), "t": np.asarray(t, "<i8"),
                "track": np.asarray(track, "<i4"), "cls": np.asarray(cls, "<i2"),
                "x": np.asarray(x, "<f4"), "y": np.asarray(y, "<f4"), "w": np.asarray(w, "<f4"),
                "h": np.asarray(h, "<f4"), "score": _or_fill(score, n, 1.0, "<f4")}
        _check_lengths(_("camera {id}").format(id=camera_id), cols)
        boxes = np.stack([cols["x"], cols["y"], cols["w"], cols["h"]])
        if not np.isfinite(boxes).all():
            raise PackError(_("camera {id}: boxes with missing or infinite values").format(id=camera_id))
        self._chunks["detections"].append(cols)

    # -- finishing
    def _streams(self) -> dict[str, dict[str, np.ndarray]]:
        out = {}
        for stream, chunks in self._chunks.items():
            names = STREAM_COLUMNS[stream]
            if not chunks:
                out[stream] = {name: np.empty(0, dtype) for name, dtype in names.items()}
                continue
            merged = {name: np.concatenate([c[name] for c in chunks]).astype(dtype, copy=False)
                      for name, dtype in names.items()}
            order = np.lexsort((merged["t"], merged[STREAM_KEY[stream]]))
            out[stream] = {name: np.ascontiguousarray(col[order]) for name, col in merged.items()}
        return out

    def _time_range(self, streams) -> tuple[int, int]:
        times = [s["t"] for s in streams.values() if len(s["t"])]
        lo = [int(t.min()) for t in times] + [e[2] for e in self.events.values()] + [p[2] for p in self.phases]
        hi = [int(t.max()) for t in times] + [e[3] if e[3] is not None else e[2] for e in self.events.values()] \
            + [p[2] for p in self.phases]
        if not lo:
            raise PackError(_("the pack holds no timed data"))
        return min(lo), max(hi)

    def finish(self) -> Path:
        for event, *_rest in self.phases:
            if event not in self.events:
                raise PackError(_("a phase refers to an unknown event {id}").format(id=event))
        streams = self._streams()
        m = self.manifest
        m.t_start, m.t_end = self._time_range(streams)
        m.created = m.created or utc.stamp()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            conn = sqlite3.connect(tmp)
            try:
                conn.executescript(SCHEMA)
                with conn:
                    conn.executemany("INSERT INTO features VALUES (?,?,?,?,?,?)", self.features)
                    conn.executemany("INSERT INTO objects VALUES (?,?,?,?,?)", self.objects.values())
                    conn.executemany("INSERT INTO sensors VALUES (?,?,?,?,?,?,?,?,?)", self.sensors.values())
                    conn.executemany("INSERT INTO cameras VALUES (?,?,?,?,?,?,?,?,?)", self.cameras.values())
                    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.events.values())
                    conn.executemany("INSERT INTO phases VALUES (?,?,?,?,?,?,?)", self.phases)
                    conn.executemany("INSERT INTO schedule VALUES (?,?,?,?,?,?,?,?)", self.schedule)
                    for stream, cols in streams.items():
                        for name, col in cols.items():
                            conn.execute("INSERT INTO columns VALUES (?,?,?,?,?)",
                                         (stream, name, col.dtype.str, len(col), col.tobytes()))
                m.checksum = content_checksum(conn)
                with conn:
                    conn.executemany("INSERT INTO manifest VALUES (?,?)",
                                     [(k, json.dumps(v, ensure_ascii=False)) for k, v in m.to_json().items()])
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # a pack is an ordinary file, readable like its neighbours
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return self.path


def _or_fill(values, n: int, fill, dtype: str) -> np.ndarray:
    if values is None:
        return np.full(n, fill, dtype)
    return np.asarray(values, dtype)


def _check_lengths(what: str, cols: dict[str, np.ndarray]) -> None:
    lengths = {len(c) for c in cols.values()}
    if len(lengths) != 1:
        raise PackError(_("{what}: columns of different lengths").format(what=what))


def _check_notes(number: int, notes: Any) -> None:
    if notes is None:
        return
    if not isinstance(notes, dict) or not all(isinstance(text, str) for text in notes.values()):
        raise PackError(_("story chapter {n}: the guide's notes must map language codes to texts").format(n=number))
    for lang, text in notes.items():
        if not isinstance(lang, str) or not _LANGUAGE_CODE.fullmatch(lang):
            raise PackError(_("story chapter {n}: {code} is not a language code").format(n=number, code=repr(lang)))
        if not text.strip():
            raise PackError(_("story chapter {n}: the guide's note in {language} is empty").format(
                n=number, language=lang))
        if len(text) > NOTE_MAX_CHARS:
            raise PackError(ngettext(
                "story chapter {n}: the guide's note in {language} is longer than {max} character",
                "story chapter {n}: the guide's note in {language} is longer than {max} characters",
                NOTE_MAX_CHARS).format(n=number, language=lang, max=format_number(NOTE_MAX_CHARS)))


def _check_geometry(geometry: dict) -> None:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if kind == "Circle":
        center, radius = geometry.get("center"), geometry.get("radius_m")
        if not (isinstance(center, (list, tuple)) and len(center) == 2 and valid_coordinate(center[1], center[0])
                and _finite(radius) and radius is not None and radius >= 0):
            raise PackError(_("a circle needs a centre [lon, lat] and a radius in metres"))
        return
    if kind not in ("Point", "LineString", "Polygon", "MultiLineString", "MultiPolygon") or coords is None:
        raise PackError(_("unsupported geometry {kind}").format(kind=kind))
    for lon, lat in _flatten(coords):
        if not valid_coordinate(lat, lon):
            raise PackError(_("a shape with impossible coordinates ({lat}, {lon})").format(lat=lat, lon=lon))


def _flatten(coords):
    if isinstance(coords, (list, tuple)) and len(coords) == 2 and all(isinstance(v, (int, float)) for v in coords):
        yield coords
        return
    if not isinstance(coords, (list, tuple)):
        raise PackError(_("malformed coordinates"))
    for item in coords:
        yield from _flatten(item)


def content_checksum(conn: sqlite3.Connection) -> str:
    """sha256 over every row table (in a fixed order) and every column blob."""
    digest = hashlib.sha256()
    for table, order in ROW_TABLES.items():
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):  # noqa: S608 - fixed names
            digest.update(json.dumps(row, ensure_ascii=False, default=str).encode())
            digest.update(b"\n")
    for stream, name, dtype, length, data in conn.execute(
            "SELECT stream, name, dtype, length, data FROM columns ORDER BY stream, name"):
        digest.update(f"{stream}.{name}:{dtype}:{length}\n".encode())
        digest.update(data)
    return "sha256:" + digest.hexdigest()
