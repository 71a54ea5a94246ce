"""The shell: one window, a stack of screens, navigation, language, idle reset and staff access."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.i18n import _
from kiosk.paths import Paths
from kiosk.settings import Settings
from kiosk.ui import theme
from kiosk.ui.desk import Desk
from kiosk.ui.idle import IdleController, IdleOverlay
from kiosk.ui.language_picker import LanguagePicker
from kiosk.ui.metrics import Metrics
from kiosk.ui.navigator import SCREEN_CLASSES, STAFF_SCREENS, Navigator  # noqa: F401 (the window's list)
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.staff_session import StaffSession
from kiosk.ui.topbar import TopBar
from kiosk.ui.visitor_session import VisitorSession
from kiosk.ui.widgets import TouchButton

log = logging.getLogger(__name__)

#: Staff think while filling in a visit: the idle reset waits at least this long on their screens.
STAFF_IDLE_S = 300


def metrics_for(size: QSize | None) -> Metrics:
    screen = QApplication.primaryScreen()
    if size is None:
        size = screen.size() if screen else QSize(1920, 1080)
    physical = screen.physicalDotsPerInch() if screen else None
    logical = screen.logicalDotsPerInch() if screen else None
    return Metrics.for_size(size, physical, logical)


@dataclass
class Services:
    """What the shell needs from the composition root."""

    paths: Paths
    settings: Settings
    sessions: object | None = None  # kiosk.store.sessions.SessionRepository
    kiosk_mode: bool = True
    db: object | None = None  # the sqlite_utils.Database of visits and sessions (None: unavailable)


class MainWindow(QWidget):
    language_changed = Signal(str)

    def __init__(self, services: Services, size: QSize | None = None):
        super().__init__()
        self.setObjectName("shell")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services = services
        self.paths = services.paths
        self.settings = services.settings
        self.kiosk_mode = services.kiosk_mode
        self.allow_exit = False
        self.setWindowTitle(self.center_name())
        self.metrics = metrics_for(size)
        TouchButton.touch_px = self.metrics.touch
        self._library = None
        self._desk = None
        self._pack_checks = None
        self.staff = StaffSession(self.settings, self.desk)
        self.visitor = VisitorSession(services.sessions, self.desk)
        self._visit_mode = None  # kiosk.ui.visit_mode.VisitMode, made when first asked for
        self.audience = None  # kiosk.ui.presenter.AudienceWindow, made for the first visit on two screens
        self._binder = None
        self._tour_bar = None  # made for the first visit

        # Screens are built when first shown: the attract screen alone makes the first frame.
        self.nav = Navigator(lambda cls: cls(self), self)
        self.nav.built.connect(self._wire)
        self.topbar = TopBar(self)
        self.attract: AttractScreen = self.nav.screen("attract")  # type: ignore[assignment]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.topbar)
        layout.addWidget(self.nav.stack, 1)
        self._layout = layout

        self.idle = IdleController(self.settings.get("idle_timeout_s"), self.settings.get("idle_countdown_s"), self)
        self.idle.expired.connect(lambda: self.reset_to_attract("idle"))
        self.idle_overlay = IdleOverlay(self, self.idle, self.metrics)
        from kiosk.ui.attract_loop import AttractLoop

        self.attract_loop = AttractLoop(self)
        self._language_picker: LanguagePicker | None = None
        self._remove_listener = i18n.on_language_changed(self._language_changed)

        self._restyle = QTimer(self)
        self._restyle.setSingleShot(True)
        self._restyle.setInterval(150)
        self._restyle.timeout.connect(self._apply_size)

        self.nav.moved.connect(self._moved)
        self.nav.go("attract", remember=False)
        self._apply_direction()
        # Start at the size the metrics were made for, so the first frame needs no restyle.
        self.resize(size or QSize(self.metrics.width, self.metrics.height))

    # ------------------------------------------------------------------ set-up
    def _wire(self, screen: Screen) -> None:
        """What the window does when a screen asks (each screen once, when it is built)."""
        if screen.screen_id == "attract":
            screen.start_requested.connect(self.start_visit)
            screen.language_chosen.connect(self.start_visit_in)
        elif screen.screen_id == "home":
            screen.demo_requested.connect(self.open_demo)
        elif screen.screen_id == "pin":
            screen.accepted.connect(self._pin_accepted)
        elif screen.screen_id == "demo":
            screen.opened.connect(lambda demo_id: self.visitor.demo_opened(demo_id, self.demo_screen.pack_id()))

    def pack_folders(self) -> list:
        """Where the packs on offer are: the shipped samples, then the center's own."""
        from kiosk import paths as paths_mod

        return [paths_mod.samples_dir(), self.paths.packs_dir]

    @property
    def pack_checks(self):
        """What was verified of the packs, by path, size and modification time (made on first
        use: the pack reader and numpy are not needed for the first frame)."""
        if self._pack_checks is None:
            from kiosk.core.library import PackChecks

            self._pack_checks = PackChecks()
        return self._pack_checks

    def library(self):
        """The packs on offer, loaded on first use; a pack the staff area verified already, and
        unchanged since, is not checksummed again."""
        if self._library is None:
            from kiosk.core.library import Library

            self._library = Library.load(self.pack_folders(), checks=self.pack_checks)
        return self._library

    def desk(self):
        """The visit log (None while the database is unavailable)."""
        db = self.services.db
        if db is None:
            return None
        if self._desk is None or self._desk.db is not db:
            self._desk = Desk(db, self.settings.get("center_timezone"), lambda: self.settings.get("staff_pin_hash"))
        return self._desk

    @property
    def pin_screen(self):
        return self.nav.screen("pin")

    @property
    def demo_screen(self):
        return self.nav.screen("demo")

    @property
    def language_picker(self) -> LanguagePicker:
        if self._language_picker is None:
            self._language_picker = LanguagePicker(self, self)
            self._language_picker.chosen.connect(self.set_language)
        return self._language_picker

    def _hide_overlays(self) -> None:
        self.idle_overlay.hide()
        if self._language_picker is not None:
            self._language_picker.hide()

    def apply_theme(self) -> None:
        app = QApplication.instance()
        theme.apply(app, self.settings.get("theme"), self.metrics, self.paths.cache_dir)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for overlay in (self.idle_overlay, self._language_picker):
            if overlay is not None and overlay.isVisible():
                overlay.setGeometry(self.rect())
        if self.isVisible():
            # A window manager may resize several times in a row: restyle once it settles.
            self._restyle.start()

    def _apply_size(self) -> None:
        new = metrics_for(self.size())
        if new == self.metrics:
            return
        self.metrics = new
        TouchButton.touch_px = new.touch
        self.apply_theme()
        for screen in self.nav.screens.values():
            if hasattr(screen, "apply_metrics"):
                screen.apply_metrics()
        self.topbar.apply_metrics()
        self.idle_overlay.apply_metrics(new)
        if self._language_picker is not None:
            self._language_picker.rebuild()
            self._language_picker.retranslate()

    def cleanup(self) -> None:
        """Stop every timer and listener: nothing of this window acts after it is closed."""
        self._remove_listener()
        app = QApplication.instance()
        if app is not None:
            self.idle.uninstall(app)
            self.attract_loop.uninstall(app)
        for timer in self.findChildren(QTimer):
            timer.stop()
        if self._binder is not None:
            self._binder.disconnect_all()
        if self.audience is not None:
            self.audience.close_all()
            self.audience.close()
            self.audience.deleteLater()
            self.audience = None
        if self._library is not None:
            self._library.close()
            self._library = None

    # ------------------------------------------------------------------ names and languages
    def default_center_name(self) -> str:
        from kiosk.settings import DEFAULT_CENTER_NAME

        return _(DEFAULT_CENTER_NAME)

    def center_name(self) -> str:
        return self.settings.get("center_name") or self.default_center_name()

    def enabled_languages(self) -> list[str]:
        enabled = [c for c in self.settings.get("enabled_languages") if i18n.is_known(c)]
        default = self.default_language()
        if default not in enabled:
            enabled.insert(0, default)
        return enabled

    def default_language(self) -> str:
        code = self.settings.get("default_language")
        return code if i18n.is_known(code) else i18n.SOURCE_LANGUAGE

    def set_language(self, code: str) -> None:
        """Switch every visible string, the layout direction and the formats, at once."""
        i18n.set_language(code)

    def _language_changed(self, code: str) -> None:
        self._apply_direction()
        self.retranslate()
        self.visitor.note_language(code)
        self.language_changed.emit(code)

    def _apply_direction(self) -> None:
        direction = Qt.LayoutDirection.RightToLeft if i18n.is_rtl() else Qt.LayoutDirection.LeftToRight
        QApplication.instance().setLayoutDirection(direction)
        self.setLayoutDirection(direction)

    def retranslate(self) -> None:
        self.setWindowTitle(self.center_name())
        self.topbar.retranslate()
        for screen in self.nav.screens.values():
            screen.retranslate()
        self.idle_overlay.retranslate()
        if self._tour_bar is not None:
            self._tour_bar.retranslate()
        if self.audience is not None:
            self.audience.retranslate()
        if self._language_picker is not None:
            self._language_picker.retranslate()
        self._update_topbar()

    def show_language_picker(self) -> None:
        self.language_picker.retranslate()
        self.language_picker.open()

    # ------------------------------------------------------------------ navigation
    def _moved(self, previous: str, screen_id: str) -> None:
        if previous == "demo" and screen_id != "demo":
            self.visitor.demo_closed()
        floor = STAFF_IDLE_S if screen_id in STAFF_SCREENS else 0
        if self.in_visit_mode:
            from kiosk.ui.visit_mode import VISIT_IDLE_S

            floor = max(floor, VISIT_IDLE_S)
        self.idle.set_floor(floor)
        if previous == "attract" and screen_id != "attract":
            self.attract_loop.left_attract()
        self._update_topbar()
        self._update_tour_bar()

    def _update_topbar(self) -> None:
        screen = self.nav.current
        self.topbar.setVisible(bool(screen and screen.shows_topbar))
        self.topbar.set_back_enabled(bool(screen and screen.screen_id != "home"))

    def open_demo(self, demo_id: str, visitor: bool = True) -> None:
        """Open a demo; ``visitor=False`` for the attract loop's unattended story."""
        self.visitor.visitor_demo = visitor
        self.demo_screen.open(demo_id)
        self.nav.go("demo", remember=visitor)

    def start_visit_here(self) -> None:
        """A visitor touched a story: their visit starts on the screen they see."""
        self.visitor.start()
        if self.nav.current.screen_id == "demo":
            spec = self.demo_screen.spec
            self.visitor.took_over(spec.id if spec else None, self.demo_screen.pack_id())
        if self.nav.current.screen_id != "home":
            self.nav.history[:] = ["home"]

    def start_visit(self) -> None:
        self.visitor.start()
        self.nav.home()

    def start_visit_in(self, code: str) -> None:
        self.set_language(code)
        self.start_visit()

    def reset_to_attract(self, reason: str) -> None:
        """Close everything, return to the default language and show the attract screen."""
        log.info("returning to the attract screen (%s)", reason)
        self._hide_overlays()
        self.visitor.end(reason)
        self.staff.sign_out()
        self.nav.forget()
        if self.nav.current is not None and self.nav.current.screen_id == "demo":
            self.visitor.demo_closed()
        if "demo" in self.nav.screens:
            self.demo_screen.close_all()
        if self._visit_mode is not None:
            self._visit_mode.end(reason)
        if i18n.current_language() != self.default_language():
            self.set_language(self.default_language())
        self.nav.go("attract", remember=False)
        self.idle.restart()
        self.attract_loop.attract_shown()

    # ------------------------------------------------------------------ visit mode
    @property
    def visit_mode(self):
        """The guided visit's state (imported and made on first use: not for the first frame)."""
        if self._visit_mode is None:
            from kiosk.ui.visit_mode import VisitMode

            self._visit_mode = VisitMode(self)
            self._visit_mode.ended.connect(self._visit_mode_ended)
            self._visit_mode.changed.connect(self._update_tour_bar)
        return self._visit_mode

    @property
    def in_visit_mode(self) -> bool:
        return self._visit_mode is not None and self._visit_mode.active

    @property
    def presenting(self) -> bool:
        """Two screens: the guide's console here, the audience's view on the other."""
        return self.audience is not None and self._binder is not None and self._binder.wanted

    def tour_bar(self):
        if self._tour_bar is None:
            from kiosk.ui.tour_bar import TourBar

            self._tour_bar = TourBar(self)
            self._tour_bar.hide()
            self._layout.insertWidget(1, self._tour_bar)
        return self._tour_bar

    def _update_tour_bar(self) -> None:
        screen = self.nav.current
        wanted = (self.in_visit_mode and not self.presenting and screen is not None
                  and screen.screen_id in ("welcome", "home", "demo", "about"))
        if wanted:
            self.tour_bar().setVisible(True)
        elif self._tour_bar is not None:
            self._tour_bar.setVisible(False)

    def start_visit_mode(self, visit_id: int, presenter: bool | None = None) -> None:
        """The guide starts a visit (or staff checked it in): the welcome in the delegation's
        language, on the audience's screen when there are two. A KioskError when it cannot start."""
        from kiosk.ui.presenter import audience_screen

        self.attract_loop.left_attract()
        plan = self.visit_mode.start(visit_id)
        self.nav.forget()
        if presenter or (presenter is None and audience_screen(self.settings) is not None):
            self._present(plan, forced=bool(presenter))
            self.nav.go("console", remember=False)
        else:
            self.nav.go("welcome", remember=False)
        self.idle.restart()

    def _present(self, plan, forced: bool = False) -> None:
        from kiosk.ui.presenter import AudienceWindow, ScreenBinder

        if self.audience is None:
            self.audience = AudienceWindow(self)
            self.audience.feedback.finished.connect(lambda: self.finish_visit("guide"))
            self._binder = ScreenBinder(self.settings, self.audience, self)
            self._binder.audience_lost.connect(self._update_console)
            self._binder.audience_back.connect(self._update_console)
        self.audience.setStyleSheet(self.styleSheet())
        self._keep_on_console()
        self.audience.show_welcome(plan)
        self._binder.show(self.size() if forced else None)

    def _keep_on_console(self) -> None:
        """The guide's screen (the one the setting names, else the primary) holds this window."""
        from kiosk.ui.presenter import console_screen

        screen = console_screen(self.settings)
        handle = self.windowHandle()
        if screen is None or handle is None or handle.screen() is screen:
            return
        handle.setScreen(screen)
        if self.isFullScreen():
            self.setGeometry(screen.geometry())
        else:
            self.move(screen.geometry().topLeft())

    def _update_console(self) -> None:
        if "console" in self.nav.screens:
            self.nav.screen("console").refresh()

    def tour_next(self) -> None:
        stop = self.visit_mode.next()
        if stop is None:
            self._ask_feedback()
        else:
            self._show_stop(stop)

    def tour_go_to(self, index: int) -> None:
        """A stop of the tour by its place (the guide picks it on the console)."""
        stop = self.visit_mode.go_to(index)
        if stop is not None:
            self._show_stop(stop)

    def tour_previous(self) -> None:
        stop = self.visit_mode.previous()
        if stop is not None:
            self._show_stop(stop)

    def _show_stop(self, stop) -> None:
        if self.presenting:
            self.audience.show_stop(stop)
            self._update_console()
            return
        from kiosk.ui.visit_mode import play_stop

        self.open_demo(stop.spec.id, visitor=False)
        play_stop(self.demo_screen.view, stop)

    def end_visit(self) -> None:
        """The guide ends the tour: the closing question, then the last screen."""
        if not self.visit_mode.active:
            return
        self.visit_mode.finish_tour()
        self._ask_feedback()

    def _ask_feedback(self) -> None:
        visit_id = self.visit_mode.visit.id
        if self.presenting:
            self.audience.show_feedback(visit_id)
            self._update_console()
            return
        self.nav.screen("feedback").start(visit_id)
        self.nav.go("feedback", remember=False)

    def finish_visit(self, reason: str) -> None:
        """The delegation has seen the last screen: out of visit mode, back to the start."""
        self.visit_mode.end(reason)
        self.reset_to_attract("visit ended")

    def _visit_mode_ended(self, reason: str) -> None:
        if self._binder is not None:
            self._binder.hide()
        if self.audience is not None:
            self.audience.demo.close_all()
        self._update_tour_bar()

    # ------------------------------------------------------------------ staff
    def request_staff(self) -> None:
        """The hidden gesture: the PIN pad, or setting a first PIN when there is none."""
        self._hide_overlays()
        self.pin_screen.start("enter" if self.staff.has_pin() else "new")
        self.nav.go("pin")

    def change_pin(self) -> None:
        self.pin_screen.start("new")
        self.nav.go("pin")

    def _pin_accepted(self) -> None:
        self.staff.signed_in()
        self.nav.go("staff", remember=False)

    def show_visit(self, visit_id: int, replace: bool = False) -> None:
        """A visit's page; ``replace``: instead of the form that saved it (Back skips the form)."""
        self.nav.screen("visit").show_visit(visit_id)
        if replace and self.nav.history and self.nav.history[-1] == "visit":
            self.nav.history.pop()
        self.nav.go("visit", remember=not replace)

    def edit_visit(self, visit_id: int | None) -> None:
        """The visit form: a new visit, or the one given."""
        form = self.nav.screen("visit-form")
        if visit_id is None:
            form.start_new()
        else:
            form.start_edit(visit_id)
        self.nav.go("visit-form")

    def apply_settings(self, values: dict) -> None:
        theme_changed = values.get("theme") != self.settings.get("theme")
        self.settings.update(values)
        self.idle.configure(self.settings.get("idle_timeout_s"), self.settings.get("idle_countdown_s"))
        if theme_changed:
            self.apply_theme()
            self.update()
        self.attract.apply_metrics()
        if self._language_picker is not None:
            self._language_picker.rebuild()
        self.retranslate()

    def exit_kiosk(self) -> None:
        log.info("kiosk closed from the staff area")
        self.allow_exit = True
        self.close()
        QApplication.instance().quit()

    # ------------------------------------------------------------------ error screen
    def show_error(self, burst: bool = False) -> None:
        """The calm error screen; in a burst of errors it stays up instead of looping."""
        self._hide_overlays()
        self.nav.forget()
        self.nav.screen("error").stay = burst
        if self.nav.current.screen_id == "error":
            self.nav.current.on_enter()
        self.nav.go("error", remember=False)

    # ------------------------------------------------------------------ kiosk lock
    def show_kiosk(self) -> None:
        self.setWindowFlags(self.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.showFullScreen()

    def closeEvent(self, event) -> None:
        if self.kiosk_mode and not self.allow_exit:
            log.info("close request refused in kiosk mode")
            event.ignore()
            return
        self.cleanup()
        event.accept()

    def keyPressEvent(self, event) -> None:
        if self.kiosk_mode and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.nav.current.screen_id != "attract":
            self.nav.back()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        # A window manager may try to leave full screen; in kiosk mode we go straight back.
        if self.kiosk_mode and event.type() == QEvent.Type.WindowStateChange and self.isVisible():
            if not (self.windowState() & Qt.WindowState.WindowFullScreen) and not self.allow_exit:
                self.showFullScreen()
        super().changeEvent(event)
