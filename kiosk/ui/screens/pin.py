"""The staff PIN pad: check the PIN, or set a new one (entered twice)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core import pin as pins
from kiosk.i18n import _, ngettext
from kiosk.ui import symbols
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, card, centered, label
from kiosk.ui.workers import run_in_background

log = logging.getLogger(__name__)

ENTER, NEW, CONFIRM = "enter", "new", "confirm"


class PinScreen(Screen):
    screen_id = "pin"
    accepted = Signal()

    def __init__(self, shell):
        super().__init__(shell)
        self.mode = ENTER
        self.digits = ""
        self._first_entry = ""
        self._message = ("", "")  # (kind, text) kept as a function of the language
        self._checking = False  # a PIN is being checked on a worker
        self._generation = 0  # counts starts and leaves: a check from before them is void

        self.panel = card("panel")
        self.panel.setObjectName("pin-panel")
        self.heading = label("title", align=Qt.AlignmentFlag.AlignHCenter)
        self.instruction = label("subtitle", align=Qt.AlignmentFlag.AlignHCenter)
        self.dots = label("pin-dots", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.dots.setObjectName("pin-dots")
        self.message = label("error", align=Qt.AlignmentFlag.AlignHCenter)
        self.message.setObjectName("pin-message")

        self.keypad = QWidget()
        # Keypads keep 1-2-3 from left to right in every language, as phones do.
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self.keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, object] = {}
        layout_keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
        for index, key in enumerate(layout_keys):
            btn = button("key-small" if key == "clear" else "key")
            btn.setProperty("key", key)
            if key.isdigit():
                btn.setText(key)
            btn.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(btn, index // 3, index % 3)
            self.keys[key] = btn
        self.keys["back"].setText(symbols.BACKSPACE)
        self._grid = grid

        self.cancel_button = button("nav")
        self.cancel_button.setObjectName("pin-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.ok_button = button("primary")
        self.ok_button.setObjectName("pin-ok")
        self.ok_button.clicked.connect(self.submit)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button, 1)
        actions.addWidget(self.ok_button, 1)
        self._actions = actions

        box = QVBoxLayout(self.panel)
        box.addWidget(self.heading)
        box.addWidget(self.instruction)
        box.addWidget(self.dots)
        box.addWidget(self.message)
        box.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addLayout(actions)
        self._box = box

        centered(self, self.panel)

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh)
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        key = m.target(104)
        for btn in self.keys.values():
            btn.setFixedSize(round(key * 1.35), key)
        self._grid.setSpacing(m.px(14))
        pad = m.px(40)
        self._box.setContentsMargins(pad, m.px(28), pad, m.px(28))
        self._box.setSpacing(m.px(12))
        self._actions.setSpacing(m.px(16))
        self.panel.setMinimumWidth(m.px(640))
        self.panel.setMaximumWidth(max(m.px(900), m.px(640)))

    # -- modes
    def start(self, mode: str) -> None:
        self._checking = False
        self._generation += 1
        self.mode = mode
        self.digits = ""
        self._first_entry = ""
        self._message = ("", "")
        self._refresh()

    @property
    def checking(self) -> bool:
        """A PIN is being checked (on a worker): the pad takes no keys until it is done."""
        return self._checking

    def title(self) -> str:
        return _("Staff access")

    def retranslate(self) -> None:
        self.keys["clear"].setText(_("Clear"))
        self.keys["back"].setAccessibleName(_("Delete the last digit"))
        self.cancel_button.setText(_("Cancel"))
        self.ok_button.setText(_("OK"))
        self._refresh()

    def _refresh(self) -> None:
        guard = self.shell.staff.guard
        if self.mode == ENTER:
            self.heading.setText(_("Staff access"))
            self.instruction.setText(_("Enter the staff PIN."))
        elif self.mode == NEW:
            self.heading.setText(_("Set a staff PIN"))
            self.instruction.setText(_("Choose a PIN of 4 to 8 digits for the staff area."))
        else:
            self.heading.setText(_("Set a staff PIN"))
            self.instruction.setText(_("Enter the same PIN again to confirm it."))
        self.dots.setText(f"{symbols.DOT_FILLED} " * len(self.digits) + f"{symbols.DOT_EMPTY} " * max(0, 4 - len(self.digits)))
        locked = self.mode == ENTER and guard.seconds_locked() > 0
        checking = self._checking
        if checking:
            self._lock_timer.stop()
            self.message.setText(_("Checking the PIN…"))
        elif locked:
            seconds = guard.seconds_locked()
            self.message.setText(
                ngettext("Too many wrong PINs. Try again in {n} second.",
                         "Too many wrong PINs. Try again in {n} seconds.", seconds).format(n=seconds)
            )
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        else:
            self._lock_timer.stop()
            self.message.setText(self._message_text())
        for btn in self.keys.values():
            btn.setEnabled(not locked and not checking)
        self.ok_button.setEnabled(not locked and not checking and len(self.digits) >= pins.MIN_DIGITS)

    def _message_text(self) -> str:
        kind, n = self._message
        if kind == "wrong":
            return ngettext("Wrong PIN. {n} try left before the pad locks.",
                            "Wrong PIN. {n} tries left before the pad locks.", n).format(n=n)
        if kind == "wrong-locked":
            return _("Wrong PIN.")
        if kind == "mismatch":
            return _("The two PINs differ. Please start again.")
        if kind == "too-short":
            return _("A PIN has 4 to 8 digits.")
        if kind == "in-use":
            return _("This PIN is already in use. Choose another one.")
        if kind == "said":
            return n  # a message already in the interface language
        return ""

    # -- input
    def press(self, key: str) -> None:
        if key == "clear":
            self.digits = ""
        elif key == "back":
            self.digits = self.digits[:-1]
        elif key.isdigit() and len(self.digits) < pins.MAX_DIGITS:
            self.digits += key
        self._refresh()

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def submit(self) -> None:
        if self._checking:
            return  # one check at a time: a double tap on OK checks once
        if not pins.valid_pin(self.digits):
            self._message = ("too-short", 0)
            self._refresh()
            return
        entered, self.digits = self.digits, ""
        staff = self.shell.staff
        if self.mode == ENTER:
            if staff.guard.seconds_locked() > 0:
                self._refresh()
                return
            center, holders = staff.pin_inputs()
            self._check(lambda: pins.who_has_pin(entered, center, holders), self._identified)
            return
        if self.mode == NEW:
            self._first_entry = entered
            self.mode = CONFIRM
        elif entered == self._first_entry:
            _center, holders = staff.pin_inputs()
            self._check(lambda: staff.new_center_pin(entered, holders), self._new_pin_checked)
            return
        else:
            self._message = ("mismatch", 0)
            self.mode = NEW
            self._first_entry = ""
        self._refresh()

    def _check(self, work, done) -> None:
        """A PIN is checked against every PIN stored (one scrypt each): on a worker, the pad
        saying so and taking no keys meanwhile."""
        self._checking = True
        self._message = ("", "")
        self._refresh()
        generation = self._generation

        def finished(result) -> None:
            if generation != self._generation:
                return  # the pad was closed or restarted meanwhile
            self._checking = False
            done(result)

        def failed(exc) -> None:
            if generation != self._generation:
                return
            self._checking = False
            if isinstance(exc, pins.SharedPin):
                self.shell.staff.guard.record_shared(exc)
                self.shell.staff.note_shared(exc)
                self._message = ("said", exc.message)
            else:
                log.error("checking a PIN failed", exc_info=(type(exc), exc, exc.__traceback__))
                self._message = ("said", _("The PIN could not be checked. Please try again."))
            self._refresh()

        run_in_background(self, work, finished, failed)

    def _identified(self, who) -> None:
        guard = self.shell.staff.guard
        if guard.record(who):
            self._message = ("", "")
            self._refresh()
            self.accepted.emit()
            return
        log.warning("wrong staff PIN (%d in a row)", guard.failures)
        left = guard.tries_left()
        self._message = ("wrong", left) if left > 0 else ("wrong-locked", 0)
        self._refresh()

    def _new_pin_checked(self, pin_hash: str | None) -> None:
        self._first_entry = ""
        if pin_hash is None:  # a member has this PIN as their own: whose is not said
            self._message = ("in-use", 0)
            self.mode = NEW
            self._refresh()
            return
        self.shell.staff.save_pin(pin_hash)
        self._refresh()
        self.accepted.emit()

    def cancel(self) -> None:
        self.digits = ""
        self._first_entry = ""
        self.shell.nav.back()

    def on_leave(self) -> None:
        self.digits = ""
        self._first_entry = ""
        self._checking = False
        self._generation += 1
        self._lock_timer.stop()
