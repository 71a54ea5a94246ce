"""An offline map: the pack's own geometry (roads, water, parks, routes, stops, areas, landmarks)
and moving markers, with one-finger pan, pinch and wheel zoom, and tap to select a marker.

Geometry is projected once to a local plane (metres east and north of the pack's centre) and kept
as painter paths; a frame only changes the view transform and redraws, so panning and zooming cost
the same however long the recording is. The map never mirrors in right-to-left languages: north
stays up and east stays right; only its labels follow the visitor's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QWidget

EARTH_M = 6_371_008.8
TAP_SLOP_PX = 12  # a touch that moves less than this is a tap, not a pan
HIT_PX = 36  # how close to a marker a tap must land
MIN_SCALE, MAX_SCALE = 0.005, 20.0  # pixels per metre

LAYER_ORDER = ("boundary", "park", "water", "building", "road", "route", "area", "stop", "station", "camera", "landmark")


@dataclass(frozen=True)
class MapStyle:
    background: str = "#0e1a2b"
    water: str = "#1d4f7a"
    park: str = "#173d2c"
    building: str = "#22324a"
    road: str = "#34465f"
    road_major: str = "#44597a"
    route: str = "#38bdf8"
    area: str = "#f87171"
    stop: str = "#ffd400"
    label: str = "#c9d6e6"
    marker: str = "#ff9f1c"
    marker_selected: str = "#ffffff"


def _lonlat_pairs(coords):
    if isinstance(coords, (list, tuple)) and len(coords) == 2 and all(isinstance(v, (int, float)) for v in coords):
        yield coords
        return
    for item in coords or ():
        yield from _lonlat_pairs(item)


class Projection:
    """Equirectangular around a centre: fine for a city (errors well under 0.1 % over 20 km)."""

    def __init__(self, lat0: float, lon0: float):
        self.lat0, self.lon0 = lat0, lon0
        self.kx = math.radians(1) * EARTH_M * math.cos(math.radians(lat0))
        self.ky = math.radians(1) * EARTH_M

    def point(self, lon: float, lat: float) -> QPointF:
        return QPointF((lon - self.lon0) * self.kx, -(lat - self.lat0) * self.ky)

    def arrays(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (lon - self.lon0) * self.kx, -(lat - self.lat0) * self.ky


class MapView(QWidget):
    marker_tapped = Signal(int)  # index of the marker
    background_tapped = Signal()

    def __init__(self, parent: QWidget | None = None, style: MapStyle | None = None):
        super().__init__(parent)
        self.setObjectName("map")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, 240)
        self.style_ = style or MapStyle()
        self.projection = Projection(37.39, 126.95)
        self.paths: list[tuple[str, str | None, QPainterPath, bool]] = []  # layer, kind, path, filled
        self.labels: list[tuple[QPointF, str, str]] = []  # world point, text, layer
        self.bounds = QRectF(-1000, -1000, 2000, 2000)
        self.scale = 0.1  # pixels per metre
        self.center = QPointF(0, 0)  # world point at the widget's centre
        self.marker_x = np.empty(0)
        self.marker_y = np.empty(0)
        self.marker_bearing = np.empty(0)
        self.marker_active = np.empty(0, bool)
        self.marker_colors: list[str] = []
        self.selected: int | None = None
        self.highlight: QPointF | None = None
        self.event_marks: list[tuple[QPointF, str]] = []  # world point, colour
        self._press: QPointF | None = None
        self._moved = False
        self._pinch: tuple[float, float] | None = None  # (start distance, start scale)
        # The map without what moves (ground, roads, places, and what paint_static adds), kept
        # as a picture until the view, the size or that content changes.
        self._base: tuple[tuple, QPixmap] | None = None
        self._base_version = 0
        self._placed: list[QRectF] = []

    # ------------------------------------------------------------------ content
    def set_features(self, features, language_pick) -> None:
        """Project the pack's geometry once. ``language_pick(name_dict)`` chooses a label."""
        pairs = [p for f in features for p in _lonlat_pairs(f.geometry.get("coordinates") or [f.geometry.get("center")])]
        if pairs:
            lons = [p[0] for p in pairs]
            lats = [p[1] for p in pairs]
            self.projection = Projection((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
        proj = self.projection
        self.paths, self.labels = [], []
        self.invalidate_base()
        ordered = sorted(features, key=lambda f: LAYER_ORDER.index(f.layer) if f.layer in LAYER_ORDER else 99)
        for f in ordered:
            g = f.geometry
            kind = g.get("type")
            path = QPainterPath()
            filled = False
            if kind == "Circle":
                c = proj.point(*g["center"])
                r = float(g["radius_m"])
                path.addEllipse(c, r, r)
                filled = True
            elif kind in ("Polygon", "MultiPolygon"):
                polygons = [g["coordinates"]] if kind == "Polygon" else g["coordinates"]
                for polygon in polygons:
                    for ring in polygon:
                        path.addPolygon(QPolygonF([proj.point(*p) for p in ring]))
                        path.closeSubpath()
                filled = True
            elif kind in ("LineString", "MultiLineString"):
                lines = [g["coordinates"]] if kind == "LineString" else g["coordinates"]
                for line in lines:
                    if line:
                        path.moveTo(proj.point(*line[0]))
                        for p in line[1:]:
                            path.lineTo(proj.point(*p))
            elif kind == "Point":
                point = proj.point(*g["coordinates"])
                path.addEllipse(point, 1, 1)
                text = language_pick(f.name) if f.name else ""
                if text and f.layer in ("stop", "landmark", "station"):
                    self.labels.append((point, text, f.layer))
            self.paths.append((f.layer, f.kind, path, filled))
        rect = QRectF()
        for _layer, _kind, path, _filled in self.paths:
            rect = rect.united(path.boundingRect())
        self.bounds = rect if rect.isValid() and not rect.isEmpty() else QRectF(-1000, -1000, 2000, 2000)
        self.fit()

    def set_markers(self, lat: np.ndarray, lon: np.ndarray, bearing: np.ndarray, active: np.ndarray,
                    colors: list[str] | None = None) -> None:
        self.marker_x, self.marker_y = self.projection.arrays(np.asarray(lat, float), np.asarray(lon, float))
        self.marker_bearing = np.asarray(bearing, float)
        self.marker_active = np.asarray(active, bool)
        if colors is not None:
            self.marker_colors = colors
        self.update()

    def select(self, index: int | None) -> None:
        self.selected = index
        self.update()

    def set_event_marks(self, marks: list[tuple[float, float, str]]) -> None:
        """Events happening now, as (lat, lon, colour): drawn as warning triangles."""
        new = [(self.projection.point(lon, lat), color) for lat, lon, color in marks
               if lat is not None and lon is not None]
        if [(p.x(), p.y(), c) for p, c in new] != [(p.x(), p.y(), c) for p, c in self.event_marks]:
            self.event_marks = new
            self.update()

    def set_highlight(self, lat: float | None, lon: float | None) -> None:
        self.highlight = None if lat is None or lon is None else self.projection.point(lon, lat)
        self.update()

    def invalidate_base(self) -> None:
        """The still part of the map changed: draw it again on the next paint."""
        self._base_version += 1
        self.update()

    # ------------------------------------------------------------------ view
    def transform(self) -> QTransform:
        t = QTransform()
        t.translate(self.width() / 2, self.height() / 2)
        t.scale(self.scale, self.scale)
        t.translate(-self.center.x(), -self.center.y())
        return t

    def to_screen(self, lat: float, lon: float) -> QPointF:
        return self.transform().map(self.projection.point(lon, lat))

    def fit(self) -> None:
        margin = 0.9
        w, h = max(1, self.width()), max(1, self.height())
        self.scale = self._clamp(min(w / max(1.0, self.bounds.width()), h / max(1.0, self.bounds.height())) * margin)
        self.center = self.bounds.center()
        self.update()

    def zoom_at(self, factor: float, pos: QPointF) -> None:
        """Zoom by ``factor`` keeping the world point under ``pos`` where it is."""
        inverse, _ok = self.transform().inverted()
        anchor = inverse.map(pos)
        self.scale = self._clamp(self.scale * factor)
        after = self.transform().map(anchor)
        self.pan(after.x() - pos.x(), after.y() - pos.y())

    def pan(self, dx: float, dy: float) -> None:
        """Move the view so the map slides by (-dx, -dy) pixels."""
        self.center = QPointF(self.center.x() + dx / self.scale, self.center.y() + dy / self.scale)
        self.update()

    def center_on(self, lat: float, lon: float) -> None:
        self.center = self.projection.point(lon, lat)
        self.update()

    @staticmethod
    def _clamp(scale: float) -> float:
        return max(MIN_SCALE, min(MAX_SCALE, scale))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() <= 0:
            self.fit()

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        self._moved = False
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or self._pinch is not None:
            return
        delta = event.position() - self._press
        if self._moved or abs(delta.x()) + abs(delta.y()) > TAP_SLOP_PX:
            self._moved = True
            self.pan(-delta.x(), -delta.y())
            self._press = event.position()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._press is not None and not self._moved:
            self._tap(event.position())
        self._press = None
        event.accept()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_at(1.25 ** steps, event.position())
        event.accept()

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if len(points) >= 2:
                a, b = points[0].position(), points[1].position()
                distance = math.hypot(a.x() - b.x(), a.y() - b.y())
                if self._pinch is None or event.type() == QEvent.Type.TouchBegin:
                    self._pinch = (max(distance, 1.0), self.scale)
                else:
                    start_distance, start_scale = self._pinch
                    factor = start_scale * distance / start_distance / self.scale
                    self.zoom_at(factor, (a + b) / 2)
                self._moved = True
                event.accept()
                return True
            if event.type() == QEvent.Type.TouchEnd:
                self._pinch = None
            return super().event(event)  # one finger: Qt synthesises mouse events
        return super().event(event)

    def marker_at(self, pos: QPointF) -> int | None:
        if not len(self.marker_x):
            return None
        t = self.transform()
        sx = self.marker_x * t.m11() + t.dx()
        sy = self.marker_y * t.m22() + t.dy()
        d = np.hypot(sx - pos.x(), sy - pos.y())
        d[~self.marker_active] = np.inf
        best = int(np.argmin(d))
        return best if d[best] <= HIT_PX else None

    def _tap(self, pos: QPointF) -> None:
        hit = self.marker_at(pos)
        if hit is None:
            self.background_tapped.emit()
        else:
            self.marker_tapped.emit(hit)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self.scale, self.center.x(), self.center.y(), id(self.style_),
               self._base_version)
        if self._base is None or self._base[0] != key:
            image = QImage(int(self.width() * dpr), int(self.height() * dpr), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(dpr)
            base = QPainter(image)
            self._paint_base(base)
            base.end()
            self._base = (key, QPixmap.fromImage(image))
        painter.drawPixmap(0, 0, self._base[1])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_moving(painter)
        self._paint_markers(painter)
        if self.property("emphasis"):
            painter.setPen(QPen(QColor(self.style_.route), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.end()

    def _paint_base(self, painter: QPainter) -> None:
        s = self.style_
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(s.background))
        painter.save()
        painter.setTransform(self.transform())
        px = 1.0 / self.scale  # one pixel, in metres
        for layer, kind, path, filled in self.paths:
            if layer == "water":
                painter.setPen(QPen(QColor(s.water), 6 * px) if not filled else Qt.PenStyle.NoPen)
                painter.setBrush(QColor(s.water) if filled else Qt.BrushStyle.NoBrush)
            elif layer in ("park", "boundary", "building"):
                color = QColor(s.park if layer == "park" else s.building)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color if filled else Qt.BrushStyle.NoBrush)
            elif layer == "road":
                major = kind in ("arterial", "highway", "primary", "expressway")
                painter.setPen(QPen(QColor(s.road_major if major else s.road), (5 if major else 3) * px,
                                    Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif layer == "route":
                painter.setPen(QPen(QColor(s.route), 6 * px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif layer == "area":
                fill = QColor(s.area)
                fill.setAlpha(60)
                painter.setPen(QPen(QColor(s.area), 2 * px))
                painter.setBrush(fill)
            else:
                continue  # points are drawn below at a constant size
            painter.drawPath(path)
        painter.restore()
        self._placed: list[QRectF] = []  # labels drawn so far: later ones go around them
        self.paint_static(painter)
        self._paint_points(painter)

    def paint_static(self, painter: QPainter) -> None:
        """For views that add still things of their own (gauges...): drawn into the cached map.
        Call ``invalidate_base()`` when they change."""

    def place_label(self, fm: QFontMetricsF, anchor: QPointF, text: str, gap: float = 10) -> QPointF | None:
        """Where to write ``text`` beside ``anchor`` without covering a label already written:
        to the right, then to the left, above or below. None when every spot is taken (in a
        crowded centre, the dot stays and its name waits for the visitor to zoom in)."""
        w, h = fm.horizontalAdvance(text), fm.height()
        for dx, dy in ((gap, -h * 0.75), (gap, h * 0.25), (-gap - w, -h * 0.75), (-gap - w, h * 0.25)):
            rect = QRectF(anchor.x() + dx, anchor.y() + dy, w, h)
            if not any(rect.intersects(other) for other in self._placed):
                self._placed.append(rect.adjusted(-2, -1, 2, 1))
                return QPointF(rect.x(), rect.y() + fm.ascent())
        return None

    def _paint_points(self, painter: QPainter) -> None:
        s = self.style_
        t = self.transform()
        font = QFont(self.font())
        font.setPixelSize(15)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        area = self.rect().adjusted(-40, -40, 40, 40)
        points = [(t.map(point), text, layer) for point, text, layer in self.labels]
        points = [item for item in points if area.contains(item[0].toPoint())]
        for p, _text, layer in points:
            radius = 6 if layer == "stop" else 4
            painter.setPen(QPen(QColor(s.background), 2))
            painter.setBrush(QColor(s.stop if layer == "stop" else s.label))
            painter.drawEllipse(p, radius, radius)
            self._placed.append(QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius))
        painter.setPen(QColor(s.label))
        for p, text, _layer in points:
            if text:
                spot = self.place_label(fm, p, text)
                if spot is not None:
                    painter.drawText(spot, text)

    def _paint_moving(self, painter: QPainter) -> None:
        """Warning marks of the events happening now, and the highlighted place."""
        s = self.style_
        t = self.transform()
        area = self.rect().adjusted(-40, -40, 40, 40)
        for point, color in self.event_marks:
            p = t.map(point)
            if not area.contains(p.toPoint()):
                continue
            sprite = _warning_sprite(color, s.background)
            painter.drawPixmap(QPointF(p.x() - WARNING_HALF, p.y() - WARNING_HALF), sprite)
        if self.highlight is not None:
            p = t.map(self.highlight)
            painter.setPen(QPen(QColor(s.marker_selected), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(p, 22, 22)

    def _paint_markers(self, painter: QPainter) -> None:
        s = self.style_
        t = self.transform()
        area = self.rect().adjusted(-40, -40, 40, 40)
        for i in np.nonzero(self.marker_active)[0]:
            p = t.map(QPointF(self.marker_x[i], self.marker_y[i]))
            if not area.contains(p.toPoint()):
                continue
            color = self.marker_colors[i] if i < len(self.marker_colors) else s.marker
            selected = i == self.selected
            bearing = self.marker_bearing[i] if i < len(self.marker_bearing) else float("nan")
            step = int(round(float(bearing) / BEARING_STEP)) % (360 // BEARING_STEP) if np.isfinite(bearing) else -1
            sprite = _marker_sprite(color, selected, step, s.marker_selected if selected else s.background,
                                    s.marker_selected)
            painter.drawPixmap(QPointF(p.x() - MARKER_HALF, p.y() - MARKER_HALF), sprite)


# ------------------------------------------------------------------------------ sprites
# What moves on the map is drawn once per look and stamped: an antialiased triangle or a
# rotated arrow costs 10-20 µs to rasterise, a stamped pixmap about 1 µs, and a disaster day
# has hundreds of warnings and units on screen at once.

WARNING_HALF = 24  # the warning sprite is 48 px square, centred on its place
MARKER_HALF = 26  # the marker sprite (with its selection halo) is 52 px square
BEARING_STEP = 5  # degrees between the pre-drawn headings
_sprites: dict[tuple, QPixmap] = {}


def _canvas(half: int) -> tuple[QImage, QPainter]:
    image = QImage(2 * half, 2 * half, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(half, half)
    return image, painter


def _warning_sprite(color: str, outline: str) -> QPixmap:
    key = ("warning", color, outline)
    sprite = _sprites.get(key)
    if sprite is None:
        image, p = _canvas(WARNING_HALF)
        p.setPen(QPen(QColor(outline), 2))
        p.setBrush(QColor(color))
        p.drawPolygon(QPolygonF([QPointF(0, -20), QPointF(17, 10), QPointF(-17, 10)]))
        p.setPen(QPen(QColor(outline), 3))
        p.drawLine(QPointF(0, -9), QPointF(0, 0))
        p.drawPoint(QPointF(0, 5))
        p.end()
        sprite = _sprites[key] = QPixmap.fromImage(image)
    return sprite


def _marker_sprite(color: str, selected: bool, bearing_step: int, ring: str, halo: str) -> QPixmap:
    """A vehicle: a dot with a ring, an arrow for its heading (``bearing_step`` < 0: none), and a
    halo when it is the one selected."""
    key = ("marker", color, selected, bearing_step, ring, halo)
    sprite = _sprites.get(key)
    if sprite is None:
        if len(_sprites) > 3000:
            _sprites.clear()
        image, p = _canvas(MARKER_HALF)
        if selected:
            glow = QColor(halo)
            glow.setAlpha(70)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(glow)
            p.drawEllipse(QPointF(0, 0), 24, 24)
        if bearing_step >= 0:
            p.save()
            p.rotate(bearing_step * BEARING_STEP)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawPolygon(QPolygonF([QPointF(0, -17), QPointF(7, -8), QPointF(-7, -8)]))
            p.restore()
        p.setPen(QPen(QColor(ring), 3))
        p.setBrush(QBrush(QColor(color)))
        p.drawEllipse(QPointF(0, 0), 11, 11)
        p.end()
        sprite = _sprites[key] = QPixmap.fromImage(image)
    return sprite
