"""An exception in a slot is logged, shows the calm error screen, then the attract screen."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from kiosk import i18n
from kiosk.ui.screens import error as error_screen


def test_exception_in_a_slot_shows_error_screen_then_attract(qtbot, shell, paths, monkeypatch):
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
    qtbot.waitUntil(lambda: shell.current.screen_id == "error", timeout=2000)
    texts = [w.text() for w in shell.current.findChildren(QLabel)]
    assert i18n._("We are sorry, something went wrong.") in texts
    assert i18n.current_language() == "fr"
    assert not any("Traceback" in t or "sensor feed exploded" in t for t in texts)
    log = (paths.log_dir / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "sensor feed exploded" in log
    qtbot.waitUntil(lambda: shell.current.screen_id == "attract", timeout=4000)
    assert i18n.current_language() == "ko"


def test_error_in_a_thread_also_reaches_the_error_screen(qtbot, shell):
    import threading

    def work():
        raise ValueError("worker failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: shell.current.screen_id == "error", timeout=2000)


def test_a_burst_of_errors_keeps_the_error_screen_up(qtbot, shell, monkeypatch):
    monkeypatch.setattr(error_screen, "RETURN_AFTER_S", 1)
    for _ in range(5):
        try:
            raise RuntimeError("again")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: shell.current.screen_id == "error", timeout=2000)
    qtbot.wait(1500)
    assert shell.current.screen_id == "error"  # no loop through the attract screen
    shell.current.return_button.click()
    assert shell.current.screen_id == "attract"
