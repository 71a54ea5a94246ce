"""The disaster-response demo: the city map with alert areas, incidents, gauges coloured by their
warning level and the 119 and 112 units moving; a card for the incident a visitor taps (the alert
in their language, the agencies and the response lane: detected, dispatched, on scene, resolved);
the water-level and rainfall charts; and a board of the incidents active now, by type."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QScrollArea, QScroller, QSizePolicy, QVBoxLayout, \
    QWidget

from kiosk import i18n
from kiosk.demos.disaster.cards import BoardChip, IncidentCard
from kiosk.demos.disaster.map import DisasterMap
from kiosk.demos.disaster.names import agency_name, kind_name, level_name, severity_name
from kiosk.i18n import _
from kiosk.ui.player import text
from kiosk.ui.player.charts import Chart
from kiosk.ui.player.player import Player, emphasise_panels
from kiosk.ui.player.timeline import Row
from kiosk.ui.widgets import label

KIND_COLORS = {
    "flood": "#3b82f6", "fire": "#f97316", "missing_person": "#a855f7", "crowd": "#f59e0b",
    "road_closure": "#94a3b8", "evacuation": "#14b8a6",
}
ALERT_COLOR = "#ef4444"  # CAP alerts of other categories
LEVEL_COLORS = {None: "#2dd4bf", "attention": "#facc15", "advisory": "#fb923c", "warning": "#ef4444",
                "severe": "#dc2626", "design": "#b91c1c"}
UNIT_COLORS = {"police_car": "#60a5fa", "fire_engine": "#ef4444", "ambulance": "#f8fafc", "person": "#c084fc"}
UNIT_COLOR = "#e2e8f0"


def _event_color(event) -> str:
    return KIND_COLORS.get(event.kind, ALERT_COLOR)


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
        chips = QHBoxLayout()
        chips.setSpacing(8)
        for chip in self.board.values():
            chips.addWidget(chip, 1)
        # the caption above the chips, not beside them: the chips need the width for the types'
        # names (one long word in French or Malay)
        board_row = QVBoxLayout()
        board_row.setSpacing(2)
        board_row.addWidget(self.board_caption)
        board_row.addLayout(chips)
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
