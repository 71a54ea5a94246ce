"""The AI's boxes of one camera frame, made ready to paint.

What depends on the frame alone (each box's class, colour, caption, whether an alert is about
it, the far-to-near order) is worked out once per frame, in the picture's own 0..1 coordinates.
What depends on the picture's size too (where each box and its label land, which labels fit
without covering one another) is worked out once per frame and size. Painting the same frame
again, on the same tile or at another size (a second screen, a thumbnail), only draws what was
laid out: cached sprites, the labels' tags and their laid-out captions.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from kiosk.core.streams import Boxes
from kiosk.demos.cctv.drawing import ALERT, ALERT_LABEL_BG, CLASS_COLOR, LABEL_BG, PEOPLE, SPRITE_PAD, box_sprite, \
    caption_text

#: How many sizes one frame keeps its layout for (the tile, and a second screen and a thumbnail).
SIZES_KEPT = 3

_ALERT_RGBA = ALERT.rgba()
_CLASS_RGBA = {cls: QColor(colour).rgba() for cls, colour in CLASS_COLOR.items()}
_OTHER_RGBA = QColor("#e2e8f0").rgba()
_WHITE_RGBA = QColor("#ffffff").rgba()
_LIGHTER: dict[int, int] = {}  # class colour -> the colour of its caption (115% lighter)
_COLOURS: dict[int, QColor] = {}


def _colour(rgba: int) -> QColor:
    colour = _COLOURS.get(rgba)
    if colour is None:
        colour = _COLOURS[rgba] = QColor.fromRgba(rgba)
    return colour


def _caption_rgba(rgba: int) -> int:
    lighter = _LIGHTER.get(rgba)
    if lighter is None:
        lighter = _LIGHTER[rgba] = QColor.fromRgba(rgba).lighter(115).rgba()
    return lighter


#: What a layout draws: a box's sprite (SPRITE, x, y, pixmap), a label's tag (TAG, rect, colour)
#: and its caption (CAPTION, top left, laid-out text, colour).
SPRITE, TAG, CAPTION = range(3)


class Layout(NamedTuple):
    """What a frame's boxes draw into a picture, in drawing order, and the rectangle all of it
    lies in (empty when nothing is drawn)."""

    ops: list[tuple]
    bounds: QRect

    def paint(self, p: QPainter, font: QFont) -> None:
        p.setFont(font)
        for op in self.ops:
            kind = op[0]
            if kind == SPRITE:
                p.drawPixmap(op[1], op[2], op[3])
            elif kind == TAG:
                p.fillRect(op[1], op[2])
            else:
                p.setPen(op[3])
                p.drawStaticText(op[1], op[2])


class Detection(NamedTuple):
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
        self._layouts: OrderedDict[tuple, Layout] = OrderedDict()

    def layout(self, r: QRect, large: bool, font: QFont, font_key: str, fm: QFontMetricsF) -> Layout:
        """What the boxes draw into the picture ``r`` in ``font`` (``font_key`` is its key), worked out
        once per size."""
        key = (r.x(), r.y(), r.width(), r.height(), large, font_key)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = self._layout(r, large, font, font_key, fm)
            if len(self._layouts) > SIZES_KEPT:
                self._layouts.popitem(last=False)
        return layout

    def _layout(self, r: QRect, large: bool, font: QFont, font_key: str, fm: QFontMetricsF) -> Layout:
        """Each box's sprite, then its label above it (below it at the picture's top edge). A
        crowded frame keeps every box but drops a label that would cover one already placed,
        unless an alert is about its box."""
        rx, ry, rw, rh = float(r.x()), float(r.y()), float(r.width()), float(r.height())
        right = rx + rw
        line_w = max(1.5, rh / 300)
        th = fm.height() + 2
        ops: list[tuple] = []
        placed: list[tuple[float, float, float, float]] = []
        x0 = y0 = 1 << 30
        x1 = y1 = -(1 << 30)
        for d in self.items:
            bx, by, bw, bh = rx + d.x * rw, ry + d.y * rh, d.w * rw, d.h * rh
            sprite, sw, sh = box_sprite(d.shape(large), d.rgba, d.alerted, bw, bh, line_w)
            sx, sy = round(bx) - SPRITE_PAD, round(by) - SPRITE_PAD
            ops.append((SPRITE, sx, sy, sprite))
            x0, y0, x1, y1 = min(x0, sx), min(y0, sy), max(x1, sx + sw), max(y1, sy + sh)
            static, advance, ink = caption_text(d.caption, font, font_key, fm)
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
            tag = QRectF(tx, ty, tw, th).toAlignedRect()
            ops.append((TAG, tag, ALERT_LABEL_BG if d.alerted else LABEL_BG))
            ops.append((CAPTION, QPointF(tx + 4, ty + 1), static, _colour(d.caption_rgba)))
            ix, iy = math.floor(tx + 4) + ink[0], math.floor(ty + 1) + ink[1]
            x0, y0 = min(x0, tag.x(), ix), min(y0, tag.y(), iy)
            x1 = max(x1, tag.x() + tag.width(), ix + ink[2])
            y1 = max(y1, tag.y() + tag.height(), iy + ink[3])
        return Layout(ops, QRect(x0, y0, x1 - x0, y1 - y0) if ops else QRect())
