"""The on-screen keyboard types Korean and Latin into the focused field and never takes focus."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.ui.keyboard import KOREAN, LATIN, LOCKED, OFF, OnScreenKeyboard, wants_keyboard
from kiosk.ui.widgets import TouchButton


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    field, notes = QLineEdit(), QPlainTextEdit()
    kb = OnScreenKeyboard(language=LATIN)
    for widget in (field, notes, kb):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(1280, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return SimpleNamespace(window=window, field=field, notes=notes, kb=kb)


def tap(qtbot, kb, *captions):
    for caption in captions:
        key = kb.key(caption)
        assert key is not None and key.isVisible(), f"no key {caption!r} on this page"
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def preedit_in(edit: QPlainTextEdit) -> str:
    return edit.textCursor().block().layout().preeditAreaText()


def test_types_latin_and_korean_with_a_mode_switch_and_space(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "shift", "A", "n", "y", "a", "n", "g", "space", "korean")
    assert field.text() == "Anyang "
    tap(qtbot, kb, *"ㅇㅏㄴㅇㅑㅇㅅㅣ")
    assert field.text() == "Anyang 안양"  # 시 is still being typed
    assert kb.preedit == "시"
    tap(qtbot, kb, "latin")  # changing mode writes it
    assert field.text() == "Anyang 안양시"
    assert QApplication.focusWidget() is field


def test_the_keyboard_never_takes_focus(qtbot, form):
    kb = form.kb
    assert kb.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert kb.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for key in [b for row in kb.letter_keys for b in row] + list(kb.keys.values()):
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert key.height() >= TouchButton.touch_px
    tap(qtbot, kb, "symbols", "5", "korean", "ㄱ", "shift", "backspace", "enter", "latin", "q", "space")
    assert QApplication.focusWidget() is form.field


def test_syllable_being_typed_shows_underlined_in_the_field(qtbot, form):
    form.notes.setFocus()
    qtbot.waitUntil(form.notes.hasFocus)
    tap(qtbot, form.kb, "korean", *"ㅎㅏㄴ")
    assert preedit_in(form.notes) == "한"
    assert form.notes.toPlainText() == ""
    formats = form.notes.textCursor().block().layout().formats()
    assert any(r.format.fontUnderline() and r.length == 1 for r in formats)
    tap(qtbot, form.kb, "ㅏ")
    assert form.notes.toPlainText() == "하" and preedit_in(form.notes) == "나"


def test_backspace_removes_the_composition_then_text(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "korean", *"ㅎㅏㄴㄱㅜㄱ")
    assert (field.text(), kb.preedit) == ("한", "국")
    tap(qtbot, kb, "backspace")
    assert (field.text(), kb.preedit) == ("한", "구")
    tap(qtbot, kb, "backspace", "backspace")
    assert (field.text(), kb.preedit) == ("한", "")
    tap(qtbot, kb, "backspace")
    assert field.text() == ""
    assert QApplication.focusWidget() is field


def test_holding_backspace_repeats(qtbot, form):
    kb, field = form.kb, form.field
    field.setText("abcdefghij")
    back = kb.keys["backspace"]
    qtbot.mousePress(back, Qt.MouseButton.LeftButton)
    qtbot.wait(kb.REPEAT_DELAY_MS + 5 * kb.REPEAT_INTERVAL_MS)
    qtbot.mouseRelease(back, Qt.MouseButton.LeftButton)
    assert len(field.text()) <= 7
    others = [b for row in kb.letter_keys for b in row] + [b for n, b in kb.keys.items() if n != "backspace"]
    assert not any(b.autoRepeat() for b in others)


def test_shift_gives_one_capital_and_double_consonants(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "shift", "Q", "w")
    assert field.text() == "Qw" and kb.shift == OFF
    tap(qtbot, kb, "korean", "shift")
    assert kb.key("ㄱ") is None and kb.key("ㅒ") is not None
    tap(qtbot, kb, "ㄲ", "ㅗ", "ㅊ")  # shift lasts one key: ㅗ and ㅊ are plain keys
    tap(qtbot, kb, "space")
    assert field.text() == "Qw꽃 "


def test_shift_tapped_twice_quickly_stays_on(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "shift", "shift")
    assert kb.shift == LOCKED
    tap(qtbot, kb, "S", "O", "S", "shift")
    assert field.text() == "SOS" and kb.shift == OFF


def test_number_page_types_digits_and_at(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "korean", *"ㄱㅣㅁ", "symbols")
    assert field.text() == "김"  # going to the number page writes the syllable
    tap(qtbot, kb, "0", "1", "0", "@", "-", "shift", "!")
    assert field.text() == "김010@-!"
    tap(qtbot, kb, "symbols")
    assert not kb.is_symbols() and kb.language == KOREAN and kb.key("ㅎ") is not None


def test_enter_writes_the_syllable_and_submits_once_for_a_double_tap(qtbot, form):
    kb, field = form.kb, form.field
    submits = []
    kb.submitted.connect(lambda: submits.append(field.text()))
    tap(qtbot, kb, "korean", *"ㅅㅣ")
    tap(qtbot, kb, "enter", "enter")
    assert submits == ["시"]
    kb.ENTER_GUARD_MS = 100
    qtbot.wait(150)
    tap(qtbot, kb, "enter")
    assert submits == ["시", "시"]


def test_typing_into_a_plain_text_edit(qtbot, form):
    kb, notes = form.kb, form.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    submits = []
    kb.submitted.connect(lambda: submits.append(True))
    tap(qtbot, kb, "korean", *"ㅇㅡㅣㅈㅓㅇㅂㅜ", "enter", "latin", "shift", "O", "k")
    assert notes.toPlainText() == "의정부\nOk"
    assert submits == []  # in a multi-line field Enter starts a new line
    assert form.field.text() == ""
    assert QApplication.focusWidget() is notes


def test_moving_to_another_field_writes_the_syllable_where_it_was_typed(qtbot, form):
    kb, field, notes = form.kb, form.field, form.notes
    tap(qtbot, kb, "korean", *"ㄱㅏ")
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    assert field.text() == "가"
    tap(qtbot, kb, *"ㄴㅏ", "hide")
    assert notes.toPlainText() == "나" and kb.isHidden()


def test_a_hardware_keyboard_still_types_while_the_keyboard_is_visible(qtbot, form):
    kb, field = form.kb, form.field
    tap(qtbot, kb, "korean", *"ㅎㅏ")
    qtbot.keyClicks(field, "!?")
    assert field.text() == "하!?" and kb.preedit == ""
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "하!"
    tap(qtbot, kb, "ㄴ")
    assert kb.isVisible() and kb.preedit == "ㄴ"


def test_hide_then_focusing_a_field_shows_it_again(qtbot, form):
    kb = form.kb
    tap(qtbot, kb, "hide")
    assert kb.isHidden()
    form.notes.setFocus()
    qtbot.waitUntil(kb.isVisible)
    assert kb.target() is form.notes


def test_read_only_fields_and_opted_out_fields_get_no_keyboard(qtbot, form):
    kb, field = form.kb, form.field
    other = QLineEdit()
    other.setReadOnly(True)
    secret = QLineEdit()
    secret.setProperty("keyboard", False)
    assert wants_keyboard(field) and wants_keyboard(form.notes)
    assert not wants_keyboard(other) and not wants_keyboard(secret) and not wants_keyboard(kb.keys["space"])
    form.window.layout().insertWidget(0, other)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert kb.target() is field


def test_stays_left_to_right_in_an_arabic_interface(qtbot, form):
    form.window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    kb = form.kb
    assert form.field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kb.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert kb.key("q").x() < kb.key("p").x()
    assert kb.keys["shift"].x() < kb.keys["backspace"].x()


def test_word_keys_follow_the_language_and_fit_their_keys(qtbot, form):
    kb = form.kb
    i18n.set_language(i18n.PSEUDO)
    kb.retranslate()
    assert kb.keys["space"].text().startswith("[") and kb.key("q").text() == "q"
    for name in ("shift", "space", "enter", "hide"):
        key = kb.keys[name]
        assert key.fontMetrics().horizontalAdvance(key.text()) < key.width(), name


def test_keys_are_even(qtbot, form):
    widths = {b.width() for row in form.kb.letter_keys for b in row}
    heights = {b.height() for b in form.kb.findChildren(type(form.kb.keys["space"]))}
    assert max(widths) - min(widths) <= 1 and len(heights) == 1


def test_fields_asking_for_numbers_or_latin_open_that_page(qtbot, form):
    kb = form.kb
    kb.set_language(KOREAN)
    phone, email = QLineEdit(), QLineEdit()
    phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
    email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    form.window.layout().insertWidget(0, phone)
    form.window.layout().insertWidget(0, email)
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus)
    assert kb.is_symbols()
    tap(qtbot, kb, "0", "2")
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    assert not kb.is_symbols() and kb.language == LATIN
    tap(qtbot, kb, "k", "symbols", "@")
    assert (phone.text(), email.text()) == ("02", "k@")


def test_a_password_field_never_shows_a_syllable_in_clear(qtbot, form):
    kb, field = form.kb, form.field
    field.setEchoMode(QLineEdit.EchoMode.Password)
    tap(qtbot, kb, "korean", *"ㅎㅏ")
    assert kb.preedit == "" and field.text() == "ㅎㅏ"
