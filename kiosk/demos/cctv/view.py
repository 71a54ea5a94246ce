"""The CCTV-wall demo: a wall of the city's cameras as privacy-safe schematics, the AI's
detections moving on them, and the tiles that light up when the AI raises an alert. Tapping a
tile opens that camera full screen with its own alerts beside it.

No camera image is ever shown: each tile draws the scene's schematic layout (roads, lanes,
crosswalks, buildings...) from the pack and the anonymous boxes the AI detected.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPainterPath, QPen, \
    QPixmap, QPolygonF, QStaticText, QTransform
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLayout, QListWidget, QListWidgetItem, QSizePolicy, \
    QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.streams import Boxes
from kiosk.demos.cctv import video
from kiosk.demos.cctv.model import AI_EVENT_KINDS, Camera
from kiosk.i18n import _
from kiosk.ui.player import text
from kiosk.ui.player.player import Player
from kiosk.ui.player.timeline import Row
from kiosk.ui.widgets import button, label, set_emphasis

log = logging.getLogger(__name__)

ALERT = QColor("#ff5a36")
ALERT_GLOW = QColor(255, 90, 54, 70)
EMPHASIS = QColor("#38bdf8")
TILE_BG = QColor("#070d18")
SKY_TOP, SKY_BOTTOM = QColor("#0a1322"), QColor("#101b2c")

#: Fill colours of the schematic's shapes: muted and dark, a drawing, never a picture.
SHAPE_FILL = {
    "road": "#1b2433", "alley": "#232a36", "driveway": "#1e2735", "bike_path": "#173038",
    "sidewalk": "#252f3e", "plaza": "#212b39", "path": "#2c3140", "entrance": "#2d3b52",
    "grass": "#15291f", "schoolyard": "#1d2c26", "tree": "#183524", "tree_trunk": "#34291f",
    "planter": "#1a3324", "building": "#263246", "roof": "#2e3a50", "stall": "#33292a",
    "bench": "#3a3530", "lamp_post": "#3f4a5c", "pole": "#3f4a5c", "sign": "#4b3d22",
    "bus_stop": "#243754", "school_zone_paint": "#3d1b22", "crosswalk": "#1b2433",
}
DEFAULT_FILL = "#222c3b"
LINE_COLOR = {"dashed": "#5c6677", "double_yellow": "#7a6a2a", None: "#4b5565"}
LINE_KIND_COLOR = {"fence": "#434d5e", "gate": "#5b6a7e",
                   "stop_line": "#7d8696", "curb_no_stopping": "#7a6a2a"}
ZEBRA = QColor("#59637a")
OUTLINED = {"building", "roof", "stall", "bus_stop", "entrance", "sign"}

#: Box colours by detection class.
CLASS_COLOR = {
    "person": "#38bdf8", "car": "#fbbf24", "bus": "#fb923c", "truck": "#f59e0b", "bicycle": "#34d399",
    "motorcycle": "#2dd4bf", "kick_scooter": "#a3e635", "smoke": "#cbd5e1", "fire": "#f43f5e",
}
PEOPLE = {"person"}
RIDERS = {"bicycle", "motorcycle", "kick_scooter"}

def class_names() -> dict[str, str]:
    """The detection classes in the visitor's language."""
    return {
        "person": _("Person"), "car": _("Car"), "bus": _("Bus"), "truck": _("Truck"), "bicycle": _("Bicycle"),
        "motorcycle": _("Motorcycle"), "kick_scooter": _("Kick scooter"), "smoke": _("Smoke"), "fire": _("Fire"),
        "object": _("Object"),
    }


class Texts:
    """The words every tile paints, translated once per language."""

    def __init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.classes = class_names()
        self.badge = _("Anonymised replay")
        self.footage = _("Recorded footage")
        self.footage_blurred = _("Recorded footage · people blurred")
        self.idle = _("No detections at this time")
        self.ai_alert = _("AI alert")


# ------------------------------------------------------------------------------ one camera

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
        self._captions: dict[tuple, tuple] = {}
        self.clip_text = ""
        self.emphasised = False
        self.paints = 0  # how many times the tile painted (for tests and the bench)
        self._background: QPixmap | None = None
        self._overlay: tuple | None = None  # (key, the words on the picture as a transparent layer)
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
        self._background = None
        self._overlay = None
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
        the alert state or the clock's minute changed. Returns True when it repaints."""
        old_t = self.boxes.t if self.boxes is not None else None
        picture_changed = old_t != boxes.t or [e.id for e in alerts] != [e.id for e in self.alerts]
        time_changed = time_text != self.time_text
        self.boxes = boxes
        self.alerts = list(alerts)
        self.time_text = time_text
        if picture_changed or (time_changed and self._time_rect is None):
            self.update()
        elif time_changed:
            # Only the clock in the corner: repaint that corner, not the whole picture.
            self.update(self._time_rect.toAlignedRect().adjusted(-2, -2, 2, 2))
        return picture_changed or time_changed

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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._background = None

    # -- painting
    def image_rect(self) -> QRectF:
        """Where the camera's frame sits: its aspect ratio, centred in the tile."""
        inset = 6.0
        w, h = max(1.0, self.width() - 2 * inset), max(1.0, self.height() - 2 * inset)
        aspect = self.camera.aspect
        if w / h > aspect:
            fw, fh = h * aspect, h
        else:
            fw, fh = w, w / aspect
        return QRectF(inset + (w - fw) / 2, inset + (h - fh) / 2, fw, fh)

    def paintEvent(self, event) -> None:
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.image_rect()
        size = r.size().toSize()
        frame = self.feed.image if not self.uses_schematic else None
        if frame is not None:
            p.drawImage(r, frame)
        else:
            if self._background is None or self._background.size() != size:
                self._background = self._render_schematic(size)
            p.drawPixmap(r.topLeft(), self._background)
        has_boxes = bool(self.boxes is not None and self.boxes.t >= 0 and len(self.boxes.cls))
        p.save()
        p.setClipRect(r)
        if frame is not None and has_boxes and self.camera.blur_people:
            video.blur(p, frame, r, self._people(r))
        if has_boxes:
            self._paint_boxes(p, r)
        else:
            p.fillRect(r, QColor(4, 8, 16, 90))
        # The words on the picture (name, badge, alert banner) change rarely: laid out into a
        # transparent layer once, not every frame.
        key = (size.width(), size.height(), text.text(self.camera.name), self.badge_text(), has_boxes,
               self.clip_text, tuple(e.id for e in self.alerts[:1]), self.font().family())
        if self._overlay is None or self._overlay[0] != key:
            self._overlay = (key, self._render_overlay(size, has_boxes))
        p.drawPixmap(r.topLeft(), self._overlay[1])
        self._paint_time(p, r)
        p.restore()
        self._paint_frame(p, r)
        p.end()

    def _people(self, r: QRectF) -> list[QRectF]:
        """Where the people are in the picture (tile coordinates), a little larger than their box."""
        b = self.boxes
        out = []
        for i, cls in enumerate(b.labels()):
            if cls in PEOPLE:
                box = QRectF(r.x() + float(b.x[i]) * r.width(), r.y() + float(b.y[i]) * r.height(),
                             float(b.w[i]) * r.width(), float(b.h[i]) * r.height())
                out.append(box.adjusted(-box.width() * 0.1, -box.height() * 0.05, box.width() * 0.1, 0))
        return out

    def _render_overlay(self, size: QSize, has_boxes: bool) -> QPixmap:
        image = QImage(max(1, size.width()), max(1, size.height()), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_overlay(p, QRectF(0, 0, size.width(), size.height()), has_boxes)
        p.end()
        return QPixmap.fromImage(image)

    def _font(self, px: float, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPixelSize(max(11, int(px)))
        f.setBold(bold)
        return f

    def _render_schematic(self, size: QSize) -> QPixmap:
        pm = QPixmap(max(1, size.width()), max(1, size.height()))
        pm.fill(TILE_BG)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = pm.width(), pm.height()
        layout = self.camera.scene.get("layout") or {}
        horizon = float(layout.get("horizon_y", self.camera.scene.get("camera_model", {}).get("horizon_y", 0.3)))
        sky = QLinearGradient(0, 0, 0, horizon * h)
        night = "night" in str(self.camera.scene.get("kind", ""))
        sky.setColorAt(0, QColor("#05090f") if night else SKY_TOP)
        sky.setColorAt(1, QColor("#0b1220") if night else SKY_BOTTOM)
        p.fillRect(QRectF(0, 0, w, horizon * h + 1), sky)
        p.fillRect(QRectF(0, horizon * h, w, h - horizon * h + 1), QColor("#141c28"))

        def pt(xy) -> QPointF:
            return QPointF(float(xy[0]) * w, float(xy[1]) * h)

        for shape in layout.get("shapes") or []:
            kind = shape.get("kind")
            style = shape.get("style")
            try:
                if "polygon" in shape:
                    poly = QPolygonF([pt(xy) for xy in shape["polygon"]])
                    fill = QColor(SHAPE_FILL.get(kind, DEFAULT_FILL))
                    p.setPen(QPen(fill.lighter(135), 1.2) if kind in OUTLINED else Qt.PenStyle.NoPen)
                    p.setBrush(fill)
                    p.drawPolygon(poly)
                    if kind == "crosswalk" or style == "zebra":
                        _zebra(p, poly)
                    elif kind == "school_zone_paint":
                        p.setBrush(QBrush(QColor(120, 40, 48, 60), Qt.BrushStyle.BDiagPattern))
                        p.setPen(Qt.PenStyle.NoPen)
                        p.drawPolygon(poly)
                elif "line" in shape:
                    pts = [pt(xy) for xy in shape["line"]]
                    color = QColor(LINE_KIND_COLOR.get(kind) or LINE_COLOR.get(style, LINE_COLOR[None]))
                    width = max(1.2, h / 260)
                    if style == "double_yellow":
                        _double_line(p, pts, color, width)
                    else:
                        pen = QPen(color, width)
                        if style == "dashed":
                            pen.setStyle(Qt.PenStyle.DashLine)
                        p.setPen(pen)
                        for a, b in zip(pts, pts[1:]):
                            p.drawLine(a, b)
            except (TypeError, ValueError, IndexError):
                continue  # a malformed shape is skipped, the rest still draws
        p.end()
        return pm

    def _paint_boxes(self, p: QPainter, r: QRectF) -> None:
        b = self.boxes
        labels = b.labels()
        names = self.texts.classes
        alert_tracks = {int(e.detail.get("track")) for e in self.alerts
                        if isinstance(e.detail, dict) and isinstance(e.detail.get("track"), (int, float))}
        font = self._font(r.height() * (0.022 if self.large else 0.05))
        fm = QFontMetricsF(font)
        p.setFont(font)
        placed: list[QRectF] = []
        line_w = max(1.5, r.height() / 300)
        order = sorted(range(len(labels)), key=lambda i: float(b.y[i] + b.h[i]))  # far first, near last
        for i in order:
            cls = labels[i]
            box = QRectF(r.x() + float(b.x[i]) * r.width(), r.y() + float(b.y[i]) * r.height(),
                         float(b.w[i]) * r.width(), float(b.h[i]) * r.height())
            track = int(b.track[i])
            alerted = track in alert_tracks
            color = QColor(ALERT if alerted else CLASS_COLOR.get(cls, "#e2e8f0"))
            shape = "figure" if cls in PEOPLE else "cloud" if cls in ("smoke", "fire") else \
                "rounded" if self.large else "rect"
            sprite = _box_sprite(shape, color.rgba(), alerted, box.width(), box.height(), line_w)
            p.drawPixmap(QPointF(round(box.x()) - SPRITE_PAD, round(box.y()) - SPRITE_PAD), sprite)
            caption = f"{names.get(cls, names['object'])} · #{track}"
            static, advance = self._caption(caption, font, fm)
            tw, th = advance + 8, fm.height() + 2
            tag = QRectF(box.x(), box.y() - th - 1, tw, th)
            if tag.top() < r.top():
                tag.moveTop(box.bottom() + 1)
            if tag.right() > r.right():
                tag.moveRight(r.right())
            if tag.left() < r.left():
                tag.moveLeft(r.left())
            if not alerted and any(tag.intersects(o) for o in placed):
                continue  # a crowded frame keeps the box, not an unreadable heap of labels
            placed.append(tag)
            bg = QColor(ALERT if alerted else QColor(6, 12, 22))
            bg.setAlpha(235 if alerted else 200)
            p.fillRect(tag.toAlignedRect(), bg)
            p.setPen(QColor("#ffffff") if alerted else color.lighter(115))
            p.drawStaticText(QPointF(tag.x() + 4, tag.y() + 1), static)

    def _caption(self, caption: str, font: QFont, fm: QFontMetricsF) -> tuple[QStaticText, float]:
        """Box labels laid out once and kept: a wall of cameras draws hundreds a second."""
        key = (caption, font.pixelSize(), font.bold())
        cached = self._captions.get(key)
        if cached is None:
            static = QStaticText(caption)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            cached = self._captions[key] = (static, fm.horizontalAdvance(caption))
            if len(self._captions) > 2000:
                self._captions.clear()
        return cached

    def _paint_overlay(self, p: QPainter, r: QRectF, has_boxes: bool) -> None:
        scale = r.height()
        pad = max(6.0, scale * 0.025)
        name_font = self._font(scale * (0.045 if self.large else 0.075), bold=True)
        small = self._font(scale * (0.032 if self.large else 0.058))
        # top band: camera name (wrapped, never clipped) and the time
        name = text.text(self.camera.name)
        p.setFont(small)
        time_w = QFontMetricsF(small).horizontalAdvance("00:00:00") + 2 * pad  # room for the clock
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
        fm = QFontMetricsF(small)
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

    def _paint_time(self, p: QPainter, r: QRectF) -> None:
        """The clock in the top corner, over the name band: the one word that changes each second."""
        scale = r.height()
        pad = max(6.0, scale * 0.025)
        small = self._font(scale * (0.032 if self.large else 0.058))
        fm = QFontMetricsF(small)
        time_w = fm.horizontalAdvance(self.time_text) + 2 * pad
        p.setFont(small)
        p.setPen(QColor("#cbd5e1"))
        time_rect = QRectF(r.right() - time_w, r.y() + pad * 0.6, time_w - pad, fm.height() + pad)
        p.drawText(time_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), self.time_text)
        # room for a wider time next second ("9:59" -> "10:00")
        self._time_rect = time_rect.adjusted(-time_w * 0.5, 0, 0, 0)

    def _paint_frame(self, p: QPainter, r: QRectF) -> None:
        """The tile's border: red with a glow while an alert runs, blue when the story points at
        it. Drawn as filled strips: a thick antialiased rounded outline costs 0.4 ms a tile."""
        if self.alerts:
            _border(p, r.adjusted(-6, -6, 6, 6), 6, ALERT_GLOW)
            _border(p, r.adjusted(-3, -3, 3, 3), 4, ALERT)
        elif self.emphasised:
            _border(p, r.adjusted(-3, -3, 3, 3), 4, EMPHASIS)
        else:
            _border(p, r.adjusted(-1, -1, 1, 1), 1, QColor("#28405f"))


def _border(p: QPainter, outer: QRectF, width: int, color: QColor) -> None:
    """A rectangular border ``width`` thick inside ``outer``, as four filled strips on whole
    pixels (a fractional rectangle takes Qt's slow antialiased path)."""
    o = outer.toAlignedRect()
    x, y, w, h = o.x(), o.y(), o.width(), o.height()
    p.fillRect(QRect(x, y, w, width), color)
    p.fillRect(QRect(x, y + h - width, w, width), color)
    p.fillRect(QRect(x, y + width, width, h - 2 * width), color)
    p.fillRect(QRect(x + w - width, y + width, width, h - 2 * width), color)


#: Transparent margin around a box sprite, for its outline's antialiased edge.
SPRITE_PAD = 4
_sprites: dict[tuple, QPixmap] = {}


def _box_sprite(shape: str, rgba: int, alerted: bool, w: float, h: float, line_w: float) -> QPixmap:
    """A detection box drawn once and kept: antialiased figures and rounded corners cost about
    150 µs each to rasterise, a cached pixmap a few. Keyed by whole pixels, so a box moving by
    less than one pixel reuses its sprite."""
    iw, ih = max(2, round(w)), max(2, round(h))
    key = (shape, rgba, alerted, iw, ih, round(line_w * 4))
    sprite = _sprites.get(key)
    if sprite is not None:
        return sprite
    if len(_sprites) > 4000:  # sizes change with distance; never grow without bound
        _sprites.clear()
    image = QImage(iw + 2 * SPRITE_PAD, ih + 2 * SPRITE_PAD, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor.fromRgba(rgba)
    fill = QColor(color)
    fill.setAlpha(70 if alerted else 45)
    box = QRectF(SPRITE_PAD, SPRITE_PAD, iw, ih)
    p.setPen(QPen(color, line_w * (2 if alerted else 1)))
    p.setBrush(fill)
    if shape == "figure":
        _figure(p, box, color, fill)
    elif shape == "cloud":
        p.setPen(QPen(color, line_w, Qt.PenStyle.DashLine))
        p.drawRoundedRect(box, box.width() * 0.3, box.height() * 0.3)
    elif shape == "rounded":
        radius = min(box.width(), box.height()) * 0.18
        p.drawRoundedRect(box, radius, radius)
    else:
        p.drawRect(box)
    p.end()
    sprite = _sprites[key] = QPixmap.fromImage(image)
    return sprite


def _zebra(p: QPainter, poly: QPolygonF) -> None:
    box = poly.boundingRect()
    path = QPainterPath()
    path.addPolygon(poly)
    p.save()
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ZEBRA)
    if box.width() >= box.height():  # crossing left to right: stripes stand up
        n = max(4, int(box.width() / max(6.0, box.height() * 0.35)))
        step = box.width() / n
        for k in range(n):
            p.drawRect(QRectF(box.x() + k * step + step * 0.25, box.y(), step * 0.5, box.height()))
    else:
        n = max(4, int(box.height() / max(6.0, box.width() * 0.35)))
        step = box.height() / n
        for k in range(n):
            p.drawRect(QRectF(box.x(), box.y() + k * step + step * 0.25, box.width(), step * 0.5))
    p.restore()


def _double_line(p: QPainter, pts: list[QPointF], color: QColor, width: float) -> None:
    p.setPen(QPen(color, width))
    for a, b in zip(pts, pts[1:]):
        d = b - a
        length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
        off = QPointF(-d.y() / length, d.x() / length) * width * 1.1
        p.drawLine(a + off, b + off)
        p.drawLine(a - off, b - off)


def _figure(p: QPainter, box: QRectF, color: QColor, fill: QColor) -> None:
    """An anonymous person: a round head and a rounded body, no face."""
    head_d = min(box.width() * 0.7, box.height() * 0.22)
    cx = box.center().x()
    head = QRectF(cx - head_d / 2, box.y(), head_d, head_d)
    body = QRectF(box.x(), box.y() + head_d * 1.05, box.width(), max(1.0, box.height() - head_d * 1.05))
    p.drawEllipse(head)
    radius = min(body.width(), body.height()) * 0.45
    p.drawRoundedRect(body, radius, radius)


# ------------------------------------------------------------------------------ the demo

class PrivacyCard(QFrame):
    """"Privacy by design" beside the cameras, with the legend of what the AI detects.

    It takes the height its grid row gives it and never makes that row taller than the cameras'
    rows: where the words need more room (Arabic script is tall), the legend steps aside."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setObjectName("cctv-privacy")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.title = label("heading")
        self.body = label("muted")
        self.legend_box = QWidget()
        self.legend_title = label("muted")
        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setHorizontalSpacing(18)
        legend.setVerticalSpacing(2)
        self.legend: dict[str, QWidget] = {}
        per_row = 5
        for k, cls in enumerate(CLASS_COLOR):
            swatch = label("muted", wrap=False)
            swatch.setText("●")
            swatch.setStyleSheet(f"color: {CLASS_COLOR[cls]};")
            name = label("muted", wrap=False)
            self.legend[cls] = name
            legend.addWidget(swatch, k // per_row, 2 * (k % per_row))
            legend.addWidget(name, k // per_row, 2 * (k % per_row) + 1)
        for c in range(per_row):
            legend.setColumnStretch(2 * c + 1, 1)
        inner = QVBoxLayout(self.legend_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.legend_title)
        inner.addLayout(legend)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        # The grid decides the card's height, not its words (a layout would otherwise raise the
        # card's minimum height to fit them all).
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addWidget(self.legend_box)
        box.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def fit(self) -> None:
        """Show the legend only when everything fits in the card's height."""
        m = self.layout().contentsMargins()
        width = max(1, self.width() - m.left() - m.right())
        needed = (m.top() + m.bottom() + self.title.heightForWidth(width) + self.body.heightForWidth(width)
                  + self.legend_box.sizeHint().height() + 2 * self.layout().spacing())
        self.legend_box.setVisible(needed <= self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class CctvView(QWidget):
    show_on_map = Signal(float, float)  # the camera's lat, lon: "Show on the map"

    def __init__(self, model):
        super().__init__()
        self.setObjectName("cctv-demo")
        self.model = model
        pack = model.pack
        self.tz = pack.manifest.timezone
        self.texts = Texts()
        self.selected: int | None = None  # the camera shown full screen, or None on the wall
        self._minute_key = None
        pack_path = str(getattr(pack, "path", ""))

        self.player = Player(pack, event_kinds=set(AI_EVENT_KINDS))
        self.player.ticked.connect(self.update_frame)
        self.player.chapter_changed.connect(self.emphasise)

        self.title = label("heading")
        self.subtitle = label("muted")

        # -- the wall
        self.wall = QWidget()
        self.wall.setObjectName("cctv-wall")
        grid = QGridLayout(self.wall)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        n = len(model.cameras)
        columns = 2 if n <= 4 else 3
        rows = max(1, -(-n // columns))
        self.tiles: list[CameraTile] = []
        for k, cam in enumerate(model.cameras):
            tile = CameraTile(cam, self.tz, self.texts, pack_path, clip_start=self._clip_start(cam))
            tile.tapped.connect(self.open_camera)
            self.tiles.append(tile)
            grid.addWidget(tile, k // columns, k % columns)
        self.privacy = PrivacyCard()
        self.privacy_title = self.privacy.title
        self.privacy_body = self.privacy.body
        self.legend_title = self.privacy.legend_title
        self.legend = self.privacy.legend
        free = rows * columns - n
        if free:
            grid.addWidget(self.privacy, n // columns, n % columns, 1, free)
        else:
            self.privacy.setVisible(False)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        for r in range(rows):
            grid.setRowStretch(r, 1)

        # -- one camera, full screen
        self.camera_page = QWidget()
        self.camera_page.setObjectName("cctv-camera")
        first = model.cameras[0] if model.cameras else None
        # the full-screen tile starts without footage: it takes its camera's when one is opened
        self.big_tile = CameraTile(first, self.tz, self.texts, large=True) if first else None
        self.camera_name = label("heading")
        self.camera_info = label("muted")
        self.back_button = button("nav")
        self.back_button.setObjectName("cctv-back")
        self.back_button.clicked.connect(self.show_wall)
        self.map_button = button("primary")
        self.map_button.setObjectName("cctv-map")
        self.map_button.clicked.connect(self._map_tapped)
        self.events_heading = label("muted")
        self.camera_events = QListWidget()
        self.camera_events.setObjectName("event-list")
        self.camera_events.setWordWrap(True)
        self.camera_events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.camera_events.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.camera_events.itemClicked.connect(
            lambda item: self.player.select_event(item.data(Qt.ItemDataRole.UserRole)))
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.camera_name)
        side.addWidget(self.camera_info)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.map_button)
        side.addLayout(buttons)
        side.addWidget(self.events_heading)
        side.addWidget(self.camera_events, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(380)
        side_widget.setMaximumWidth(560)
        page = QHBoxLayout(self.camera_page)
        page.setContentsMargins(0, 0, 0, 0)
        if self.big_tile is not None:
            page.addWidget(self.big_tile, 3)
        page.addWidget(side_widget, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.wall)
        self.pages.addWidget(self.camera_page)

        content = QVBoxLayout(self.player.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.title)
        content.addWidget(self.subtitle)
        content.addWidget(self.pages, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.player)
        self.retranslate()
        self.player.seek(pack.manifest.t_start)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        m = self.model.pack.manifest
        self.texts.refresh()
        self.title.setText(text.text(m.title))
        self._set_subtitle()
        self.privacy_title.setText(_("Privacy by design"))
        self.privacy_body.setText(_("The kiosk never shows camera images: each camera is a drawing of its "
                                    "scene, with the anonymous boxes the AI detected."))
        self.legend_title.setText(_("What the AI detects"))
        for cls, widget in self.legend.items():
            widget.setText(self.texts.classes[cls])
        self.privacy.fit()
        self.back_button.setText(_("All cameras"))
        self.map_button.setText(_("Show on the map"))
        self.events_heading.setText(_("AI alerts at this camera"))
        self.player.set_rows([
            self.player.event_rows(_("AI alerts"), set(AI_EVENT_KINDS)),
            Row(_("Cameras"), spans=[c for c in (self.model.clip(cam.index) for cam in self.model.cameras) if c]),
        ])
        self.player.retranslate()
        for tile in self._all_tiles():
            tile.set_clip_text(self._clip_text(tile.camera))
            tile.update()
        if self.selected is not None:
            self._fill_camera_page()
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def _set_subtitle(self) -> None:
        if self.selected is None:
            self.subtitle.setText(_("Tap a camera to see it full screen. Red frames are alerts raised by the AI."))
        else:
            self.subtitle.setText(_("Each box is something the AI detected; its number follows it from frame to frame."))

    def _clip_text(self, camera: Camera) -> str:
        clip = self.model.clip(camera.index)
        if clip is None:
            return ""
        return _("Recorded {start}–{end}").format(start=text.time_text(clip[0], self.tz),
                                                  end=text.time_text(clip[1], self.tz))

    def _clip_start(self, camera: Camera) -> int | None:
        clip = self.model.clip(camera.index)
        return clip[0] if clip is not None else None

    def _all_tiles(self) -> list[CameraTile]:
        return self.tiles + ([self.big_tile] if self.big_tile is not None else [])

    # ------------------------------------------------------------------ story
    def panels(self) -> dict[str, list[QWidget]]:
        return {
            "camera": [self.big_tile] if self.selected is not None and self.big_tile else list(self.tiles),
            "events": [self.player.event_list, self.camera_events],
        }

    def emphasise(self, chapter) -> None:
        focus = chapter.focus.get("camera") if chapter is not None else None
        wanted = set(chapter.panels) if chapter is not None else set()
        for tile in self.tiles:
            tile.set_emphasis("camera" in wanted and tile.camera.id == focus)
        if self.big_tile is not None:
            self.big_tile.set_emphasis("camera" in wanted and self.big_tile.camera.id == focus)
        for widget in (self.player.event_list, self.camera_events):
            set_emphasis(widget, "events" in wanted)

    # ------------------------------------------------------------------ wall and camera
    def open_camera(self, index: int) -> None:
        camera = self.model.camera(index)
        self.selected = camera.index
        if self.big_tile is not None:
            self.big_tile.set_camera(camera, str(getattr(self.model.pack, "path", "")), self._clip_start(camera))
            self.big_tile.set_clip_text(self._clip_text(camera))
            self.big_tile.set_emphasis(False)
        self._fill_camera_page()
        self._set_subtitle()
        self.pages.setCurrentWidget(self.camera_page)
        self.player.event_list.setVisible(False)
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def open_camera_by_id(self, camera_id: str) -> bool:
        """Tap-through from an incident: that camera full screen, at its first AI alert."""
        camera = self.model.camera_by_id(camera_id)
        if camera is None:
            return False
        events = self.model.events_for(camera_id)
        if events:
            self.player.seek(events[0].t_start)
        self.open_camera(camera.index)
        return True

    def show_wall(self) -> None:
        self.selected = None
        self._set_subtitle()
        self.pages.setCurrentWidget(self.wall)
        self.player.event_list.setVisible(True)
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def _fill_camera_page(self) -> None:
        camera = self.model.camera(self.selected)
        self.camera_name.setText(text.text(camera.name))
        self.camera_info.setText(self._clip_text(camera))
        self.camera_events.clear()
        events = self.model.events_for(camera.id)
        for event in events:
            item = QListWidgetItem(text.event_line(event, self.tz))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.camera_events.addItem(item)
        if not events:
            item = QListWidgetItem(_("No AI alerts at this camera in this recording"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.camera_events.addItem(item)

    def _map_tapped(self) -> None:
        if self.selected is None:
            return
        camera = self.model.camera(self.selected)
        self.show_on_map.emit(float(camera.lat), float(camera.lon))

    # ------------------------------------------------------------------ every frame
    def update_frame(self, t: int) -> None:
        t = int(t)
        key = t // 1000
        if key != self._minute_key:  # one formatted time per clock second, shared by every tile
            self._minute_key = key
            self._time_text = text.clock_text(t, self.tz).split("  ")[-1]
        alerts = self.model.active_alerts(t)
        clock = self.player.clock
        shown = self.tiles if self.selected is None else [self.big_tile] if self.big_tile is not None else []
        for tile in shown:
            tile.follow_video(t, clock.playing, clock.speed)
            tile.set_frame(self.model.boxes(tile.camera.index, t), alerts.get(tile.camera.id, []),
                           self._time_text)
        if self.selected is not None:
            for tile in self.tiles:  # the wall is hidden: its footage waits
                tile.pause_video()

    def stop(self) -> None:
        self.player.stop()
        for tile in self._all_tiles():
            tile.stop()


# ------------------------------------------------------------------------------ screenshots

def _busiest_alert(view: CctvView):
    """The AI event whose camera shows the most boxes one second into it."""
    best, most = None, -1
    for event in view.model.ai_events:
        camera = view.model.camera_by_id(event.camera)
        if camera is None:
            continue
        n = len(view.model.boxes(camera.index, event.t_start + 1000).cls)
        if n > most:
            best, most = event, n
    return best


def _shot_wall(view: CctvView) -> None:
    """The wall one second into an AI alert: its tile lit."""
    view.show_wall()
    event = _busiest_alert(view)
    if event is not None:
        view.player.seek(event.t_start + 1000)


def _shot_camera(view: CctvView) -> None:
    """One camera full screen during its alert, its alerts beside it."""
    event = _busiest_alert(view)
    if event is not None:
        view.player.seek(event.t_start + 1000)
        view.open_camera(view.model.camera_by_id(event.camera).index)
    elif view.model.cameras:
        view.open_camera(view.model.cameras[0].index)


#: What ``kiosk --screenshot`` shows of this demo: (name suffix, setup).
SCREENSHOTS = [("wall", _shot_wall), ("camera", _shot_camera)]
