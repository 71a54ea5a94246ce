"""One camera of the wall: its scene's schematic (or its recorded footage, people blurred), the
AI's boxes at the clock's time, its name and time, and the red frame of an alert.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.streams import Boxes
from kiosk.demos.cctv import video
from kiosk.demos.cctv.detections import FrameBoxes, Layout
from kiosk.demos.cctv.drawing import ALERT, ALERT_GLOW, EMPHASIS, border, caption_text, render_schematic
from kiosk.demos.cctv.model import Camera
from kiosk.i18n import _
from kiosk.ui.player import text


def class_names() -> dict[str, str]:
    """The detection classes in the visitor's language."""
    return {
        "person": _("Person"), "car": _("Car"), "bus": _("Bus"), "truck": _("Truck"), "bicycle": _("Bicycle"),
        "motorcycle": _("Motorcycle"), "kick_scooter": _("Kick scooter"), "smoke": _("Smoke"), "fire": _("Fire"),
        "object": _("Object"),
    }


#: A frame without boxes is dimmed.
IDLE_DIM = QColor(4, 8, 16, 90)
TIME_COLOR = QColor("#cbd5e1")
QUIET_BORDER = QColor("#28405f")
#: Still layers a tile keeps (schematic, words, idle picture): a few states at a few sizes.
LAYERS_KEPT = 12

_generations = itertools.count(1)


class Texts:
    """The words every tile paints, translated once per language. ``generation`` changes with
    every refresh, so what was laid out from the old words is laid out again."""

    def __init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.generation = next(_generations)
        self.classes = class_names()
        self.badge = _("Anonymised replay")
        self.footage = _("Recorded footage")
        self.footage_blurred = _("Recorded footage · people blurred")
        self.idle = _("No detections at this time")
        self.ai_alert = _("AI alert")


class CameraTile(QWidget):
    """One camera: its scene's schematic, the boxes at the current time, its name and time, and
    a red border with the alert's title while the AI raises one. Always drawn left to right:
    a camera picture is a picture, also in Arabic."""

    tapped = Signal(int)  # the camera's index

    def __init__(self, camera: Camera, tz: str, texts: Texts, pack_path: str = "", large: bool = False,
                 clip_start: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("camera-tile")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(160, 96))  # the wall must fit a 1280x800 screen
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tz = tz
        self.texts = texts
        self.large = large
        self.camera = camera
        self.boxes: Boxes | None = None
        self.alerts: list = []
        self.time_text = ""
        self._time_rect: QRectF | None = None  # where the clock was drawn, for corner-only repaints
        self.clip_text = ""
        self.emphasised = False
        self.paints = 0  # how many times the tile painted (for tests and the bench)
        self._layers: OrderedDict[tuple, object] = OrderedDict()  # still layers, by kind, size and state
        self._boxes_cache: tuple | None = None  # (frame key, FrameBoxes)
        self._on_screen: tuple | None = None  # (picture rect, where the boxes painted last are)
        self._fonts: dict[tuple, tuple[QFont, QFontMetricsF, str]] = {}  # by (pixel size, bold)
        self._base_font: tuple[QFont, str] | None = None  # (the tile's font, its key)
        self._name = (0, "")  # (texts generation, the camera's name in the visitor's language)
        self._band_h = 0.0
        self._pressed = False
        self.clock_t: int | None = None
        self.fallback_reason = ""  # why a video the scene names is not shown
        self.feed: video.VideoFeed | None = None
        self.set_camera(camera, pack_path, clip_start)

    # -- data
    def set_camera(self, camera: Camera, pack_path: str = "", clip_start: int | None = None) -> None:
        self.camera = camera
        self.boxes = None
        self.alerts = []
        self._layers.clear()
        self._boxes_cache = None
        self._on_screen = None
        self._name = (0, "")
        if self.feed is not None:
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None
        self.fallback_reason = ""
        path, reason = video.resolve(camera, pack_path)
        if path is not None:
            start = camera.video_start if camera.video_start is not None else clip_start
            self.feed = video.VideoFeed(path, start if start is not None else 0, self)
            self.feed.frame_ready.connect(self.update)
            self.feed.failed.connect(lambda why, p=pack_path: self._video_failed(p, why))
        elif reason:
            self.fallback_reason = reason
            video.log_fallback(pack_path, camera, reason)
        self.update()

    def _video_failed(self, pack_path: str, reason: str) -> None:
        self.fallback_reason = reason
        video.log_fallback(pack_path, self.camera, reason)
        self.update()

    def follow_video(self, t: int, playing: bool, speed: float) -> None:
        """Keep the camera's footage, if it has any, at the clock's time."""
        self.clock_t = int(t)
        if self.feed is not None:
            self.feed.follow(t, playing, speed)

    def pause_video(self) -> None:
        if self.feed is not None:
            self.feed.pause()

    @property
    def uses_schematic(self) -> bool:
        """True unless recorded footage is on the tile now (a frame decoded for this time)."""
        feed = self.feed
        return not (feed is not None and feed.ok and feed.image is not None and self.clock_t is not None
                    and feed.covers(self.clock_t))

    def badge_text(self) -> str:
        if self.uses_schematic:
            return self.texts.badge
        return self.texts.footage_blurred if self.camera.blur_people else self.texts.footage

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()

    def set_frame(self, boxes: Boxes, alerts: list, time_text: str) -> bool:
        """Take the boxes and alerts for the current time; repaint only when the frame shown,
        the alert state or the clock's second changed, and only what changed: when just the boxes
        moved, where they were and where they are now. Returns True when it repaints."""
        old_t = self.boxes.t if self.boxes is not None else None
        same_alerts = [e.id for e in alerts] == [e.id for e in self.alerts]
        picture_changed = old_t != boxes.t or not same_alerts
        time_changed = time_text != self.time_text
        if not (picture_changed or time_changed):
            self.boxes, self.alerts = boxes, list(alerts)
            return False
        had_boxes = self._has_boxes()
        self.boxes = boxes
        self.alerts = list(alerts)
        self.time_text = time_text
        corner = self._time_rect.toAlignedRect().adjusted(-2, -2, 2, 2) if self._time_rect is not None else None
        if picture_changed:
            moved = self._boxes_moved() if same_alerts and had_boxes and self._has_boxes() else None
            if moved is None or (time_changed and corner is None):
                self.update(self._dirty_rect())
            else:  # the clock too: one rectangle around both (see _boxes_moved)
                self.update(moved.united(corner) if time_changed else moved)
        else:
            # Only the clock in the corner: repaint that corner, not the whole picture.
            self.update(corner if corner is not None else self._dirty_rect())
        return True

    def _has_boxes(self) -> bool:
        return bool(self.boxes is not None and self.boxes.t >= 0 and len(self.boxes.cls))

    def _boxes_font(self, r: QRectF) -> tuple[QFont, QFontMetricsF, str]:
        return self._font(r.height() * (0.022 if self.large else 0.05))

    def _boxes_layout(self, r: QRectF) -> Layout:
        """The current frame's boxes laid out in the picture ``r``."""
        font, fm, font_key = self._boxes_font(r)
        return self._frame_boxes().layout(r.toRect(), self.large, font, font_key, fm)

    def _boxes_moved(self) -> QRect | None:
        """The rectangle that holds the boxes on the screen and the new frame's, when only the
        boxes changed (one rectangle: Qt blits a pixmap fast only through a rectangular clip);
        None when the whole picture must be painted (the footage plays, or what the screen shows
        is not known)."""
        r = self.image_rect()
        if self.feed is not None or self._on_screen is None or self._on_screen[0] != r:
            return None
        return self._on_screen[1].united(self._boxes_layout(r).bounds).intersected(r.toRect())

    def set_clip_text(self, value: str) -> None:
        if value != self.clip_text:
            self.clip_text = value
            self.update()

    def set_emphasis(self, on: bool) -> None:
        if on != self.emphasised:
            self.emphasised = on
            self.update()

    @property
    def lit(self) -> bool:
        return bool(self.alerts)

    # -- touch
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pressed and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.tapped.emit(self.camera.index)
        self._pressed = False
        super().mouseReleaseEvent(event)

    # -- painting
    def image_rect(self, area: QRect | None = None) -> QRectF:
        """Where the camera's frame sits in ``area`` (the tile by default): its aspect ratio,
        centred, on whole pixels (a picture off the pixel grid takes Qt's slow path)."""
        area = self.rect() if area is None else area
        inset = 6
        w, h = max(1, area.width() - 2 * inset), max(1, area.height() - 2 * inset)
        aspect = self.camera.aspect
        if w / h > aspect:
            fw, fh = max(1, round(h * aspect)), h
        else:
            fw, fh = w, max(1, round(w / aspect))
        return QRectF(area.x() + inset + (w - fw) // 2, area.y() + inset + (h - fh) // 2, fw, fh)

    def _dirty_rect(self) -> QRect:
        """What a new frame repaints: the picture and its border, not the tile's empty margins."""
        return self.image_rect().adjusted(-6, -6, 6, 6).toAlignedRect()

    def paintEvent(self, event) -> None:
        self.paints += 1
        p = QPainter(self)
        self._time_rect = self.paint_picture(p, self.rect())
        p.end()
        # what the screen shows now, so that the next frame repaints only where boxes were and go
        r = self.image_rect()
        self._on_screen = (r, self._boxes_layout(r).bounds if self._has_boxes() else QRect())

    def paint_picture(self, p: QPainter, area: QRect) -> QRectF:
        """Paint the tile's picture at the current frame into ``area`` of ``p``: the tile itself,
        or a copy of it on another screen, at any size. What stays still (the schematic, the words
        on the picture) is kept per size, and the boxes' layout per frame and size, so painting a
        frame again redoes neither. Leaves the painter's state as it was. Returns where the clock
        was drawn."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.image_rect(area)
        ri = r.toRect()
        size = ri.size()
        frame = self.feed.image if not self.uses_schematic else None
        has_boxes = self._has_boxes()
        okey = self._overlay_key(size, has_boxes)
        if frame is None and not has_boxes:
            # nothing moves: the dimmed schematic and its words are one picture, made once
            p.drawPixmap(ri.topLeft(), self._layer(("idle",) + okey, lambda: self._render_idle(size, okey)))
        else:
            if frame is not None:
                p.drawImage(r, frame)
            else:
                p.drawPixmap(ri.topLeft(), self._schematic(size))
            p.save()
            p.setClipRect(ri)
            if frame is not None and has_boxes and self.camera.blur_people:
                video.blur(p, frame, r, self._people(r))
            if has_boxes:
                self._boxes_layout(r).paint(p, self._boxes_font(r)[0])
            p.restore()
            overlay, pieces = self._layer(("overlay",) + okey, lambda: self._render_overlay(size, has_boxes))
            for piece in pieces:  # only the parts that hold words: most of the layer is clear
                p.drawPixmap(piece.translated(ri.topLeft()), overlay, piece)
        time_rect = self._paint_time(p, r)
        self._paint_frame(p, r)
        p.restore()
        return time_rect

    def _layer(self, key: tuple, make):
        """A still layer, made on first use and kept for the last few sizes and states."""
        layer = self._layers.get(key)
        if layer is None:
            layer = self._layers[key] = make()
            if len(self._layers) > LAYERS_KEPT:
                self._layers.popitem(last=False)
        else:
            self._layers.move_to_end(key)
        return layer

    def _overlay_key(self, size: QSize, has_boxes: bool) -> tuple:
        if self._name[0] != self.texts.generation:
            self._name = (self.texts.generation, text.text(self.camera.name))
        return (size.width(), size.height(), self._name[1], self.badge_text(), has_boxes, self.clip_text,
                tuple(e.id for e in self.alerts[:1]), self._base_key())

    def _frame_boxes(self) -> FrameBoxes:
        """The current frame's boxes, worked out once per frame (not once per paint)."""
        key = (self.boxes.t, tuple(e.id for e in self.alerts), self.texts.generation)
        if self._boxes_cache is None or self._boxes_cache[0] != key:
            self._boxes_cache = (key, FrameBoxes(self.boxes, self.alerts, self.texts.classes))
        return self._boxes_cache[1]

    def _people(self, r: QRectF) -> list[QRectF]:
        """Where the people are in the picture (tile coordinates), a little larger than their box."""
        out = []
        for d in self._frame_boxes().items:
            if d.person:
                box = QRectF(r.x() + d.x * r.width(), r.y() + d.y * r.height(), d.w * r.width(), d.h * r.height())
                out.append(box.adjusted(-box.width() * 0.1, -box.height() * 0.05, box.width() * 0.1, 0))
        return out

    def _schematic(self, size: QSize) -> QPixmap:
        return self._layer(("schematic", size.width(), size.height()), lambda: render_schematic(self.camera.scene, size))

    def _render_idle(self, size: QSize, okey: tuple) -> QPixmap:
        picture = QPixmap(self._schematic(size))  # a copy: painting on it leaves the schematic as it is
        overlay, _pieces = self._layer(("overlay",) + okey, lambda: self._render_overlay(size, False))
        p = QPainter(picture)
        p.drawPixmap(0, 0, overlay)
        p.end()
        return picture

    def _render_overlay(self, size: QSize, has_boxes: bool) -> tuple[QPixmap, list[QRect]]:
        """The words on the picture as a transparent layer, and the parts of it that hold
        something. Without boxes the layer also dims the whole picture."""
        w, h = max(1, size.width()), max(1, size.height())
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not has_boxes:
            p.fillRect(QRect(0, 0, w, h), IDLE_DIM)
        top, bottom = self._paint_overlay(p, QRectF(0, 0, w, h), has_boxes)
        p.end()
        whole = QRect(0, 0, w, h)
        band, foot = min(h, math.ceil(top) + 1), max(0, math.floor(bottom) - 2)
        pieces = [QRect(0, 0, w, band), QRect(0, foot, w, h - foot)] if has_boxes and band < foot else [whole]
        return QPixmap.fromImage(image), pieces

    def _base_key(self) -> str:
        """The key of the tile's font (it changes with the language's font)."""
        base = self.font()
        if self._base_font is None or base != self._base_font[0]:
            self._base_font = (base, base.key())
            self._fonts.clear()
        return self._base_font[1]

    def _font(self, px: float, bold: bool = False) -> tuple[QFont, QFontMetricsF, str]:
        """The tile's font at ``px`` pixels (at least 11), its metrics and its key, made once."""
        self._base_key()
        key = (max(11, int(px)), bold)
        hit = self._fonts.get(key)
        if hit is None:
            if len(self._fonts) > 32:  # a window resized through many sizes
                self._fonts.clear()
            f = QFont(self._base_font[0])
            f.setPixelSize(key[0])
            f.setBold(bold)
            hit = self._fonts[key] = (f, QFontMetricsF(f), f.key())
        return hit

    def _paint_overlay(self, p: QPainter, r: QRectF, has_boxes: bool) -> tuple[float, float]:
        """The name band on top, the badge (and the alert's banner) below, and without boxes the
        idle words between. Returns how far down the band reaches and where the bottom part starts."""
        scale = r.height()
        pad = max(6.0, scale * 0.025)
        name_font = self._font(scale * (0.045 if self.large else 0.075), bold=True)[0]
        small, fm, _key = self._font(scale * (0.032 if self.large else 0.058))
        # top band: camera name (wrapped, never clipped) and the time
        name = text.text(self.camera.name)
        p.setFont(small)
        time_w = fm.horizontalAdvance("00:00:00") + 2 * pad  # room for the clock
        p.setFont(name_font)
        name_rect = QRectF(r.x() + pad, r.y() + pad * 0.6, r.width() - 2 * pad - time_w, scale)
        bound = p.boundingRect(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), name)
        band_h = bound.height() + pad * 1.2
        grad = QLinearGradient(0, r.y(), 0, r.y() + band_h * 1.5)
        grad.setColorAt(0, QColor(2, 6, 14, 225))
        grad.setColorAt(1, QColor(2, 6, 14, 0))
        p.fillRect(QRectF(r.x(), r.y(), r.width(), band_h * 1.5), grad)
        p.setPen(QColor("#f1f5f9"))
        p.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), name)
        self._band_h = band_h

        # bottom: the alert's title, or the "Anonymised replay" badge
        p.setFont(small)
        if self.alerts:
            title = text.pick(self.alerts[0].title)[0]
            line = f"⚠ {self.texts.ai_alert}: {title}"
            box = QRectF(r.x() + pad, r.y(), r.width() - 2 * pad, scale)
            bound = p.boundingRect(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), line)
            banner = QRectF(r.x(), r.bottom() - bound.height() - pad * 1.4, r.width(), bound.height() + pad * 1.4)
            p.fillRect(banner, QColor(180, 40, 20, 225))
            p.setPen(QColor("#ffffff"))
            p.drawText(banner.adjusted(pad, pad * 0.7, -pad, 0),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), line)
            badge_bottom = banner.top() - pad * 0.5
        else:
            badge_bottom = r.bottom() - pad
        badge = self.badge_text()
        bw, bh = fm.horizontalAdvance(badge) + pad * 2, fm.height() + pad * 0.6
        badge_rect = QRectF(r.x() + pad, badge_bottom - bh, min(bw, r.width() - 2 * pad), bh)
        p.setPen(QPen(QColor("#2dd4bf"), 1.2))
        p.setBrush(QColor(4, 30, 32, 215))
        p.drawRoundedRect(badge_rect, bh / 2, bh / 2)
        p.setPen(QColor("#99f6e4"))
        p.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        if not has_boxes:
            lines = self.texts.idle + (("\n" + self.clip_text) if self.clip_text else "")
            p.setFont(small)
            p.setPen(QColor("#94a3b8"))
            mid = QRectF(r.x() + pad, r.y() + band_h, r.width() - 2 * pad, badge_rect.top() - r.y() - band_h)
            p.drawText(mid, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), lines)
        return band_h * 1.5, badge_rect.top()  # the badge sits above the banner

    def _paint_time(self, p: QPainter, r: QRectF) -> QRectF:
        """The clock in the top corner, over the name band: the one word that changes each second,
        laid out once per second for every tile (of a size). Returns the corner a new second repaints."""
        scale = r.height()
        pad = max(6.0, scale * 0.025)
        small, fm, font_key = self._font(scale * (0.032 if self.large else 0.058))
        static, advance, _ink = caption_text(self.time_text, small, font_key, fm)  # one layout for every tile
        time_w = advance + 2 * pad
        p.setFont(small)
        p.setPen(TIME_COLOR)
        time_rect = QRectF(r.right() - time_w, r.y() + pad * 0.6, time_w - pad, fm.height() + pad)
        p.drawStaticText(QPointF(time_rect.right() - advance, time_rect.top()), static)
        # room for a wider time next second ("9:59" -> "10:00")
        return time_rect.adjusted(-time_w * 0.5, 0, 0, 0)

    def _paint_frame(self, p: QPainter, r: QRectF) -> None:
        """The tile's border: red with a glow while an alert runs, blue when the story points at
        it. Drawn as filled strips: a thick antialiased rounded outline costs 0.4 ms a tile."""
        if self.alerts:
            border(p, r.adjusted(-6, -6, 6, 6), 6, ALERT_GLOW)
            border(p, r.adjusted(-3, -3, 3, 3), 4, ALERT)
        elif self.emphasised:
            border(p, r.adjusted(-3, -3, 3, 3), 4, EMPHASIS)
        else:
            border(p, r.adjusted(-1, -1, 1, 1), 1, QUIET_BORDER)
