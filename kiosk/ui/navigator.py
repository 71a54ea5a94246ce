"""Which screen shows: a stack of screens built on first use, and the way back through them."""

from __future__ import annotations

import importlib
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget

from kiosk.ui.screens.base import Screen

#: Every screen of the shell, imported when first shown (module:class, under kiosk.ui.screens).
SCREEN_CLASSES: dict[str, str] = {
    "attract": "attract:AttractScreen",
    "home": "home:HomeScreen",
    "about": "about:AboutScreen",
    "demo": "demo:DemoScreen",
    "pin": "pin:PinScreen",
    "staff": "staff:StaffScreen",
    "settings": "settings:SettingsScreen",
    "visits": "visits:VisitsScreen",
    "visit": "visit:VisitScreen",
    "visit-form": "visit_form:VisitFormScreen",
    "stats": "stats:StatsScreen",
    "staff-members": "staff_members:StaffMembersScreen",
    "error": "error:ErrorScreen",
    "welcome": "welcome:WelcomeScreen",
    "feedback": "feedback:FeedbackScreen",
    "console": "console:ConsoleScreen",
    "export": "export:ExportScreen",
    "audit": "audit:AuditScreen",
}

#: Screens that only staff may see; the idle reset and "Home" always leave them.
STAFF_SCREENS = {"staff", "settings", "visits", "visit", "visit-form", "stats", "staff-members", "export", "audit"}
#: Screens Back never returns to.
NOT_REMEMBERED = ("attract", "error", "pin", "feedback", "console")


def screen_class(screen_id: str) -> type[Screen]:
    module, _, name = SCREEN_CLASSES[screen_id].partition(":")
    return getattr(importlib.import_module(f"kiosk.ui.screens.{module}"), name)


class Navigator(QObject):
    """The stack of screens and the history Back walks. ``moved(previous, current)`` follows
    every change of screen (previous is "" at the first)."""

    moved = Signal(str, str)
    built = Signal(object)  # a screen, once, when it is first built

    def __init__(self, make: Callable[[type[Screen]], Screen], parent: QObject | None = None):
        super().__init__(parent)
        self._make = make
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")
        # the screens share what the top bar (and the tour strip) leave of the glass: a page that
        # needs more height scrolls or cuts, it never makes the window taller than the screen
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.screens: dict[str, Screen] = {}
        self.history: list[str] = []

    def screen(self, screen_id: str) -> Screen:
        """The screen with this id, built on first use (the attract screen alone makes the
        first frame)."""
        existing = self.screens.get(screen_id)
        if existing is not None:
            return existing
        screen = self._make(screen_class(screen_id))
        self.screens[screen_id] = screen
        self.stack.addWidget(screen)
        self.built.emit(screen)
        return screen

    @property
    def current(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def go(self, screen_id: str, remember: bool = True) -> Screen:
        target = self.screen(screen_id)
        previous = self.stack.currentWidget()
        if previous is target:
            self.moved.emit(screen_id, screen_id)
            return target
        if previous is not None:
            focused = QApplication.focusWidget()
            if focused is not None and previous.isAncestorOf(focused):
                # else Qt hands the focus on to the next screen's first text field, and the screen
                # keyboard would come up for a field nobody touched
                focused.clearFocus()
            previous.on_leave()
            if remember and previous.screen_id not in NOT_REMEMBERED:
                self.history.append(previous.screen_id)
        self.stack.setCurrentWidget(target)
        target.on_enter()
        self.moved.emit(previous.screen_id if previous is not None else "", screen_id)
        return target

    def back(self) -> None:
        """One step back: within the demos a visitor tapped through, else the screen before;
        a visitor never walks back into a staff screen."""
        current = self.current
        if current.screen_id == "demo" and current.step_back():
            return
        while self.history:
            screen_id = self.history.pop()
            if screen_id in STAFF_SCREENS and self.current.screen_id not in STAFF_SCREENS:
                continue
            self.go(screen_id, remember=False)
            return
        self.home()

    def home(self) -> None:
        self.history.clear()
        self.go("home", remember=False)

    def forget(self) -> None:
        self.history.clear()
