"""Reading a GTFS feed: files, CSV rows, values, and the faults they can have."""

from __future__ import annotations

import csv
import io
import logging
import math
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Sequence

import numpy as np

from kiosk.core.importers import ImportFailed, cause
from kiosk.core.pack import utc_ms
from kiosk.i18n import _

log = logging.getLogger(__name__)


REQUIRED_FILES = ("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
SAMPLE_S = 5  # synthesised vehicles: one position every 5 seconds
FIT_M = 1000.0  # a shape farther than this from one of its trip's stops is not used for that trip
SAME_PLACE_M = 2.0  # two stops closer than this are "at the same place"
MAX_WARNINGS_PER_KIND = 10
EARTH_M = 6_371_008.8
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# What a value should look like, in notation that needs no translation.
EXPECT_DATE = "YYYYMMDD"
EXPECT_TIME = "HH:MM:SS"
EXPECT_LAT = "[-90, 90]"
EXPECT_LON = "[-180, 180]"
EXPECT_INT = "0, 1, 2, …"
EXPECT_FLAG = "0, 1"
EXPECT_EXCEPTION = "1, 2"
EXPECT_LOCATION_TYPE = "0, 1, 2, 3, 4"
EXPECT_TZ = "Asia/Seoul, America/Los_Angeles, …"
EXPECT_STAMP = "2024-05-01T08:00:00+09:00, 1714518000"
EXPECT_BEARING = "[0, 360]"
EXPECT_SPEED = "≥ 0"

_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_TIME = re.compile(r"(\d{1,3}):([0-5]\d):([0-5]\d)", re.ASCII)
_DATE = re.compile(r"\d{8}", re.ASCII)
_EPOCH = re.compile(r"\d{1,11}(?:\.\d+)?", re.ASCII)
_COLOR = re.compile(r"[0-9A-Fa-f]{6}", re.ASCII)


# ------------------------------------------------------------------------------ user-visible texts
# Every fault is written with _() at the moment it is raised, then formatted.

def _fault_not_utf8() -> str:
    return _("the file is not UTF-8 text")


def _fault_nul() -> str:
    return _("the file contains a NUL byte")


def _fault_no_rows() -> str:
    return _("the file has no data rows")


def _fault_missing_file() -> str:
    return _("a required file is missing from the feed")


def _fault_missing_column(column: str) -> str:
    return _("missing the required column {column}").format(column=column)


def _fault_empty(column: str) -> str:
    return _("{column} is empty").format(column=column)


def _fault_undefined(column: str, value: str, file: str) -> str:
    return _("{column} {value} is not defined in {file}").format(column=column, value=_clip(value), file=file)


def _fault_duplicate(column: str, value) -> str:
    return _("{column} {value} appears more than once").format(column=column, value=_clip(str(value)))


def _fault_value(column: str, value: str, expected: str) -> str:
    return _("{column} is \"{value}\"; expected {expected}").format(column=column, value=_clip(value),
                                                                    expected=expected)


def _fault_no_service() -> str:
    return _("no trip in this feed runs on any day")


def _fault_no_service_on(day: date) -> str:
    return _("no trip in this feed runs on {date}").format(date=day.isoformat())


def _fault_unreadable(detail: str) -> str:
    return _("the file cannot be read ({detail})").format(detail=detail)


def _fault_cannot_write(detail: str) -> str:
    return _("the pack cannot be written ({detail})").format(detail=detail)


def _fault_no_positions() -> str:
    return _("the file holds no vehicle positions")


def _clip(value: str, limit: int = 40) -> str:
    value = "".join(ch if ch.isprintable() else "?" for ch in value)
    return value if len(value) <= limit else value[:limit] + "…"


def _detail(exc: BaseException) -> str:
    """The cause in the interface language (never the system's or a library's English text)."""
    return cause(exc)


def _message(file: str, fault: str, row: int | None = None) -> str:
    """A warning, in the same form as an ImportFailed message."""
    if row is not None:
        return _("{file}, row {row}: {fault}").format(file=file, row=row, fault=fault)
    return _("{file}: {fault}").format(file=file, fault=fault)


class _Warnings(list):
    """Warning strings, at most MAX_WARNINGS_PER_KIND of each kind."""

    def __init__(self) -> None:
        super().__init__()
        self._kinds: dict[str, int] = {}

    def add(self, kind: str, file: str, fault: str, row: int | None = None) -> None:
        n = self._kinds.get(kind, 0)
        self._kinds[kind] = n + 1
        if n < MAX_WARNINGS_PER_KIND:
            self.append(_message(file, fault, row))


# ------------------------------------------------------------------------------ reading files

class _Source:
    """The files of a feed, from a folder or a zip (files at its root, or in one folder inside)."""

    def __init__(self, path: Path):
        self.path = path
        self.label = path.name or str(path)
        self._zip: zipfile.ZipFile | None = None
        self._files: dict[str, object] = {}
        try:
            if path.is_dir():
                self._files = {p.name: p for p in sorted(path.iterdir()) if p.is_file()}
                return
            self._zip = zipfile.ZipFile(path)
            best: dict[str, tuple[int, zipfile.ZipInfo]] = {}
            for info in self._zip.infolist():
                if info.is_dir():
                    continue
                parts = info.filename.replace("\\", "/").split("/")
                if "__MACOSX" in parts:
                    continue
                if parts[-1] not in best or len(parts) < best[parts[-1]][0]:
                    best[parts[-1]] = (len(parts), info)
            self._files = {name: info for name, (_depth, info) in best.items()}
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            raise ImportFailed(self.label, _fault_unreadable(_detail(exc))) from None

    def has(self, name: str) -> bool:
        return name in self._files

    def read(self, name: str) -> bytes:
        try:
            if self._zip is not None:
                return self._zip.read(self._files[name])  # type: ignore[arg-type]
            return Path(self._files[name]).read_bytes()  # type: ignore[arg-type]
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError,
                ValueError) as exc:
            raise ImportFailed(name, _fault_unreadable(_detail(exc))) from None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _parse_csv(file: str, data: bytes, columns: Sequence[str], required: Sequence[str],
               warnings: _Warnings, need_rows: bool = True) -> tuple[list[tuple[int, tuple[str, ...]]], set[str]]:
    """The wanted ``columns`` of every non-blank row, as (line, values); and the columns present.

    Cells are stripped; a column the file lacks reads as "". Strict UTF-8 (a BOM is allowed).
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16
        raise ImportFailed(file, _fault_not_utf8())
    nul = data.find(b"\0")
    if nul >= 0:
        raise ImportFailed(file, _fault_nul(), row=data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(file, _fault_not_utf8(), row=data.count(b"\n", 0, exc.start) + 1) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    picks: list[int | None] = []
    width = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    short_row = long_row = None
    index: dict[str, int] = {}
    next_line = 1
    try:
        for record in reader:
            line, next_line = next_line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue  # blank lines are no rows
            if header is None:
                header = [cell.strip().lstrip("\ufeff").strip() for cell in record]
                for i, name in enumerate(header):
                    index.setdefault(name, i)
                for name in required:
                    if name not in index:
                        raise ImportFailed(file, _fault_missing_column(name))
                picks = [index.get(name) for name in columns]
                width = len(header)
                continue
            n = len(record)
            if n < width and short_row is None:
                short_row = line
            elif n > width and long_row is None:
                long_row = line
            rows.append((line, tuple("" if i is None or i >= n else record[i].strip() for i in picks)))
    except csv.Error as exc:
        raise ImportFailed(file, _fault_unreadable(_detail(exc)), row=reader.line_num) from None
    if header is None:
        if need_rows:
            raise ImportFailed(file, _fault_no_rows())
        return [], set()
    if need_rows and not rows:
        raise ImportFailed(file, _fault_no_rows())
    if short_row is not None:
        warnings.add("short", file, _("fewer cells than the header; the missing cells are read as empty"),
                     short_row)
    if long_row is not None:
        warnings.add("long", file, _("more cells than the header; the extra cells are ignored"), long_row)
    return rows, {name for name in columns if name in index}


# ------------------------------------------------------------------------------ values

def _required(value: str, column: str, file: str, line: int) -> str:
    if not value:
        raise ImportFailed(file, _fault_empty(column), row=line)
    return value


def _coordinate(value: str, column: str, limit: float, file: str, line: int) -> float:
    _required(value, column, file, line)
    expected = EXPECT_LAT if limit == 90 else EXPECT_LON
    if not _NUMBER.fullmatch(value):
        raise ImportFailed(file, _fault_value(column, value, expected), row=line)
    number = float(value)
    if not math.isfinite(number) or abs(number) > limit:
        raise ImportFailed(file, _fault_value(column, value, expected), row=line)
    return number


def _integer(value: str, column: str, file: str, line: int, minimum: int | None = 0,
             expected: str = EXPECT_INT) -> int:
    _required(value, column, file, line)
    if not _INTEGER.fullmatch(value) or len(value) > 12:
        raise ImportFailed(file, _fault_value(column, value, expected), row=line)
    number = int(value)
    if minimum is not None and number < minimum:
        raise ImportFailed(file, _fault_value(column, value, expected), row=line)
    return number


def _optional_float(value: str) -> float | None:
    if not value or not _NUMBER.fullmatch(value):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _seconds(value: str, column: str, file: str, line: int) -> int | None:
    """Seconds since the service day's "noon minus 12 h" from H:MM:SS (hours may pass 24)."""
    if not value:
        return None
    match = _TIME.fullmatch(value)
    if not match:
        raise ImportFailed(file, _fault_value(column, value, EXPECT_TIME), row=line)
    h, m, s = (int(g) for g in match.groups())
    return h * 3600 + m * 60 + s


def _date(value: str, column: str, file: str, line: int) -> date:
    _required(value, column, file, line)
    if _DATE.fullmatch(value):
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            pass
    raise ImportFailed(file, _fault_value(column, value, EXPECT_DATE), row=line)


def _choice(value: str, column: str, choices: str, file: str, line: int) -> str:
    if value not in [c.strip() for c in choices.split(",")]:
        raise ImportFailed(file, _fault_value(column, value, choices), row=line)
    return value


def _timestamp_ms(value: str, column: str, file: str, line: int) -> int:
    """ISO 8601 with an offset, or epoch seconds, as UTC epoch milliseconds."""
    _required(value, column, file, line)
    if _EPOCH.fullmatch(value):
        return int(round(float(value) * 1000))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or moment.utcoffset() is None:
        raise ImportFailed(file, _fault_value(column, value, EXPECT_STAMP), row=line)
    return utc_ms(moment)


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-_")
    return slug or "gtfs"


# ------------------------------------------------------------------------------ geometry helpers

def _haversine(lat1, lon1, lat2, lon2):
    """Metres between points (numpy arrays or floats)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp = p2 - p1
    dl = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def _bearing(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Initial bearing in degrees clockwise from north."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dl = np.radians(lon2 - lon1)
    y = np.sin(dl) * np.cos(p2)
    x = np.cos(p1) * np.sin(p2) - np.sin(p1) * np.cos(p2) * np.cos(dl)
    return np.mod(np.degrees(np.arctan2(y, x)), 360.0)


def _cumulative(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    if len(lat) < 2:
        return np.zeros(len(lat))
    return np.concatenate([[0.0], np.cumsum(_haversine(lat[:-1], lon[:-1], lat[1:], lon[1:]))])


@dataclass
class _Shape:
    lat: np.ndarray
    lon: np.ndarray
    cum: np.ndarray  # metres along the shape at each point
    dist: np.ndarray | None  # shape_dist_traveled at each point, when every point has one


@dataclass
class _Path:
    lat: np.ndarray  # vertices of the path the vehicle follows
    lon: np.ndarray
    cum: np.ndarray  # metres along the path at each vertex
    stops: list[int]  # which of the trip's stops are placed on the path (indices into the trip)
    stop_m: np.ndarray  # metres along the path of each placed stop (non-decreasing)
    shaped: bool


@dataclass
class _Trip:
    id: str
    route: str
    service: str
    shape: str | None
    headsign: str
    line: int
    stops: list[str]
    seqs: list[int]
    arrivals: list[int]
    departures: list[int]
    dists: list[float | None]


