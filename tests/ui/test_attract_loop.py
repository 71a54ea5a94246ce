"""The attract loop: start screen, then a demo's story on its own; a touch hands it to the visitor."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def fast_loop(shell, attract_ms=100, story_ms=600):
    loop = shell.attract_loop
    loop.attract_ms, loop.story_ms = attract_ms, story_ms
    loop.install(QApplication.instance())
    shell.idle.install(QApplication.instance())
    shell.reset_to_attract("test")
    return loop


def test_a_story_plays_by_itself_then_the_start_screen_returns(qtbot, shell):
    loop = fast_loop(shell)
    qtbot.waitUntil(lambda: loop.telling is not None, timeout=3000)
    view = shell.demo_screen.view
    assert shell.nav.current.screen_id == "demo" and view.player.story
    assert loop.banner.isVisible() and loop.banner.text.text()
    assert shell.idle.held  # nobody is there: the idle reset waits for the story
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "attract", timeout=3000)
    assert loop.telling is None and not loop.banner.isVisible() and not shell.idle.held
    assert shell.visitor.session_id is None  # no visitor, no visit recorded


def test_a_touch_during_the_story_hands_the_demo_to_the_visitor(qtbot, shell):
    loop = fast_loop(shell, story_ms=10_000)
    qtbot.waitUntil(lambda: loop.telling is not None, timeout=3000)
    view = shell.demo_screen.view
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert loop.telling is None and not loop.banner.isVisible()
    assert not view.player.story and shell.nav.current.screen_id == "demo"
    assert shell.visitor.session_id is not None and not shell.idle.held
    shell.nav.back()
    assert shell.nav.current.screen_id == "home"
