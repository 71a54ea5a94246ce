"""What clipping means, and the top bar and attract screen's layout (every screen is checked in test_every_screen)."""

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget



def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped(window: QWidget, screen: QWidget) -> list[str]:
    problems = []
    for w in screen.findChildren(QWidget) + window.topbar.findChildren(QWidget):
        if not shown(w):
            continue
        if isinstance(w, QLabel) and w.text():
            fm = w.fontMetrics()
            room = w.contentsRect()
            if w.wordWrap():
                need = w.heightForWidth(room.width())
                if need > room.height() + 1:
                    problems.append(f"label {w.text()!r} needs {need}px height, has {room.height()}")
                words = max(w.text().split(), key=fm.horizontalAdvance)
                if fm.horizontalAdvance(words) > room.width() + 1:
                    problems.append(f"label {w.text()!r}: the word {words!r} is wider than the label")
            elif fm.horizontalAdvance(w.text()) > room.width() + 1:
                problems.append(f"label {w.text()!r} is {fm.horizontalAdvance(w.text())}px wide in {room.width()}px")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint()
            if hint.width() > w.width() + 1 or hint.height() > w.height() + 1:
                problems.append(f"button {w.text()!r} needs {hint.width()}x{hint.height()}, has {w.width()}x{w.height()}")
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)) and not inside_scroll_area(w):
            pos = w.mapTo(window, w.rect().topLeft())
            if pos.x() < 0 or pos.y() < 0 or pos.x() + w.width() > window.width() + 1 or pos.y() + w.height() > window.height() + 1:
                problems.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} runs off the window")
    return problems


def test_back_and_home_are_one_tap_away_on_every_visitor_screen(shell):
    for screen_id in ("home", "about"):
        shell.nav.go(screen_id)
        assert shell.topbar.isVisible()
        assert shell.topbar.home_button.isVisible() and shell.topbar.back_button.isVisible()


def test_attract_screen_fills_the_window_from_the_first_start(shell):
    assert shell.nav.current.screen_id == "attract"
    assert not shell.topbar.isVisible()
    assert shell.attract.geometry().height() == shell.height()
    shell.start_visit()
    assert shell.topbar.isVisible()
    shell.reset_to_attract("test")
    assert not shell.topbar.isVisible()


def test_the_top_bar_clock_shows_the_centers_time_not_the_machines(shell):
    """At an expo abroad the machine keeps its own zone; the clock, like the visits, shows the
    center's time."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kiosk import i18n

    shell.start_visit_in("en")
    for zone in ("America/Lima", "Asia/Seoul"):
        shell.settings.set("center_timezone", zone)
        before = datetime.now(ZoneInfo(zone))
        shell.topbar.update_clock()
        after = datetime.now(ZoneInfo(zone))
        shown = shell.topbar.clock.text()
        assert any(i18n.format_skeleton("Hm", t) in shown for t in (before, after)), (zone, shown)
