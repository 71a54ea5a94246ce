"""Erasing the personal data past its retention period: once when the database opens, then once a
day while the kiosk runs. A failure is logged and tried again the next day; it never reaches the
visitor. The purge itself is :mod:`kiosk.store.retention` (23 ms for 10,000 people on the roster,
bench/purge.py), quick enough for the GUI thread, which owns the database connection."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

DAY_MS = 24 * 60 * 60 * 1000


class DailyPurge(QObject):
    def __init__(self, shell):
        super().__init__(shell)  # the shell's cleanup stops the timer with its own
        self.shell = shell
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self.timer.start()

    def run(self):
        """Purge now; the result, or None when the database is unavailable or the purge failed."""
        db = self.shell.services.db
        if db is None:
            return None
        try:
            from kiosk.store.retention import purge_due

            result = purge_due(db, self.shell.settings)
        except Exception:
            log.exception("personal data past its retention period could not be erased; trying again in a day")
            return None
        if result.visitors or result.contacts:
            log.info("personal data erased: %d people, %d contacts only (visits before %s)",
                     result.visitors, result.contacts, result.before.isoformat())
        return result
