"""Sizes that follow the screen: a scale against 1920x1080 and the smallest touch target."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize

REFERENCE = QSize(1920, 1080)
#: A finger needs about 15 mm; never less than 64 px at 1920x1080.
TOUCH_MM = 15.0
TOUCH_MIN_PX = 64


def touch_target_px(physical_dpi: float | None) -> int:
    """The smallest side of anything a visitor taps, in device-independent pixels."""
    mm_px = TOUCH_MM / 25.4 * physical_dpi if physical_dpi and physical_dpi > 0 else 0
    return max(TOUCH_MIN_PX, round(mm_px))


@dataclass(frozen=True)
class Metrics:
    width: int
    height: int
    touch: int

    @classmethod
    def for_size(cls, size: QSize, physical_dpi: float | None = None, logical_dpi: float | None = None) -> "Metrics":
        # Qt works in device-independent pixels; convert the physical mm target with the
        # ratio of physical to logical DPI so a high-DPI panel still gets 15 mm.
        if physical_dpi and logical_dpi and logical_dpi > 0:
            touch = touch_target_px(physical_dpi * 96.0 / logical_dpi)
        else:
            touch = touch_target_px(physical_dpi)
        return cls(max(size.width(), 640), max(size.height(), 480), touch)

    @property
    def scale(self) -> float:
        return min(self.width / REFERENCE.width(), self.height / REFERENCE.height())

    def px(self, value: float) -> int:
        """``value`` pixels at 1920x1080, scaled to this screen (never below 60 %)."""
        return max(1, round(value * max(self.scale, 0.6)))

    def font(self, value: float) -> int:
        return max(14, self.px(value))

    def target(self, value: float = 0) -> int:
        """A touch target: ``value`` scaled, never below the finger minimum."""
        return max(self.touch, self.px(value))
