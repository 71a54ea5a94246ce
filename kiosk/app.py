"""The composition root: paths, logging, settings, catalogs, database, Qt, theme, shell."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

from kiosk import i18n, logs, paths as paths_mod
from kiosk.paths import Paths
from kiosk.settings import Settings

log = logging.getLogger("kiosk")


@dataclass
class Options:
    config: str | None = None
    data_dir: str | None = None
    windowed: bool = False
    exit_after_first_frame: bool = False
    lang: str | None = None


def prepare(config: str | None, data_dir: str | None, console: bool = True) -> tuple[Paths, Settings]:
    """Everything that needs no Qt: folders, logging, settings and catalogs."""
    paths = paths_mod.resolve(config, data_dir).ensure()
    logs.setup(paths.log_dir, console=console)
    settings = Settings.load(paths.config_file)
    i18n.ensure_loaded(cache_dir=paths.cache_dir)
    return paths, settings


def make_application(argv: list[str] | None = None):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Smart City Kiosk")
    app.setOrganizationName("SmartCityKiosk")
    return app


def build_window(paths: Paths, settings: Settings, kiosk_mode: bool, size=None, open_db: bool = True):
    """The shell with everything it needs. Returns (app, window, router)."""
    from kiosk.ui import fonts
    from kiosk.ui.errors import ErrorRouter, route_qt_messages
    from kiosk.ui import theme
    from kiosk.ui.window import MainWindow, Services, metrics_for

    app = make_application()
    route_qt_messages()
    fonts.register(app)
    sessions = db = None
    if open_db:
        from kiosk.store.db import open_database
        from kiosk.store.sessions import SessionRepository

        db = open_database(paths.database)
        sessions = SessionRepository(db)
    start = settings.get("default_language")
    i18n.set_language(start if i18n.is_known(start) else i18n.SOURCE_LANGUAGE)
    # The stylesheet goes on before any widget exists: applied afterwards, it would re-polish
    # every widget of every screen, which costs more than building them.
    theme.apply(app, settings.get("theme"), metrics_for(size), paths.cache_dir)
    window = MainWindow(Services(paths, settings, sessions, kiosk_mode, db), size=size)
    router = ErrorRouter(window.show_error)
    router.install()
    if db is not None:
        start_retention(window)
    return app, window, router


def start_retention(window) -> None:
    """Erase the roster data past its period now (after the migrations), then once a day."""
    from kiosk.ui.retention import DailyPurge

    window.daily_purge = DailyPurge(window)
    window.daily_purge.start()


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_store(window, paths: Paths) -> None:
    """Open (and migrate) the database for a running shell. Visitors are served even if it fails."""
    from kiosk.core.errors import KioskError
    from kiosk.store.db import open_database
    from kiosk.store.sessions import SessionRepository

    try:
        db = open_database(paths.database)
        window.services.db = db
        window.services.sessions = SessionRepository(db)
    except KioskError as exc:
        log.error("database unavailable, visitor sessions are not recorded: %s", exc)
        return
    start_retention(window)


def run(options: Options) -> int:
    paths, settings = prepare(options.config, options.data_dir)
    if _no_display():
        from kiosk.i18n import _

        log.error("no display: DISPLAY and WAYLAND_DISPLAY are unset")
        print(_("No screen was found. Start the kiosk from the desktop session, or set DISPLAY."), file=sys.stderr)
        return 2
    log.info("starting (kiosk mode: %s, data: %s)", not options.windowed, paths.data_dir)
    from PySide6.QtCore import QSize, QTimer

    # The database opens right after the first frame: the attract screen does not need it,
    # and importing sqlite-utils costs more than painting that frame.
    app, window, _router = build_window(paths, settings, kiosk_mode=not options.windowed, open_db=False)
    if options.lang and i18n.is_known(options.lang):
        window.set_language(options.lang)
    if options.exit_after_first_frame:
        # exit() ends the loop without asking the windows, which refuse to close in kiosk mode.
        window.attract.first_painted.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
    else:
        window.attract.first_painted.connect(lambda: QTimer.singleShot(0, lambda: open_store(window, paths)))
    window.idle.install(app)
    window.attract_loop.install(app)
    window.attract_loop.attract_shown()
    if options.windowed:
        window.resize(QSize(1280, 800))
        window.show()
    else:
        window.show_kiosk()
    return app.exec()
