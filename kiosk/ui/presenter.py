"""Presenter mode: with a second screen attached, the guide's touchscreen is the console and the
second screen shows the audience the welcome, the demo full screen without controls, and the
closing question, in the delegation's language.

Screens are bound by name. A removed audience screen hides the audience window at once (before
Qt would move it onto the console); when a screen of that name comes back, the audience view
returns after a short wait, the time a display takes to settle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.visit_views import FeedbackView, WelcomeView

log = logging.getLogger(__name__)

#: A display that comes back flickers for a moment: wait this long before showing on it.
RETURN_MS = 1500


def console_screen(settings):
    """The screen the guide works on: the one named in settings, else the primary screen."""
    wanted = settings.get("console_screen")
    for screen in QGuiApplication.screens():
        if wanted and screen.name() == wanted:
            return screen
    return QGuiApplication.primaryScreen()


def audience_screen(settings):
    """The first screen that is not the console's, or None with one screen."""
    console = console_screen(settings)
    for screen in QGuiApplication.screens():
        if screen is not console:
            return screen
    return None


class AudienceWindow(QWidget):
    """What the delegation sees. No button of the guide's is ever on it."""

    def __init__(self, shell):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audience")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.shell = shell
        self.setWindowTitle(shell.center_name())
        from kiosk.ui.screens.demo import DemoScreen

        self.stack = QStackedWidget()
        self.welcome = WelcomeView(shell)
        self.demo = DemoScreen(shell)
        self.demo.setObjectName("audience-demo")
        self.feedback = FeedbackView(shell)
        for page in (self.welcome, self.demo, self.feedback):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setStyleSheet(shell.styleSheet())

    def page(self) -> str:
        current = self.stack.currentWidget()
        return {self.welcome: "welcome", self.demo: "demo", self.feedback: "feedback"}[current]

    def show_welcome(self, plan) -> None:
        self.demo.on_leave()
        self.welcome.fill(plan)
        self.stack.setCurrentWidget(self.welcome)

    def show_stop(self, stop):
        """The stop's demo, and its chapter told again and again; the controls hidden."""
        from kiosk.ui.visit_mode import play_stop

        view = self.demo.open(stop.spec.id)
        if getattr(view, "player", None) is not None:
            view.player.set_controls_visible(False)
        play_stop(view, stop)
        self.stack.setCurrentWidget(self.demo)
        return view

    def show_feedback(self, visit_id: int) -> None:
        self.demo.on_leave()
        self.feedback.start(visit_id)
        self.stack.setCurrentWidget(self.feedback)

    def retranslate(self) -> None:
        self.setWindowTitle(self.shell.center_name())
        self.welcome.retranslate()
        self.demo.retranslate()
        self.feedback.retranslate()

    def thumbnail(self, width: int) -> QImage | None:
        """What the audience sees, small, from the pixels already drawn for it (never painted a
        second time): the screen's copy of the window."""
        if not self.isVisible():
            return None
        screen = self.screen()
        if screen is None:
            return None
        picture = screen.grabWindow(self.winId())
        if picture.isNull():
            return None
        return picture.toImage().scaledToWidth(width, Qt.TransformationMode.FastTransformation)

    def close_all(self) -> None:
        self.demo.close_all()
        self.hide()


class ScreenBinder(QObject):
    """Keeps the audience window on the audience's screen, by name, as screens come and go."""

    audience_lost = Signal()
    audience_back = Signal()

    def __init__(self, settings, window: AudienceWindow, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.window = window
        self.screen_name: str | None = None
        self.wanted = False  # visit mode wants the audience shown
        self._return = QTimer(self)
        self._return.setSingleShot(True)
        self._return.setInterval(RETURN_MS)
        self._return.timeout.connect(self._come_back)
        self._disconnected = False
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._removed)
        app.screenAdded.connect(self._added)

    def disconnect_all(self) -> None:
        if self._disconnected:
            return
        self._disconnected = True
        app = QGuiApplication.instance()
        for signal, slot in ((app.screenRemoved, self._removed), (app.screenAdded, self._added)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._return.stop()

    def show(self, size=None) -> bool:
        """Show the audience window full screen on the audience's screen; False with one screen.
        ``size``: with one screen, show it anyway as a window of that size (screenshots, self-test)."""
        self.wanted = True
        screen = audience_screen(self.settings)
        if screen is None:
            if size is not None:
                self.window.resize(size)
                self.window.show()
            return False
        self._place(screen)
        return True

    def hide(self) -> None:
        self.wanted = False
        self._return.stop()
        self.window.hide()

    def _place(self, screen) -> None:
        self.screen_name = screen.name()
        self.window.setGeometry(screen.geometry())
        handle = self.window.windowHandle()
        if handle is None:
            self.window.winId()  # makes the native window, so it can be given its screen
            handle = self.window.windowHandle()
        handle.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        log.info("audience view on screen %s", screen.name())

    def _removed(self, screen) -> None:
        if screen.name() != self.screen_name:
            return
        self._return.stop()
        if self.window.isVisible():
            # hidden before Qt moves the window onto a remaining screen: the console's
            self.window.hide()
            log.info("audience screen %s removed: audience view hidden", screen.name())
            self.audience_lost.emit()

    def _added(self, screen) -> None:
        if self.wanted and not self.window.isVisible():
            self._return.start()

    def _come_back(self) -> None:
        if not self.wanted or self.window.isVisible():
            return
        by_name = [s for s in QGuiApplication.screens() if s.name() == self.screen_name]
        screen = by_name[0] if by_name else audience_screen(self.settings)
        if screen is None or screen is console_screen(self.settings):
            return
        self._place(screen)
        self.audience_back.emit()
