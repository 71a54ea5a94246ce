"""The autonomous-bus demo: the route and stops on the map, every shuttle moving, a card for
the vehicle a visitor taps, speed and passenger charts, and the figures of the period shown."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.i18n import _, ngettext
from kiosk.ui.player import text
from kiosk.ui.player.charts import Chart
from kiosk.ui.player.map_view import MapView
from kiosk.ui.player.player import Player, emphasise_panels
from kiosk.ui.player.timeline import DEFAULT_MARK, SEVERITY_COLORS, Row
from kiosk.ui.widgets import button, label

FIGURES_EVERY_MS = 500
EVENT_KINDS = {"manual_takeover", "obstacle_stop", "late_departure"}
VEHICLE_COLORS = ("#ff9f1c", "#2dd4bf", "#f472b6", "#a3e635", "#facc15", "#60a5fa")


class Figure(QFrame):
    def __init__(self):
        super().__init__()
        self.setProperty("role", "card")
        self.value = label("figure", wrap=False)
        self.caption = label("muted", wrap=False)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 6, 18, 8)
        box.setSpacing(0)
        box.addWidget(self.value)
        box.addWidget(self.caption)


class VehicleCard(QFrame):
    def __init__(self):
        super().__init__()
        self.setProperty("role", "panel")
        self.setObjectName("vehicle-card")
        self.name = label("heading")
        self.lines = {key: label("muted") for key in ("speed", "passengers", "next", "punctuality")}
        self.close_button = button("nav")
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 10, 18, 12)
        box.setSpacing(2)
        box.addLayout(top)
        for widget in self.lines.values():
            box.addWidget(widget)


class BusView(QWidget):
    def __init__(self, model):
        super().__init__()
        self.setObjectName("bus-demo")
        self.model = model
        pack = model.pack
        self.tz = pack.manifest.timezone
        self.selected: int | None = None
        self._figures_at = None

        self.player = Player(pack, event_kinds=EVENT_KINDS)
        self.map = MapView()
        self.map.set_features(pack.features, text.text)
        self.map.marker_tapped.connect(self.select_vehicle)
        self.map.background_tapped.connect(lambda: self.select_vehicle(None))
        self.player.event_selected.connect(self._event_selected)
        self.player.ticked.connect(self.update_frame)
        self.player.chapter_changed.connect(self.emphasise)

        self.title = label("heading", wrap=False)
        self.figures = {key: Figure() for key in ("trips", "on_time", "takeovers", "km")}
        figures_row = QHBoxLayout()
        for widget in self.figures.values():
            figures_row.addWidget(widget)

        self.card = VehicleCard()
        self.card.close_button.clicked.connect(lambda: self.select_vehicle(None))
        self.card.setVisible(False)
        self.speed_chart = Chart(self.tz, "#38bdf8")
        self.passenger_chart = Chart(self.tz, "#2dd4bf")
        side = QVBoxLayout()
        side.addWidget(self.card)
        side.addWidget(self.speed_chart, 1)
        side.addWidget(self.passenger_chart, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(360)
        side_widget.setMaximumWidth(520)
        side_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        grid = QGridLayout(self.player.content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addLayout(figures_row, 1, 0, 1, 2)
        grid.addWidget(self.map, 2, 0)
        grid.addWidget(side_widget, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.player)
        self.colors = [VEHICLE_COLORS[i % len(VEHICLE_COLORS)] for i in range(len(model.vehicles))]
        self._charts_for(None)
        self.retranslate()
        self.player.seek(pack.manifest.t_start)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # On a small screen the passenger chart gives its room to the map and the card.
        self.passenger_chart.setVisible(event.size().height() >= 820)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.title.setText(text.text(self.model.pack.manifest.title))
        self.card.close_button.setText(_("Close"))
        self.player.set_rows([
            self.player.event_rows(_("Events"), EVENT_KINDS),
            Row(_("Shuttles"), spans=[(self.model.pack.manifest.t_start, self.model.pack.manifest.t_end)]),
        ])
        self.player.retranslate()
        self.map.set_features(self.model.pack.features, text.text)
        self._set_chart_titles()
        self._figures_at = None
        self.update_frame(self.player.clock.position)

    def _set_chart_titles(self) -> None:
        if self.selected is None:
            self.speed_chart.set_title(_("Average speed of the fleet (km/h)"))
            self.passenger_chart.set_title(_("Passengers on board, whole fleet"))
        else:
            name = text.text(self.model.vehicles[self.selected].name)
            self.speed_chart.set_title(_("Speed of {vehicle} (km/h)").format(vehicle=name))
            self.passenger_chart.set_title(_("Passengers on board {vehicle}").format(vehicle=name))

    def panels(self) -> dict[str, list[QWidget]]:
        """The panels a story chapter may ask to emphasise, by the names the pack uses."""
        return {
            "map": [self.map],
            "chart": [self.speed_chart, self.passenger_chart],
            "charts": [self.speed_chart, self.passenger_chart],
            "events": [self.player.event_list],
            "figures": list(self.figures.values()),
        }

    def emphasise(self, chapter) -> None:
        emphasise_panels(self.panels(), chapter)

    # ------------------------------------------------------------------ selection
    def select_vehicle(self, index: int | None) -> None:
        self.selected = index
        self.map.select(index)
        self.card.setVisible(index is not None)
        self._charts_for(index)
        self._set_chart_titles()
        self.update_frame(self.player.clock.position)

    def _charts_for(self, index: int | None) -> None:
        m = self.model.pack.manifest
        t, speed, passengers = self.model.series(index, m.t_start, m.t_end, step_s=60)
        self.speed_chart.set_data(t, speed)
        self.passenger_chart.set_data(t, passengers.astype(np.float64))

    def _event_selected(self, event_id: str) -> None:
        event = self.player.event_by_id.get(event_id)
        if event is None:
            return
        self.map.set_highlight(event.lat, event.lon)
        if event.object:
            ids = [v.id for v in self.model.vehicles]
            if event.object in ids:
                self.select_vehicle(ids.index(event.object))

    # ------------------------------------------------------------------ every frame
    def update_frame(self, t: int) -> None:
        state = self.model.state(t)
        self.map.set_markers(state.lat, state.lon, state.bearing, state.active, self.colors)
        marks = []
        for event_id in self.player.active_events():
            event = self.player.event_by_id[event_id]
            marks.append((event.lat, event.lon, SEVERITY_COLORS.get((event.severity or "").lower(), DEFAULT_MARK)))
        self.map.set_event_marks(marks)
        self.speed_chart.set_cursor(t)
        self.passenger_chart.set_cursor(t)
        if self.selected is not None:
            self._fill_card(t)
        if self._figures_at is None or abs(t - self._figures_at) >= FIGURES_EVERY_MS * max(1.0, self.player.clock.speed):
            self._figures_at = t
            self._fill_figures(t)

    def _fill_card(self, t: int) -> None:
        card = self.model.card(self.selected, t)
        c = self.card
        c.name.setText(text.text(card.vehicle.name))
        if not card.active:
            c.lines["speed"].setText(_("Not in service at this time"))
            for key in ("passengers", "next", "punctuality"):
                c.lines[key].setText("")
            return
        c.lines["speed"].setText(_("Speed: {speed} km/h").format(speed=i18n.format_number(round(card.speed_kmh))))
        if card.passengers is None or card.passengers < 0:
            c.lines["passengers"].setText(_("Passengers on board: not recorded"))
        elif card.vehicle.seats:
            c.lines["passengers"].setText(_("Passengers on board: {n} of {seats} seats").format(
                n=i18n.format_number(card.passengers), seats=i18n.format_number(card.vehicle.seats)))
        else:
            c.lines["passengers"].setText(_("Passengers on board: {n}").format(n=i18n.format_number(card.passengers)))
        c.lines["next"].setText(_("Next stop: {stop}").format(stop=text.text(card.next_stop.name)) if card.next_stop
                                else _("Next stop: end of the line"))
        c.lines["punctuality"].setText(punctuality(card.delay_s))

    def _fill_figures(self, t: int) -> None:
        m = self.model.pack.manifest
        f = self.model.figures(m.t_start, t)
        self.figures["trips"].value.setText(i18n.format_number(f.trips_run))
        self.figures["trips"].caption.setText(ngettext("trip run", "trips run", f.trips_run))
        self.figures["on_time"].value.setText("–" if f.on_time_share is None else
                                               i18n.format_percent(f.on_time_share))
        self.figures["on_time"].caption.setText(_("arrivals on time"))
        self.figures["takeovers"].value.setText(i18n.format_number(f.manual_takeovers))
        self.figures["takeovers"].caption.setText(ngettext("manual takeover", "manual takeovers", f.manual_takeovers))
        self.figures["km"].value.setText(i18n.format_number(round(f.km_driven)))
        self.figures["km"].caption.setText(_("kilometres driven"))

    def stop(self) -> None:
        self.player.stop()


def punctuality(delay_s: int | None) -> str:
    if delay_s is None:
        return _("Timetable not known")
    minutes = round(abs(delay_s) / 60)
    if abs(delay_s) <= 60 or minutes == 0:
        return _("On time")
    if delay_s > 0:
        return ngettext("Late by {n} minute", "Late by {n} minutes", minutes).format(n=i18n.format_number(minutes))
    return ngettext("Early by {n} minute", "Early by {n} minutes", minutes).format(n=i18n.format_number(minutes))


def _shot_story(view: BusView) -> None:
    """Story mode in the middle of its second chapter."""
    view.player.start_story()
    view.player.next_chapter()
    view.player.advance(7.0)
    view.player.pause()


def _shot_card(view: BusView) -> None:
    """Midday with a shuttle's card open."""
    view.player.seek(view.model.pack.manifest.t_start + 3 * 3600_000 + 20 * 60_000)
    state = view.model.state(view.player.clock.position)
    active = state.active.nonzero()[0]
    view.select_vehicle(int(active[0]) if len(active) else 0)


#: What ``kiosk --screenshot`` shows of this demo: (name suffix, setup).
SCREENSHOTS = [("story", _shot_story), ("card", _shot_card)]
