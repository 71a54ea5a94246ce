"""The guide's console in presenter mode: the current and next stop, the guide's notes in their
own language, the clock and the timers, the demo's player controls, and a live thumbnail of
what the audience sees on the second screen. The delegation never sees this screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSlider, QVBoxLayout

from kiosk import i18n
from kiosk.i18n import _
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.welcome import guide_notes
from kiosk.ui.tour_bar import minutes_text, next_words, over_text, position_text, visit_time_text
from kiosk.ui.widgets import button, card, label

THUMB_MS = 500  # the thumbnail follows the audience's screen twice a second


class ConsoleScreen(Screen):
    screen_id = "console"
    shows_topbar = False

    def __init__(self, shell):
        super().__init__(shell)
        self.mode = shell.visit_mode
        self.heading = label("heading", wrap=False)
        self.heading.setObjectName("console-visit")
        self.clock = label("title", wrap=False)
        self.clock.setObjectName("console-clock")
        self.position = label("subtitle", wrap=False)
        self.current = label("title")
        self.current.setObjectName("console-current")
        self.upcoming = label("muted")
        self.upcoming.setObjectName("console-next")
        self.notes_heading = label("heading")
        self.notes = label("body")
        self.notes.setObjectName("console-notes")
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warnings = label("error")
        self.warnings.setObjectName("console-warnings")
        self.stop_time = label("title", wrap=False)
        self.stop_time.setObjectName("console-stop-time")
        self.visit_time = label("body", wrap=False)
        self.over = label("muted")
        self.audience_state = label("muted")
        self.audience_state.setObjectName("console-audience")
        self.thumb = QLabel()
        self.thumb.setObjectName("console-thumbnail")
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFrameShape(QFrame.Shape.Box)

        # the audience's player, from here
        self.play_button = button("primary")
        self.play_button.setObjectName("console-play")
        self.play_button.clicked.connect(self._toggle)
        self.previous_event = button("nav")
        self.previous_event.clicked.connect(lambda: self._player_call("_jump", -1))
        self.next_event = button("nav")
        self.next_event.setObjectName("console-next-event")
        self.next_event.clicked.connect(lambda: self._player_call("_jump", 1))
        self.speed_button = button("nav")
        self.speed_button.setObjectName("console-speed")
        self.speed_button.clicked.connect(lambda: self._player_call("next_speed"))
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setObjectName("console-seek")
        self.seek.setRange(0, 1000)
        self.seek.sliderMoved.connect(self._seek)

        self.previous_stop = button("nav")
        self.previous_stop.setObjectName("console-previous-stop")
        self.previous_stop.clicked.connect(shell.tour_previous)
        self.next_stop = button("primary")
        self.next_stop.setObjectName("console-next-stop")
        self.next_stop.clicked.connect(shell.tour_next)
        self.end_button = button("danger")
        self.end_button.setObjectName("console-end")
        self.end_button.clicked.connect(shell.end_visit)
        self.guide_language = button("nav")
        self.guide_language.setObjectName("console-guide-language")
        self.guide_language.clicked.connect(lambda: self._cycle_language("guide"))
        self.audience_language = button("nav")
        self.audience_language.setObjectName("console-audience-language")
        self.audience_language.clicked.connect(lambda: self._cycle_language("audience"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.guide_language)
        top.addWidget(self.audience_language)
        top.addWidget(self.clock)

        notes_card = card()
        box = QVBoxLayout(notes_card)
        box.addWidget(self.notes_heading)
        box.addWidget(self.notes, 1)
        self._notes_box = box
        left = QVBoxLayout()
        left.addWidget(self.position)
        left.addWidget(self.current)
        left.addWidget(self.upcoming)
        left.addWidget(notes_card, 1)
        left.addWidget(self.warnings)

        right = QVBoxLayout()
        right.addWidget(self.thumb)
        right.addWidget(self.audience_state)
        right.addWidget(self.stop_time)
        right.addWidget(self.visit_time)
        right.addWidget(self.over)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        player = QHBoxLayout()
        for widget in (self.previous_event, self.play_button, self.next_event, self.speed_button):
            player.addWidget(widget)
        player.addWidget(self.seek, 1)
        stops = QHBoxLayout()
        stops.addWidget(self.previous_stop)
        stops.addWidget(self.next_stop, 1)
        stops.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addLayout(player)
        layout.addLayout(stops)
        self._layout = layout

        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(THUMB_MS)
        self._thumb_timer.timeout.connect(self.refresh_thumbnail)
        self.mode.changed.connect(self.refresh)
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self._layout.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        self._layout.setSpacing(m.px(16))
        self.thumb.setFixedSize(m.px(640), m.px(360))
        pad = m.px(20)
        self._notes_box.setContentsMargins(pad, pad, pad, pad)
        self.seek.setMinimumHeight(m.target(56))

    def title(self) -> str:
        return _("Guide's console")

    # ------------------------------------------------------------------ the audience's player
    def _player(self):
        audience = self.shell.audience
        view = audience.demo.view if audience is not None else None
        return getattr(view, "player", None) if view is not None and audience.page() == "demo" else None

    def _player_call(self, name: str, *args) -> None:
        player = self._player()
        if player is not None:
            getattr(player, name)(*args)
            self.refresh()

    def _toggle(self) -> None:
        player = self._player()
        if player is not None:
            player.stop_story()
            player.toggle()
            self.refresh()

    def _seek(self, value: int) -> None:
        player = self._player()
        if player is not None:
            m = player.pack.manifest
            player.stop_story()
            player.seek(int(m.t_start + (m.t_end - m.t_start) * value / 1000))

    def _cycle_language(self, which: str) -> None:
        codes = self.shell.enabled_languages()
        if which == "guide":
            now = self.mode.guide_language
            self.mode.guide_language = codes[(codes.index(now) + 1) % len(codes)] if now in codes else codes[0]
            self.retranslate()
        else:
            now = i18n.current_language()
            self.shell.set_language(codes[(codes.index(now) + 1) % len(codes)] if now in codes else codes[0])

    # ------------------------------------------------------------------ showing
    def on_enter(self) -> None:
        self._thumb_timer.start()
        self.retranslate()

    def on_leave(self) -> None:
        self._thumb_timer.stop()

    def refresh_thumbnail(self) -> None:
        audience = self.shell.audience
        image = audience.thumbnail(self.thumb.width()) if audience is not None else None
        if image is None:
            self.thumb.setPixmap(QPixmap())
            with i18n.speaking(self.mode.guide_language):
                self.thumb.setText(_("The audience's screen is not connected."))
            return
        self.thumb.setPixmap(QPixmap.fromImage(image))

    def retranslate(self) -> None:
        from kiosk.ui.forms import language_name

        audience = i18n.current_language()
        with i18n.speaking(self.mode.guide_language):
            self.notes_heading.setText(_("Your notes"))
            self.play_button.setText(_("Play / pause"))
            self.previous_event.setText(_("Previous event"))
            self.next_event.setText(_("Next event"))
            self.speed_button.setText(_("Speed"))
            self.previous_stop.setText(_("Previous stop"))
            self.end_button.setText(_("End the visit"))
            self.guide_language.setText(_("Your language: {language}").format(
                language=language_name(self.mode.guide_language)))
            self.audience_language.setText(_("Delegation: {language}").format(
                language=language_name(audience)))
        self.refresh()

    def refresh(self) -> None:
        mode = self.mode
        if not mode.active:
            return
        with i18n.speaking(mode.guide_language):
            plan = mode.plan
            self.heading.setText(plan.visit.organization.name)
            self.clock.setText(i18n.format_skeleton("Hm", self.shell.desk().now()))
            self.position.setText(position_text(mode))
            stop, nxt = mode.current(), mode.upcoming()
            if mode.finished:
                self.current.setText(_("The delegation is answering the closing question."))
            elif stop is None:
                self.current.setText(_("The delegation sees the welcome. Start the tour when you are ready."))
            else:
                self.current.setText(stop.title())
            self.upcoming.setText(_("Next: {stop}").format(stop=nxt.title()) if nxt is not None else "")
            player = self._player()
            at = player.clock.position if player is not None else None
            notes = stop.notes(mode.guide_language, at) if stop is not None else ""
            self.notes.setText(notes or _("No notes for this stop. Staff can write them on the visit page."))
            self.warnings.setText("\n".join(guide_notes(self.shell, plan)))
            self.warnings.setVisible(bool(self.warnings.text()))
            self.stop_time.setText(minutes_text(mode.stop_left_s()) if stop is not None else "")
            self.visit_time.setText(visit_time_text(mode.visit_left_s()))
            self.over.setText(over_text(mode))
            self.next_stop.setText(next_words(mode))
            self.next_stop.setEnabled(not mode.finished)
            self.previous_stop.setEnabled(mode.index > 0)
            audience = self.shell.audience
            shown = audience is not None and audience.isVisible()
            self.audience_state.setText(_("The audience sees this.") if shown else
                                        _("The audience's screen is not connected."))
            for widget in (self.play_button, self.previous_event, self.next_event, self.speed_button, self.seek):
                widget.setEnabled(player is not None)
            if player is not None and not self.seek.isSliderDown():
                m = player.pack.manifest
                span = max(1, m.t_end - m.t_start)
                self.seek.setValue(int((player.clock.position - m.t_start) * 1000 / span))
