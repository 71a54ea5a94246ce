"""The player: a replay clock driven at the screen's pace, with the controls a guide needs
(play and pause, speed, loop, next and previous event), the timeline, the event list and story
mode. A demo puts its own panels (map, charts, cameras) in ``content`` and follows ``ticked``.
"""

from __future__ import annotations

import logging

import numpy as np

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.core.clock import ReplayClock, presets_for
from kiosk.core.streams import EventIndex
from kiosk.i18n import _
from kiosk.ui import symbols
from kiosk.ui.player import text
from kiosk.ui.player.timeline import Row, Timeline
from kiosk.ui.widgets import button, label, set_emphasis

log = logging.getLogger(__name__)

FRAME_MS = 16  # about 60 frames a second
CHAPTER_S = 14.0  # story mode: seconds of wall time per chapter
RECENT_MS = 60_000


class Player(QWidget):
    ticked = Signal("qint64")  # the clock's time, after every change
    event_selected = Signal(str)
    story_changed = Signal(bool)
    chapter_changed = Signal(object)  # the Chapter now told, or None when the story stops

    def __init__(self, pack, parent: QWidget | None = None, event_kinds: set[str] | None = None):
        """``event_kinds``: the events a visitor browses (list, next and previous); None for all.
        Routine records such as every stop arrival stay out of the list."""
        super().__init__(parent)
        self.pack = pack
        m = pack.manifest
        self.clock = ReplayClock(m.t_start, m.t_end)
        self.shown_events = [e for e in pack.events if event_kinds is None or e.kind in event_kinds]
        self.events = EventIndex([e.id for e in self.shown_events],
                                 np.array([e.t_start for e in self.shown_events], np.int64),
                                 np.array([e.t_end if e.t_end is not None else e.t_start for e in self.shown_events], np.int64))
        self.event_by_id = {e.id: e for e in pack.events}
        self.presets = presets_for(m.t_end - m.t_start)
        self.clock.set_speed(self.presets[min(2, len(self.presets) - 1)])
        self.story = False
        self.chapter = -1
        self.held_chapter: int | None = None  # a tour stop tells this one chapter, again and again
        self._story_speed = 1.0
        self.selected_event: str | None = None

        self.content = QWidget()
        self.content.setObjectName("player-content")
        self.caption = label("subtitle")
        self.caption.setObjectName("story-caption")
        self.caption.setVisible(False)
        self.timeline = Timeline()
        self.timeline.set_range(m.t_start, m.t_end, m.timezone)
        self.timeline.seek_requested.connect(self.seek)
        self.timeline.event_tapped.connect(self.select_event)
        self.clock_label = label("body", wrap=False)
        self.clock_label.setObjectName("player-clock")

        self.play_button = button("primary")
        self.play_button.setObjectName("player-play")
        self.play_button.clicked.connect(self.toggle)
        self.previous_button = button("nav")
        self.previous_button.clicked.connect(lambda: self._jump(-1))
        self.next_button = button("nav")
        self.next_button.clicked.connect(lambda: self._jump(1))
        self.speed_button = button("nav")
        self.speed_button.setObjectName("player-speed")
        self.speed_button.clicked.connect(self.next_speed)
        self.loop_button = button("choice", checkable=True)
        self.loop_button.toggled.connect(self._loop_toggled)
        self.story_button = button("choice", checkable=True)
        self.story_button.setObjectName("player-story")
        self.story_button.setEnabled(bool(m.chapters))
        self.story_button.clicked.connect(lambda on: self.start_story() if on else self.stop_story())

        self.event_list = QListWidget()
        self.event_list.setObjectName("event-list")
        self.event_list.setWordWrap(True)
        self.event_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.event_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.event_list.setMinimumWidth(320)
        self.event_list.itemClicked.connect(lambda item: self.select_event(item.data(Qt.ItemDataRole.UserRole)))

        controls = QHBoxLayout()
        for widget in (self.previous_button, self.play_button, self.next_button, self.speed_button,
                       self.loop_button, self.story_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.clock_label)
        main = QVBoxLayout()
        main.addWidget(self.content, 1)
        main.addWidget(self.caption)
        main.addWidget(self.timeline)
        main.addLayout(controls)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(main, 4)
        outer.addWidget(self.event_list, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._frame)
        self._elapsed = QElapsedTimer()
        self.clock.listeners.append(self._moved)
        self._touch_filter = _TouchStopsStory(self)
        self.retranslate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QApplication.instance().installEventFilter(self._touch_filter)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        QApplication.instance().removeEventFilter(self._touch_filter)
        self.stop()

    # ------------------------------------------------------------------ rows and texts
    def set_rows(self, rows: list[Row]) -> None:
        self.timeline.set_rows(rows)

    def event_rows(self, label_text: str, kinds: set[str] | None = None) -> Row:
        marks = [(e.t_start, e.id, e.severity) for e in self.shown_events if kinds is None or e.kind in kinds]
        return Row(label_text, marks=marks)

    def retranslate(self) -> None:
        # Media symbols keep the controls narrow in every language; the words are their names.
        self.retranslate_play()
        self.previous_button.setText(symbols.PREVIOUS)
        self.previous_button.setAccessibleName(_("Previous event"))
        self.previous_button.setToolTip(_("Previous event"))
        self.next_button.setText(symbols.NEXT)
        self.next_button.setAccessibleName(_("Next event"))
        self.next_button.setToolTip(_("Next event"))
        self.speed_button.setText(_("Speed {speed}x").format(speed=_speed(self.clock.speed)))
        self.timeline.invalidate()  # its times are written in the visitor's language
        self.loop_button.setText(_("Loop"))
        self.story_button.setText(_("Story"))
        self.event_list.clear()
        tz = self.pack.manifest.timezone
        for event in self.shown_events:
            item = QListWidgetItem(text.event_line(event, tz))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.event_list.addItem(item)
            if event.id == self.selected_event:
                item.setSelected(True)
        self._show_caption()
        self._moved(self.clock.position)

    # ------------------------------------------------------------------ controls
    def play(self) -> None:
        self.clock.play()
        self._elapsed.restart()
        self._timer.start()
        self.retranslate_play()

    def pause(self) -> None:
        self.clock.pause()
        self._timer.stop()
        self.retranslate_play()

    def toggle(self) -> None:
        self.stop_story()
        self.pause() if self.clock.playing else self.play()

    def retranslate_play(self) -> None:
        playing = self.clock.playing
        self.play_button.setText(symbols.PAUSE if playing else symbols.PLAY)
        self.play_button.setAccessibleName(_("Pause") if playing else _("Play"))
        self.play_button.setToolTip(_("Pause") if playing else _("Play"))

    def seek(self, t: int) -> None:
        self.clock.seek(int(t))

    def next_speed(self) -> None:
        speeds = self.presets
        bigger = [s for s in speeds if s > self.clock.speed]
        self.clock.set_speed(bigger[0] if bigger else speeds[0])
        self.speed_button.setText(_("Speed {speed}x").format(speed=_speed(self.clock.speed)))

    def _loop_toggled(self, on: bool) -> None:
        if on:
            span = max(60_000, (self.clock.t_end - self.clock.t_start) // 20)
            self.clock.set_loop(self.clock.position, self.clock.position + span)
        else:
            self.clock.set_loop(None)

    def _jump(self, direction: int) -> None:
        self.stop_story()
        target = self.clock.next_event(self.events) if direction > 0 else self.clock.previous_event(self.events)
        if target is not None:
            ids = [e.id for e in self.shown_events if e.t_start == target]
            if ids:
                self.select_event(ids[0], seek=False)

    def select_event(self, event_id: str, seek: bool = True) -> None:
        event = self.event_by_id.get(event_id)
        if event is None:
            return
        self.selected_event = event_id
        if seek:
            self.clock.seek(event.t_start)
        self.timeline.set_highlight(event_id)
        for i in range(self.event_list.count()):
            item = self.event_list.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) == event_id)
        self.event_selected.emit(event_id)

    # ------------------------------------------------------------------ story mode
    def start_story(self) -> None:
        if not self.pack.manifest.chapters:
            return
        self.held_chapter = None
        self.story = True
        self.story_button.setChecked(True)
        self.chapter = -1
        self.next_chapter()
        self.play()
        self.story_changed.emit(True)

    def tell_chapter(self, index: int) -> bool:
        """Story mode on one chapter (a tour stop): it starts again at its end, and touching the
        screen stops it as any story. False when the pack has no such chapter."""
        chapters = self.pack.manifest.chapters
        if not 0 <= index < len(chapters):
            return False
        self.held_chapter = index
        self.story = True
        self.story_button.setChecked(True)
        self.next_chapter()
        self.play()
        self.story_changed.emit(True)
        return True

    def set_controls_visible(self, visible: bool) -> None:
        """The audience's screen in presenter mode shows the demo alone: no buttons, no list."""
        for widget in (self.previous_button, self.play_button, self.next_button, self.speed_button,
                       self.loop_button, self.story_button, self.event_list):
            widget.setVisible(visible)

    def stop_story(self) -> None:
        self.held_chapter = None
        if not self.story:
            return
        self.story = False
        self.story_button.setChecked(False)
        self.caption.setVisible(False)
        self.story_changed.emit(False)
        self.chapter_changed.emit(None)

    def next_chapter(self) -> None:
        chapters = self.pack.manifest.chapters
        self.chapter = self.held_chapter if self.held_chapter is not None else (self.chapter + 1) % len(chapters)
        chapter = chapters[self.chapter]
        # Each chapter takes about CHAPTER_S of wall time, whatever its length: a story may go
        # faster than the 120x a guide can choose.
        self._story_speed = max(1.0, (chapter.t_end - chapter.t_start) / 1000) / CHAPTER_S
        self.clock.seek(chapter.t_start)
        event_id = chapter.focus.get("event")
        if event_id:
            self.select_event(event_id, seek=False)
        self._show_caption()
        self.chapter_changed.emit(chapter)

    def current_chapter(self):
        chapters = self.pack.manifest.chapters
        return chapters[self.chapter] if self.story and 0 <= self.chapter < len(chapters) else None

    def _show_caption(self) -> None:
        chapter = self.current_chapter()
        self.caption.setVisible(chapter is not None)
        if chapter is not None:
            self.caption.setText(text.pick(chapter.caption)[0])

    # ------------------------------------------------------------------ time passing
    def _frame(self) -> None:
        elapsed = self._elapsed.restart() / 1000.0
        self.advance(elapsed)

    def advance(self, elapsed_s: float) -> None:
        """Move the clock on by ``elapsed_s`` of wall time (the frame timer calls this; tests too)."""
        chapter = self.current_chapter()
        if chapter is not None and self.clock.playing:
            self.clock.seek(self.clock.position + int(elapsed_s * 1000 * self._story_speed))
        else:
            self.clock.advance(elapsed_s)
        if chapter is not None and self.clock.position >= chapter.t_end:
            self.next_chapter()
        if not self.clock.playing and self._timer.isActive():
            self._timer.stop()
            self.retranslate_play()

    def _moved(self, t: int) -> None:
        self.timeline.set_position(t)
        self.clock_label.setText(text.clock_text(t, self.pack.manifest.timezone))
        self.ticked.emit(t)

    def active_events(self) -> list[str]:
        return self.events.active(self.clock.position, RECENT_MS)

    def stop(self) -> None:
        self._timer.stop()
        self.clock.pause()


def emphasise_panels(panels: dict[str, list[QWidget]], chapter) -> None:
    """Outline the panels a story chapter names (``chapter.panels``), and only those."""
    wanted = set(chapter.panels) if chapter is not None else set()
    for name, widgets in panels.items():
        for widget in widgets:
            set_emphasis(widget, name in wanted)


class _TouchStopsStory(QObject):
    """Any touch inside the player hands control from the story to the visitor."""

    def __init__(self, player: Player):
        super().__init__(player)
        self.player = player

    def eventFilter(self, watched, event) -> bool:
        if (event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and self.player.story
                and isinstance(watched, QWidget) and (watched is self.player or self.player.isAncestorOf(watched))):
            self.player.stop_story()
        return False


def _speed(value: float) -> str:
    from kiosk import i18n

    return i18n.format_number(value if value != int(value) else int(value))
