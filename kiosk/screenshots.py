"""``kiosk --screenshot DIR``: every screen in every language, rendered offscreen to PNG.

Later screens add themselves to ``SHOTS`` (a name and a function that brings the window there).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Callable

from kiosk import i18n
from kiosk.ui import visit_shots

log = logging.getLogger(__name__)


def _attract(w) -> None:
    w.nav.go("attract", remember=False)


def _home(w) -> None:
    w.nav.home()


def _about(w) -> None:
    w.nav.home()
    w.nav.go("about")


def _language(w) -> None:
    w.nav.home()
    w.show_language_picker()


def _pin(w) -> None:
    from kiosk.ui.screens.pin import ENTER

    w.nav.home()
    w.pin_screen.start(ENTER)
    w.nav.go("pin")
    for key in "12":
        w.pin_screen.press(key)


def _pin_new(w) -> None:
    from kiosk.ui.screens.pin import NEW

    w.nav.home()
    w.pin_screen.start(NEW)
    w.nav.go("pin")


def _staff(w) -> None:
    w.nav.go("staff", remember=False)


def _settings(w) -> None:
    w.nav.go("staff", remember=False)
    w.nav.go("settings")


def _staff_in(w, screen_id: str):
    w.staff.actor = "admin"
    w.nav.go("staff", remember=False)
    return w.nav.go(screen_id)


def _visits(w) -> None:
    _staff_in(w, "visits").set_mode("week")


def _visits_month(w) -> None:
    _staff_in(w, "visits").set_mode("month")


def _visit(w) -> None:
    """The delegation checked in today, with its guide and the staff suggested."""
    screen = _staff_in(w, "visits")
    screen.set_mode("week")
    rows = [r for r in screen.rows if r.status == "checked_in"] or screen.rows
    if rows:
        w.show_visit(rows[0].id)


def _visit_form(w) -> None:
    w.staff.actor = "admin"
    w.nav.go("staff", remember=False)
    w.edit_visit(None)
    form = w.nav.current
    form.org_picker.field.setText("Lima")
    form.org_picker.refresh()
    found = form._search_organizations("Lima")
    if found:
        form._organization_picked(*found[0])
    form.add_country("PE", 6)
    form.add_country("CO", 3)
    form.org_picker.field.setFocus()  # the screen keyboard comes up for the field touched
    form.keyboard.show()


def _stats(w) -> None:
    _staff_in(w, "stats")


def _staff_members(w) -> None:
    _staff_in(w, "staff-members")


def _export(w) -> None:
    _staff_in(w, "export")


def _audit(w) -> None:
    _staff_in(w, "audit")


def _idle(w) -> None:
    w.nav.home()
    w.idle_overlay._warn(w.settings.get("idle_countdown_s"))


def _error(w) -> None:
    w.show_error()


SHOTS: list[tuple[str, Callable]] = [
    ("attract", _attract),
    ("home", _home),
    ("about", _about),
    ("language", _language),
    ("pin", _pin),
    ("pin-new", _pin_new),
    ("staff", _staff),
    ("settings", _settings),
    ("visits", _visits),
    ("visits-month", _visits_month),
    ("visit", _visit),
    ("visit-form", _visit_form),
    ("stats", _stats),
    ("staff-members", _staff_members),
    ("export", _export),
    ("audit", _audit),
    ("idle", _idle),
    ("error", _error),
]
SHOTS += visit_shots.SHOTS


def demo_shots() -> list[tuple[str, Callable]]:
    """Every registered demo, as its view module lists them in SCREENSHOTS (or one plain shot)."""
    import importlib

    from kiosk.demos import registry

    shots = []
    for spec in registry.demos():
        module = importlib.import_module(spec.view.partition(":")[0])
        for suffix, setup in getattr(module, "SCREENSHOTS", [("", None)]):
            def open_demo(w, demo_id=spec.id, setup=setup):
                w.nav.home()
                w.open_demo(demo_id)
                if setup is not None:
                    setup(w.demo_screen.view)
            shots.append((f"{spec.id}-{suffix}" if suffix else spec.id, open_demo))
    return shots


def capture(window, langs: list[str], out: Path, shots=None) -> list[Path]:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    written = []
    out.mkdir(parents=True, exist_ok=True)
    shots = shots or SHOTS + demo_shots()
    for lang in langs:
        for name, setup in shots:
            window.reset_to_attract("screenshot")
            window.set_language(lang)
            # a shot may show another window (the audience's), or be a picture (the recap's page)
            shown = setup(window) or window
            for _ in range(3):
                QApplication.processEvents()
            target = out / f"{name}-{lang}.png"
            picture = shown if isinstance(shown, QImage) else shown.grab()
            if not picture.save(str(target)):
                raise OSError(f"cannot write {target}")
            written.append(target)
        window.idle_overlay.hide()
    return written


def render_all(out_dir: str, langs: list[str] | None, size: tuple[int, int], config=None, data_dir=None) -> int:
    from PySide6.QtCore import QSize

    from kiosk.app import build_window, prepare

    paths, settings = prepare(config, data_dir)
    known = [lang.code for lang in i18n.languages()]
    langs = langs or known
    unknown = [c for c in langs if c not in known and c != i18n.PSEUDO]
    if unknown:
        print(f"kiosk: unknown language(s): {', '.join(unknown)}; known: {', '.join(known)}")
        return 2
    app, window, router = build_window(paths, settings, kiosk_mode=False, size=QSize(*size), open_db=False)
    # the staff screens show an example visit log, kept apart from the kiosk's own database
    scratch = tempfile.TemporaryDirectory(prefix="kiosk-screenshots-")
    from kiosk.store.examples import example_database

    window.services.db = example_database(Path(scratch.name), settings.get("center_timezone"))
    window.resize(QSize(*size))
    window.show()
    app.processEvents()
    written = capture(window, langs, Path(out_dir))
    router.uninstall()
    window.allow_exit = True
    window.close()
    window.services.db.conn.close()
    scratch.cleanup()
    print(f"{len(written)} screenshots in {out_dir}")
    return 0
