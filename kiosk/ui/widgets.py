"""Small building blocks shared by the screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk import paths


def set_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def set_emphasis(widget: QWidget, on: bool) -> None:
    """The ``emphasis`` property (outlined by the theme, or by the widget's own paint)."""
    if bool(widget.property("emphasis")) != on:
        widget.setProperty("emphasis", on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


def isolate(text: str) -> str:
    """Text in its own direction (FSI … PDI): a Latin name or a file path keeps its order on an
    Arabic screen ("Lima Metropolitan M…", "/root/.config/…")."""
    return "\u2068" + text + "\u2069"


def label(role: str = "body", wrap: bool = True, align: Qt.AlignmentFlag | None = None) -> QLabel:
    lab = QLabel()
    lab.setProperty("role", role)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if align is not None:
        lab.setAlignment(align)
    return lab


class TouchButton(QPushButton):
    """A push button never smaller than a fingertip (see :mod:`kiosk.ui.metrics`)."""

    touch_px = 64  # set by the shell from the screen's physical DPI

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.touch_px), max(hint.height(), self.touch_px))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.touch_px), max(hint.height(), self.touch_px))


def button(role: str = "", checkable: bool = False) -> QPushButton:
    btn = TouchButton()
    if role:
        btn.setProperty("role", role)
    btn.setCheckable(checkable)
    btn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    btn.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    return btn


def card(role: str = "card") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    return frame


def centered(owner: QWidget, panel: QWidget) -> QVBoxLayout:
    """Put ``panel`` in the middle of ``owner`` so that wrapped text inside it gets its height.

    (A widget added to a box layout with an alignment loses height-for-width; stretches don't.)
    """
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(panel, 100)
    row.addStretch(1)
    outer = QVBoxLayout(owner)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(1)
    return outer


def default_logo() -> Path:
    return paths.assets_dir() / "images" / "logo.svg"


class Logo(QWidget):
    """The center's logo. Holding it for three seconds asks for the staff PIN.

    The hold is deliberately undiscoverable and forgiving: the finger may drift a little,
    and releasing early does nothing visible.
    """

    long_pressed = Signal()
    HOLD_MS = 3000

    def __init__(self, file: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("logo")
        self._renderer = QSvgRenderer(self)
        self.set_file(file)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.long_pressed)
        self._held = QElapsedTimer()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def set_file(self, file: str | Path | None) -> None:
        target = Path(file) if file else default_logo()
        if not target.is_file() or not self._renderer.load(str(target)):
            self._renderer.load(str(default_logo()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(96, 96)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self._renderer.viewBoxF()
        if view.isEmpty():
            return
        side = min(self.width() / view.width(), self.height() / view.height())
        w, h = view.width() * side, view.height() * side
        self._renderer.render(painter, QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h))

    def mousePressEvent(self, event) -> None:
        self._timer.start(self.HOLD_MS)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self._timer.stop()
        event.accept()

    def is_holding(self) -> bool:
        return self._timer.isActive()


class ElidedLabel(QLabel):
    """One line that never widens or heightens its row: a text longer than the room is cut with
    an ellipsis, and the whole of it is the tooltip and the accessible name."""

    def __init__(self, role: str = "body"):
        super().__init__()
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # ElideRight cuts at the end of the text in its own direction (the left, in Arabic)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width())))
