"""What every screen has: an id, a retranslate(), and hooks for entering and leaving."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow


class Screen(QWidget):
    screen_id = ""
    shows_topbar = True

    def __init__(self, shell: "MainWindow"):
        super().__init__()
        self.shell = shell
        self.setObjectName("screen")

    def set_page_margins(self, layout, spacing: float) -> None:
        """The margins every content page shares, scaled to the screen."""
        m = self.shell.metrics
        margin = m.px(64)
        layout.setContentsMargins(margin, m.px(40), margin, margin)
        layout.setSpacing(m.px(spacing))

    def retranslate(self) -> None:
        """Set every visible string from the current catalog. Called on every language change."""

    def title(self) -> str:
        return ""

    def on_enter(self) -> None:
        pass

    def on_leave(self) -> None:
        pass
