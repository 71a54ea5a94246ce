"""The calm error screen: an apology in the visitor's language, then back to the start."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout

from kiosk.i18n import _, ngettext
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, card, centered, label

RETURN_AFTER_S = 8


class ErrorScreen(Screen):
    screen_id = "error"
    shows_topbar = False

    def __init__(self, shell):
        super().__init__(shell)
        self.remaining = RETURN_AFTER_S
        self.stay = False  # set in a burst of errors: no automatic return
        self.panel = card("panel")
        self.heading = label("title", align=Qt.AlignmentFlag.AlignHCenter)
        self.text = label("subtitle", align=Qt.AlignmentFlag.AlignHCenter)
        self.countdown = label("muted", align=Qt.AlignmentFlag.AlignHCenter)
        self.return_button = button("primary")
        self.return_button.setObjectName("error-return")
        self.return_button.clicked.connect(self._return)
        box = QVBoxLayout(self.panel)
        box.addWidget(self.heading)
        box.addWidget(self.text)
        box.addWidget(self.countdown)
        box.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._box = box
        centered(self, self.panel)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        pad = m.px(56)
        self._box.setContentsMargins(pad, pad, pad, pad)
        self._box.setSpacing(m.px(22))
        self.panel.setMaximumWidth(m.px(1100))
        self.return_button.setMinimumWidth(m.px(360))

    def retranslate(self) -> None:
        self.heading.setText(_("We are sorry, something went wrong."))
        self.text.setText(_("The problem has been recorded for the staff. The kiosk will start again for you."))
        self.countdown.setVisible(not self.stay)
        self.countdown.setText(
            ngettext("Returning to the start screen in {n} second.",
                     "Returning to the start screen in {n} seconds.", self.remaining).format(n=self.remaining)
        )
        self.return_button.setText(_("Return to the start"))

    def on_enter(self) -> None:
        self.remaining = RETURN_AFTER_S
        self.retranslate()
        if self.stay:
            self._timer.stop()
        else:
            self._timer.start()

    def on_leave(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._return()
        else:
            self.retranslate()

    def _return(self) -> None:
        self._timer.stop()
        self.shell.reset_to_attract("error")
