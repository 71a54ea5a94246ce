"""Idle reset: after a quiet spell, ask "Still there?", count down, then start over.

Any touch, click, key or wheel anywhere in the application counts as activity. A later guided
tour (or a demo playing for an audience) pauses the timer with ``hold()`` and resumes it with
``release()``; holds nest, and the timer only runs when none is left.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.i18n import _
from kiosk.ui.widgets import card, centered, label

log = logging.getLogger(__name__)

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class IdleController(QObject):
    warning = Signal(int)  # the countdown started, with this many seconds
    tick = Signal(int)  # seconds left
    cancelled = Signal()  # a touch during the countdown
    expired = Signal()  # the countdown reached zero

    def __init__(self, timeout_s: int, countdown_s: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timeout_ms = timeout_s * 1000
        self.floor_ms = 0  # a longer wait where people type (the staff forms)
        self.countdown_s = countdown_s
        self.tick_ms = 1000
        self.remaining = 0
        self._holds: dict[int, str] = {}
        self._keys = itertools.count(1)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_countdown)
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._tick)
        self.armed = True

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)
        self.restart()

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._idle.stop()
        self._countdown.stop()

    def configure(self, timeout_s: int, countdown_s: int) -> None:
        self.timeout_ms = timeout_s * 1000
        self.countdown_s = countdown_s
        self.restart()

    def set_floor(self, seconds: int) -> None:
        """Wait at least this long before asking "Still there?" (0: the configured timeout)."""
        if seconds * 1000 != self.floor_ms:
            self.floor_ms = seconds * 1000
            self.restart()

    @property
    def effective_ms(self) -> int:
        return max(self.timeout_ms, self.floor_ms)

    # -- pausing, for a guided tour or a presenter
    def hold(self, reason: str) -> int:
        key = next(self._keys)
        self._holds[key] = reason
        self._idle.stop()
        if self.counting_down:
            self._countdown.stop()
            self.cancelled.emit()
        log.info("idle timer held: %s", reason)
        return key

    def release(self, key: int) -> None:
        reason = self._holds.pop(key, None)
        if reason is not None:
            log.info("idle timer released: %s", reason)
        self.restart()

    @property
    def held(self) -> bool:
        return bool(self._holds)

    @property
    def counting_down(self) -> bool:
        return self._countdown.isActive()

    # -- activity
    def eventFilter(self, watched, event) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity()
        return False

    def activity(self) -> None:
        if self.counting_down:
            self._countdown.stop()
            self.cancelled.emit()
        self.restart()

    def restart(self) -> None:
        self._countdown.stop()
        if self.held or not self.armed:
            self._idle.stop()
            return
        self._idle.start(self.effective_ms)

    def _start_countdown(self) -> None:
        if self.held:
            return
        self.remaining = self.countdown_s
        self.warning.emit(self.remaining)
        self._countdown.start(self.tick_ms)

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.tick.emit(self.remaining)
            return
        self._countdown.stop()
        self.expired.emit()
        self.restart()


class Overlay(QWidget):
    """A dimmed layer over the whole window with a centred panel; it swallows every touch."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel = card("panel")
        self.box = QVBoxLayout(self.panel)
        centered(self, self.panel)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()


class IdleOverlay(Overlay):
    def __init__(self, parent: QWidget, controller: IdleController, metrics):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.controller = controller
        self.heading = label("title", align=Qt.AlignmentFlag.AlignHCenter)
        self.heading.setObjectName("idle-heading")
        self.count = label("countdown", wrap=False, align=Qt.AlignmentFlag.AlignHCenter)
        self.count.setObjectName("idle-count")
        self.text = label("subtitle", align=Qt.AlignmentFlag.AlignHCenter)
        for widget in (self.heading, self.count, self.text):
            self.box.addWidget(widget)
        self.apply_metrics(metrics)
        controller.warning.connect(self._warn)
        controller.tick.connect(self._show)
        controller.cancelled.connect(self.hide)
        controller.expired.connect(self.hide)
        self.retranslate()

    def apply_metrics(self, m) -> None:
        pad = m.px(64)
        self.box.setContentsMargins(pad, pad, pad, pad)
        self.box.setSpacing(m.px(20))
        self.panel.setMinimumWidth(m.px(760))
        self.panel.setMaximumWidth(m.px(1100))

    def retranslate(self) -> None:
        self.heading.setText(_("Still there?"))
        self.text.setText(_("Touch anywhere to continue. Otherwise the kiosk returns to the start screen."))

    def _warn(self, seconds: int) -> None:
        self._show(seconds)
        self.open()

    def _show(self, seconds: int) -> None:
        from kiosk import i18n

        self.count.setText(i18n.format_number(seconds))

    def mousePressEvent(self, event) -> None:
        event.accept()
        self.controller.activity()
