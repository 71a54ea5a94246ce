"""What happens during a visit: the demos shown at the screen, the visitors' roster, and
their feedback. No Qt."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.i18n import _
from kiosk.settings import CONTACT_CONSENT_DAYS
from kiosk.store import times
from kiosk.store.consent import check as check_consent, text_version
from kiosk.store.errors import NotFound, ValidationError
from kiosk.store.model import (ConsentForm, ConsentRecord, DemoShown, Feedback, FeedbackFigures, Staff, Visitor,
                               VisitorForm)
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
                    pack_id: str | None = None, stop_id: int | None = None) -> DemoShown:
        """Log a demo watched at the screen, attached to the delegation checked in at the time it
        started (none when nobody is checked in) and to the stop of its tour it was shown at.
        Called by the kiosk itself, so no actor."""
        if not isinstance(demo_id, str) or not demo_id:
            raise ValidationError("demo_id", _("A demo has an id."))
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
            raise ValidationError("seconds", _("The time watched cannot be negative."))
        started = times.aware(started, self.tz) if started is not None else self.clock()
        with self.db.atomic():
            if stop_id is not None:
                row = self.db.execute("SELECT visit_id FROM tour_stops WHERE id = ?", [stop_id]).fetchone()
                visit_id = row[0] if row else None
                stop_id = stop_id if row else None  # the tour was edited meanwhile: keep the demo
            else:
                visit_id = None
            if visit_id is None:
                visit_id = self.schedule.current_checked_in_visit_id(started)
            cursor = self.db.execute(
                "INSERT INTO demos_shown (visit_id, demo_id, pack_id, started_utc, seconds, stop_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [visit_id, demo_id, pack_id, times.utc_key(started, self.tz), float(seconds), stop_id])
        return DemoShown(cursor.lastrowid, visit_id, demo_id, pack_id, times.utc_key(started, self.tz),
                         float(seconds), stop_id)

    def demos_shown(self, visit_id: int) -> list[DemoShown]:
        return [DemoShown(*r) for r in self.db.execute(
            "SELECT id, visit_id, demo_id, pack_id, started_utc, seconds, stop_id FROM demos_shown"
            " WHERE visit_id = ? ORDER BY started_utc, id", [visit_id])]

    # ------------------------------------------------------------ feedback

    def add_feedback(self, visit_id: int, rating: int | None, comment: str | None = None,
                     at: datetime | None = None, replaces: int | None = None) -> Feedback:
        """A delegation's answer at the screen: one of four faces (1 = unhappy … 4 = delighted)
        and an optional comment. No personal data. ``replaces`` names the answer this one
        corrects (a second tap moments after the first), which is then updated, not added to."""
        if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 4):
            raise ValidationError("rating", _("An answer is one of the four faces."))
        comment = clean_text(comment, "comment", MAX_COMMENT)
        if rating is None and comment is None:
            raise ValidationError("rating", _("Give a rating or write a comment."))
        when = times.utc_key(times.aware(at, self.tz) if at is not None else self.clock(), self.tz)
        with self.db.atomic():
            self._visit_exists(visit_id)
            if replaces is not None and self.db.execute("SELECT 1 FROM feedback WHERE id = ? AND visit_id = ?",
                                                        [replaces, visit_id]).fetchone():
                self.db.execute("UPDATE feedback SET rating = ?, comment = ?, created_utc = ? WHERE id = ?",
                                [rating, comment, when, replaces])
                return Feedback(replaces, visit_id, rating, comment, when)
            cursor = self.db.execute("INSERT INTO feedback (visit_id, rating, comment, created_utc) VALUES (?, ?, ?, ?)",
                                     [visit_id, rating, comment, when])
        return Feedback(cursor.lastrowid, visit_id, rating, comment, when)

    def feedback_by(self, per: str, year: int | None = None) -> list[FeedbackFigures]:
        """The answers per month ("2026-11", in the center's zone) or per country of the
        delegation (each country a visit came from counts its answers)."""
        rows = self.db.execute(
            "SELECT f.rating, v.scheduled_start, v.id FROM feedback f JOIN visits v ON v.id = f.visit_id"
            " WHERE f.rating IS NOT NULL").fetchall()
        countries: dict[int, list[str]] = {}
        if per == "country":
            for visit_id, country in self.db.execute(
                    "SELECT visit_id, country FROM visit_countries WHERE visit_id IN"
                    " (SELECT visit_id FROM feedback WHERE rating IS NOT NULL)"):
                countries.setdefault(visit_id, []).append(country)
        tally: dict[str, list[int]] = {}
        for rating, start, visit_id in rows:
            if year is not None and not start.startswith(str(year)):
                continue
            keys = [start[:7]] if per == "month" else countries.get(visit_id, [])
            for key in keys:
                tally.setdefault(key, [0, 0, 0, 0])[rating - 1] += 1
        figures = [FeedbackFigures(k, sum(v), tuple(v)) for k, v in tally.items()]
        if per == "month":
            return sorted(figures, key=lambda f: f.key)
        return sorted(figures, key=lambda f: (-f.answers, f.key))

    def feedback(self, visit_id: int) -> list[Feedback]:
        return [Feedback(*r) for r in self.db.execute(
            "SELECT id, visit_id, rating, comment, created_utc FROM feedback WHERE visit_id = ? ORDER BY id",
            [visit_id])]

    # ------------------------------------------------------------ the roster (optional)

    def add_visitor(self, actor: Actor, visit_id: int, form: VisitorForm, consent: ConsentForm,
                    contact_days: int = CONTACT_CONSENT_DAYS) -> Visitor:
        """Name a person on the roster, with the consent they gave (:mod:`kiosk.store.consent`).
        Without the required consent, or under 14 without a guardian's, a ValidationError and
        nothing saved: the person is still counted in the visit's headcount. The consent record
        and the person are saved together, in one transaction; an invitation consent lasts
        ``contact_days`` from now."""
        staff_id = authorize(self.db, actor, "edit")
        check_consent(consent)
        name = clean_text(form.name, "name", MAX_FIELD)
        if not name:
            raise ValidationError("name", _("Enter the visitor's name."))
        country = clean_country(form.country, "country") if form.country else None
        now = self.clock()
        given = times.utc_key(now, self.tz)
        until = times.utc_key(now + timedelta(days=contact_days), self.tz) if consent.contact else None
        role = actor.role if isinstance(actor, Staff) else actor
        with self.db.atomic():
            self._visit_exists(visit_id)
            if form.organization_id is not None and self.db.execute(
                    "SELECT 1 FROM organizations WHERE id = ?", [form.organization_id]).fetchone() is None:
                raise ValidationError("organization", _("There is no organization number {id}.").format(
                    id=form.organization_id))
            consent_id = self.db.execute(
                "INSERT INTO consents (visit_id, text_version, language, given_utc, entered_by, entered_role,"
                " required, photos, contact, under_14, guardian, contact_until_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                [visit_id, text_version(), consent.language, given, staff_id, role, int(bool(consent.photos)),
                 int(bool(consent.contact)), int(bool(consent.under_14)),
                 int(bool(consent.under_14 and consent.guardian)), until]).lastrowid
            visitor_id = self.db.execute(
                "INSERT INTO visitors (visit_id, name, title, organization_id, country, contact, consent_photos,"
                " consent_contact, created_utc, consent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [visit_id, name, clean_text(form.title, "title", MAX_FIELD), form.organization_id, country,
                 clean_text(form.contact, "contact", MAX_FIELD), int(bool(consent.photos)),
                 int(bool(consent.contact)), given, consent_id]).lastrowid
            self.db.execute("UPDATE consents SET visitor_id = ? WHERE id = ?", [visitor_id, consent_id])
        return self.visitors(visit_id, only=visitor_id)[0]

    def remove_visitor(self, actor: Actor, visitor_id: int) -> None:
        """Take a person off the roster. Their consent record stays (it names nobody), no longer
        linked to them."""
        authorize(self.db, actor, "edit")
        with self.db.atomic():
            self.db.execute("UPDATE consents SET visitor_id = NULL WHERE visitor_id = ?", [visitor_id])
            self.db.execute("DELETE FROM visitors WHERE id = ?", [visitor_id])

    def visitors(self, visit_id: int, only: int | None = None) -> list[Visitor]:
        sql = ("SELECT id, visit_id, name, title, organization_id, country, contact, consent_photos, consent_contact,"
               " purged_utc, consent_id FROM visitors WHERE visit_id = ?"
               + (" AND id = ?" if only is not None else "") + " ORDER BY id")
        params = [visit_id] + ([only] if only is not None else [])
        return [Visitor(*r[:7], consent_photos=bool(r[7]), consent_contact=bool(r[8]), purged_utc=r[9],
                        consent_id=r[10])
                for r in self.db.execute(sql, params)]

    def consent(self, consent_id: int) -> ConsentRecord:
        row = self.db.execute(
            "SELECT id, visit_id, visitor_id, text_version, language, given_utc, entered_by, entered_role, required,"
            " photos, contact, under_14, guardian, contact_until_utc FROM consents WHERE id = ?",
            [consent_id]).fetchone()
        if row is None:
            raise NotFound(_("There is no consent record number {id}.").format(id=consent_id))
        return ConsentRecord(*row[:8], *(bool(v) for v in row[8:13]), contact_until_utc=row[13])

    def _visit_exists(self, visit_id: int) -> None:
        if self.db.execute("SELECT 1 FROM visits WHERE id = ?", [visit_id]).fetchone() is None:
            raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
