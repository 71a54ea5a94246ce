"""Shared fixtures: offscreen Qt, a fresh data folder per test, the real shell."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import traceback  # noqa: E402

import pytest  # noqa: E402

from kiosk import i18n  # noqa: E402

pytest_plugins = ["pytester"]

#: The exceptions that reached the shell's error router during a test (see kiosk_errors).
_ROUTED = pytest.StashKey[list]()
#: Set when the test asked for kiosk_errors: it expects errors and checks them itself.
_EXPECTED = pytest.StashKey[bool]()


def pytest_configure(config):
    if os.environ.get("CI"):
        # In CI a test that skips for a missing file or tool is a test that did not run.
        config.option.reportchars = (config.option.reportchars or "") + "s"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if os.environ.get("CI") and report.skipped and call.excinfo is not None and not hasattr(report, "wasxfail"):
        # A skip in CI fails the run, with the reason it gave.
        report.outcome = "failed"
        reason = call.excinfo.value.msg if hasattr(call.excinfo.value, "msg") else str(call.excinfo.value)
        report.longrepr = f"skipped in CI: {reason}"
    if call.when in ("call", "teardown") and report.passed and not item.stash.get(_EXPECTED, False):
        routed = item.stash.get(_ROUTED, [])
        if routed:
            report.outcome = "failed"
            report.longrepr = "an exception reached the kiosk's error router:\n\n" + "\n".join(
                "".join(traceback.format_exception(*exc)) for exc in routed
            )
            routed.clear()
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    report = yield
    if os.environ.get("CI") and report.skipped:
        # a whole module skipped for a missing corpus or tool
        report.outcome = "failed"
    return report


@pytest.fixture(autouse=True)
def _router_errors_fail_the_test(request, monkeypatch):
    """An exception in a slot, timer, paint or event handler reaches the shell's error router,
    which shows the calm error screen: in a test it also fails the test, with its traceback,
    unless the test takes ``kiosk_errors`` (it expects errors and checks them)."""
    routed: list = []
    request.node.stash[_ROUTED] = routed
    if "qtbot" not in request.fixturenames:
        yield
        return
    from kiosk.ui import errors

    original = errors.ErrorRouter.excepthook

    def recording(self, exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            routed.append((exc_type, exc, tb))
        original(self, exc_type, exc, tb)

    monkeypatch.setattr(errors.ErrorRouter, "excepthook", recording)
    yield


@pytest.fixture
def kiosk_errors(request, _router_errors_fail_the_test):
    """The exceptions the error router received: a test that takes this expects some."""
    request.node.stash[_EXPECTED] = True
    return request.node.stash[_ROUTED]


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
    if built:
        from kiosk.ui.workers import wait_for_all

        wait_for_all()  # no worker of this test outlives it
    for window, router in built:
        router.uninstall()
        window.allow_exit = True
        window.cleanup()
        window.close()
        window.deleteLater()
    if built:
        # deleteLater is carried out by an event loop, which a test never returns to: without
        # this every shell of the session stays in memory and each test gets slower
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
