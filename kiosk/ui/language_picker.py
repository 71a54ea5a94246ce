"""The language picker, reachable from every screen through the top bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout

from kiosk import i18n
from kiosk.i18n import _
from kiosk.ui.idle import Overlay
from kiosk.ui.widgets import button, label


class LanguagePicker(Overlay):
    chosen = Signal(str)

    def __init__(self, parent, shell):
        super().__init__(parent)
        self.shell = shell
        self.heading = label("title", align=Qt.AlignmentFlag.AlignHCenter)
        self.grid = QGridLayout()
        self.close_button = button("nav")
        self.close_button.setObjectName("language-close")
        self.close_button.clicked.connect(self.hide)
        self.box.addWidget(self.heading)
        self.box.addLayout(self.grid)
        self.box.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons: dict[str, object] = {}
        self.rebuild()
        self.retranslate()

    def rebuild(self) -> None:
        for btn in self.buttons.values():
            btn.deleteLater()
        self.buttons = {}
        m = self.shell.metrics
        pad = m.px(48)
        self.box.setContentsMargins(pad, pad, pad, pad)
        self.box.setSpacing(m.px(24))
        self.grid.setSpacing(m.px(16))
        for index, lang in enumerate(i18n.languages(self.shell.enabled_languages())):
            btn = button("lang", checkable=True)
            btn.setText(lang.native_name)
            btn.setProperty("native_name", True)
            btn.setProperty("lang", lang.code)
            btn.setMinimumSize(m.target(300), m.target(96))
            btn.clicked.connect(lambda _=False, code=lang.code: self._choose(code))
            self.grid.addWidget(btn, index // 4, index % 4)
            self.buttons[lang.code] = btn
        self.close_button.setMinimumWidth(m.px(260))
        self.panel.setMaximumWidth(m.px(1400))

    def retranslate(self) -> None:
        self.heading.setText(_("Choose your language"))
        self.close_button.setText(_("Close"))
        for code, btn in self.buttons.items():
            btn.setChecked(code == i18n.current_language())

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)
