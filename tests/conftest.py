"""Shared fixtures: offscreen Qt, a fresh data folder per test, the real shell."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402

from kiosk import i18n  # noqa: E402


@pytest.fixture
def paths(tmp_path):
    from kiosk import paths as paths_mod

    from kiosk import logs

    resolved = paths_mod.resolve(data_dir=tmp_path / "data").ensure()
    logs.setup(resolved.log_dir, console=False)
    return resolved


@pytest.fixture
def settings(paths):
    from kiosk.settings import Settings

    return Settings.load(paths.config_file)


@pytest.fixture(autouse=True)
def _fresh_language():
    i18n.load_catalogs()
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def make_shell(qtbot, paths, settings):
    """Build the real shell (with its database) at a given size; cleans up after the test."""
    from PySide6.QtCore import QSize

    from kiosk.app import build_window

    built = []

    def make(size=(1920, 1080), kiosk_mode=False, open_db=True):
        app, window, router = build_window(paths, settings, kiosk_mode=kiosk_mode, size=QSize(*size), open_db=open_db)
        qtbot.addWidget(window)
        window.resize(QSize(*size))
        window.show()
        qtbot.waitExposed(window)
        built.append((window, router))
        return window

    yield make
    for window, router in built:
        router.uninstall()
        window.allow_exit = True
        window.cleanup()
        window.close()
        window.deleteLater()


@pytest.fixture
def shell(make_shell):
    return make_shell()


@pytest.fixture(autouse=True)
def _no_dangling_windows(request):
    """Every test leaves no visible window and no running shell timer behind."""
    yield
    if "qtbot" not in request.fixturenames and "make_shell" not in request.fixturenames:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    app.processEvents()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not visible, f"windows left open: {visible}"
    running = [t for w in QApplication.allWidgets() for t in w.findChildren(QTimer) if t.isActive()]
    assert not running, f"timers left running: {running}"
