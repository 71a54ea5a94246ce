"""Charts with pyqtgraph: data set once, a cursor that follows the clock, times on the axis in
the pack's time zone. Long series are clipped to the view and downsampled by pyqtgraph."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from kiosk.ui.player import text


class TimeAxis(pg.AxisItem):
    """x is milliseconds since 1970 (UTC); labels are local times of the pack."""

    def __init__(self, tz: str, **kwargs):
        super().__init__(orientation="bottom", **kwargs)
        self.tz = tz

    def tickStrings(self, values, scale, spacing):
        return [text.time_text(int(v), self.tz) for v in values]

    def tickSpacing(self, minVal, maxVal, size):
        span = maxVal - minVal
        for step in (60_000, 300_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000):
            if size / max(1.0, span / step) >= 90:
                return [(step, 0)]
        return [(43_200_000, 0)]


class Chart(pg.PlotWidget):
    def __init__(self, tz: str, color: str = "#38bdf8", text_color: str = "#c9d6e6"):
        super().__init__(axisItems={"bottom": TimeAxis(tz)}, background=None)
        self.setObjectName("chart")
        self.setMinimumHeight(72)  # a chart gives way before the buttons beside it do
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        item = self.getPlotItem()
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=False, y=True, alpha=0.15)
        font = QFont()
        font.setPixelSize(13)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setTextPen(QColor(text_color))
            axis.setPen(QColor(text_color))
            axis.setTickFont(font)
        self.curve = item.plot(pen=pg.mkPen(color, width=2))
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#ffffff", width=1.5))
        item.addItem(self.cursor)
        self.title_item = item.titleLabel

    def set_title(self, title: str) -> None:
        self.getPlotItem().setTitle(title, color="#c9d6e6", size="11pt")

    def set_data(self, t: np.ndarray, values: np.ndarray) -> None:
        finite = np.isfinite(values)
        self.curve.setData(t[finite].astype(np.float64), values[finite])
        if len(t):
            self.setXRange(float(t[0]), float(t[-1]), padding=0.01)

    def set_cursor(self, t: int) -> None:
        # Move (and so repaint) only when the cursor lands on another pixel: at 4x a day-long
        # chart moves one pixel every few seconds, not every frame.
        view = self.getPlotItem().getViewBox()
        x_range = view.viewRange()[0]
        width = max(1.0, view.width())
        pixel = round((t - x_range[0]) / max(1.0, x_range[1] - x_range[0]) * width)
        if pixel != getattr(self, "_cursor_pixel", None):
            self._cursor_pixel = pixel
            self.cursor.setValue(float(t))
