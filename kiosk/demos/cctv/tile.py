"""One camera of the wall: its scene's schematic (or its recorded footage, people blurred), the
AI's boxes at the clock's time, its name and time, and the red frame of an alert.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPen, QPixmap, \
    QStaticText, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.streams import Boxes
from kiosk.demos.cctv import video
from kiosk.demos.cctv.drawing import ALERT, ALERT_GLOW, CLASS_COLOR, EMPHASIS, PEOPLE, SPRITE_PAD, border, box_sprite, \
    render_schematic
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
                self._background = render_schematic(self.camera.scene, size)
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
            sprite = box_sprite(shape, color.rgba(), alerted, box.width(), box.height(), line_w)
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
            border(p, r.adjusted(-6, -6, 6, 6), 6, ALERT_GLOW)
            border(p, r.adjusted(-3, -3, 3, 3), 4, ALERT)
        elif self.emphasised:
            border(p, r.adjusted(-3, -3, 3, 3), 4, EMPHASIS)
        else:
            border(p, r.adjusted(-1, -1, 1, 1), 1, QColor("#28405f"))
