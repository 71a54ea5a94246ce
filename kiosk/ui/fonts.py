"""The shipped fonts: registered at start so every language renders on a machine with only DejaVu."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import paths

log = logging.getLogger(__name__)

#: Fallback order: Latin and Vietnamese, Arabic, Hangul and Simplified Chinese, interface symbols.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "Noto Sans Symbols2"]
FONT_SUFFIXES = (".ttf", ".otf")


def font_files(folder: Path | None = None) -> list[Path]:
    folder = folder or paths.assets_dir() / "fonts"
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES) if folder.is_dir() else []


def register(app: QApplication | None = None) -> list[str]:
    """Register every shipped font and make the app font fall back through them."""
    families: set[str] = set()
    for file in font_files():
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id < 0:
            log.error("font %s could not be loaded", file)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    missing = [f for f in FAMILIES if f not in families]
    if missing:
        log.error("shipped font families missing: %s", ", ".join(missing))
    if app is not None:
        font = QFont(app.font())
        font.setFamilies([f for f in FAMILIES if f in families] or [font.family()])
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        app.setFont(font)
    return sorted(families)


def stylesheet_families() -> str:
    return ", ".join(f'"{f}"' for f in FAMILIES)
