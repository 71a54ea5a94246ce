"""The bar on every screen but the attract screen: logo, center name, back, home, language."""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout

from kiosk import i18n
from kiosk.i18n import _
from kiosk.ui import symbols
from kiosk.ui.widgets import Logo, button, label


@lru_cache(maxsize=4)
def center_zone(name: str | None) -> tzinfo | None:
    """The center's time zone by its name; the machine's own (None) if it is not known here."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


class TopBar(QFrame):
    def __init__(self, shell):
        super().__init__()
        self.shell = shell
        self.setObjectName("topbar")
        self.logo = Logo(shell.settings.get("logo_path"))
        self.logo.setObjectName("topbar-logo")
        self.logo.long_pressed.connect(shell.request_staff)
        self.name = label("center-name", wrap=False)
        self.name.setObjectName("topbar-name")
        self.back_button = button("nav")
        self.back_button.setObjectName("nav-back")
        self.back_button.clicked.connect(shell.nav.back)
        self.home_button = button("nav")
        self.home_button.setObjectName("nav-home")
        self.home_button.clicked.connect(shell.nav.home)
        self.clock = label("muted", wrap=False)
        self.clock.setObjectName("topbar-clock")
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(20_000)
        self._clock_timer.timeout.connect(self.update_clock)
        self.language_button = button("nav")
        self.language_button.setObjectName("nav-language")
        self.language_button.clicked.connect(shell.show_language_picker)
        layout = QHBoxLayout(self)
        layout.addWidget(self.logo)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.clock)
        layout.addWidget(self.back_button)
        layout.addWidget(self.home_button)
        layout.addWidget(self.language_button)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        side = m.target(72)
        self.logo.setFixedSize(side, side)
        self._layout.setContentsMargins(m.px(28), m.px(12), m.px(28), m.px(12))
        self._layout.setSpacing(m.px(16))
        for btn in (self.back_button, self.home_button, self.language_button):
            btn.setMinimumHeight(m.target(72))
            btn.setMinimumWidth(m.target(150))

    def retranslate(self) -> None:
        self.name.setText(self.shell.center_name())
        # Arrows point the way the reading direction goes back.
        arrow = symbols.ARROW_BACK_RTL if i18n.is_rtl() else symbols.ARROW_BACK_LTR
        self.back_button.setText(f"{arrow}  " + _("Back"))
        self.home_button.setText(_("Home"))
        self.language_button.setText(f"{symbols.LANGUAGE}  " + _("Language"))
        if self.isVisible():  # hidden on the attract screen; showEvent sets it
            self.update_clock()

    def update_clock(self) -> None:
        """Today's date and the time at the center (its time zone, like the visits), in the
        visitor's language (CLDR patterns). The machine's own zone may be another: an expo abroad."""
        zone = center_zone(self.shell.settings.get("center_timezone"))
        now = datetime.now(zone) if zone is not None else datetime.now().astimezone()
        self.clock.setText(f"{i18n.format_skeleton('MMMEd', now)}  {i18n.format_skeleton('Hm', now)}")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_clock()
        self._clock_timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._clock_timer.stop()

    def set_back_enabled(self, enabled: bool) -> None:
        self.back_button.setEnabled(enabled)
