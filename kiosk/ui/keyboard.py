"""An on-screen keyboard for touch-only kiosks: Korean 2-set, Latin QWERTY, numbers and symbols.

It types into the text field that last had focus in its window (or in the widget given to
:meth:`OnScreenKeyboard.attach`) and never takes focus itself. Korean is composed with
:class:`kiosk.core.hangul.HangulComposer` and sent as an input-method preedit, so the syllable
being typed shows underlined in the field, as with a desktop Korean input method; it is written
for good by the next syllable, space, enter, a mode change, hiding the keyboard, leaving the
field, a hardware key or a tap inside the field.

A screen embeds it by adding it to the bottom of its layout, calling ``apply_metrics(metrics)``
and ``retranslate()`` from its own, and connecting ``submitted``; the keyboard shows itself when
a text field of its window gets focus (``auto_show``), and hides on its Hide key. A field that
should not get it sets the property ``keyboard`` to False.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QFrame, QGridLayout, QLineEdit,
                               QHBoxLayout, QPlainTextEdit, QPushButton, QSizePolicy, QTextEdit, QWidget)
from shiboken6 import isValid

from kiosk import i18n
from kiosk.core.hangul import DUBEOLSIK_ROWS, HangulComposer
from kiosk.i18n import _
from kiosk.ui import symbols
from kiosk.ui.metrics import Metrics
from kiosk.ui.widgets import TouchButton, button

KOREAN, LATIN = "ko", "en"
OFF, ONCE, LOCKED = "off", "once", "locked"

LATIN_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
HANGUL_ROWS = tuple("".join(plain for _k, plain, _s in row) for row in DUBEOLSIK_ROWS)
HANGUL_SHIFT_ROWS = tuple("".join(shifted for _k, _p, shifted in row) for row in DUBEOLSIK_ROWS)
# Digits stay on the top row of both symbol pages; shift turns the page.
SYMBOL_ROWS = ("1234567890", "@#&*-+=()", "_/:;,.?")
MORE_SYMBOL_ROWS = ("1234567890", "!'\"%$₩~^€", "[]{}<>\\")

#: The grid is 20 columns: a letter key is two wide, so the second row sits half a key in.
COLUMNS = 20
#: (row, first column) of each row of letter keys.
LETTER_ROWS = ((0, 0), (1, 1), (2, 3))
#: The other keys: name -> (row, column, column span, role).
SPECIAL_KEYS = {
    "shift": (2, 0, 3, "choice"),
    "backspace": (2, 17, 3, "key-small"),
    "symbols": (3, 0, 3, "choice"),
    "korean": (3, 3, 2, "choice"),
    "latin": (3, 5, 2, "choice"),
    "space": (3, 7, 8, "key-small"),
    "enter": (3, 15, 3, "primary"),
    "hide": (3, 18, 2, "key-small"),
}
CHECKABLE = {"shift", "symbols", "korean", "latin"}

STYLE = """
QFrame#osk {{ border-radius: 0; border-left: none; border-right: none; border-bottom: none; }}
QFrame#osk QPushButton[role="key"] {{ font-size: {letter}px; font-weight: 600; padding: 0; }}
QFrame#osk QPushButton[role="choice"], QFrame#osk QPushButton[role="key-small"],
QFrame#osk QPushButton[role="primary"] {{ font-size: {word}px; padding: 0 4px; }}
QFrame#osk QPushButton#osk-backspace {{ font-size: {letter}px; }}
QFrame#osk QPushButton[locked="true"] {{ text-decoration: underline; }}
"""


def wants_keyboard(widget: QWidget | None) -> bool:
    """True for an enabled, editable text field that has not opted out with ``keyboard=False``."""
    if widget is None or not isValid(widget) or widget.property("keyboard") is False:
        return False
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget.isEnabled() and not widget.isReadOnly()
    return False


def _is_multiline(widget: QWidget) -> bool:
    return isinstance(widget, (QPlainTextEdit, QTextEdit))


def _is_hidden_text(widget: QWidget) -> bool:
    """A password field: the syllable being typed must not show in clear, so nothing is composed."""
    hidden = isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
    return hidden or bool(widget.inputMethodHints() & Qt.InputMethodHint.ImhHiddenText)


_NUMBER_HINTS = (Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhFormattedNumbersOnly
                 | Qt.InputMethodHint.ImhDialableCharactersOnly | Qt.InputMethodHint.ImhPreferNumbers)
_LATIN_HINTS = (Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhUrlCharactersOnly
                | Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhPreferLatin)


class OnScreenKeyboard(QFrame):
    """Big touch keys that type Korean and Latin letters into the window's text fields."""

    #: Enter in a one-line field (in a multi-line field Enter starts a new line).
    submitted = Signal()
    #: The Hide key was tapped (the keyboard has hidden itself).
    hidden = Signal()

    ENTER_GUARD_MS = 600  # a second Enter this soon after one is a double tap, not a second submit
    SHIFT_LOCK_MS = 450  # shift tapped twice this quickly stays on
    REPEAT_DELAY_MS = 450
    REPEAT_INTERVAL_MS = 70

    def __init__(self, parent: QWidget | None = None, language: str | None = None, auto_show: bool = True):
        super().__init__(parent)
        self.setObjectName("osk")
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        # The layouts are Latin and Hangul: left to right even in an Arabic interface.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.composer = HangulComposer()
        self.auto_show = auto_show
        self._language = language or (KOREAN if i18n.current_language() == KOREAN else LATIN)
        self._symbols = False
        self._shift = OFF
        self._target: QWidget | None = None
        self._watched: list[QObject] = []
        self._scope: QWidget | None = None
        self._sending = False
        self._last_enter = QElapsedTimer()
        self._last_shift = QElapsedTimer()

        self._keys_area = QWidget()
        self._keys_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._grid = QGridLayout(self._keys_area)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1)
        outer = QHBoxLayout(self)  # centred by stretches: an aligned widget would keep its smallest width
        outer.addStretch(1)
        outer.addWidget(self._keys_area, 1000)
        outer.addStretch(1)
        self._outer = outer

        self.letter_keys: list[list[QPushButton]] = []
        for (row, first), length in zip(LETTER_ROWS, (len(r) for r in LATIN_ROWS)):
            keys = []
            for i in range(length):
                btn = self._make_key("key", row, first + 2 * i, 2)
                btn.clicked.connect(lambda _=False, r=row, c=i: self._letter(r, c))
                keys.append(btn)
            self.letter_keys.append(keys)
        self.keys: dict[str, QPushButton] = {}
        for name, (row, column, span, role) in SPECIAL_KEYS.items():
            self.keys[name] = self._make_key(role, row, column, span, checkable=name in CHECKABLE)
            self.keys[name].setObjectName(f"osk-{name}")
        k = self.keys
        k["backspace"].setText(symbols.BACKSPACE)
        k["backspace"].setAutoRepeat(True)
        k["backspace"].setAutoRepeatDelay(self.REPEAT_DELAY_MS)
        k["backspace"].setAutoRepeatInterval(self.REPEAT_INTERVAL_MS)
        k["korean"].setText("한")
        k["latin"].setText("A")
        k["symbols"].setText("123")
        k["shift"].clicked.connect(self._tap_shift)
        k["backspace"].clicked.connect(self.backspace)
        k["symbols"].clicked.connect(lambda: self.set_symbols(not self._symbols))
        k["korean"].clicked.connect(lambda: self.set_language(KOREAN))
        k["latin"].clicked.connect(lambda: self.set_language(LATIN))
        k["space"].clicked.connect(lambda: self.type_text(" "))
        k["enter"].clicked.connect(self.enter)
        k["hide"].clicked.connect(self._hide_tapped)

        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.apply_metrics()
        self.retranslate()
        self._refresh()
        self._take_focused_field()

    def _make_key(self, role: str, row: int, column: int, span: int, checkable: bool = False) -> QPushButton:
        btn = button(role, checkable=checkable)
        btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ignored: every key gets its share of the row, whatever its caption.
        btn.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._grid.addWidget(btn, row, column, 1, span)
        return btn

    def _all_keys(self) -> list[QPushButton]:
        return [b for row in self.letter_keys for b in row] + list(self.keys.values())

    # -- look
    def apply_metrics(self, metrics: Metrics | None = None) -> None:
        """Key sizes for the screen; without metrics, from the fingertip size alone."""
        touch = TouchButton.touch_px
        height = metrics.target(72) if metrics else max(touch, round(touch * 1.15))
        gap = metrics.px(10) if metrics else max(6, touch // 8)
        for btn in self._all_keys():
            btn.setFixedHeight(height)
            span = self._grid.getItemPosition(self._grid.indexOf(btn))[3]
            btn.setMinimumWidth(touch * span // 2)
        self._grid.setHorizontalSpacing(gap)
        self._grid.setVerticalSpacing(gap)
        # Very wide keys are slower to reach: past about 1.6 key heights a key stops growing.
        self._keys_area.setMaximumWidth(round(height * 1.6 * COLUMNS / 2 + gap * (COLUMNS / 2 - 1)))
        self._keys_area.setMinimumWidth(touch * COLUMNS // 2 + gap * (COLUMNS // 2 - 1))
        self._outer.setContentsMargins(gap, gap, gap, gap)
        letter = metrics.font(38) if metrics else round(height * 0.45)
        word = metrics.font(24) if metrics else round(height * 0.3)
        self.setStyleSheet(STYLE.format(letter=letter, word=word))

    def retranslate(self) -> None:
        k = self.keys
        k["shift"].setText(_("Shift"))
        k["space"].setText(_("Space"))
        k["enter"].setText(_("Enter"))
        k["hide"].setText(_("Hide"))
        k["backspace"].setAccessibleName(_("Delete"))
        k["korean"].setAccessibleName(_("Korean"))
        k["latin"].setAccessibleName(_("Latin letters"))
        k["symbols"].setAccessibleName(_("Numbers and symbols"))

    def _rows(self) -> tuple[str, ...]:
        if self._symbols:
            return MORE_SYMBOL_ROWS if self._shift != OFF else SYMBOL_ROWS
        if self._language == KOREAN:
            return HANGUL_SHIFT_ROWS if self._shift != OFF else HANGUL_ROWS
        return tuple(r.upper() for r in LATIN_ROWS) if self._shift != OFF else LATIN_ROWS

    def _refresh(self) -> None:
        for keys, chars in zip(self.letter_keys, self._rows()):
            for btn, ch in zip(keys, chars):
                btn.setText(ch.replace("&", "&&"))
                btn.setProperty("char", ch)
        k = self.keys
        k["shift"].setChecked(self._shift != OFF)
        if bool(k["shift"].property("locked")) != (self._shift == LOCKED):
            k["shift"].setProperty("locked", self._shift == LOCKED)
            k["shift"].style().unpolish(k["shift"])
            k["shift"].style().polish(k["shift"])
        k["symbols"].setChecked(self._symbols)
        k["korean"].setChecked(self._language == KOREAN)
        k["latin"].setChecked(self._language == LATIN)

    # -- state
    @property
    def language(self) -> str:
        return self._language

    @property
    def shift(self) -> str:
        return self._shift

    @property
    def preedit(self) -> str:
        return self.composer.preedit

    def is_symbols(self) -> bool:
        return self._symbols

    def set_language(self, language: str) -> None:
        self.commit_composition()
        self._language = KOREAN if language == KOREAN else LATIN
        self._symbols = False
        self._shift = OFF
        self._refresh()

    def set_symbols(self, on: bool) -> None:
        self.commit_composition()
        self._symbols = on
        self._shift = OFF
        self._refresh()

    def key(self, caption: str) -> QPushButton | None:
        """The key that types ``caption`` now ("ㅎ", "A", "@"), or a named key ("space", "enter" ...)."""
        if caption in self.keys:
            return self.keys[caption]
        return next((b for row in self.letter_keys for b in row if b.property("char") == caption), None)

    def _tap_shift(self) -> None:
        if self._shift == OFF:
            self._shift = ONCE
            self._last_shift.start()
        elif self._shift == ONCE and self._last_shift.isValid() and self._last_shift.elapsed() < self.SHIFT_LOCK_MS:
            self._shift = LOCKED
        else:
            self._shift = OFF
        self._refresh()

    # -- where the text goes
    def attach(self, scope: QWidget) -> None:
        """Type only into text fields inside ``scope`` (by default: the keyboard's own window)."""
        self._scope = scope
        self._take_focused_field()

    def target(self) -> QWidget | None:
        """The text field the keys type into: the one that last had focus."""
        if self._target is not None and not isValid(self._target):
            self._target, self._watched = None, []
            self.composer.reset()
        return self._target

    def _in_scope(self, widget: QWidget) -> bool:
        scope = self._scope if self._scope is not None and isValid(self._scope) else None
        if scope is None:
            if self.parent() is None:
                return True  # a floating keyboard serves every window
            scope = self.window()
        return widget is scope or scope.isAncestorOf(widget)

    def _take_focused_field(self) -> None:
        focused = QApplication.focusWidget()
        if wants_keyboard(focused) and self._in_scope(focused):
            self._set_target(focused)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or not wants_keyboard(new) or not self._in_scope(new):
            return
        self._set_target(new)
        if self.auto_show and self.isHidden():
            self.show()

    def _set_target(self, widget: QWidget) -> None:
        if widget is self.target():
            return
        self.commit_composition()
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._target = widget
        self._watched = [widget]
        if isinstance(widget, QAbstractScrollArea):
            self._watched.append(widget.viewport())  # taps inside a text edit land on its viewport
        for watched in self._watched:
            watched.installEventFilter(self)
        # A field that asks for numbers (a phone number) or Latin text (an e-mail) gets that page.
        hints = widget.inputMethodHints()
        if hints & _NUMBER_HINTS:
            self.set_symbols(True)
        elif hints & _LATIN_HINTS:
            self.set_language(LATIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Anything else the field receives (a hardware key, a tap that moves the cursor, losing
        # focus) writes the syllable being typed first, where it was typed.
        if (not self._sending and self.composer.is_composing()
                and event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                                     QEvent.Type.FocusOut, QEvent.Type.Hide)):
            self.commit_composition()
        return False

    def _ready_target(self) -> QWidget | None:
        target = self.target()
        if target is None or not wants_keyboard(target) or not target.isVisible():
            return None
        if not target.hasFocus() and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def _send(self, commit: str, preedit: str) -> None:
        target = self.target()
        if target is None:
            return
        attributes = []
        if preedit:
            underline = QTextCharFormat()
            underline.setFontUnderline(True)
            attributes = [
                QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat, 0, len(preedit), underline),
                QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.Cursor, len(preedit), 1),
            ]
        event = QInputMethodEvent(preedit, attributes)
        event.setCommitString(commit)
        self._sending = True
        try:
            QCoreApplication.sendEvent(target, event)
        finally:
            self._sending = False

    def _send_key(self, key: Qt.Key, text: str = "") -> None:
        target = self.target()
        if target is None:
            return
        self._sending = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        finally:
            self._sending = False

    # -- typing
    def commit_composition(self) -> None:
        """Write the syllable being typed into its field for good."""
        if self.composer.is_composing():
            text = self.composer.flush()
            self._send(text, "")

    def type_text(self, text: str) -> None:
        """Type ``text`` as a commit (after writing the syllable being typed)."""
        if self._ready_target() is None:
            return
        self._send(self.composer.flush() + text, "")

    def _letter(self, row: int, column: int) -> None:
        ch = self.letter_keys[row][column].property("char")
        target = self._ready_target()
        if target is not None:
            if self._language == KOREAN and not self._symbols and not _is_hidden_text(target):
                commit, preedit = self.composer.press(ch)
                self._send(commit, preedit)
            else:
                self._send(self.composer.flush() + ch, "")
        if self._shift == ONCE:
            self._shift = OFF
            self._refresh()

    def backspace(self) -> None:
        if self._ready_target() is None:
            return
        handled, preedit = self.composer.backspace()
        if handled:
            self._send("", preedit)
        else:
            self._send_key(Qt.Key.Key_Backspace)

    def enter(self) -> None:
        target = self._ready_target()
        if target is not None and _is_multiline(target):
            self.commit_composition()
            self._send_key(Qt.Key.Key_Return, "\r")
            return
        if self._last_enter.isValid() and self._last_enter.elapsed() < self.ENTER_GUARD_MS:
            return  # the second tap of a double tap
        self._last_enter.start()
        self.commit_composition()
        self.submitted.emit()

    def _hide_tapped(self) -> None:
        self.hide()
        self.hidden.emit()

    def hideEvent(self, event) -> None:
        self.commit_composition()
        super().hideEvent(event)
