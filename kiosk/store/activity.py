"""What happens during a visit: the demos shown at the screen, the visitors' roster, and
their feedback. No Qt."""

from __future__ import annotations

from datetime import datetime
from typing import Callable
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.i18n import _
from kiosk.store import times
from kiosk.store.errors import NotFound, ValidationError
from kiosk.store.model import DemoShown, Feedback, Visitor, VisitorForm
from kiosk.store.permissions import Actor, authorize
from kiosk.store.schedule import Schedule
from kiosk.store.validate import clean_country, clean_text

MAX_COMMENT, MAX_FIELD = 4000, 200


class ActivityRepository:
    def __init__(self, db: sqlite_utils.Database, tz: ZoneInfo | str | None = None,
                 clock: Callable[[], datetime] = times.now_utc):
        self.db = db
        self.schedule = Schedule(db, tz, clock)
        self.tz = self.schedule.tz
        self.clock = clock

    # ------------------------------------------------------------ demos at the screen

    def record_demo(self, demo_id: str, seconds: float, started: datetime | None = None,
                    pack_id: str | None = None) -> DemoShown:
        """Log a demo watched at the screen, attached to the delegation checked in at the time it
        started (none when nobody is checked in). Called by the kiosk itself, so no actor."""
        if not isinstance(demo_id, str) or not demo_id:
            raise ValidationError("demo_id", _("A demo has an id."))
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
            raise ValidationError("seconds", _("The time watched cannot be negative."))
        started = times.aware(started, self.tz) if started is not None else self.clock()
        with self.db.atomic():
            visit_id = self.schedule.current_checked_in_visit_id(started)
            cursor = self.db.execute(
                "INSERT INTO demos_shown (visit_id, demo_id, pack_id, started_utc, seconds) VALUES (?, ?, ?, ?, ?)",
                [visit_id, demo_id, pack_id, times.utc_key(started, self.tz), float(seconds)])
        return DemoShown(cursor.lastrowid, visit_id, demo_id, pack_id, times.utc_key(started, self.tz), float(seconds))

    def demos_shown(self, visit_id: int) -> list[DemoShown]:
        return [DemoShown(*r) for r in self.db.execute(
            "SELECT id, visit_id, demo_id, pack_id, started_utc, seconds FROM demos_shown WHERE visit_id = ?"
            " ORDER BY started_utc, id", [visit_id])]

    # ------------------------------------------------------------ feedback

    def add_feedback(self, visit_id: int, rating: int | None, comment: str | None = None,
                     at: datetime | None = None) -> Feedback:
        """A delegation's rating (1 to 5 stars) and comment, typed at the screen or by staff."""
        if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5):
            raise ValidationError("rating", _("A rating is 1 to 5 stars."))
        comment = clean_text(comment, "comment", MAX_COMMENT)
        if rating is None and comment is None:
            raise ValidationError("rating", _("Give a rating or write a comment."))
        when = times.utc_key(times.aware(at, self.tz) if at is not None else self.clock(), self.tz)
        with self.db.atomic():
            self._visit_exists(visit_id)
            cursor = self.db.execute("INSERT INTO feedback (visit_id, rating, comment, created_utc) VALUES (?, ?, ?, ?)",
                                     [visit_id, rating, comment, when])
        return Feedback(cursor.lastrowid, visit_id, rating, comment, when)

    def feedback(self, visit_id: int) -> list[Feedback]:
        return [Feedback(*r) for r in self.db.execute(
            "SELECT id, visit_id, rating, comment, created_utc FROM feedback WHERE visit_id = ? ORDER BY id",
            [visit_id])]

    # ------------------------------------------------------------ the roster (optional)

    def add_visitor(self, actor: Actor, visit_id: int, form: VisitorForm) -> Visitor:
        authorize(self.db, actor, "edit")
        name = clean_text(form.name, "name", MAX_FIELD)
        if not name:
            raise ValidationError("name", _("Enter the visitor's name."))
        country = clean_country(form.country, "country") if form.country else None
        values = [visit_id, name, clean_text(form.title, "title", MAX_FIELD), form.organization_id, country,
                  clean_text(form.contact, "contact", MAX_FIELD), int(bool(form.consent_photos)),
                  int(bool(form.consent_contact)), times.utc_key(self.clock(), self.tz)]
        with self.db.atomic():
            self._visit_exists(visit_id)
            if form.organization_id is not None and self.db.execute(
                    "SELECT 1 FROM organizations WHERE id = ?", [form.organization_id]).fetchone() is None:
                raise ValidationError("organization", _("There is no organization number {id}.").format(
                    id=form.organization_id))
            cursor = self.db.execute(
                "INSERT INTO visitors (visit_id, name, title, organization_id, country, contact, consent_photos,"
                " consent_contact, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
        return self.visitors(visit_id, only=cursor.lastrowid)[0]

    def remove_visitor(self, actor: Actor, visitor_id: int) -> None:
        authorize(self.db, actor, "edit")
        with self.db.atomic():
            self.db.execute("DELETE FROM visitors WHERE id = ?", [visitor_id])

    def visitors(self, visit_id: int, only: int | None = None) -> list[Visitor]:
        sql = ("SELECT id, visit_id, name, title, organization_id, country, contact, consent_photos, consent_contact"
               " FROM visitors WHERE visit_id = ?" + (" AND id = ?" if only is not None else "") + " ORDER BY id")
        params = [visit_id] + ([only] if only is not None else [])
        return [Visitor(*r[:7], consent_photos=bool(r[7]), consent_contact=bool(r[8]))
                for r in self.db.execute(sql, params)]

    def _visit_exists(self, visit_id: int) -> None:
        if self.db.execute("SELECT 1 FROM visits WHERE id = ?", [visit_id]).fetchone() is None:
            raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
