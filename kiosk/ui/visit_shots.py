"""The guided visit's screens on the example log, for ``--screenshot`` and ``--self-test``: the
welcome, the tour, the guide's console with the audience's window, and the closing question."""

from __future__ import annotations

from typing import Callable

from kiosk import i18n


def visit_today(w) -> int | None:
    """The example log's delegation checked in today (it has a tour planned)."""
    desk = w.desk()
    now = desk.now()
    rows = desk.schedule.in_range(now.replace(hour=0, minute=0), now.replace(hour=23, minute=59),
                                  statuses=("checked_in",))
    return rows[0].id if rows else None


def start_visit(w, presenter: bool = False) -> bool:
    visit_id = visit_today(w)
    if visit_id is None:
        return False
    w.staff.actor = "admin"
    lang = i18n.current_language()
    w.start_visit_mode(visit_id, presenter=presenter)
    # shown as if the delegation read the language of the shot (the example's reads Malay)
    plan = w.visit_mode.plan
    plan.languages = [lang] + [c for c in plan.languages if c != lang]
    w.set_language(lang)
    return True


def _welcome(w) -> None:
    start_visit(w)


def _tour(w) -> None:
    if start_visit(w):
        w.tour_go_to(1)


def _console(w) -> None:
    from PySide6.QtWidgets import QApplication

    if start_visit(w, presenter=True):
        w.tour_go_to(0)
        for _ in range(3):
            QApplication.processEvents()
        w.nav.current.refresh_thumbnail()


def _audience(w):
    if start_visit(w, presenter=True):
        w.tour_go_to(0)
        return w.audience


def _feedback(w) -> None:
    if start_visit(w):
        w.end_visit()
        w.nav.current.view.choose(4)


def _recap(w):
    """Page 1 of the take-home recap, in the shot's language, as an image."""
    from kiosk.store.recap import gather
    from kiosk.ui.recap import first_page
    from kiosk.ui.recap_stills import take_stills

    visit_id = visit_today(w)
    if visit_id is None:
        return None
    recap = gather(w.desk().db, w.settings, visit_id)
    lang = i18n.current_language()
    return first_page(recap, take_stills(recap, w.library(), lang, with_images=False), lang)


SHOTS: list[tuple[str, Callable]] = [
    ("welcome", _welcome),
    ("tour", _tour),
    ("console", _console),
    ("audience", _audience),
    ("feedback", _feedback),
    ("recap", _recap),
]
