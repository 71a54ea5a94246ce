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
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QTransform
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
        s = self.style_
        painter = QPainter(self)
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
        self._paint_points(painter)
        self._paint_markers(painter)
        if self.property("emphasis"):
            painter.setPen(QPen(QColor(s.route), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.end()

    def _paint_points(self, painter: QPainter) -> None:
        s = self.style_
        t = self.transform()
        font = QFont(painter.font())
        font.setPixelSize(15)
        painter.setFont(font)
        for point, text, layer in self.labels:
            p = t.map(point)
            if not self.rect().adjusted(-40, -40, 40, 40).contains(p.toPoint()):
                continue
            color = QColor(s.stop if layer == "stop" else s.label)
            painter.setPen(QPen(QColor(s.background), 2))
            painter.setBrush(color)
            painter.drawEllipse(p, 6 if layer == "stop" else 4, 6 if layer == "stop" else 4)
            painter.setPen(QColor(s.label))
            painter.drawText(p + QPointF(10, -8), text)
        for point, color in self.event_marks:
            p = t.map(point)
            triangle = QPolygonF([p + QPointF(0, -20), p + QPointF(17, 10), p + QPointF(-17, 10)])
            painter.setPen(QPen(QColor(s.background), 2))
            painter.setBrush(QColor(color))
            painter.drawPolygon(triangle)
            painter.setPen(QPen(QColor(s.background), 3))
            painter.drawLine(p + QPointF(0, -9), p + QPointF(0, 0))
            painter.drawPoint(p + QPointF(0, 5))
        if self.highlight is not None:
            p = t.map(self.highlight)
            painter.setPen(QPen(QColor(s.marker_selected), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(p, 22, 22)

    def _paint_markers(self, painter: QPainter) -> None:
        s = self.style_
        t = self.transform()
        arrow = QPolygonF([QPointF(0, -17), QPointF(7, -8), QPointF(-7, -8)])
        for i in np.nonzero(self.marker_active)[0]:
            p = t.map(QPointF(self.marker_x[i], self.marker_y[i]))
            color = QColor(self.marker_colors[i] if i < len(self.marker_colors) else s.marker)
            selected = i == self.selected
            painter.save()
            painter.translate(p)
            if selected:
                painter.setPen(Qt.PenStyle.NoPen)
                halo = QColor(s.marker_selected)
                halo.setAlpha(70)
                painter.setBrush(halo)
                painter.drawEllipse(QPointF(0, 0), 24, 24)
            bearing = self.marker_bearing[i] if i < len(self.marker_bearing) else float("nan")
            if np.isfinite(bearing):
                painter.save()
                painter.rotate(float(bearing))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawPolygon(arrow)
                painter.restore()
            painter.setPen(QPen(QColor(s.marker_selected if selected else s.background), 3))
            painter.setBrush(QBrush(color))
            painter.drawEllipse(QPointF(0, 0), 11, 11)
            painter.restore()
