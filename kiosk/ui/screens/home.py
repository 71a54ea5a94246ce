"""Home: a tile per registered demo, and "About the center"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk import paths

from kiosk.demos import registry
from kiosk.i18n import N_, _
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import label

ABOUT_TITLE = N_("About the center")
ABOUT_SUMMARY = N_("How the city watches over safety, disasters and traffic, around the clock.")


class Icon(QWidget):
    """An SVG icon drawn at whatever size the tile gives it."""

    def __init__(self, file: Path):
        super().__init__()
        self.renderer = QSvgRenderer(str(file), self)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        x = self.width() - side if self.isRightToLeft() else 0  # at the start of the line
        self.renderer.render(painter, QRectF(x, (self.height() - side) / 2, side, side))


class Tile(QFrame):
    """A large tappable card with an icon, a title and a short summary that wraps."""

    clicked = Signal()

    def __init__(self, title: str, summary: str, parent: QWidget | None = None, icon: str = ""):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._title_msg, self._summary_msg = title, summary
        self.title = label("heading")
        self.summary = label("muted")
        self.title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        self.icon = None
        icon_file = paths.assets_dir() / "icons" / icon if icon else None
        if icon_file is not None and icon_file.is_file():
            self.icon = Icon(icon_file)
            layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._layout = layout
        self.retranslate()

    def apply_metrics(self, m) -> None:
        pad = m.px(32)
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(m.px(12))
        self.setMinimumHeight(m.target(320))
        if self.icon is not None:
            self.icon.setFixedHeight(m.px(110))

    def retranslate(self) -> None:
        self.title.setText(_(self._title_msg))
        self.summary.setText(_(self._summary_msg))

    def mouseReleaseEvent(self, event) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        event.accept()


class HomeScreen(Screen):
    screen_id = "home"
    demo_requested = Signal(str)

    def __init__(self, shell):
        super().__init__(shell)
        self.heading = label("title")
        self.subheading = label("subtitle")
        self.empty = QFrame()
        self.empty.setProperty("role", "card")
        self.empty.setObjectName("home-empty")
        self.empty_title = label("heading")
        self.empty_text = label("body")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        self._empty_layout = empty_layout

        self.tiles: list[Tile] = []
        self.grid = QGridLayout()
        specs = registry.demos()
        # Up to four tiles stand in one row on a wide screen; two columns on a narrow one.
        wide = shell.metrics.width >= 1600
        count = len(specs) + 1
        columns = (count if count <= 4 else 3) if wide else 2
        for index, spec in enumerate(specs):
            tile = Tile(spec.title, spec.summary, icon=spec.icon)
            tile.setProperty("demo_id", spec.id)
            tile.clicked.connect(lambda demo_id=spec.id: self.demo_requested.emit(demo_id))
            self.tiles.append(tile)
            self.grid.addWidget(tile, index // columns, index % columns)
        self.about = Tile(ABOUT_TITLE, ABOUT_SUMMARY, icon="about.svg")
        self.about.setProperty("target", "about")
        self.about.clicked.connect(lambda: shell.nav.go("about"))
        self.tiles.append(self.about)
        n = len(specs)
        if specs:
            self.grid.addWidget(self.about, n // columns, n % columns)
            for column in range(columns):
                self.grid.setColumnStretch(column, 1)
        self.empty.setVisible(not specs)

        row = QHBoxLayout()
        row.addWidget(self.empty, 2)
        if not specs:
            row.addWidget(self.about, 1)
            self.grid.addLayout(row, 0, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self.set_page_margins(self._layout, 20)
        self.grid.setSpacing(m.px(28))
        pad = m.px(36)
        self._empty_layout.setContentsMargins(pad, pad, pad, pad)
        self._empty_layout.setSpacing(m.px(16))
        for tile in self.tiles:
            tile.apply_metrics(m)

    def title(self) -> str:
        return _("Home")

    def retranslate(self) -> None:
        self.heading.setText(_("Welcome to the center"))
        self.subheading.setText(_("Choose what you would like to see."))
        self.empty_title.setText(_("Demonstrations are being prepared"))
        self.empty_text.setText(
            _("This kiosk will soon replay what the operations center recorded. "
              "In the meantime, our guides will gladly show you the center itself.")
        )
        for tile in self.tiles:
            tile.retranslate()
