from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n


def fast_idle(shell, timeout_ms=150, tick_ms=40, countdown=3):
    shell.idle.timeout_ms = timeout_ms
    shell.idle.tick_ms = tick_ms
    shell.idle.countdown_s = countdown
    shell.idle.install(QApplication.instance())


def test_countdown_then_reset_restores_default_language_and_attract(qtbot, shell):
    shell.start_visit_in("ar")
    shell.nav.go("about")
    assert i18n.current_language() == "ar"
    fast_idle(shell)
    qtbot.waitUntil(shell.idle_overlay.isVisible, timeout=2000)
    assert shell.idle_overlay.count.text()  # the countdown is on screen
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "attract", timeout=3000)
    assert not shell.idle_overlay.isVisible()
    assert i18n.current_language() == "ko"
    assert shell.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert shell.nav.history == []
    session = shell.services.sessions.get(1)
    assert session.end_reason == "idle" and session.languages_used == ["ar"]


def test_touch_during_countdown_cancels_it(qtbot, shell):
    shell.start_visit_in("fr")
    fast_idle(shell, timeout_ms=150, tick_ms=400, countdown=5)
    qtbot.waitUntil(shell.idle_overlay.isVisible, timeout=2000)
    qtbot.mouseClick(shell.idle_overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert not shell.idle_overlay.isVisible()
    assert shell.nav.current.screen_id == "home"
    assert i18n.current_language() == "fr"
    assert not shell.idle.counting_down


def test_a_hold_pauses_the_idle_timer(qtbot, shell):
    shell.start_visit()
    fast_idle(shell)
    key = shell.idle.hold("guided tour")
    qtbot.wait(400)
    assert not shell.idle_overlay.isVisible() and shell.nav.current.screen_id == "home"
    shell.idle.release(key)
    qtbot.waitUntil(shell.idle_overlay.isVisible, timeout=2000)


def test_staff_area_closes_on_idle(qtbot, shell, monkeypatch):
    from kiosk.ui import window

    monkeypatch.setattr(window, "STAFF_IDLE_S", 1)  # staff screens wait longer; here, a second
    shell.nav.go("staff", remember=False)
    fast_idle(shell, tick_ms=20, countdown=2)
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "attract", timeout=3000)
