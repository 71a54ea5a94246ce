"""The timeline: the recording's whole range, an activity strip (a row per kind of stream, with
event marks coloured by severity), the play head, and times in the pack's time zone formatted by
babel in the visitor's language. Tapping or dragging seeks; tapping a mark seeks to its event.

Time runs left to right in every language, Arabic included: media timelines, clocks on charts
and the center's own screens all do, and a visitor reads a timeline as a picture of time rather
than as text. The controls around it (play, speed, next and previous) follow the layout
direction; the "previous" arrow points back in time, which is left here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk import i18n

SEVERITY_COLORS = {
    "extreme": "#ff4d4d", "severe": "#f87171", "moderate": "#fb923c", "minor": "#facc15",
}
DEFAULT_MARK = "#38bdf8"
TICK_STEPS_S = (60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
MARK_HIT_PX = 14


@dataclass
class Row:
    label: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # (t0, t1) where the stream has data
    marks: list[tuple[int, str, str | None]] = field(default_factory=list)  # (t, event id, severity)
    color: str = "#2dd4bf"


class Timeline(QWidget):
    seek_requested = Signal("qint64")  # ms since 1970 do not fit in an int
    event_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.t_start, self.t_end = 0, 1
        self.zone = ZoneInfo("UTC")
        self.rows: list[Row] = []
        self.position = 0
        self.highlight: str | None = None
        self.row_height = 22
        self.axis_height = 30
        self.label_width = 150
        self._dragging = False
        self._cache: QPixmap | None = None  # everything but the play head
        self.setMinimumHeight(self.axis_height + 3 * self.row_height + 16)

    # ------------------------------------------------------------------ content
    def set_range(self, t_start: int, t_end: int, tz: str) -> None:
        self.t_start, self.t_end = int(t_start), max(int(t_end), int(t_start) + 1)
        self.zone = ZoneInfo(tz) if tz else ZoneInfo("UTC")
        self.invalidate()

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.label_width = self._label_width()
        self.setFixedHeight(self.axis_height + max(1, len(rows)) * self.row_height + 16)
        self.invalidate()

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(14)
        return font

    def _label_width(self) -> int:
        """Room for the longest row name in this language (Arabic and Vietnamese run long),
        within bounds that leave the track most of the width; a longer name is elided."""
        fm = QFontMetricsF(self._label_font())
        widest = max((fm.horizontalAdvance(row.label) for row in self.rows), default=0.0)
        return int(min(260, max(110, widest + 24)))

    def set_position(self, t: int) -> None:
        self.position = int(t)
        self.update()

    def set_highlight(self, event_id: str | None) -> None:
        if event_id != self.highlight:
            self.highlight = event_id
            self.invalidate()

    def invalidate(self) -> None:
        """Redraw the strip on the next paint (rows, range, size, language or highlight changed).
        Every other frame only moves the play head over the cached strip, however many marks."""
        self._cache = None
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cache = None

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._cache = None

    # ------------------------------------------------------------------ geometry
    def track_rect(self) -> QRectF:
        return QRectF(self.label_width, 8, max(10, self.width() - self.label_width - 16),
                      self.height() - 16 - self.axis_height)

    def x_of(self, t: int) -> float:
        r = self.track_rect()
        return r.left() + (t - self.t_start) / (self.t_end - self.t_start) * r.width()

    def t_of(self, x: float) -> int:
        r = self.track_rect()
        frac = min(1.0, max(0.0, (x - r.left()) / r.width()))
        return int(round(self.t_start + frac * (self.t_end - self.t_start)))

    def mark_at(self, pos: QPointF) -> tuple[int, str] | None:
        r = self.track_rect()
        best = None
        for row_index, row in enumerate(self.rows):
            top = r.top() + row_index * self.row_height
            if not top - 4 <= pos.y() <= top + self.row_height + 4:
                continue
            for t, event_id, _severity in row.marks:
                d = abs(self.x_of(t) - pos.x())
                if d <= MARK_HIT_PX and (best is None or d < best[0]):
                    best = (d, t, event_id)
        return None if best is None else (best[1], best[2])

    def ticks(self) -> list[int]:
        span_s = (self.t_end - self.t_start) / 1000
        width = self.track_rect().width()
        step = next((s for s in TICK_STEPS_S if width / max(1.0, span_s / s) >= 90), TICK_STEPS_S[-1])
        local = datetime.fromtimestamp(self.t_start / 1000, self.zone)
        offset_s = local.utcoffset().total_seconds() if local.utcoffset() else 0
        first = ((self.t_start / 1000 + offset_s) // step + 1) * step - offset_s
        out, t = [], first
        while t * 1000 <= self.t_end:
            out.append(int(t * 1000))
            t += step
        return out

    def format_time(self, t: int) -> str:
        moment = datetime.fromtimestamp(t / 1000, timezone.utc).astimezone(self.zone)
        return i18n.format_skeleton("Hm", moment)

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event) -> None:
        hit = self.mark_at(event.position())
        if hit is not None:
            t, event_id = hit
            self.event_tapped.emit(event_id)
            self.seek_requested.emit(t)
            self._dragging = False
        else:
            self._dragging = True
            self.seek_requested.emit(self.t_of(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self.seek_requested.emit(self.t_of(event.position().x()))
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self._dragging = False
        event.accept()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            self._cache = QPixmap(self.size() * ratio)
            self._cache.setDevicePixelRatio(ratio)
            self._cache.fill(Qt.GlobalColor.transparent)
            strip = QPainter(self._cache)
            self._paint_strip(strip)
            strip.end()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_head(p)
        p.end()

    def _paint_strip(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        r = self.track_rect()
        font = self._label_font()
        p.setFont(font)
        fm = QFontMetricsF(font)
        for i, row in enumerate(self.rows):
            top = r.top() + i * self.row_height
            p.setPen(muted)
            name = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, self.label_width - 16)
            p.drawText(QRectF(8, top, self.label_width - 16, self.row_height),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            band = QColor(row.color)
            band.setAlpha(70)
            p.fillRect(QRectF(r.left(), top + 6, r.width(), self.row_height - 12), QColor(255, 255, 255, 14))
            for t0, t1 in row.spans:
                x0, x1 = self.x_of(t0), self.x_of(t1)
                p.fillRect(QRectF(x0, top + 6, max(2.0, x1 - x0), self.row_height - 12), band)
            scale = r.width() / (self.t_end - self.t_start)
            for t, event_id, severity in row.marks:
                color = QColor(SEVERITY_COLORS.get((severity or "").lower(), DEFAULT_MARK))
                x = r.left() + (t - self.t_start) * scale
                selected = event_id == self.highlight
                p.setPen(QPen(QColor("#ffffff"), 2) if selected else Qt.PenStyle.NoPen)
                p.setBrush(color)
                radius = 8 if selected else 5
                p.drawEllipse(QPointF(x, top + self.row_height / 2), radius, radius)
        # axis
        axis_y = r.bottom() + 6
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(r.left(), axis_y), QPointF(r.right(), axis_y))
        for t in self.ticks():
            x = self.x_of(t)
            p.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            p.drawText(QRectF(x - 60, axis_y + 6, 120, self.axis_height - 6),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.format_time(t))

    def _paint_head(self, p: QPainter) -> None:
        r = self.track_rect()
        axis_y = r.bottom() + 6
        x = self.x_of(self.position)
        palette = self.palette()
        accent = palette.color(palette.ColorRole.Highlight)
        p.setPen(QPen(accent, 3))
        p.drawLine(QPointF(x, r.top() - 4), QPointF(x, axis_y + 2))
        p.setBrush(accent)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x, r.top() - 4), 7, 7)
