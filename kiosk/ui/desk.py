"""The visit log as the staff screens use it: the repositories on the kiosk's database, and who
is acting (the member of staff who signed in, or "admin" for the center's staff PIN)."""

from __future__ import annotations

import functools
import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from kiosk.core import utc
from kiosk.core.errors import StorageError, reason
from kiosk.i18n import _

log = logging.getLogger(__name__)


def unavailable(exc: BaseException) -> StorageError:
    """A busy, full or failing database as a message for the screen, in its language."""
    return StorageError(_("The visit log cannot be used just now: {reason}. Nothing was changed; please try "
                          "again in a moment.").format(reason=reason(exc)))


class Guarded:
    """A repository whose every call turns a database or disk fault (busy, locked, full, read
    error) into a StorageError with a translated message: screens catch KioskError and say it in
    place, and the visitor is never sent to the error screen by a busy log."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        @functools.wraps(attr)
        def guarded(*args, **kwargs):
            try:
                return attr(*args, **kwargs)
            except (sqlite3.Error, OSError) as exc:
                log.warning("the visit log refused %s: %s", name, exc, exc_info=True)
                raise unavailable(exc) from exc

        return guarded


class Desk:
    def __init__(self, db, tz: str, center_pin_hash=None):
        # imported here: the store is not needed for the first frame
        from kiosk.store.activity import ActivityRepository
        from kiosk.store.schedule import Schedule
        from kiosk.store.staff import StaffRepository
        from kiosk.store.visits import VisitRepository

        self.db = db
        visits = VisitRepository(db, tz)
        self.tz = visits.tz
        self.visits = Guarded(visits)
        self.schedule = Guarded(Schedule(db, self.tz))
        self.staff = Guarded(StaffRepository(db, center_pin_hash))
        self.activity = Guarded(ActivityRepository(db, self.tz))
        self.organizations = Guarded(visits.organizations)

    def stats(self) -> dict:
        from kiosk.store import stats

        return Guarded(stats).stats(self.db)

    def now(self) -> datetime:
        return utc.now().astimezone(self.tz)

    def database_file(self) -> Path:
        """The file this desk's connection has open. A worker opens a connection of its own to it
        (a connection belongs to the thread that opened it); a busy or failing log raises
        StorageError."""
        rows = Guarded(self.db).execute("PRAGMA database_list").fetchall()
        return Path(next(file for _seq, name, file in rows if name == "main"))


class DemoWatch:
    """Times the demo on screen and logs it when it closes: the visit checked in at the time
    gets it attached by the store. A failure to log never reaches the visitor."""

    MIN_SECONDS = 3.0  # a demo opened by mistake and closed at once is not a demo shown

    def __init__(self) -> None:
        self.demo_id: str | None = None
        self.pack_id: str | None = None
        self.started: datetime | None = None
        self._t0 = 0.0

    def start(self, demo_id: str, pack_id: str | None = None) -> None:
        self.demo_id, self.pack_id = demo_id, pack_id
        self.started = utc.now()
        self._t0 = time.monotonic()

    def stop(self, desk: Desk | None) -> None:
        self.stop_at(desk, None)

    def stop_at(self, desk: Desk | None, stop_id: int | None) -> None:
        """Log the demo as shown at this stop of the visit's tour (None: at no stop)."""
        demo_id, self.demo_id = self.demo_id, None
        if demo_id is None or desk is None:
            return
        seconds = time.monotonic() - self._t0
        if seconds < self.MIN_SECONDS:
            return
        try:
            desk.activity.record_demo(demo_id, round(seconds, 1), started=self.started, pack_id=self.pack_id,
                                      stop_id=stop_id)
        except Exception:
            log.exception("could not log the demo %s", demo_id)
