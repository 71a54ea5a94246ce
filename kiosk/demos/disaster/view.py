"""The disaster-response demo: the city map with alert areas, incidents, gauges coloured by their
warning level and the 119 and 112 units moving; a card for the incident a visitor taps (the alert
in their language, the agencies and the response lane: detected, dispatched, on scene, resolved);
the water-level and rainfall charts; and a board of the incidents active now, by type."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QScroller, QSizePolicy,
                               QVBoxLayout, QWidget)

from kiosk import i18n
from kiosk.demos.disaster.model import PHASES
from kiosk.i18n import _, pgettext
from kiosk.ui.player import text
from kiosk.ui.player.charts import Chart
from kiosk.ui.player.map_view import HIT_PX, MapView
from kiosk.ui.player.player import Player, emphasise_panels
from kiosk.ui.player.timeline import Row
from kiosk.ui.widgets import button, label

KIND_COLORS = {
    "flood": "#3b82f6", "fire": "#f97316", "missing_person": "#a855f7", "crowd": "#f59e0b",
    "road_closure": "#94a3b8", "evacuation": "#14b8a6",
}
ALERT_COLOR = "#ef4444"  # CAP alerts of other categories
LEVEL_COLORS = {None: "#2dd4bf", "attention": "#facc15", "advisory": "#fb923c", "warning": "#ef4444",
                "severe": "#dc2626", "design": "#b91c1c"}
UNIT_COLORS = {"police_car": "#60a5fa", "fire_engine": "#ef4444", "ambulance": "#f8fafc", "person": "#c084fc"}
UNIT_COLOR = "#e2e8f0"
DONE_COLOR, PENDING_COLOR = "#38bdf8", "#475569"


def severity_name(severity: str | None) -> str:
    """CAP severity words (Extreme, Severe, Moderate, Minor, Unknown) in the visitor's language.
    Their context tells them from a gauge's levels: "Severe" is both, and Spanish says "Grave" for
    the one and "Crítico" for the other."""
    names = {"extreme": pgettext("CAP severity", "Extreme"), "severe": pgettext("CAP severity", "Severe"),
             "moderate": pgettext("CAP severity", "Moderate"), "minor": pgettext("CAP severity", "Minor"),
             "unknown": pgettext("CAP severity", "Unknown")}
    return names.get((severity or "").lower(), severity or "")


def kind_name(kind: str) -> str:
    names = {
        "flood": _("Flood"), "fire": _("Fire"), "missing_person": _("Missing person"), "crowd": _("Crowd"),
        "road_closure": _("Road closed"), "evacuation": _("Evacuation"),
    }
    return names.get(kind, _("Alert"))


def level_name(level: str | None) -> str:
    """A gauge's level (water, crowd or rain) in the visitor's language."""
    names = {None: pgettext("water level", "Normal"), "attention": pgettext("water level", "Attention"),
             "advisory": pgettext("water level", "Advisory"), "warning": pgettext("water level", "Warning"),
             "severe": pgettext("water level", "Severe"), "design": pgettext("water level", "Design flood level")}
    return names.get(level, level or "")


def agency_name(agency: str) -> str:
    names = {"fire": _("Fire service (119)"), "police": _("Police (112)"), "city": _("City operations center")}
    return names.get(agency, agency)


def phase_name(phase: str) -> str:
    return {"detected": _("Detected"), "dispatched": _("Dispatched"), "on_scene": _("On scene"),
            "resolved": _("Resolved")}[phase]


def gap_text(seconds: float) -> str:
    """"+4 min"; "+5 h 40 min" from an hour on."""
    minutes = max(0, round(seconds / 60))
    if minutes < 60:
        return _("+{minutes} min").format(minutes=i18n.format_number(minutes))
    hours, rest = divmod(minutes, 60)
    return _("+{hours} h {minutes} min").format(hours=i18n.format_number(hours), minutes=i18n.format_number(rest))


def _event_color(event) -> str:
    return KIND_COLORS.get(event.kind, ALERT_COLOR)


# ---------------------------------------------------------------------------- the map

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


# ---------------------------------------------------------------------------- the incident card

class _LaneSegment(QWidget):
    """One piece of the lane: a dot (a phase) or a line between two (the time between)."""

    def __init__(self, dot: bool):
        super().__init__()
        self.dot = dot
        self.left_done = self.right_done = self.done = False
        self.setFixedHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(8)

    def set_state(self, left: bool, right: bool, done: bool) -> None:
        if (left, right, done) != (self.left_done, self.right_done, self.done):
            self.left_done, self.right_done, self.done = left, right, done
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        y = h / 2
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        first_half, second_half = (self.left_done, self.right_done) if ltr else (self.right_done, self.left_done)
        for x0, x1, on in ((0, w / 2, first_half), (w / 2, w, second_half)):
            if on is None:
                continue
            painter.setPen(QPen(QColor(DONE_COLOR if on else PENDING_COLOR), 6, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        if self.dot:
            painter.setPen(QPen(QColor("#0e1a2b"), 3))
            painter.setBrush(QColor(DONE_COLOR if self.done else PENDING_COLOR))
            painter.drawEllipse(QPointF(w / 2, y), 11, 11)
        painter.end()


class PhaseLane(QWidget):
    """Detected → dispatched → on scene → resolved, left to right (right to left in Arabic):
    each phase's name and local time, and the minutes between them."""

    def __init__(self):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        self.names, self.times, self.dots, self.gaps, self.lines = {}, {}, {}, [], []
        center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for i, phase in enumerate(PHASES):
            col = 2 * i
            self.names[phase] = label("lane", align=center)
            self.times[phase] = label("lane-time", wrap=False, align=center)
            self.dots[phase] = _LaneSegment(True)
            grid.addWidget(self.dots[phase], 1, col)
            grid.addWidget(self.names[phase], 2, col)
            grid.addWidget(self.times[phase], 3, col)
            grid.setColumnStretch(col, 3)
            if i < len(PHASES) - 1:
                gap = label("lane-gap", wrap=False, align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
                line = _LaneSegment(False)
                grid.addWidget(gap, 0, col, 1, 3)
                grid.addWidget(line, 1, col + 1)
                grid.setColumnStretch(col + 1, 1)
                self.gaps.append(gap)
                self.lines.append(line)
        for widget in list(self.names.values()) + list(self.times.values()) + self.gaps:
            widget.setStyleSheet("font-size: 18px;")
        for gap in self.gaps:
            gap.setStyleSheet("font-size: 18px; font-weight: 700; color: #38bdf8;")

    def set_phases(self, times: dict[str, int], durations: dict[str, float], tz: str) -> None:
        for phase in PHASES:
            self.names[phase].setText(phase_name(phase))
            self.times[phase].setText(text.time_text(times[phase], tz) if phase in times else "–")
        for gap, phase in zip(self.gaps, PHASES[1:]):
            gap.setText(gap_text(durations[phase]) if phase in durations else "")

    def set_time(self, times: dict[str, int], t: int) -> None:
        done = [phase in times and times[phase] <= t for phase in PHASES]
        for i, phase in enumerate(PHASES):
            left = None if i == 0 else done[i]
            right = None if i == len(PHASES) - 1 else done[i + 1]
            self.dots[phase].set_state(left, right, done[i])
        for i, line in enumerate(self.lines):
            line.set_state(done[i + 1], done[i + 1], False)


class IncidentCard(QFrame):
    def __init__(self):
        super().__init__()
        self.setProperty("role", "panel")
        self.setObjectName("incident-card")
        self.kind = label("muted")
        self.headline = label("heading")
        self.original = label("muted", wrap=True)
        self.original.setStyleSheet("color: #fbbf24;")
        self.description = label("body")
        self.instruction = label("body")
        self.instruction.setStyleSheet("font-weight: 600;")
        self.agencies = label("muted")
        self.lane = PhaseLane()
        self.close_button = button("nav")
        self.camera_button = button("primary")
        self.camera_button.setObjectName("incident-camera")
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.camera_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 10, 18, 12)
        box.setSpacing(6)
        box.addLayout(top)
        for widget in (self.headline, self.original, self.lane, self.agencies, self.description, self.instruction):
            box.addWidget(widget)


class Sparkline(QWidget):
    """How many incidents of one type were active across the day, as a small step chart, with a
    mark at the replay's time. Drawn once into a picture; only the mark moves."""

    def __init__(self, color: str):
        super().__init__()
        self.color = QColor(color)
        self.setFixedHeight(26)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        self.t = np.empty(0, np.int64)
        self.counts = np.empty(0, np.int64)
        self.top = 1  # the count at the top of the chart (shared by the board, so types compare)
        self.position = 0
        self._picture: QPixmap | None = None
        self._pixel: int | None = None

    def set_series(self, t: np.ndarray, counts: np.ndarray, top: int) -> None:
        self.t, self.counts, self.top = t, counts, max(1, int(top))
        self._picture = None
        self.update()

    def set_position(self, t: int) -> None:
        self.position = int(t)
        pixel = round(self._x(self.position))
        if pixel != self._pixel:
            self._pixel = pixel
            self.update()

    def _x(self, t: float) -> float:
        if len(self.t) < 2:
            return 0.0
        t0, t1 = float(self.t[0]), float(self.t[-1])
        return (min(max(t, t0), t1) - t0) / max(1.0, t1 - t0) * (self.width() - 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._picture = None

    def paintEvent(self, event) -> None:
        if self._picture is None or self._picture.size() != self.size():
            self._picture = self._draw()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._picture)
        if len(self.t) >= 2:
            x = self._x(self.position)
            p.setPen(QPen(QColor("#ffffff"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()

    def _draw(self) -> QPixmap:
        pm = QPixmap(self.size())
        pm.fill(Qt.GlobalColor.transparent)
        if len(self.t) < 2:
            return pm
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height() - 2
        base = QColor(self.color)
        base.setAlpha(40)
        p.fillRect(QRectF(0, h, self.width(), 2), base)
        path = QPainterPath(QPointF(0, h))
        for k in range(len(self.t)):
            x0 = self._x(float(self.t[k]))
            x1 = self._x(float(self.t[k + 1])) if k + 1 < len(self.t) else self.width() - 1
            y = h - min(1.0, float(self.counts[k]) / self.top) * (h - 2)
            path.lineTo(x0, y)
            path.lineTo(x1, y)
        path.lineTo(self.width() - 1, h)
        path.closeSubpath()
        fill = QColor(self.color)
        fill.setAlpha(110)
        p.setPen(QPen(self.color, 1.5))
        p.setBrush(fill)
        p.drawPath(path)
        p.end()
        return pm


class BoardChip(QFrame):
    """One type on the board of active incidents: its colour, the count now, the type's name, and
    below them how many were active across the day."""

    def __init__(self, color: str):
        super().__init__()
        self.setProperty("role", "card")
        self.swatch = QLabel()
        self.swatch.setFixedSize(14, 40)
        self.swatch.setStyleSheet(f"background: {color}; border-radius: 4px;")
        self.value = label("figure", wrap=False)
        self.caption = label("muted")
        self.day = Sparkline(color)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.swatch)
        row.addWidget(self.value)
        row.addWidget(self.caption, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 4, 12, 6)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.day)


# ---------------------------------------------------------------------------- the view

class DisasterView(QWidget):
    show_camera = Signal(str)  # "See the camera": the id of the camera that saw the incident

    def __init__(self, model):
        super().__init__()
        self._gauges_minute: int | None = None
        self.setObjectName("disaster-demo")
        self.model = model
        pack = model.pack
        self.tz = pack.manifest.timezone
        self.selected: str | None = None
        self._lane_times: dict[str, int] = {}
        default = model.default_gauge()
        self.gauge_index: int | None = default.index if default is not None else None
        rain = model.rain_gauge()
        self.rain_index: int | None = rain.index if rain is not None else None
        self.event_kinds = {e.kind for e in model.incidents}

        self.player = Player(pack, event_kinds=self.event_kinds)
        self.map = DisasterMap()
        self.map.set_features(pack.features, text.text)
        self.map.marker_tapped.connect(self._unit_tapped)
        self.map.gauge_tapped.connect(self.select_gauge)
        self.map.incident_tapped.connect(lambda event_id: self.player.select_event(event_id, seek=False))
        self.map.background_tapped.connect(lambda: self.select_incident(None))
        self.player.event_selected.connect(self.select_incident)
        self.player.ticked.connect(self.update_frame)
        self.player.chapter_changed.connect(self.emphasise)

        self.title = label("heading")
        self.board_caption = label("muted", wrap=False)
        self.board = {kind: BoardChip(KIND_COLORS.get(kind, ALERT_COLOR)) for kind in model.kinds}
        board_row = QHBoxLayout()
        board_row.setSpacing(8)
        board_row.addWidget(self.board_caption)
        for chip in self.board.values():
            board_row.addWidget(chip, 1)
        self.legend = label("muted")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("font-size: 17px;")

        self.card = IncidentCard()
        self.card.close_button.clicked.connect(lambda: self.select_incident(None))
        self.card.camera_button.clicked.connect(self._camera_clicked)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidget(self.card)
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        QScroller.grabGesture(self.card_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.card_scroll.setVisible(False)

        self.level_title = label("muted")
        self.level_chart = Chart(self.tz, "#38bdf8")
        self.level_now = label("body", wrap=True)
        self.rain_title = label("muted")
        self.rain_chart = Chart(self.tz, "#a3e635")
        self.rain_now = label("body", wrap=True)
        self._threshold_lines: list[pg.InfiniteLine] = []
        charts = QVBoxLayout()
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(2)
        for widget, stretch in ((self.level_title, 0), (self.level_now, 0), (self.level_chart, 3),
                                (self.rain_title, 0), (self.rain_now, 0), (self.rain_chart, 2)):
            charts.addWidget(widget, stretch)
        self.charts_box = QWidget()
        self.charts_box.setLayout(charts)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.card_scroll, 3)
        side.addWidget(self.charts_box, 2)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(380)
        side_widget.setMaximumWidth(640)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.side_widget = side_widget

        map_box = QVBoxLayout()
        map_box.setContentsMargins(0, 0, 0, 0)
        map_box.setSpacing(4)
        map_box.addWidget(self.map, 1)
        map_box.addWidget(self.legend)

        grid = QGridLayout(self.player.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addLayout(board_row, 1, 0, 1, 2)
        grid.addLayout(map_box, 2, 0)
        grid.addWidget(side_widget, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.player)

        self.unit_colors = [UNIT_COLORS.get(u.kind, UNIT_COLOR) for u in model.units]
        # the board over the day: ten-minute steps, one scale for every type so they compare
        day_t, day_counts = model.board_series(600)
        top = max((int(c.max()) for c in day_counts.values() if len(c)), default=1)
        for kind, chip in self.board.items():
            chip.day.set_series(day_t, day_counts.get(kind, np.zeros(len(day_t), np.int64)), top)
        self._set_chart_data()
        self.retranslate()
        self.player.seek(pack.manifest.t_start)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_side()

    def _fit_side(self) -> None:
        # An open card takes the room of the rainfall chart (on a small screen, of both charts);
        # the card scrolls when its text is longer than the room left.
        card_open = self.selected is not None
        small = self.height() < 900
        self.charts_box.setVisible(not (small and card_open))
        self.rain_chart.setVisible(self.rain_index is not None and self.height() >= 760 and not card_open)
        if card_open:
            room = max(160, self.side_widget.height() - (0 if small else 300))
            want = self.card.heightForWidth(max(200, self.card_scroll.viewport().width()))
            want = want if want > 0 else self.card.sizeHint().height()
            self.card_scroll.setMinimumHeight(min(want + 4, room))
        else:
            self.card_scroll.setMinimumHeight(0)
        self.rain_title.setVisible(self.rain_chart.isVisible())
        self.rain_now.setVisible(self.rain_chart.isVisible())

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self._gauges_minute = None  # gauge labels are written in the visitor's language
        self.title.setText(text.text(self.model.pack.manifest.title))
        self.card.close_button.setText(_("Close"))
        self.board_caption.setText(_("Active now"))
        m = self.model.pack.manifest
        units = [u for u in self.model.units if u.kind != "person"]
        self.player.set_rows([
            self.player.event_rows(_("Incidents"), self.event_kinds),
            Row(_("Response units"), spans=[(m.t_start, m.t_end)] if units else []),
        ])
        self.player.retranslate()
        self.map.set_features(self.model.pack.features, text.text)
        self._fit_city()
        self.legend.setText(self._legend())
        self._set_chart_titles()
        self._fill_card()
        self.update_frame(self.player.clock.position)

    def _fit_city(self) -> None:
        """Frame the city (its roads, landmarks and stations), not the whole alert area, which
        reaches the flood forecast point in Seoul: a visitor pans there."""
        from PySide6.QtCore import QRectF

        rect = QRectF()
        for layer, _kind, path, _filled in self.map.paths:
            if layer in ("road", "landmark", "station", "building", "park"):
                rect = rect.united(path.boundingRect())
        if rect.isValid() and not rect.isEmpty():
            self.map.bounds = rect.adjusted(-300, -300, 300, 300)
            self.map.fit()

    def _legend(self) -> str:
        def item(shape: str, color: str, name: str) -> str:
            return f'<span style="color:{color}">{shape}</span>&nbsp;{_html(name)}'

        parts = [item("▲", KIND_COLORS.get(k, ALERT_COLOR), kind_name(k)) for k in self.model.kinds]
        kinds = {u.kind for u in self.model.units}
        units = {"fire_engine": _("Fire engine"), "ambulance": _("Ambulance"), "police_car": _("Police car"),
                 "person": _("Missing person, seen on CCTV")}
        parts += [item("●", UNIT_COLORS[k], name) for k, name in units.items() if k in kinds]
        if self.model.gauges:
            parts += [item("■", LEVEL_COLORS[level], _("Gauge: {level}").format(level=level_name(level)))
                      for level in (None, "attention", "advisory", "warning")]
        return " &nbsp; ".join(parts)

    def _set_chart_titles(self) -> None:
        if self.gauge_index is not None:
            g = self.model.gauge(self.gauge_index)
            name = text.text(g.name)
            if g.kind == "water_level":
                title = _("Water level: {gauge} ({unit})").format(gauge=name, unit=g.unit)
            elif g.kind == "crowd":
                title = _("Crowd density: {gauge} ({unit})").format(gauge=name, unit=g.unit)
            else:
                title = f"{name} ({g.unit})"
            self.level_title.setText(title)
            for line in self._threshold_lines:
                line.label.setFormat(level_name(line.property_name))
        if self.rain_index is not None:
            g = self.model.gauge(self.rain_index)
            self.rain_title.setText(_("Rainfall: {gauge} ({unit})").format(gauge=text.text(g.name), unit=g.unit))

    def _set_chart_data(self) -> None:
        item = self.level_chart.getPlotItem()
        for line in self._threshold_lines:
            item.removeItem(line)
        self._threshold_lines = []
        self.level_chart.setVisible(self.gauge_index is not None)
        if self.gauge_index is not None:
            g = self.model.gauge(self.gauge_index)
            t, v = self.model.series(self.gauge_index)
            self.level_chart.set_data(t, v.astype(np.float64))
            top = float(np.nanmax(v)) if len(v) else 1.0
            shown = [(n, x) for n, x in g.thresholds if n in ("advisory", "warning", "severe") or x <= top * 1.05]
            for name, value in shown:
                color = LEVEL_COLORS.get(name, "#94a3b8")
                line = pg.InfiniteLine(pos=value, angle=0, movable=False,
                                       pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine),
                                       label=level_name(name),
                                       labelOpts={"position": 0.02, "color": color, "anchors": [(0, 1), (0, 1)]})
                line.property_name = name
                item.addItem(line)
                self._threshold_lines.append(line)
            limits = [x for _n, x in shown] + [top]
            item.setYRange(0, max(limits) * 1.08, padding=0)
        if self.rain_index is not None:
            t, v = self.model.series(self.rain_index)
            self.rain_chart.set_data(t, v.astype(np.float64))

    def panels(self) -> dict[str, list[QWidget]]:
        """The panels a story chapter may ask to emphasise, by the names the pack uses."""
        return {
            "map": [self.map],
            "chart": [self.level_chart, self.rain_chart],
            "charts": [self.level_chart, self.rain_chart],
            "events": [self.player.event_list],
            "figures": list(self.board.values()),
        }

    def emphasise(self, chapter) -> None:
        emphasise_panels(self.panels(), chapter)
        if chapter is not None:
            sensor = chapter.focus.get("sensor")
            g = self.model.gauge_by_id(sensor) if sensor else None
            if g is not None:
                self.select_gauge(g.index)

    # ------------------------------------------------------------------ selection
    def _camera_clicked(self) -> None:
        event = self.model.incident(self.selected) if self.selected else None
        if event is not None and event.camera:
            self.show_camera.emit(event.camera)

    def show_place(self, lat: float, lon: float) -> None:
        """Tap-through from a camera: centre the map on its place and mark it."""
        self.map.center_on(lat, lon)
        self.map.set_highlight(lat, lon)

    def select_incident(self, event_id: str | None) -> None:
        if event_id is not None and event_id not in self.model._by_id:
            return
        self.selected = event_id
        self.card_scroll.setVisible(event_id is not None)
        if event_id is None:
            self.map.set_highlight(None, None)
        else:
            event = self.model.incident(event_id)
            self.map.set_highlight(event.lat, event.lon)
            g = self.model.gauge_by_id(str(event.detail.get("sensor")))
            if g is not None and not g.windows and g.index != self.gauge_index:
                self.select_gauge(g.index)
        self._fill_card()
        self._fit_side()
        self.update_frame(self.player.clock.position)

    def select_gauge(self, index: int) -> None:
        g = self.model.gauge(index)
        if g.windows:
            self.rain_index = index
        else:
            self.gauge_index = index
        self._set_chart_data()
        self._set_chart_titles()
        self.update_frame(self.player.clock.position)

    def _unit_tapped(self, index: int) -> None:
        """A tapped unit opens the incident it is answering now, if any."""
        unit = self.model.units[index]
        t = self.player.clock.position
        for event_id in self.model.active_incidents(t):
            event = self.model.incident(event_id)
            if any(isinstance(u, dict) and u.get("object") == unit.id for u in event.detail.get("units") or ()):
                self.player.select_event(event_id, seek=False)
                return

    def _fill_card(self) -> None:
        if self.selected is None:
            return
        c = self.card
        event = self.model.incident(self.selected)
        headline, description, instruction, _lang, original = self.model.cap_text(event)
        c.kind.setText(kind_name(event.kind) + ("  ·  " + severity_name(event.severity) if event.severity else ""))
        c.camera_button.setVisible(bool(event.camera))
        c.camera_button.setText(_("See the camera"))
        c.headline.setText(headline)
        c.original.setText(_("original language") if original else "")
        c.original.setVisible(original)
        c.description.setText(description)
        c.description.setVisible(bool(description))
        c.instruction.setText(instruction)
        c.instruction.setVisible(bool(instruction))
        agencies = self.model.agencies(self.selected)
        c.agencies.setText(_("Agencies: {agencies}").format(agencies=", ".join(agency_name(a) for a in agencies))
                           if agencies else "")
        c.agencies.setVisible(bool(agencies))
        self._lane_times = self.model.phase_times(self.selected)
        c.lane.set_phases(self._lane_times, self.model.phase_durations(self.selected), self.tz)
        c.lane.set_time(self._lane_times, self.player.clock.position)

    # ------------------------------------------------------------------ every frame
    def update_frame(self, t: int) -> None:
        model = self.model
        state = model.units_state(t)
        self.map.set_markers(state.lat, state.lon, state.bearing, state.active, self.unit_colors)
        incidents = [model.incident(i) for i in model.active_incidents(t)]
        self.map.set_incidents([(e.id, e.lat, e.lon, _event_color(e)) for e in incidents])
        # Gauges report every 10 minutes: their labels follow one replay minute at a time, not
        # every frame (with 200 gauges that was most of a frame's work).
        minute = t // 60_000
        if minute != self._gauges_minute:
            self._gauges_minute = minute
            self._update_gauges(t)
        counts = model.active_by_type(t)
        for kind, chip in self.board.items():
            n = counts.get(kind, 0)
            chip.value.setText(i18n.format_number(n))
            chip.caption.setText(kind_name(kind))
            chip.setProperty("active", n > 0)
            chip.setEnabled(n > 0)
            chip.day.set_position(t)
        self.level_chart.set_cursor(t)
        self.rain_chart.set_cursor(t)
        if self.gauge_index is not None:
            value = model.value(self.gauge_index, t)
            level = model.level(self.gauge_index, t)
            g = model.gauge(self.gauge_index)
            self.level_now.setText("–" if not np.isfinite(value) else _("Now {value} {unit}: {level}").format(
                value=i18n.format_number(round(value, 2)), unit=g.unit, level=level_name(level)))
        if self.rain_index is not None:
            g = model.gauge(self.rain_index)
            rate = model.value(self.rain_index, t)
            total = model.rain_total(self.rain_index, t, 3)
            self.rain_now.setText(_("Now {rate} {unit}; {total} mm in the last 3 hours").format(
                rate=i18n.format_number(round(rate, 1) if np.isfinite(rate) else 0), unit=g.unit,
                total=i18n.format_number(round(total, 1))))
        if self.selected is not None:
            self.card.lane.set_time(self._lane_times, t)

    def _update_gauges(self, t: int) -> None:
        model = self.model
        gauges = []
        for g in model.gauges:
            level = model.level(g.index, t)
            if g.windows:
                value = model.rain_total(g.index, t, 3)
                shown = _("{mm} mm in 3 h").format(mm=i18n.format_number(round(value))) if value >= 1 else ""
            else:
                value = model.value(g.index, t)
                shown = "" if not np.isfinite(value) else f"{i18n.format_number(round(value, 2))} {g.unit}"
            gauges.append((g.index, g.lat, g.lon, LEVEL_COLORS.get(level, LEVEL_COLORS["warning"]), shown))
        self.map.set_gauges(gauges)

    def stop(self) -> None:
        self.player.stop()


def _html(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shot_map(view: DisasterView) -> None:
    """Mid-flood: the flood warning in force, gauges red, the closures and the evacuation on."""
    flood = next((e for e in view.model.incidents if e.id == "flood-warning"), None) or \
        next((e for e in view.model.incidents if e.kind == "flood"), None)
    m = view.model.pack.manifest
    view.player.seek(flood.t_start + 40 * 60_000 if flood is not None else (m.t_start + m.t_end) // 2)
    view.select_incident(None)


def _shot_incident(view: DisasterView) -> None:
    """The flood alert's card open, in the visitor's language, with its response lane."""
    _shot_map(view)
    flood = next((e for e in view.model.incidents if e.id == "flood-warning"), None) or \
        next((e for e in view.model.incidents if e.kind == "flood"), None)
    if flood is not None:
        view.player.select_event(flood.id, seek=False)


#: What ``kiosk --screenshot`` shows of this demo: (name suffix, setup).
SCREENSHOTS = [("map", _shot_map), ("incident", _shot_incident)]
