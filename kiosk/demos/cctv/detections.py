"""The AI's boxes of one camera frame, made ready to paint.

What depends on the frame alone (each box's class, colour, caption, whether an alert is about
it, the far-to-near order) is worked out once per frame, in the picture's own 0..1 coordinates.
What depends on the picture's size too (where each box and its label land, which labels fit
without covering one another) is worked out once per frame and size. Painting the same frame
again, on the same tile or at another size (a second screen, a thumbnail), only draws pixmaps.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

from kiosk.core.streams import Boxes
from kiosk.demos.cctv.drawing import ALERT, CLASS_COLOR, PEOPLE, SPRITE_PAD, box_sprite, label_sprite

#: How many sizes one frame keeps its layout for (the tile, and a second screen and a thumbnail).
SIZES_KEPT = 3

_ALERT_RGBA = ALERT.rgba()
_CLASS_RGBA = {cls: QColor(colour).rgba() for cls, colour in CLASS_COLOR.items()}
_OTHER_RGBA = QColor("#e2e8f0").rgba()
_WHITE_RGBA = QColor("#ffffff").rgba()
_LIGHTER = {}  # class colour -> the colour of its caption (115% lighter)


def _caption_rgba(rgba: int) -> int:
    lighter = _LIGHTER.get(rgba)
    if lighter is None:
        lighter = _LIGHTER[rgba] = QColor.fromRgba(rgba).lighter(115).rgba()
    return lighter


@dataclass(frozen=True)
class Detection:
    """One box, in the picture's 0..1 coordinates."""

    x: float
    y: float
    w: float
    h: float
    cls: str
    track: int
    alerted: bool
    caption: str
    rgba: int  # the box's colour
    caption_rgba: int  # its caption's colour

    @property
    def person(self) -> bool:
        return self.cls in PEOPLE

    def shape(self, large: bool) -> str:
        if self.cls in PEOPLE:
            return "figure"
        if self.cls in ("smoke", "fire"):
            return "cloud"
        return "rounded" if large else "rect"


def alert_tracks(alerts: list) -> set[int]:
    """The track numbers the alerts are about (an alert's ``detail.track``)."""
    return {int(e.detail.get("track")) for e in alerts
            if isinstance(e.detail, dict) and isinstance(e.detail.get("track"), (int, float))}


class FrameBoxes:
    """The boxes of one frame, far first and near last (a near box is drawn over a far one)."""

    def __init__(self, boxes: Boxes, alerts: list, names: dict[str, str]):
        tracks = alert_tracks(alerts)
        order = np.argsort(boxes.y + boxes.h, kind="stable")
        labels = boxes.labels()
        other = names["object"]
        items = []
        for i, x, y, w, h, track in zip(order.tolist(), boxes.x[order].tolist(), boxes.y[order].tolist(),
                                        boxes.w[order].tolist(), boxes.h[order].tolist(),
                                        boxes.track[order].tolist()):
            cls = labels[i]
            alerted = track in tracks
            rgba = _ALERT_RGBA if alerted else _CLASS_RGBA.get(cls, _OTHER_RGBA)
            items.append(Detection(x, y, w, h, cls, track, alerted, f"{names.get(cls, other)} · #{track}", rgba,
                                   _WHITE_RGBA if alerted else _caption_rgba(rgba)))
        self.items: list[Detection] = items
        self._layouts: OrderedDict[tuple, list[tuple[QPoint, QPixmap]]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.items)

    def paint(self, p: QPainter, r: QRect, large: bool, font: QFont, fm: QFontMetricsF) -> None:
        """Draw the boxes and their labels into the picture ``r`` (whole pixels)."""
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        font_key = font.key()
        key = (r.x(), r.y(), r.width(), r.height(), large, font_key, ratio)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = self._layout(r, large, font, font_key, fm, ratio)
            if len(self._layouts) > SIZES_KEPT:
                self._layouts.popitem(last=False)
        for at, pixmap in layout:
            p.drawPixmap(at, pixmap)

    def _layout(self, r: QRect, large: bool, font: QFont, font_key: str, fm: QFontMetricsF, ratio: float) -> list:
        """Each box's sprite, then its label above it (below it at the picture's top edge). A
        crowded frame keeps every box but drops a label that would cover one already placed,
        unless an alert is about its box."""
        rx, ry, rw, rh = float(r.x()), float(r.y()), float(r.width()), float(r.height())
        right = rx + rw
        line_w = max(1.5, rh / 300)
        th = fm.height() + 2
        ops: list[tuple[QPoint, QPixmap]] = []
        placed: list[tuple[float, float, float, float]] = []
        for d in self.items:
            bx, by, bw, bh = rx + d.x * rw, ry + d.y * rh, d.w * rw, d.h * rh
            sprite = box_sprite(d.shape(large), d.rgba, d.alerted, bw, bh, line_w)
            ops.append((QPoint(round(bx) - SPRITE_PAD, round(by) - SPRITE_PAD), sprite))
            label, advance, offset = label_sprite(d.caption, font, font_key, fm, d.alerted, d.caption_rgba, ratio)
            tw = advance + 8
            tx, ty = bx, by - th - 1
            if ty < ry:
                ty = by + bh + 1
            if tx + tw > right:
                tx = right - tw
            if tx < rx:
                tx = rx
            if not d.alerted and any(tx < ox + ow and ox < tx + tw and ty < oy + oh and oy < ty + th
                                     for ox, oy, ow, oh in placed):
                continue
            placed.append((tx, ty, tw, th))
            ops.append((QPoint(round(tx), round(ty)) + offset, label))
        return ops
