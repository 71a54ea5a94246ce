"""The visitor's session as the log keeps it: when it started and ended, the languages used, and
the demos watched (attached to the delegation checked in at the time). Nothing here ever stops
a visitor: a busy or failing log is written to the kiosk's log and the visit goes on."""

from __future__ import annotations

import logging
from typing import Callable

from kiosk import i18n
from kiosk.ui.desk import DemoWatch

log = logging.getLogger(__name__)


class VisitorSession:
    def __init__(self, sessions, desk: Callable[[], object]):
        self.sessions = sessions  # kiosk.store.sessions.SessionRepository, or None
        self._desk = desk
        self.session_id: int | None = None
        self.demo_watch = DemoWatch()
        #: the demo on screen was opened by a visitor (not the attract loop's unattended story)
        self.visitor_demo = False

    def start(self) -> None:
        if self.sessions is None or self.session_id is not None:
            return
        try:
            self.session_id = self.sessions.start(i18n.current_language())
        except Exception:  # recording a session must never stop a visitor
            log.exception("could not record the visitor session")

    def note_language(self, code: str) -> None:
        if self.session_id is None or self.sessions is None:
            return
        try:
            self.sessions.note_language(self.session_id, code)
        except Exception:  # a busy or full log never stops a visitor's language tap
            log.warning("could not note the language of the visitor session", exc_info=True)

    def end(self, reason: str) -> None:
        if self.session_id is not None and self.sessions is not None:
            try:
                self.sessions.end(self.session_id, reason)
            except Exception:
                log.exception("could not close the visitor session")
        self.session_id = None

    # -- demos watched
    def demo_opened(self, demo_id: str, pack_id: str | None) -> None:
        """Time each demo a visitor watches (tap-through from one to another included); the
        attract loop's unattended stories are not counted."""
        self.demo_watch.stop(self._desk())
        if self.visitor_demo:
            self.demo_watch.start(demo_id, pack_id)

    def demo_closed(self) -> None:
        self.demo_watch.stop(self._desk())

    def took_over(self, demo_id: str | None, pack_id: str | None) -> None:
        """A visitor touched the attract loop's story: from now on it is their demo."""
        if demo_id is not None and self.demo_watch.demo_id is None:
            self.visitor_demo = True
            self.demo_watch.start(demo_id, pack_id)
