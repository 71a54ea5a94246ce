"""What every screen has: an id, a retranslate(), and hooks for entering and leaving."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

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

    def scroll_page(self, *below: QWidget) -> QVBoxLayout:
        """Make this screen a page that scrolls when its words need more room than the screen
        has (Arabic script is tall), with ``below`` fixed under it; returns the column to fill."""
        content = QWidget()
        content.setObjectName("screen")
        column = QVBoxLayout(content)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        for widget in below:
            outer.addWidget(widget)
        self.scroll = scroll
        return column

    def message_line(self):
        """The line where this screen says why something was refused (``say``), hidden until then."""
        from kiosk.ui.widgets import label

        self.message = label("error")
        self.message.hide()
        return self.message

    def say(self, text: str) -> None:
        """Say a refusal in place ("" hides the line)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate(self) -> None:
        """Set every visible string from the current catalog. Called on every language change."""

    def title(self) -> str:
        return ""

    def on_enter(self) -> None:
        pass

    def on_leave(self) -> None:
        pass
