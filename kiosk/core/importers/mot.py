"""MOTChallenge tracks of one camera into a "cctv" pack. No Qt here.

A line is ``frame, id, bb_left, bb_top, bb_width, bb_height, conf, x, y, z`` (results and
detections, and MOT15 ground truth) or, with exactly 9 columns, MOT16/17/20 ground truth
``frame, id, left, top, width, height, flag, class, visibility``. In ground truth, rows with flag 0
("ignore") and classes the kiosk does not show (6 non-motorised vehicle, 8 distractor, 9-11
occluders, 12 reflection) are skipped; classes 1, 2 and 7 are people, 3 cars, 4 bicycles and
5 motorcycles. Every other line holds people, with ``conf`` as the score (1 when absent).

Frames are 1-based: frame ``k`` is at ``start + (k - 1) * 1000 / fps`` ms. The default start is
2026-01-01T09:00:00+09:00, not the file's modification time, so that an import is repeatable.
Boxes are stored as fractions of the picture: by ``width``/``height`` when given, otherwise by the
largest right and bottom edge seen (with a warning). A box that reaches past the picture keeps its
values below 0 or above 1; whoever draws it clips it. Rows are sorted, so the pack does not depend
on the order of the lines.
"""

from __future__ import annotations

import math
import numbers
import sqlite3
from datetime import datetime, timedelta, timezone as dt_timezone
from pathlib import Path

import numpy as np

from kiosk.core.importers import ImportFailed, cannot, field_name
from kiosk.core.pack import DETECTION_CLASSES, PackError, PackWriter, utc_ms
from kiosk.i18n import N_, _

DEFAULT_START = datetime(2026, 1, 1, 9, 0, tzinfo=dt_timezone(timedelta(hours=9)))
RESULT_FIELDS = ("frame", "id", "bb_left", "bb_top", "bb_width", "bb_height", "conf", "x", "y", "z")
GT_FIELDS = ("frame", "id", "bb_left", "bb_top", "bb_width", "bb_height", "flag", "class", "visibility")
#: MOT16/17/20 ground-truth classes the kiosk shows; every other class is skipped.
GT_CLASSES = {1: "person", 2: "person", 7: "person", 3: "car", 4: "bicycle", 5: "motorcycle"}
PERSON = DETECTION_CLASSES.index("person")
INT32_MAX = 2**31 - 1
#: Largest magnitude of a pixel coordinate or score.
LIMIT = 1e9
FPS_RANGE = (1e-6, 1e6)
#: What each column holds, for the reader of a refusal (a MOT file has no header line).
COLUMN_LABELS = {
    "frame": N_("the frame number"), "id": N_("the track number"), "bb_left": N_("the box's left edge"),
    "bb_top": N_("the box's top edge"), "bb_width": N_("the box's width"), "bb_height": N_("the box's height"),
    "conf": N_("the score"), "x": N_("the x coordinate"), "y": N_("the y coordinate"), "z": N_("the z coordinate"),
    "flag": N_("the ignore flag"), "class": N_("the class"), "visibility": N_("the visibility"),
}


def import_mot(gt_txt: str | Path, out: str | Path, *, camera: str, fps: float = 10.0,
               start: datetime | None = None, pack_id: str | None = None, title: dict[str, str] | None = None,
               timezone: str = "Asia/Seoul", width: int | None = None,
               height: int | None = None) -> tuple[Path, list[str]]:
    """Write the boxes of ``gt_txt`` as camera ``camera`` to the pack ``out``; returns it and the warnings."""
    path, out = Path(gt_txt), Path(out)
    _check_arguments(path, camera, fps, start, width, height)
    t0 = utc_ms(start or DEFAULT_START)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(path, _("the file is not UTF-8 text")) from exc
    except OSError as exc:
        raise ImportFailed(path, cannot(exc)) from exc

    rows: list[tuple[int, int, int, float, float, float, float, float]] = []
    skipped = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            row = _parse_line(path, number, line)
            if row is None:
                skipped += 1
            else:
                rows.append(row)
    if not rows:
        raise ImportFailed(path, _("there is nothing to import"))

    frame, track, cls, left, top, w, h, score = (np.array(col) for col in zip(*rows))
    warnings = []
    if width is None or height is None:
        edge_w = max(float(np.max(left + w)), float(np.max(w)))
        edge_h = max(float(np.max(top + h)), float(np.max(h)))
        width = width or math.ceil(edge_w)
        height = height or math.ceil(edge_h)
        warnings.append(_("no picture size was given: boxes were scaled to the largest edges seen ({width} × {height} pixels)"
                          ).format(width=width, height=height))
    if skipped:
        warnings.append(_("rows skipped (marked to ignore, or of a class the kiosk does not show): {count}").format(
            count=skipped))

    t = t0 + np.round((frame - 1) * (1000.0 / fps)).astype(np.int64)
    x, y, bw, bh = left / width, top / height, w / width, h / height
    order = np.lexsort((score, bh, bw, y, x, cls, track, t))  # a fixed order, whatever the lines' order

    writer = PackWriter(out, id=pack_id or out.stem, kind="cctv", timezone=timezone,
                        title=dict(title or {"en": camera}), source="mot")
    try:
        writer.add_camera(camera, name={"und": camera}, fps=float(fps), scene={"width": width, "height": height})
        writer.add_detections(camera, t[order], track[order], cls[order], x[order], y[order], bw[order], bh[order],
                              score[order])
        writer.set_source_counts({"rows": len(rows), "skipped": skipped, "tracks": int(len(np.unique(track)))})
        writer.finish()
    except (PackError, OSError, sqlite3.Error, ValueError) as exc:
        if isinstance(exc, ImportFailed):
            raise
        raise ImportFailed(out, cannot(exc)) from exc
    return out, warnings


def _check_arguments(path: Path, camera: str, fps: float, start: datetime | None,
                     width: int | None, height: int | None) -> None:
    if not isinstance(camera, str) or not camera.strip():
        raise ImportFailed(path, _("{field} is missing").format(field=field_name(N_("the camera"), "--camera")))
    if isinstance(fps, bool) or not isinstance(fps, numbers.Real) or not FPS_RANGE[0] <= fps <= FPS_RANGE[1]:
        raise ImportFailed(path, _("{field} must be a number from {low} to {high}, not {value}").format(
            field=field_name(N_("the frame rate"), "--fps"), low="0.000001", high="1000000", value=fps))
    if start is not None and start.tzinfo is None:
        raise ImportFailed(path, _("the time {value} cannot be read; ISO 8601 with a time zone offset is expected"
                                   ).format(value=start.isoformat()))
    for label, value in ((N_("the picture width"), width), (N_("the picture height"), height)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= INT32_MAX):
            raise ImportFailed(path, _("{field} must be a whole number from {low} to {high}, not {value}").format(
                field=field_name(label, "--size"), low=1, high=INT32_MAX, value=value))


def _column(names: tuple[str, ...], i: int) -> str:
    """Column ``i`` (0-based) as the reader names it: "the box's width (column 5)"."""
    where = _("column {n}").format(n=i + 1)
    return field_name(COLUMN_LABELS[names[i]], where) if i < len(names) else where


def _parse_line(path: Path, number: int, line: str) -> tuple | None:
    """One line as (frame, track, class, left, top, width, height, score), or None for a skipped row."""
    fields = [f.strip() for f in line.split(",")] if "," in line else line.split()
    while fields and not fields[-1]:  # a trailing comma
        fields.pop()
    if len(fields) < 6:
        raise ImportFailed(path, _("{count} fields, but at least 6 are expected").format(count=len(fields)), row=number)
    names = GT_FIELDS if len(fields) == 9 else RESULT_FIELDS
    values = []
    for i, text in enumerate(fields):
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and abs(value) <= LIMIT):
            raise ImportFailed(path, _("{field} must be a number from {low} to {high}, not {value}").format(
                field=_column(names, i), low=f"{-LIMIT:.0f}", high=f"{LIMIT:.0f}", value=text[:40]), row=number)
        values.append(value)
    for i, low in ((0, 1), (1, -1)):
        if values[i] != int(values[i]) or not low <= values[i] <= INT32_MAX:
            raise ImportFailed(path, _("{field} must be a whole number from {low} to {high}, not {value}").format(
                field=_column(names, i), low=low, high=INT32_MAX, value=fields[i]), row=number)
    for i in (4, 5):
        if values[i] <= 0:
            raise ImportFailed(path, _("{field} must be more than zero, not {value}").format(
                field=_column(names, i), value=fields[i]), row=number)
    frame, track, left, top, w, h = int(values[0]), int(values[1]), *values[2:6]
    if names is GT_FIELDS:
        flag, kind = values[6], values[7]
        label = GT_CLASSES.get(int(kind)) if kind == int(kind) else None
        if flag == 0 or label is None:
            return None
        return frame, track, DETECTION_CLASSES.index(label), left, top, w, h, 1.0
    score = values[6] if len(values) > 6 else 1.0
    return frame, track, PERSON, left, top, w, h, score
