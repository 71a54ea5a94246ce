"""``kiosk --self-test``: check that everything the kiosk needs is there and works, offscreen.

Prints one line per check and exits 0, or 1 naming what failed. Runs from the bundle too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import Callable

from kiosk import __version__, i18n

log = logging.getLogger(__name__)


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def check(self, name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
        except Exception as exc:  # the report names every failure, whatever it was
            log.error("self-test %s failed", name, exc_info=True)
            self.failures.append(name)
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
            if "--verbose" in sys.argv:
                traceback.print_exc()
        else:
            print(f"ok    {name}: {detail}")


def _check_fonts(app) -> str:
    from PySide6.QtGui import QRawFont

    from kiosk.ui import fonts

    families = fonts.register(app)
    missing = [f for f in fonts.FAMILIES if f not in families]
    if missing:
        raise RuntimeError(f"missing font families: {', '.join(missing)}")
    raws = [QRawFont(str(file), 16) for file in fonts.font_files()]
    if not all(raw.isValid() for raw in raws):
        raise RuntimeError("a shipped font file cannot be read")
    uncovered: set[str] = set()
    for lang in i18n.languages():
        for text in _catalog_strings(lang.code):
            for ch in text:
                if ch.isspace() or ord(ch) < 0x20:
                    continue
                if not any(raw.supportsCharacter(ord(ch)) for raw in raws):
                    uncovered.add(ch)
    if uncovered:
        raise RuntimeError("no glyph for " + " ".join(f"U+{ord(c):04X}" for c in sorted(uncovered)))
    return f"{len(fonts.font_files())} files, {', '.join(fonts.FAMILIES)}; every catalog character has a glyph"


def _catalog_strings(code: str) -> list[str]:
    trans = i18n._state.translations.get(code)
    catalog = getattr(trans, "_catalog", {})
    return [v for v in catalog.values() if isinstance(v, str)]


def _check_catalogs() -> str:
    langs = i18n.load_catalogs()
    counts = {}
    for code in langs:
        keys = getattr(i18n._state.translations[code], "_catalog", {})
        # plural messages have one key per form: count each message once
        counts[code] = len({k[0] if isinstance(k, tuple) else k for k in keys} - {""})
    expected = max(counts.values())
    short = [code for code, n in counts.items() if n < expected]
    if short:
        raise RuntimeError(f"catalogs with fewer messages than the others: {', '.join(short)}")
    return f"{len(langs)} languages ({', '.join(counts)}), {expected} messages each"


def _check_settings(paths) -> str:
    from kiosk.settings import Settings

    settings = Settings.load(paths.config_file)
    values = settings.as_dict()
    return f"{len(values)} settings from {paths.config_file}"


def _check_database(paths) -> str:
    from kiosk.store.db import open_database, quick_check

    db = open_database(paths.database)
    result = quick_check(db)
    if result != "ok":
        raise RuntimeError(f"quick_check: {result}")
    tables = db.table_names()
    db.close()
    return f"{paths.database} ({len(tables)} tables, integrity ok)"


def _check_demos() -> str:
    from kiosk.demos import registry

    specs = registry.demos()
    for spec in specs:
        spec.load_model()
        spec.load_view()
    return f"{len(specs)} registered" + (f": {', '.join(s.id for s in specs)}" if specs else "")


def _check_packs(paths) -> str:
    from kiosk import paths as paths_mod
    from kiosk.core.library import Library

    lib = Library.load([paths_mod.samples_dir(), paths.packs_dir])
    try:
        for path, message in lib.refused.items():
            print(f"warn  packs: {message}")
        ids = ", ".join(sorted(lib.packs)) or "none"
        return f"{len(lib.packs)} loaded ({ids}), {len(lib.refused)} refused"
    finally:
        lib.close()


def _check_languages(paths, settings) -> str:
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from kiosk.app import build_window
    from kiosk.ui.window import SCREEN_CLASSES

    app, window, router = build_window(paths, settings, kiosk_mode=False, size=QSize(1920, 1080), open_db=False)
    try:
        window.show()
        walked = []
        for lang in i18n.languages():
            window.set_language(lang.code)
            for screen_id in [s for s in SCREEN_CLASSES if s != "demo"]:
                window.nav.go(screen_id, remember=False)
                app.processEvents()
                if window.grab().isNull():
                    raise RuntimeError(f"{screen_id} did not render in {lang.code}")
            rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            if rtl != lang.rtl:
                raise RuntimeError(f"{lang.code}: layout direction is wrong")
            texts = [w.text() for w in window.findChildren(QLabel) if w.text()]
            if not texts:
                raise RuntimeError(f"{lang.code}: no text on screen")
            walked.append(lang.code + (" (right-to-left)" if lang.rtl else ""))
        # Every demo opens on its pack and renders in every language (catches a module the
        # bundle left out, or a pack a demo cannot read).
        from kiosk.demos import registry

        for spec in registry.demos():
            window.nav.home()
            window.open_demo(spec.id)
            for lang in i18n.languages():
                window.set_language(lang.code)
                app.processEvents()
                if window.grab().isNull():
                    raise RuntimeError(f"demo {spec.id} did not render in {lang.code}")
            window.reset_to_attract("self-test")
        return ", ".join(walked) + f"; {len(registry.demos())} demo(s) opened in each"
    finally:
        router.uninstall()
        window.allow_exit = True
        window.close()


VISIT_SHOTS = ("welcome", "tour", "console", "audience", "feedback", "recap")


def _check_guided_visit(paths, settings) -> str:
    """A guided visit on the example log, in every language: the welcome, the tour, the guide's
    console with the audience's window, and the closing question."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSize

    from kiosk.app import build_window
    from kiosk.store.examples import example_database
    from kiosk.ui import visit_shots

    app, window, router = build_window(paths, settings, kiosk_mode=False, size=QSize(1920, 1080), open_db=False)
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-self-test-")
    window.services.db = example_database(Path(scratch.name), settings.get("center_timezone"))
    shots = dict(visit_shots.SHOTS)
    try:
        window.show()
        for lang in i18n.languages():
            for name in VISIT_SHOTS:
                window.reset_to_attract("self-test")
                window.set_language(lang.code)
                shown = shots[name](window) or window
                app.processEvents()
                if name == "recap":  # page 1 of the take-home recap, painted in this language
                    if shown is window or shown.isNull():
                        raise RuntimeError(f"the recap's first page did not paint in {lang.code}")
                    continue
                if not window.visit_mode.active:
                    raise RuntimeError(f"{name}: the example visit did not start in {lang.code}")
                if shown.grab().isNull():
                    raise RuntimeError(f"{name} did not render in {lang.code}")
        window.reset_to_attract("self-test")
        return f"{', '.join(VISIT_SHOTS)} in {len(i18n.languages())} languages"
    finally:
        router.uninstall()
        window.allow_exit = True
        window.close()
        window.services.db.conn.close()
        scratch.cleanup()


def run_self_test(config: str | None, data_dir: str | None) -> int:
    from kiosk.app import make_application, prepare

    print(f"kiosk {__version__} self-test")
    report = Report()
    paths, settings = prepare(config, data_dir, console=False)
    app = make_application()
    report.check("catalogs", _check_catalogs)
    report.check("fonts", lambda: _check_fonts(app))
    report.check("settings", lambda: _check_settings(paths))
    report.check("database", lambda: _check_database(paths))
    report.check("demos", _check_demos)
    report.check("packs", lambda: _check_packs(paths))
    report.check("languages", lambda: _check_languages(paths, settings))
    report.check("guided visit", lambda: _check_guided_visit(paths, settings))
    if report.failures:
        print(f"self-test FAILED: {', '.join(report.failures)}")
        return 1
    print("self-test passed")
    return 0
