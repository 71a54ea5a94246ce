"""An exception in a slot is logged, shows the calm error screen, then the attract screen."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from kiosk import i18n
from kiosk.ui.screens import error as error_screen


def test_exception_in_a_slot_shows_error_screen_then_attract(qtbot, shell, paths, monkeypatch, kiosk_errors):
    monkeypatch.setattr(error_screen, "RETURN_AFTER_S", 1)
    shell.start_visit_in("fr")

    def broken_slot():
        raise RuntimeError("sensor feed exploded")

    # Qt hands exceptions from slots to sys.excepthook, which the kiosk owns.
    assert getattr(sys.excepthook, "__self__", None).__class__.__name__ == "ErrorRouter"
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(broken_slot)
    timer.start(0)
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "error", timeout=2000)
    texts = [w.text() for w in shell.nav.current.findChildren(QLabel)]
    assert i18n._("We are sorry, something went wrong.") in texts
    assert i18n.current_language() == "fr"
    assert not any("Traceback" in t or "sensor feed exploded" in t for t in texts)
    log = (paths.log_dir / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "sensor feed exploded" in log
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "attract", timeout=4000)
    assert i18n.current_language() == "ko"
    assert [str(exc) for _, exc, _ in kiosk_errors] == ["sensor feed exploded"]


def test_error_in_a_thread_also_reaches_the_error_screen(qtbot, shell, kiosk_errors):
    import threading

    def work():
        raise ValueError("worker failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "error", timeout=2000)
    assert [type(exc) for _, exc, _ in kiosk_errors] == [ValueError]


def test_a_burst_of_errors_keeps_the_error_screen_up(qtbot, shell, monkeypatch, kiosk_errors):
    monkeypatch.setattr(error_screen, "RETURN_AFTER_S", 1)
    for _ in range(5):
        try:
            raise RuntimeError("again")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "error", timeout=2000)
    qtbot.wait(1500)
    assert shell.nav.current.screen_id == "error"  # no loop through the attract screen
    shell.nav.current.return_button.click()
    assert shell.nav.current.screen_id == "attract"
    assert len(kiosk_errors) == 5


def test_an_error_a_test_does_not_expect_fails_it(pytester):
    """The harness itself: an exception that reaches the error router fails the test that
    built the shell, with its traceback, and passes one that expects it."""
    pytester.makeconftest((Path(__file__).parents[1] / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_inner="""
        from PySide6.QtCore import QTimer

        def raise_index_error():
            raise IndexError("tile 12 of 9")

        def test_unexpected(qtbot, shell):
            QTimer.singleShot(0, raise_index_error)
            qtbot.waitUntil(lambda: shell.nav.current.screen_id == "error", timeout=2000)

        def test_expected(qtbot, shell, kiosk_errors):
            QTimer.singleShot(0, raise_index_error)
            qtbot.waitUntil(lambda: shell.nav.current.screen_id == "error", timeout=2000)
            assert [type(e) for _, e, _ in kiosk_errors] == [IndexError]
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_unexpected*", "*IndexError: tile 12 of 9*"])
