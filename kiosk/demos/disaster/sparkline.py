"""A small step chart of how many incidents of one type were active across the day."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


class Sparkline(QWidget):
    """How many incidents of one type were active across the day, as a small step chart, with a
    mark at the replay's time. Drawn once into a picture; only the mark moves."""

    def __init__(self, color: str):
        super().__init__()
        self.color = QColor(color)
        self.setFixedHeight(26)
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        self.t = np.empty(0, np.int64)
        self.counts = np.empty(0, np.int64)
        self.top = 1  # the count at the top of the chart (shared by the board, so types compare)
        self.position = 0
        self._picture: QPixmap | None = None
        self._pixel: int | None = None

    def set_series(self, t: np.ndarray, counts: np.ndarray, top: int) -> None:
        self.t, self.counts, self.top = t, counts, max(1, int(top))
        self._picture = None
        self.update()

    def set_position(self, t: int) -> None:
        self.position = int(t)
        pixel = round(self._x(self.position))
        if pixel != self._pixel:
            self._pixel = pixel
            self.update()

    def _x(self, t: float) -> float:
        if len(self.t) < 2:
            return 0.0
        t0, t1 = float(self.t[0]), float(self.t[-1])
        return (min(max(t, t0), t1) - t0) / max(1.0, t1 - t0) * (self.width() - 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._picture = None

    def paintEvent(self, event) -> None:
        if self._picture is None or self._picture.size() != self.size():
            self._picture = self._draw()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._picture)
        if len(self.t) >= 2:
            x = self._x(self.position)
            p.setPen(QPen(QColor("#ffffff"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()

    def _draw(self) -> QPixmap:
        pm = QPixmap(self.size())
        pm.fill(Qt.GlobalColor.transparent)
        if len(self.t) < 2:
            return pm
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height() - 2
        base = QColor(self.color)
        base.setAlpha(40)
        p.fillRect(QRectF(0, h, self.width(), 2), base)
        path = QPainterPath(QPointF(0, h))
        for k in range(len(self.t)):
            x0 = self._x(float(self.t[k]))
            x1 = self._x(float(self.t[k + 1])) if k + 1 < len(self.t) else self.width() - 1
            y = h - min(1.0, float(self.counts[k]) / self.top) * (h - 2)
            path.lineTo(x0, y)
            path.lineTo(x1, y)
        path.lineTo(self.width() - 1, h)
        path.closeSubpath()
        fill = QColor(self.color)
        fill.setAlpha(110)
        p.setPen(QPen(self.color, 1.5))
        p.setBrush(fill)
        p.drawPath(path)
        p.end()
        return pm
