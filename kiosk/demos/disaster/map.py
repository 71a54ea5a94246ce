"""The disaster demo's map: the shared map view plus the gauges in their warning level's colour,
and taps on gauges and incidents."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from kiosk.ui.player.map_view import HIT_PX, MapView


class DisasterMap(MapView):
    """The shared map plus gauges: rounded squares in their level's colour with the value beside.
    A tap looks at gauges, then at incident marks, then at the units (the markers)."""

    gauge_tapped = Signal(int)  # the sensor's index
    incident_tapped = Signal(str)

    def __init__(self):
        super().__init__()
        self.gauges: list[tuple[int, QPointF, str, str]] = []  # sensor index, world point, colour, value text
        self.incident_points: list[tuple[str, QPointF]] = []

    def set_gauges(self, gauges: list[tuple[int, float, float, str, str]]) -> None:
        new = [(i, self.projection.point(lon, lat), color, value) for i, lat, lon, color, value in gauges
               if lat is not None and lon is not None]
        key = [(i, c, v) for i, _p, c, v in new]
        if key != [(i, c, v) for i, _p, c, v in self.gauges] or len(new) != len(self.gauges):
            self.gauges = new
            self.invalidate_base()

    def set_incidents(self, incidents: list[tuple[str, float, float, str]]) -> None:
        """Incidents active now, (id, lat, lon, colour): their marks, and what a tap may select."""
        self.incident_points = [(i, self.projection.point(lon, lat)) for i, lat, lon, _c in incidents
                                if lat is not None and lon is not None]
        self.set_event_marks([(lat, lon, color) for _i, lat, lon, color in incidents])

    def _nearest(self, items, pos: QPointF):
        t = self.transform()
        best, best_d = None, float(HIT_PX)
        for key, point in items:
            p = t.map(point)
            d = math.hypot(p.x() - pos.x(), p.y() - pos.y())
            if d <= best_d:
                best, best_d = key, d
        return best

    def _tap(self, pos: QPointF) -> None:
        gauge = self._nearest([(i, p) for i, p, _c, _v in self.gauges], pos)
        if gauge is not None:
            self.gauge_tapped.emit(int(gauge))
            return
        incident = self._nearest(self.incident_points, pos)
        if incident is not None:
            self.incident_tapped.emit(incident)
            return
        super()._tap(pos)

    def paint_static(self, painter: QPainter) -> None:
        """The gauges, coloured by the highest threshold passed, with their readings: they change
        once a replay minute, so they are drawn into the map's cached picture."""
        if not self.gauges:
            return
        font = QFont(painter.font())
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        t = self.transform()
        fm = QFontMetricsF(font)
        shown = []
        for _i, point, color, value in self.gauges:
            p = t.map(point)
            if not self.rect().adjusted(-40, -40, 40, 40).contains(p.toPoint()):
                continue
            painter.setPen(QPen(QColor(self.style_.background), 2))
            painter.setBrush(QColor(color))
            painter.drawRoundedRect(int(p.x()) - 9, int(p.y()) - 9, 18, 18, 4, 4)
            self._placed.append(QRectF(p.x() - 9, p.y() - 9, 18, 18))
            shown.append((p, value))
        painter.setPen(QColor(self.style_.label))
        for p, value in shown:
            spot = self.place_label(fm, p, value, gap=13) if value else None
            if spot is not None:
                painter.drawText(spot, value)
