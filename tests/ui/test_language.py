"""A language switch changes every visible string at once, and Arabic mirrors the layout."""

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk import i18n, paths


def translations(code):
    with (paths.i18n_dir() / f"{code}.po").open("rb") as handle:
        out = set()
        for m in read_po(handle, locale=code):
            if m.id:
                for s in (m.string if isinstance(m.string, (list, tuple)) else [m.string]):
                    out.add(s)
        return out


def _on_screen_keyboard(w: QWidget) -> bool:
    from kiosk.ui.keyboard import OnScreenKeyboard

    while w is not None:
        if isinstance(w, OnScreenKeyboard):
            return True
        w = w.parentWidget()
    return False


def visible_texts(root: QWidget):
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue  # a hidden widget (or one replaced and waiting for deletion) says nothing
        if w.property("native_name"):
            continue  # language names stay in their own script on purpose
        if isinstance(w, QAbstractButton) and len(w.text()) == 1 and _on_screen_keyboard(w):
            continue  # the keyboard's letter keys are letters of its layout (ㅂ, q), not words
        for getter in ("text", "placeholderText", "toolTip", "accessibleName"):
            if isinstance(w, (QLabel, QAbstractButton, QLineEdit)) or getter in ("toolTip", "accessibleName"):
                fn = getattr(w, getter, None)
                value = fn() if fn else ""
                if value:
                    texts.append((w, value))
    return texts


@pytest.mark.parametrize("old, new", [("ko", "en"), ("en", "ar"), ("ar", "zh_Hans"), ("fr", "es"), ("vi", "ms")])
def test_switch_leaves_no_string_of_the_previous_language(shell, old, new):
    shell.start_visit_in(old)
    shell.show_language_picker()
    shell.set_language(new)
    stale = {s for s in translations(old) - translations(new) if len(s) > 3}
    found = []
    for widget, text in visible_texts(shell):
        for s in stale:
            if s == text or (len(s) > 8 and s in text):
                found.append((type(widget).__name__, widget.objectName(), text))
    assert not found, found


def test_arabic_mirrors_the_layout(shell):
    shell.start_visit_in("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert shell.topbar.logo.isRightToLeft()
    # the logo sits at the right edge in Arabic, at the left edge otherwise
    assert shell.topbar.logo.geometry().x() > shell.width() / 2 or shell.topbar.logo.mapTo(shell, shell.topbar.logo.rect().topLeft()).x() > shell.width() / 2
    shell.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    QApplication.processEvents()
    assert shell.topbar.logo.mapTo(shell, shell.topbar.logo.rect().topLeft()).x() < shell.width() / 2


def test_numbers_on_screen_are_formatted_by_babel(shell):
    shell.nav.go("staff", remember=False)
    shell.nav.go("settings")
    shell.set_language("ar")
    settings_screen = shell.nav.current
    texts = [b.text() for b in settings_screen.idle.buttons.values()]
    assert any(i18n.format_number(30, "ar") in t for t in texts)


def test_attract_language_bar_starts_the_visit_in_that_language(qtbot, shell):
    shell.reset_to_attract("test")
    qtbot.mouseClick(shell.attract.languages.buttons["vi"], Qt.MouseButton.LeftButton)
    assert i18n.current_language() == "vi"
    assert shell.nav.current.screen_id == "home"
    assert shell.topbar.home_button.text() == i18n._("Home")


@pytest.mark.parametrize("lang", ["ko", "ar", "fr"])
def test_top_bar_date_follows_the_language(shell, lang):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    shell.start_visit_in(lang)
    # the top bar shows the center's day (Seoul), which is not the machine's around midnight
    now = datetime.now(ZoneInfo(shell.settings.get("center_timezone")))
    text = shell.topbar.clock.text()
    assert text.startswith(i18n.format_skeleton("MMMEd", now, lang))
    assert shell.topbar.clock.isVisible()
