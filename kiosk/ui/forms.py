"""Touch form parts for the staff screens: pickers wherever a list exists, typing only where
nothing else can work. Every part is at least a fingertip high and works with a keyboard too."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QScroller, \
    QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

def run_action(say: Callable[[str], None], work: Callable[[], object]) -> bool:
    """One user action (one transaction in the store). A refusal is said in the interface
    language; anything unexpected is logged and said calmly; nothing is half saved either way.
    True when it went through."""
    from kiosk.core.errors import KioskError
    from kiosk.i18n import _

    try:
        work()
    except KioskError as exc:
        say(exc.message)
        return False
    except Exception:
        log.exception("a staff action failed")
        say(_("This could not be saved. Nothing was changed; please try again."))
        return False
    say("")
    return True


def country_name(code: str) -> str:
    from kiosk.store.countries import country_name as name

    return name(code, i18n.current_language())


def language_name(code: str) -> str:
    """A language's name in the interface language (CLDR)."""
    from babel import Locale

    names = Locale.parse(i18n.babel_locale()).languages
    return names.get(code) or names.get(code.split("_")[0]) or code


def clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # never setParent(None): a shown widget would become a window
            widget.deleteLater()
        elif item.layout() is not None:
            clear(item.layout())


#: Colours of a visit's status, on the calendar and the visit's page.
STATUS_COLORS = {
    "requested": "#94a3b8", "confirmed": "#38bdf8", "checked_in": "#22c55e", "completed": "#a78bfa",
    "cancelled": "#64748b", "no_show": "#f97316",
}


class Stepper(QWidget):
    """− value +: a number set by touch, within bounds."""

    changed = Signal(int)

    def __init__(self, value: int = 0, minimum: int = 0, maximum: int = 999, step: int = 1,
                 formatter: Callable[[int], str] | None = None):
        super().__init__()
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self.formatter = formatter or (lambda v: i18n.format_number(v))
        self._value = max(minimum, min(maximum, value))
        self.minus = button()
        self.minus.setText("−")
        self.minus.setAutoRepeat(True)
        self.minus.clicked.connect(lambda: self.set_value(self._value - self.step))
        self.plus = button()
        self.plus.setText("+")
        self.plus.setAutoRepeat(True)
        self.plus.clicked.connect(lambda: self.set_value(self._value + self.step))
        self.display = label("figure", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(90)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minus)
        row.addWidget(self.display)
        row.addWidget(self.plus)
        self._show()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = max(self.minimum, min(self.maximum, int(value)))
        if value != self._value:
            self._value = value
            self._show()
            self.changed.emit(value)

    def _show(self) -> None:
        self.display.setText(self.formatter(self._value))
        self.minus.setEnabled(self._value > self.minimum)
        self.plus.setEnabled(self._value < self.maximum)

    def refresh(self) -> None:
        self._show()


class Chips(QWidget):
    """Toggle chips for choosing several of a short list (languages, rooms...)."""

    changed = Signal()

    def __init__(self, columns: int = 4, single: bool = False):
        super().__init__()
        self.columns = columns
        self.single = single
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, object] = {}

    def set_options(self, options: list[tuple[str, str]]) -> None:
        chosen = self.chosen()
        for b in self.buttons.values():
            self.grid.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = {}
        for k, (key, text) in enumerate(options):
            b = button("choice", checkable=True)
            b.setText(text)
            b.setChecked(key in chosen)
            b.toggled.connect(lambda on, key=key: self._toggled(key, on))
            self.grid.addWidget(b, k // self.columns, k % self.columns)
            self.buttons[key] = b

    def _toggled(self, key: str, on: bool) -> None:
        if self.single and on:
            for other, b in self.buttons.items():
                if other != key and b.isChecked():
                    b.blockSignals(True)
                    b.setChecked(False)
                    b.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> list[str]:
        return [k for k, b in self.buttons.items() if b.isChecked()]

    def set_chosen(self, keys) -> None:
        keys = set(keys or ())
        for k, b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(k in keys)
            b.blockSignals(False)
        self.changed.emit()


class SearchPicker(QWidget):
    """A search field over a list: what is typed narrows the list at once; a tap picks.
    ``search(text)`` returns (key, caption) pairs. ``allow_new`` offers what was typed as a new
    entry (an organization the kiosk has not met yet)."""

    picked = Signal(object, str)  # key (None: a new entry named by the text), caption

    def __init__(self, search: Callable[[str], list[tuple[object, str]]], allow_new: bool = False,
                 rows: int = 5):
        super().__init__()
        self.search = search
        self.allow_new = allow_new
        self.new_caption = "{text}"
        self.field = QLineEdit()
        self.field.setMinimumHeight(56)
        # Qt's own clear button is a 20-pixel cross inside the field: too small for a finger
        self.clear_button = button("nav")
        self.clear_button.setText("✕")
        self.clear_button.clicked.connect(self.field.clear)
        self.field.textChanged.connect(lambda t: self.clear_button.setEnabled(bool(t)))
        self.clear_button.setEnabled(False)
        self.results = QListWidget()
        self.results.setObjectName("picker-list")
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setUniformItemSizes(True)
        QScroller.grabGesture(self.results.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.results.setMinimumHeight(rows * 52)
        self.results.setMaximumHeight(rows * 60)
        self.results.itemClicked.connect(self._clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # search as one types, not on every key of a burst
        self._timer.timeout.connect(self.refresh)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        typing = QHBoxLayout()
        typing.setSpacing(8)
        typing.addWidget(self.field, 1)
        typing.addWidget(self.clear_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(typing)
        box.addWidget(self.results)
        self.retranslate()

    def retranslate(self) -> None:
        self.clear_button.setAccessibleName(i18n._("Clear"))
        self.clear_button.setToolTip(i18n._("Clear"))

    def refresh(self) -> None:
        text = self.field.text().strip()
        self.results.clear()
        found = self.search(text)
        for key, caption in found:
            item = QListWidgetItem(caption)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(200, 56))
            self.results.addItem(item)
        if self.allow_new and text and not any(caption.casefold() == text.casefold() for _k, caption in found):
            item = QListWidgetItem(self.new_caption.format(text=text))
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setData(Qt.ItemDataRole.UserRole + 1, text)
            self.results.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        caption = item.data(Qt.ItemDataRole.UserRole + 1) if key is None else item.text()
        self.picked.emit(key, caption)

    def _enter(self) -> None:
        self._timer.stop()
        self.refresh()
        if self.results.count():
            self._clicked(self.results.item(0))
