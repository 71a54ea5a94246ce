"""What a widget painted, read back from its pixels: tests check the picture, not that one exists."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

STEP = 4  # sample every 4th pixel each way: enough for shapes wider than a few pixels


def image_of(widget: QWidget, rect: QRect | None = None) -> QImage:
    picture = widget.grab(rect) if rect is not None else widget.grab()
    assert not picture.isNull() and picture.width() > 0, "nothing was painted"
    return picture.toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage, step: int = STEP) -> Counter:
    """How often each colour appears among the sampled pixels (as #rrggbb)."""
    seen: Counter = Counter()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen[QColor(image.pixel(x, y)).name()] += 1
    return seen


def assert_a_picture(widget: QWidget, rect: QRect | None = None, min_colours: int = 12,
                     max_share: float = 0.98) -> Counter:
    """The widget shows a picture: many colours, none covering almost all of it (a blank, a
    single fill or a frame with nothing drawn in it fails; a map's plain ground under thin
    roads covers about 95%)."""
    seen = colours(image_of(widget, rect))
    total = sum(seen.values())
    top, count = seen.most_common(1)[0]
    assert len(seen) >= min_colours, f"only {len(seen)} colours painted: {seen.most_common(5)}"
    assert count / total <= max_share, f"{top} covers {count / total:.0%} of the picture"
    return seen


def share_near(image: QImage, colour: QColor, tolerance: int = 24, step: int = 2) -> float:
    """The share of sampled pixels within ``tolerance`` (per channel) of ``colour``."""
    near = total = 0
    r0, g0, b0 = colour.red(), colour.green(), colour.blue()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = QColor(image.pixel(x, y))
            total += 1
            if abs(c.red() - r0) <= tolerance and abs(c.green() - g0) <= tolerance and abs(c.blue() - b0) <= tolerance:
                near += 1
    return near / max(1, total)
