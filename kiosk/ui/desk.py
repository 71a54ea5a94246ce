"""The visit log as the staff screens use it: the repositories on the kiosk's database, and who
is acting (the member of staff who signed in, or "admin" for the center's staff PIN)."""

from __future__ import annotations

import logging
import time
from datetime import datetime

from kiosk.core import utc

log = logging.getLogger(__name__)


class Desk:
    def __init__(self, db, tz: str):
        # imported here: the store is not needed for the first frame
        from kiosk.store.activity import ActivityRepository
        from kiosk.store.schedule import Schedule
        from kiosk.store.staff import StaffRepository
        from kiosk.store.visits import VisitRepository

        self.db = db
        self.visits = VisitRepository(db, tz)
        self.tz = self.visits.tz
        self.schedule = Schedule(db, self.tz)
        self.staff = StaffRepository(db)
        self.activity = ActivityRepository(db, self.tz)
        self.organizations = self.visits.organizations

    def stats(self) -> dict:
        from kiosk.store.stats import stats

        return stats(self.db)

    def now(self) -> datetime:
        return utc.now().astimezone(self.tz)


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
        demo_id, self.demo_id = self.demo_id, None
        if demo_id is None or desk is None:
            return
        seconds = time.monotonic() - self._t0
        if seconds < self.MIN_SECONDS:
            return
        try:
            desk.activity.record_demo(demo_id, round(seconds, 1), started=self.started, pack_id=self.pack_id)
        except Exception:
            log.exception("could not log the demo %s", demo_id)
