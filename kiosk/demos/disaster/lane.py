"""The response lane of an incident: detected, dispatched, on scene and resolved, with each
phase's time and the minutes between them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from kiosk.demos.disaster.model import PHASES
from kiosk.demos.disaster.names import gap_text, phase_name
from kiosk.ui.player import text
from kiosk.ui.widgets import label


DONE_COLOR, PENDING_COLOR = "#38bdf8", "#475569"


class _LaneSegment(QWidget):
    """One piece of the lane: a dot (a phase) or a line between two (the time between)."""

    def __init__(self, dot: bool):
        super().__init__()
        self.dot = dot
        self.left_done = self.right_done = self.done = False
        self.setFixedHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(8)

    def set_state(self, left: bool, right: bool, done: bool) -> None:
        if (left, right, done) != (self.left_done, self.right_done, self.done):
            self.left_done, self.right_done, self.done = left, right, done
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        y = h / 2
        ltr = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        first_half, second_half = (self.left_done, self.right_done) if ltr else (self.right_done, self.left_done)
        for x0, x1, on in ((0, w / 2, first_half), (w / 2, w, second_half)):
            if on is None:
                continue
            painter.setPen(QPen(QColor(DONE_COLOR if on else PENDING_COLOR), 6, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        if self.dot:
            painter.setPen(QPen(QColor("#0e1a2b"), 3))
            painter.setBrush(QColor(DONE_COLOR if self.done else PENDING_COLOR))
            painter.drawEllipse(QPointF(w / 2, y), 11, 11)
        painter.end()


class PhaseLane(QWidget):
    """Detected → dispatched → on scene → resolved, left to right (right to left in Arabic):
    each phase's name and local time, and the minutes between them."""

    def __init__(self):
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        self.names, self.times, self.dots, self.gaps, self.lines = {}, {}, {}, [], []
        center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for i, phase in enumerate(PHASES):
            col = 2 * i
            self.names[phase] = label("lane", align=center)
            self.times[phase] = label("lane-time", wrap=False, align=center)
            self.dots[phase] = _LaneSegment(True)
            grid.addWidget(self.dots[phase], 1, col)
            grid.addWidget(self.names[phase], 2, col)
            grid.addWidget(self.times[phase], 3, col)
            grid.setColumnStretch(col, 3)
            if i < len(PHASES) - 1:
                gap = label("lane-gap", wrap=False, align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
                line = _LaneSegment(False)
                grid.addWidget(gap, 0, col, 1, 3)
                grid.addWidget(line, 1, col + 1)
                grid.setColumnStretch(col + 1, 1)
                self.gaps.append(gap)
                self.lines.append(line)
        for widget in list(self.names.values()) + list(self.times.values()) + self.gaps:
            widget.setStyleSheet("font-size: 18px;")
        for gap in self.gaps:
            gap.setStyleSheet("font-size: 18px; font-weight: 700; color: #38bdf8;")

    def set_phases(self, times: dict[str, int], durations: dict[str, float], tz: str) -> None:
        for phase in PHASES:
            self.names[phase].setText(phase_name(phase))
            self.times[phase].setText(text.time_text(times[phase], tz) if phase in times else "–")
        for gap, phase in zip(self.gaps, PHASES[1:]):
            gap.setText(gap_text(durations[phase]) if phase in durations else "")

    def set_time(self, times: dict[str, int], t: int) -> None:
        done = [phase in times and times[phase] <= t for phase in PHASES]
        for i, phase in enumerate(PHASES):
            left = None if i == 0 else done[i]
            right = None if i == len(PHASES) - 1 else done[i + 1]
            self.dots[phase].set_state(left, right, done[i])
        for i, line in enumerate(self.lines):
            line.set_state(done[i + 1], done[i + 1], False)
