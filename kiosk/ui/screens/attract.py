"""The attract screen: the center's name and logo, "touch to start", and the language bar."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QRadialGradient
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.demos import registry
from kiosk.i18n import N_, _
from kiosk.ui import theme
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import Logo, button, label

TOUCH_TO_START = N_("Touch the screen to start")
CYCLE_MS = 3500


class LanguageBar(QWidget):
    """One button per enabled language, each named in its own script. No flags."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("language-bar")
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, object] = {}

    def rebuild(self, enabled: list[str], current: str, spacing: int, min_size=None, room: int = 0) -> None:
        """One row when it fits in ``room`` pixels, otherwise rows of four (portrait screens)."""
        for btn in self.buttons.values():
            self._group.removeButton(btn)
            btn.deleteLater()
        self.buttons = {}
        self._layout.setSpacing(spacing)
        langs = i18n.languages(enabled)
        made = []
        for lang in langs:
            btn = button("lang", checkable=True)
            btn.setText(lang.native_name)
            btn.setProperty("native_name", True)
            btn.setProperty("lang", lang.code)
            # Each name keeps its own direction whatever the interface direction is.
            btn.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
            btn.clicked.connect(lambda _=False, code=lang.code: self.chosen.emit(code))
            if min_size is not None:
                btn.setMinimumSize(min_size)
            self._group.addButton(btn)
            self.buttons[lang.code] = btn
            made.append(btn)
        wide = sum(b.sizeHint().width() for b in made) + spacing * max(0, len(made) - 1)
        columns = len(made) if not room or wide <= room else 4
        for index, btn in enumerate(made):
            self._layout.addWidget(btn, index // max(1, columns), index % max(1, columns))
        self.mark(current)

    def mark(self, current: str) -> None:
        for code, btn in self.buttons.items():
            btn.setChecked(code == current)


class AttractScreen(Screen):
    screen_id = "attract"
    shows_topbar = False
    start_requested = Signal()
    language_chosen = Signal(str)
    first_painted = Signal()

    def __init__(self, shell):
        super().__init__(shell)
        self._painted = False
        self._cycle_index = 0
        self._highlight_index = 0
        self._phase = 0.0

        self.logo = Logo(shell.settings.get("logo_path"))
        self.logo.long_pressed.connect(shell.request_staff)
        self.name = label("display", align=Qt.AlignmentFlag.AlignHCenter)
        self.name.setObjectName("attract-name")
        self.hint = label("hint", align=Qt.AlignmentFlag.AlignHCenter)
        self.cycle = label("subtitle", align=Qt.AlignmentFlag.AlignHCenter)
        self.cycle.setObjectName("attract-cycle")
        # "Touch to start" in the other languages, each in its own script, on purpose.
        self.cycle.setProperty("native_name", True)
        self.highlight_title = label("heading", align=Qt.AlignmentFlag.AlignHCenter)
        self.highlight_text = label("subtitle", align=Qt.AlignmentFlag.AlignHCenter)
        self.languages = LanguageBar()
        self.languages.chosen.connect(self.language_chosen)

        column = QVBoxLayout(self)
        self._column = column
        column.addStretch(3)
        column.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.name)
        column.addStretch(1)
        column.addWidget(self.highlight_title)
        column.addWidget(self.highlight_text)
        column.addStretch(1)
        column.addWidget(self.hint)
        column.addWidget(self.cycle)
        column.addStretch(3)
        column.addWidget(self.languages, 0, Qt.AlignmentFlag.AlignHCenter)

        self._timer = QTimer(self)
        self._timer.setInterval(CYCLE_MS)
        self._timer.timeout.connect(self._advance)
        self._pulse = QTimer(self)
        self._pulse.setInterval(50)
        self._pulse.timeout.connect(self._animate)
        self.apply_metrics()
        self.retranslate()

    # -- content
    def apply_metrics(self) -> None:
        m = self.shell.metrics
        side = m.px(200)
        self.logo.setFixedSize(side, side)
        margin = m.px(48)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(m.px(18))
        self.languages.rebuild(self.shell.enabled_languages(), i18n.current_language(), m.px(16),
                               QSize(m.target(150), m.target(84)), m.width - 2 * margin)

    def retranslate(self) -> None:
        self.name.setText(self.shell.center_name())
        self.hint.setText(_(TOUCH_TO_START))
        self.languages.mark(i18n.current_language())
        self._show_cycle()
        self._show_highlight()

    def _other_languages(self) -> list[str]:
        current = i18n.current_language()
        return [c for c in self.shell.enabled_languages() if c != current]

    def _show_cycle(self) -> None:
        others = self._other_languages()
        if not others:
            self.cycle.setText("")
            return
        code = others[self._cycle_index % len(others)]
        self.cycle.setText(i18n.translate_in(code, TOUCH_TO_START))
        rtl = i18n.is_rtl(code)
        self.cycle.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def _show_highlight(self) -> None:
        lines = [(spec.title, text) for spec in registry.demos() for text in (spec.highlights or (spec.summary,))]
        self.highlight_title.setVisible(bool(lines))
        self.highlight_text.setVisible(bool(lines))
        if lines:
            title, text = lines[self._highlight_index % len(lines)]
            self.highlight_title.setText(_(title))
            self.highlight_text.setText(_(text))

    def _advance(self) -> None:
        self._cycle_index += 1
        self._show_cycle()
        if self._cycle_index % 2 == 0:
            self._highlight_index += 1
            self._show_highlight()

    def _animate(self) -> None:
        self._phase = (self._phase + 0.05) % (2 * math.pi)
        self.update()

    # -- life cycle
    def on_enter(self) -> None:
        self._cycle_index = 0
        self._highlight_index = 0
        self.retranslate()
        self._timer.start()
        self._pulse.start()

    def on_leave(self) -> None:
        self._timer.stop()
        self._pulse.stop()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_requested.emit()
        event.accept()

    def paintEvent(self, event) -> None:
        name = self.shell.settings.get("theme")
        p = theme.palette(name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(p.bg))
        if name == "high_contrast":  # flat black: nothing may compete with the text
            painter.end()
            self._notify_painted()
            return
        center = QPointF(self.width() / 2, self.height() * 0.36)
        radius = max(self.width(), self.height()) * 0.7
        glow = QRadialGradient(center, radius)
        accent = QColor(p.primary)
        accent.setAlpha(60)
        glow.setColorAt(0.0, accent)
        glow.setColorAt(1.0, QColor(p.bg))
        painter.fillRect(self.rect(), glow)
        # Slow rings, like a radar sweep over the city: a quiet sign the screen is alive.
        ring = QColor(p.primary)
        for i in range(5):
            r = (self.height() * 0.16) * (i + 1) + 18 * math.sin(self._phase + i)
            ring.setAlpha(max(0, 46 - i * 8))
            painter.setPen(QPen(ring, 2))
            painter.drawEllipse(center, r, r)
        painter.end()
        self._notify_painted()

    def _notify_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
