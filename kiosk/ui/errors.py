"""Any exception ends up in the log with its traceback; the visitor sees the calm error screen.

Unhandled exceptions in Qt slots reach ``sys.excepthook``; those in threads reach
``threading.excepthook``. Both are routed here. A burst of errors (more than five in a minute)
keeps the error screen up rather than looping through the attract screen.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler

log = logging.getLogger("kiosk.errors")


BURST = 5  # errors within a minute that stop the automatic return to the attract screen


class ErrorRouter(QObject):
    # Signals cross threads safely: the error screen is always shown on the GUI thread.
    raised = Signal(bool)  # True in a burst: stay on the error screen

    def __init__(self, show_error: Callable[[bool], None]):
        super().__init__()
        self.recent: list[float] = []
        self.raised.connect(show_error)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        now = time.monotonic()
        self.recent = [t for t in self.recent if now - t < 60] + [now]
        burst = len(self.recent) >= BURST
        if burst:
            log.critical("%d errors within a minute: the error screen stays up", len(self.recent))
        self.raised.emit(burst)

    def thread_excepthook(self, args) -> None:
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


#: Platform-plugin remarks that say nothing about the kiosk (the offscreen plugin has no window manager).
QUIET = ("does not support propagateSizeHints",)


def route_qt_messages() -> None:
    """Send Qt's own messages to the log, and on to whatever handler was there before
    (a test runner's, which fails a test on a Qt warning)."""
    qt_log = logging.getLogger("qt")
    previous = None

    def handler(mode, context, message):
        if any(noise in message for noise in QUIET):
            qt_log.debug("%s", message)
            return
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
        if previous is not None and not getattr(previous, "_kiosk", False):
            previous(mode, context, message)

    handler._kiosk = True  # type: ignore[attr-defined]
    previous = qInstallMessageHandler(handler)
