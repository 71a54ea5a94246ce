"""The look: qt-material underneath, the kiosk's own rules on top, in three themes.

qt-material renders its stylesheet with jinja and writes its icons to disk, which costs a
quarter of a second; the result is cached per theme in the cache folder and reused, so only
the first start (or a theme change) pays for it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication

from kiosk import __version__, paths
from kiosk.ui import fonts
from kiosk.ui.metrics import Metrics

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Palette:
    bg: str
    surface: str
    surface2: str
    primary: str
    on_primary: str
    text: str
    muted: str
    accent: str
    danger: str
    border: str
    overlay: str


PALETTES = {
    "dark": Palette("#0b1526", "#13223a", "#1b2f4d", "#38bdf8", "#04121f", "#e8eef7", "#a9bbd0",
                    "#2dd4bf", "#f87171", "#28405f", "rgba(4, 10, 20, 215)"),
    "light": Palette("#f4f7fb", "#ffffff", "#e6edf6", "#0b63c5", "#ffffff", "#0d1b2a", "#42556b",
                     "#0f766e", "#b91c1c", "#c3d0e0", "rgba(13, 27, 42, 170)"),
    "high_contrast": Palette("#000000", "#000000", "#1a1a1a", "#ffd400", "#000000", "#ffffff", "#ffffff",
                             "#00e5ff", "#ff6b6b", "#ffffff", "rgba(0, 0, 0, 235)"),
}


def palette(theme: str) -> Palette:
    return PALETTES.get(theme, PALETTES["dark"])


def _theme_file(theme: str) -> Path:
    return paths.assets_dir() / "themes" / f"{theme if theme in PALETTES else 'dark'}.xml"


def _material_dir() -> str:
    spec = importlib.util.find_spec("qt_material")
    return str(Path(spec.origin).parent) if spec and spec.origin else ""


def material_stylesheet(app: QApplication, theme: str, cache_dir: Path | None) -> str:
    """qt-material's stylesheet for ``theme``, from the cache when it is there."""
    theme_file = _theme_file(theme)
    key = hashlib.sha1(
        f"{__version__}|{theme}|{theme_file.read_bytes() if theme_file.exists() else b''}".encode()
    ).hexdigest()[:12]
    folder = (cache_dir or Path(QDir.tempPath())) / "theme" / f"{theme}-{key}"
    cached = folder / "material.qss"
    app.setStyle("Fusion")
    if cached.exists():
        QDir.addSearchPath("icon", str(folder / "icons"))
        QDir.addSearchPath("qt_material", str(Path(_material_dir()) / "resources"))
        return cached.read_text(encoding="utf-8")
    import qt_material  # only on the first start with this theme

    folder.mkdir(parents=True, exist_ok=True)
    stylesheet = qt_material.build_stylesheet(
        theme=str(theme_file),
        invert_secondary=(theme == "light"),
        extra={"font_family": fonts.stylesheet_families(), "density_scale": "0"},
        parent=str(folder / "icons"),
    ) or ""
    from kiosk.core import atomic

    atomic.write_text(cached, stylesheet)
    return stylesheet


def kiosk_stylesheet(p: Palette, m: Metrics) -> str:
    """The kiosk's own rules, on object names and the ``role`` property, scaled to the screen."""
    r = m.px(18)
    return f"""
QWidget#shell, QWidget#screen, QStackedWidget#screens {{ background: {p.bg}; color: {p.text}; }}
QLabel {{ color: {p.text}; background: transparent; font-size: {m.font(24)}px; }}
QLabel[role="display"] {{ font-size: {m.font(76)}px; font-weight: 700; }}
QLabel[role="title"] {{ font-size: {m.font(46)}px; font-weight: 700; }}
QLabel[role="subtitle"] {{ font-size: {m.font(30)}px; color: {p.muted}; }}
QLabel[role="figure"] {{ font-size: {m.font(36)}px; font-weight: 700; color: {p.primary}; }}
QLabel[role="heading"] {{ font-size: {m.font(30)}px; font-weight: 700; }}
QLabel[role="body"] {{ font-size: {m.font(24)}px; color: {p.text}; }}
QLabel[role="muted"] {{ font-size: {m.font(21)}px; color: {p.muted}; }}
QLabel[role="hint"] {{ font-size: {m.font(38)}px; font-weight: 600; color: {p.primary}; }}
QLabel[role="center-name"] {{ font-size: {m.font(28)}px; font-weight: 700; color: {p.text}; }}
QLabel[role="error"] {{ font-size: {m.font(24)}px; color: {p.danger}; font-weight: 600; }}
QLabel[role="pin-dots"] {{ font-size: {m.font(56)}px; color: {p.primary}; letter-spacing: {m.px(12)}px; }}
QLabel[role="countdown"] {{ font-size: {m.font(120)}px; font-weight: 700; color: {p.primary}; }}
QFrame#topbar {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: {r}px; }}
QFrame[role="panel"] {{ background: {p.surface}; border: 2px solid {p.primary}; border-radius: {r}px; }}
QWidget#overlay {{ background: {p.overlay}; }}
QPushButton {{
    font-size: {m.font(24)}px; font-weight: 600; border-radius: {m.px(14)}px;
    padding: 0 {m.px(24)}px;
    background: {p.surface2}; color: {p.text}; border: 2px solid {p.border};
    text-transform: none;
}}
QPushButton:pressed {{ background: {p.border}; }}
QPushButton:focus {{ border: 2px solid {p.primary}; }}
QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary}; border: 2px solid {p.primary}; }}
QPushButton[role="primary"]:pressed {{ background: {p.accent}; }}
QPushButton[role="primary"]:disabled {{ background: {p.surface2}; color: {p.muted}; border-color: {p.border}; }}
QPushButton[role="danger"] {{ background: transparent; color: {p.danger}; border: 2px solid {p.danger}; }}
QPushButton[role="nav"] {{ background: transparent; border: 2px solid {p.border}; font-size: {m.font(22)}px; }}
QPushButton[role="lang"] {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    font-size: {m.font(26)}px; font-weight: 600; border-radius: {m.px(30)}px;
}}
QPushButton[role="lang"]:checked {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; }}
QPushButton[role="choice"] {{ background: {p.surface}; font-size: {m.font(22)}px; }}
QPushButton[role="choice"]:checked {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; }}
QPushButton[role="key"] {{ font-size: {m.font(40)}px; background: {p.surface2}; border-radius: {m.px(20)}px; }}
QPushButton[role="key-small"] {{ font-size: {m.font(24)}px; background: {p.surface2}; border-radius: {m.px(20)}px; padding: 0 {m.px(6)}px; }}
QPushButton[role="tile"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: {r}px;
    text-align: left; padding: {m.px(28)}px; font-size: {m.font(32)}px; font-weight: 700;
}}
QPushButton[role="tile"]:pressed {{ border-color: {p.primary}; }}
QLineEdit {{
    font-size: {m.font(24)}px; padding: 0 {m.px(14)}px;
    color: {p.text}; background: {p.surface2}; border: 2px solid {p.border}; border-radius: {m.px(10)}px;
}}
QListWidget#event-list {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: {m.px(14)}px;
    font-size: {m.font(19)}px; padding: {m.px(6)}px; outline: none;
}}
QListWidget#event-list[emphasis="true"], QWidget#chart[emphasis="true"], QFrame[emphasis="true"] {{
    border: 3px solid {p.primary};
}}
QListWidget#picker-list {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: {m.px(10)}px;
    font-size: {m.font(22)}px; outline: none;
}}
QListWidget#picker-list::item {{ padding: 0 {m.px(12)}px; min-height: {m.px(56)}px; border-bottom: 1px solid {p.border}; }}
QListWidget#picker-list::item:selected {{ background: {p.primary}; color: {p.on_primary}; }}
QPlainTextEdit {{
    font-size: {m.font(22)}px; color: {p.text}; background: {p.surface2};
    border: 2px solid {p.border}; border-radius: {m.px(10)}px;
}}
QPushButton[role="visit"] {{
    text-align: left; font-size: {m.font(19)}px; font-weight: 600; padding: {m.px(6)}px {m.px(10)}px;
    background: {p.surface2}; border: 1px solid {p.border}; border-radius: {m.px(8)}px;
}}
QFrame[role="day"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: {m.px(10)}px; }}
QFrame[role="day"][today="true"] {{ border: 2px solid {p.primary}; }}
QFrame[role="day"][outside="true"] {{ background: transparent; }}
QCalendarWidget QAbstractItemView {{ font-size: {m.font(22)}px; }}
QCalendarWidget QToolButton {{ font-size: {m.font(22)}px; min-height: {m.px(56)}px; qproperty-iconSize: {m.px(36)}px; }}
QListWidget#event-list::item {{ padding: {m.px(12)}px {m.px(10)}px; border-bottom: 1px solid {p.border}; }}
QListWidget#event-list::item:selected {{ background: {p.primary}; color: {p.on_primary}; border-radius: {m.px(8)}px; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: {m.px(14)}px; background: transparent; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: {m.px(7)}px; min-height: {m.px(60)}px; }}
"""


def apply(app: QApplication, theme: str, metrics: Metrics, cache_dir: Path | None = None) -> None:
    try:
        base = material_stylesheet(app, theme, cache_dir)
    except Exception:  # a broken cache or theme file must not keep the kiosk from starting
        log.exception("qt-material stylesheet failed; using the kiosk rules alone")
        base = ""
    app.setStyleSheet(base + kiosk_stylesheet(palette(theme), metrics))
