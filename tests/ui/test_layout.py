"""Nothing clipped with 40 % longer strings at 1280x800; every touch target big enough at 1920x1080."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QScrollArea, QWidget

from kiosk import i18n
from kiosk.ui.metrics import TOUCH_MIN_PX, touch_target_px


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


SCREENS = {
    "home": lambda s: s.home(),
    "pin": lambda s: (s.pin_screen.start("enter"), s.go("pin")),
    "pin-new": lambda s: (s.pin_screen.start("new"), s.go("pin")),
    "settings": lambda s: (s.go("staff", remember=False), s.go("settings")),
    "staff": lambda s: s.go("staff", remember=False),
    "error": lambda s: s.show_error(),
}


@pytest.mark.parametrize("screen_id", list(SCREENS))
def test_pseudo_locale_clips_nothing_at_1280x800(make_shell, screen_id):
    shell = make_shell(size=(1280, 800))
    shell.set_language(i18n.PSEUDO)
    SCREENS[screen_id](shell)
    for _ in range(3):
        QApplication.processEvents()
    assert i18n._("Home").startswith("[")  # the pseudo-locale is really on
    problems = clipped(shell, shell.current)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["ko", "en", "ar"])
@pytest.mark.parametrize("screen_id", ["attract", "home", "pin", "settings", "staff"])
def test_touch_targets_at_1920x1080(shell, lang, screen_id):
    shell.reset_to_attract("test")
    shell.set_language(lang)
    if screen_id != "attract":
        SCREENS[screen_id](shell)
    QApplication.processEvents()
    floor = max(TOUCH_MIN_PX, touch_target_px(QApplication.primaryScreen().physicalDotsPerInch()))
    small = [
        (b.text() or b.objectName(), b.width(), b.height())
        for b in shell.findChildren(QAbstractButton)
        if shown(b) and (b.width() < floor or b.height() < floor)
    ]
    assert not small, small
    logo = shell.attract.logo if screen_id == "attract" else shell.topbar.logo
    assert min(logo.width(), logo.height()) >= floor


def test_back_and_home_are_one_tap_away_on_every_visitor_screen(shell):
    for screen_id in ("home", "about"):
        shell.go(screen_id)
        assert shell.topbar.isVisible()
        assert shell.topbar.home_button.isVisible() and shell.topbar.back_button.isVisible()


def test_attract_screen_fills_the_window_from_the_first_start(shell):
    assert shell.current.screen_id == "attract"
    assert not shell.topbar.isVisible()
    assert shell.attract.geometry().height() == shell.height()
    shell.start_visit()
    assert shell.topbar.isVisible()
    shell.reset_to_attract("test")
    assert not shell.topbar.isVisible()
