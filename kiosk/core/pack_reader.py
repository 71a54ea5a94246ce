"""Opening a pack: format version and checksum checked, columns read straight into numpy."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from kiosk.core.errors import os_reason, sqlite_reason
from kiosk.core.pack import FORMAT_MINOR, FORMAT_VERSION, STREAM_COLUMNS, Manifest, PackError, content_checksum
from kiosk.i18n import _

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Feature:
    id: str
    layer: str
    kind: str | None
    name: dict[str, str]
    geometry: dict
    props: dict


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    t_start: int
    t_end: int | None
    severity: str | None
    lat: float | None
    lon: float | None
    title: dict[str, str]
    detail: dict
    camera: str | None
    object: str | None


@dataclass(frozen=True)
class Phase:
    event: str
    phase: str
    t: int
    agency: str | None
    unit: str | None
    lat: float | None
    lon: float | None


#: The first bytes of every SQLite 3 database file, so of every pack.
_SQLITE_HEADER = b"SQLite format 3\x00"


def not_a_pack(path: Path, cause: str) -> PackError:
    return PackError(_("{file} is not a recorded-data pack, or it is damaged: {reason}.").format(
        file=path.name, reason=cause))


def _whole(value: Any) -> bool:
    """A version number: a whole number from 0 (JSON true is not one)."""
    return type(value) is int and value >= 0


def _check_version(path: Path, data: dict[str, Any]) -> None:
    """Refuse a pack of another major version, before reading anything else of its description
    (another major version may describe itself otherwise); any minor version of this one is read.
    ValueError when the version is not a version at all."""
    major, minor = data.get("format_version"), data.get("format_minor", 0)
    if not _whole(major):
        raise ValueError(f"format version {major!r}")
    if major != FORMAT_VERSION:
        version = f"{major}.{minor}" if _whole(minor) else str(major)
        raise PackError(_("{file} uses pack format {version}, which this kiosk cannot read.").format(
            file=path.name, version=version))
    if not _whole(minor):
        raise ValueError(f"format minor version {minor!r}")


def _loads(text: str | None, default: Any) -> Any:
    return default if text is None else json.loads(text)


class Pack:
    """A pack opened for reading. ``Pack.open(path)`` refuses a damaged or foreign file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, manifest: Manifest):
        self.path = path
        self.conn = conn
        self.manifest = manifest

    # -- opening
    @classmethod
    def open(cls, path: str | Path, verify: bool = True) -> "Pack":
        path = Path(path)
        if not path.exists():
            raise PackError(_("{file}: no such pack file").format(file=path.name))
        try:
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise PackError(_("{file} cannot be read: {reason}").format(file=path.name, reason=os_reason(exc))) from exc
        if header != _SQLITE_HEADER:
            raise not_a_pack(path, _("the file is not a pack database"))
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise not_a_pack(path, sqlite_reason(exc)) from exc
        try:
            rows = dict(conn.execute("SELECT key, value FROM manifest").fetchall())
            data = {k: json.loads(v) for k, v in rows.items()}
            _check_version(path, data)
            manifest = Manifest.from_json(data)
        except PackError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            log.warning("not a pack: %s (%s)", path, exc)
            cause = _("it has no pack description") if "no such table" in str(exc) else sqlite_reason(exc)
            raise not_a_pack(path, cause) from exc
        except (ValueError, TypeError, KeyError) as exc:
            conn.close()
            log.warning("not a pack: %s (%s)", path, exc)
            raise not_a_pack(path, _("its pack description cannot be read")) from exc
        if manifest.format_minor > FORMAT_MINOR:
            log.info("%s is pack format %s; this kiosk reads what %s.%s defines", path, manifest.version,
                     FORMAT_VERSION, FORMAT_MINOR)
        if verify:
            try:
                actual = content_checksum(conn)
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise not_a_pack(path, sqlite_reason(exc)) from exc
            if actual != manifest.checksum:
                conn.close()
                raise PackError(_("{file} is damaged: its content does not match its checksum.").format(file=path.name))
        return cls(path, conn, manifest)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Pack":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- columns
    def column(self, stream: str, name: str) -> np.ndarray:
        row = self.conn.execute("SELECT dtype, length, data FROM columns WHERE stream=? AND name=?",
                                (stream, name)).fetchone()
        if row is None:
            return np.empty(0, STREAM_COLUMNS[stream][name])
        dtype, length, data = row
        array = np.frombuffer(data, dtype=np.dtype(dtype))
        if len(array) != length:
            raise PackError(_("{file} is damaged: a column has the wrong length.").format(file=self.path.name))
        return array

    def columns(self, stream: str) -> dict[str, np.ndarray]:
        return {name: self.column(stream, name) for name in STREAM_COLUMNS[stream]}

    # -- rows
    @cached_property
    def features(self) -> list[Feature]:
        return [Feature(r[0], r[1], r[2], _loads(r[3], {}), json.loads(r[4]), _loads(r[5], {}))
                for r in self.conn.execute("SELECT id, layer, kind, name, geometry, props FROM features ORDER BY rowid")]

    @cached_property
    def events(self) -> list[Event]:
        return [Event(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _loads(r[7], {}), _loads(r[8], {}), r[9], r[10])
                for r in self.conn.execute("SELECT * FROM events ORDER BY t_start, id")]

    def phases(self, event_id: str | None = None) -> list[Phase]:
        if event_id is None:
            rows = self.conn.execute("SELECT * FROM phases ORDER BY event, t")
        else:
            rows = self.conn.execute("SELECT * FROM phases WHERE event=? ORDER BY t", (event_id,))
        return [Phase(*r) for r in rows]

    def _index_table(self, table: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(f"SELECT * FROM {table} ORDER BY idx")  # noqa: S608 - fixed names
        names = [d[0] for d in cur.description]
        out = []
        for row in cur:
            item = dict(zip(names, row))
            for key in ("name", "thresholds", "props", "scene"):
                if key in item:
                    item[key] = _loads(item[key], {})
            out.append(item)
        return out

    @cached_property
    def objects(self) -> list[dict[str, Any]]:
        return self._index_table("objects")

    @cached_property
    def sensors(self) -> list[dict[str, Any]]:
        return self._index_table("sensors")

    @cached_property
    def cameras(self) -> list[dict[str, Any]]:
        return self._index_table("cameras")

    def schedule(self) -> list[tuple]:
        return self.conn.execute("SELECT * FROM schedule ORDER BY trip, seq").fetchall()

    def counts(self) -> dict[str, int]:
        def n(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        lengths = dict(((s, l) for s, l in self.conn.execute(
            "SELECT stream, length FROM columns WHERE name='t'")))
        return {
            "features": n("SELECT count(*) FROM features"),
            "events": n("SELECT count(*) FROM events"),
            "phases": n("SELECT count(*) FROM phases"),
            "objects": n("SELECT count(*) FROM objects"),
            "track_points": lengths.get("tracks", 0),
            "sensors": n("SELECT count(*) FROM sensors"),
            "series_points": lengths.get("series", 0),
            "cameras": n("SELECT count(*) FROM cameras"),
            "detections": lengths.get("detections", 0),
            "schedule_rows": n("SELECT count(*) FROM schedule"),
        }

    def languages(self) -> list[str]:
        """Every language the pack's visitor-facing text is in: manifest, event titles, names."""
        langs = set(self.manifest.languages())
        for event in self.events:
            langs |= set(event.title)
        for table in ("features", "sensors", "cameras"):
            for (name,) in self.conn.execute(f"SELECT name FROM {table} WHERE name IS NOT NULL"):  # noqa: S608
                langs |= set(json.loads(name))
        langs.discard("und")
        return sorted(langs)

    def info(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "id": m.id, "kind": m.kind, "format": m.version, "format_version": m.format_version,
            "format_minor": m.format_minor, "created": m.created,
            "t_start": m.t_start, "t_end": m.t_end, "timezone": m.timezone,
            "languages": self.languages(), "title": m.title, "chapters": len(m.chapters),
            "notes_languages": sorted({lang for chapter in m.chapters for lang in chapter.notes}),
            "counts": self.counts(), "source": m.source,
            **({"gtfs": dict(m.source_counts), **m.source_counts} if m.source == "gtfs" else {}),
        }
