"""Delegation visits: create, edit, confirm, cancel, check in, complete, no-show, delete.

One transaction per action: a refused action (``ValidationError`` naming the field,
``PermissionDenied``, ``NotFound``) leaves nothing half saved. Every change of time, room or
status bumps the iCalendar SEQUENCE, so a later export updates calendars rather than duplicating.
No Qt.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from typing import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.core import utc
from kiosk.i18n import N_, _
from kiosk.store import audit, times
from kiosk.store.countries import country_name
from kiosk.store.errors import NotFound, ValidationError
from kiosk.store.model import CREATE_STATUSES, STATUS_LABELS, CountryCount, Visit, VisitForm
from kiosk.store.organizations import OrganizationRepository, organization_from_row
from kiosk.store.permissions import Actor, authorize
from kiosk.store.validate import clean_count, clean_country, clean_languages, clean_text

#: iCalendar UIDs: random, and not tied to the machine's host name.
UID_DOMAIN = "visits.smartcity-kiosk.invalid"
MAX_HEADCOUNT = 100_000  # a guard against typing errors, not a rule of the centers
MAX_ROOM, MAX_NOTES, MAX_TOKEN = 60, 4000, 200

#: action -> (statuses it starts from, status it leaves)
TRANSITIONS = {
    "confirm": (("requested",), "confirmed"),
    "cancel": (("requested", "confirmed"), "cancelled"),
    "check_in": (("requested", "confirmed"), "checked_in"),
    "complete": (("requested", "confirmed", "checked_in"), "completed"),
    "no_show": (("requested", "confirmed"), "no_show"),
}
_REFUSED = {
    "confirm": N_("This visit cannot be confirmed: its status is “{status}”."),
    "cancel": N_("This visit cannot be cancelled: its status is “{status}”."),
    "check_in": N_("This visit cannot be checked in: its status is “{status}”."),
    "complete": N_("This visit cannot be completed: its status is “{status}”."),
    "no_show": N_("This visit cannot be marked as a no-show: its status is “{status}”."),
}

_SELECT = """
SELECT v.id, v.status, v.scheduled_start, v.scheduled_end, v.actual_start, v.actual_end,
       v.expected_headcount, v.actual_headcount, v.languages, v.room, v.notes, v.ical_uid,
       v.ical_sequence, v.created_utc, v.updated_utc,
       o.id, o.name, o.country, o.type, o.name_ko, o.name_en,
       a.id, a.name, a.country, a.type, a.name_ko, a.name_en
FROM visits v JOIN organizations o ON o.id = v.lead_organization_id
LEFT JOIN organizations a ON a.id = v.arranged_by_id
WHERE v.id = ?
"""


class VisitRepository:
    def __init__(self, db: sqlite_utils.Database, tz: ZoneInfo | str | None = None,
                 clock: Callable[[], datetime] = times.now_utc):
        self.db = db
        self.tz = tz if isinstance(tz, ZoneInfo) else times.zone(tz)
        self.clock = clock
        self.organizations = OrganizationRepository(db)

    # ------------------------------------------------------------ reading

    def get(self, visit_id: int) -> Visit:
        row = self.db.execute(_SELECT, [visit_id]).fetchone()
        if row is None:
            raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
        countries = tuple(
            CountryCount(c, e, a) for c, e, a in self.db.execute(
                "SELECT country, expected, actual FROM visit_countries WHERE visit_id = ?"
                " ORDER BY coalesce(expected, 0) DESC, country", [visit_id]))
        return Visit(
            id=row[0], status=row[1], start=times.parse_stored(row[2]), end=times.parse_stored(row[3]),
            actual_start=times.parse_stored(row[4]), actual_end=times.parse_stored(row[5]),
            expected_headcount=row[6], actual_headcount=row[7], languages=tuple(json.loads(row[8] or "[]")),
            room=row[9], notes=row[10], ical_uid=row[11], ical_sequence=row[12],
            created_utc=utc.normalised(row[13]), updated_utc=utc.normalised(row[14]),
            organization=organization_from_row(row[15:21]),
            arranged_by=organization_from_row(row[21:27]) if row[21] is not None else None,
            countries=countries,
        )

    # ------------------------------------------------------------ creating and editing

    def create_visit(self, actor: Actor, form: VisitForm, status: str = "requested",
                     client_token: str | None = None) -> Visit:
        """Save a new visit. The same ``client_token`` twice (a form submitted twice) returns the
        visit the first submit made instead of a duplicate."""
        staff_id = authorize(self.db, actor, "create")
        if status not in CREATE_STATUSES:
            raise ValidationError("status", _("A new visit is requested, confirmed or completed, not {status}.")
                                  .format(status=_(STATUS_LABELS.get(status, status))))
        if client_token is not None and (not isinstance(client_token, str) or len(client_token) > MAX_TOKEN):
            raise ValidationError("client_token", _("The form's token is not valid."))
        clean = self._clean(form)
        try:
            with self.db.atomic():
                if client_token is not None:
                    existing = self._by_token(client_token)
                    if existing is not None:
                        return self.get(existing)
                visit_id = self._insert(clean, form, status, client_token, staff_id)
        except sqlite3.IntegrityError:
            existing = self._by_token(client_token) if client_token is not None else None
            if existing is None:
                raise
            visit_id = existing  # the same form, saved by a concurrent submit
        return self.get(visit_id)

    def edit_visit(self, actor: Actor, visit_id: int, form: VisitForm) -> Visit:
        """Replace what the form holds. Actual headcounts already taken are kept."""
        staff_id = authorize(self.db, actor, "edit")
        clean = self._clean(form)
        with self.db.atomic():
            old = self.get(visit_id)
            lead, arranged = self._organizations(clean, form)
            moved = (clean["start"], clean["end"], clean["room"]) != (
                times.local_iso(old.start, self.tz), times.local_iso(old.end, self.tz), old.room)
            self.db.execute(
                "UPDATE visits SET scheduled_start = ?, scheduled_end = ?, scheduled_start_utc = ?,"
                " scheduled_end_utc = ?, lead_organization_id = ?, arranged_by_id = ?, expected_headcount = ?,"
                " languages = ?, room = ?, notes = ?, ical_sequence = ical_sequence + ?, updated_by = ?,"
                " updated_utc = ? WHERE id = ?",
                [clean["start"], clean["end"], clean["start_utc"], clean["end_utc"], lead, arranged,
                 sum(clean["countries"].values()), json.dumps(clean["languages"]), clean["room"],
                 clean["notes"], int(moved), staff_id, times.utc_now(), visit_id])
            for count in old.countries:
                if count.country in clean["countries"]:
                    continue
                if count.actual:
                    self.db.execute("UPDATE visit_countries SET expected = NULL WHERE visit_id = ? AND country = ?",
                                    [visit_id, count.country])
                else:
                    self.db.execute("DELETE FROM visit_countries WHERE visit_id = ? AND country = ?",
                                    [visit_id, count.country])
            for code, n in clean["countries"].items():
                self.db.execute(
                    "INSERT INTO visit_countries (visit_id, country, expected) VALUES (?, ?, ?)"
                    " ON CONFLICT (visit_id, country) DO UPDATE SET expected = excluded.expected",
                    [visit_id, code, n])
        return self.get(visit_id)

    def check_form(self, form: VisitForm) -> None:
        """Raise the ValidationError saving ``form`` would raise, without saving (organizations
        given by id are checked when saving)."""
        self._clean(form)

    def create_many(self, actor: Actor, entries: Sequence[tuple[VisitForm, str | None]],
                    status: str = "completed",
                    progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Save many visits in one transaction, all or none (an import of the visit log).
        Each entry is a form and its client token; a token already saved is skipped. Returns
        (visits created, visits already there). ``progress(done, total)`` is called after each
        entry, inside the transaction: nothing is saved until the last one is."""
        staff_id = authorize(self.db, actor, "import")
        if status not in CREATE_STATUSES:
            raise ValidationError("status", _("A new visit is requested, confirmed or completed, not {status}.")
                                  .format(status=_(STATUS_LABELS.get(status, status))))
        cleaned = [(self._clean(form), form, token) for form, token in entries]
        created = skipped = 0
        with self.db.atomic():
            for clean, form, token in cleaned:
                if token is not None and self._by_token(token) is not None:
                    skipped += 1
                else:
                    self._insert(clean, form, status, token, staff_id)
                    created += 1
                if progress is not None:
                    progress(created + skipped, len(cleaned))
        return created, skipped

    # ------------------------------------------------------------ the day of the visit

    def confirm_visit(self, actor: Actor, visit_id: int) -> Visit:
        return self._move(actor, visit_id, "confirm")

    def cancel_visit(self, actor: Actor, visit_id: int) -> Visit:
        return self._move(actor, visit_id, "cancel")

    def mark_no_show(self, actor: Actor, visit_id: int) -> Visit:
        return self._move(actor, visit_id, "no_show")

    def check_in(self, actor: Actor, visit_id: int, headcount: Mapping[str, int] | None = None,
                 at: datetime | None = None) -> Visit:
        """The delegation has arrived. ``headcount`` is the people present per country; a country
        expected but not named there came with nobody. Without it the expected numbers stand."""
        return self._move(actor, visit_id, "check_in", headcount, at)

    def complete(self, actor: Actor, visit_id: int, headcount: Mapping[str, int] | None = None,
                 at: datetime | None = None) -> Visit:
        return self._move(actor, visit_id, "complete", headcount, at)

    def record_headcount(self, actor: Actor, visit_id: int, headcount: Mapping[str, int]) -> Visit:
        """Correct the actual headcount of a visit checked in or completed."""
        staff_id = authorize(self.db, actor, "check_in")
        counts = self._clean_headcount(headcount)
        with self.db.atomic():
            visit = self.get(visit_id)
            if visit.status not in ("checked_in", "completed"):
                raise ValidationError("headcount", _("The headcount is taken once the delegation has checked in."))
            self._write_actual(visit, counts, staff_id)
        return self.get(visit_id)

    def delete_visit(self, actor: Actor, visit_id: int) -> None:
        """Remove a visit entered by mistake, with its roster, assignments, tour and feedback. Demos
        shown during it stay in the log, attached to no visit. Administrators only."""
        authorize(self.db, actor, "delete")
        with self.db.atomic():
            visit = self.get(visit_id)
            audit.record(self.db, actor, "delete", visit=visit_id, status=visit.status,
                         day=visit.start.date().isoformat())
            self.db.execute("UPDATE demos_shown SET visit_id = NULL, stop_id = NULL WHERE visit_id = ?", [visit_id])
            # a roster's consent records go with it; their link to each person is cut first
            self.db.execute("UPDATE consents SET visitor_id = NULL WHERE visit_id = ?", [visit_id])
            for table in ("visit_countries", "visitors", "consents", "assignments", "feedback", "tour_stops"):
                self.db.execute(f"DELETE FROM {table} WHERE visit_id = ?", [visit_id])
            self.db.execute("DELETE FROM visits WHERE id = ?", [visit_id])

    # ------------------------------------------------------------ internals

    def _move(self, actor: Actor, visit_id: int, action: str, headcount=None, at=None) -> Visit:
        staff_id = authorize(self.db, actor, action)
        counts = self._clean_headcount(headcount) if headcount is not None else None
        when = times.aware(at, self.tz) if at is not None else self.clock()
        sources, target = TRANSITIONS[action]
        with self.db.atomic():
            visit = self.get(visit_id)
            if visit.status not in sources:
                raise ValidationError("status", _(_REFUSED[action]).format(status=_(STATUS_LABELS[visit.status])))
            if counts is not None:
                self._write_actual(visit, counts, staff_id)
            changes = {"status": target}
            if action == "check_in":
                changes.update(actual_start=times.local_iso(when, self.tz), actual_start_utc=times.utc_key(when, self.tz))
            elif action == "complete":
                changes.update(actual_end=times.local_iso(when, self.tz), actual_end_utc=times.utc_key(when, self.tz))
            changes.update(updated_by=staff_id, updated_utc=times.utc_now())
            sets = ", ".join(f"{column} = ?" for column in changes)
            self.db.execute(f"UPDATE visits SET {sets}, ical_sequence = ical_sequence + 1 WHERE id = ?",
                            [*changes.values(), visit_id])
        return self.get(visit_id)

    def _write_actual(self, visit: Visit, counts: dict[str, int], staff_id: int | None) -> None:
        for count in visit.countries:
            if count.country not in counts:
                self.db.execute("UPDATE visit_countries SET actual = 0 WHERE visit_id = ? AND country = ?",
                                [visit.id, count.country])
        for code, n in counts.items():
            self.db.execute(
                "INSERT INTO visit_countries (visit_id, country, actual) VALUES (?, ?, ?)"
                " ON CONFLICT (visit_id, country) DO UPDATE SET actual = excluded.actual", [visit.id, code, n])
        self.db.execute("UPDATE visits SET actual_headcount = ?, updated_by = ?, updated_utc = ? WHERE id = ?",
                        [sum(counts.values()), staff_id, times.utc_now(), visit.id])

    def _by_token(self, token: str) -> int | None:
        row = self.db.execute("SELECT id FROM visits WHERE client_token = ?", [token]).fetchone()
        return row[0] if row else None

    def _insert(self, clean: dict, form: VisitForm, status: str, token: str | None, staff_id: int | None) -> int:
        lead, arranged = self._organizations(clean, form)
        now = times.utc_now()
        cursor = self.db.execute(
            "INSERT INTO visits (status, scheduled_start, scheduled_end, scheduled_start_utc, scheduled_end_utc,"
            " lead_organization_id, arranged_by_id, expected_headcount, languages, room, notes, ical_uid,"
            " ical_sequence, client_token, created_by, updated_by, created_utc, updated_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
            [status, clean["start"], clean["end"], clean["start_utc"], clean["end_utc"], lead, arranged,
             sum(clean["countries"].values()), json.dumps(clean["languages"]), clean["room"], clean["notes"],
             f"{uuid.uuid4()}@{UID_DOMAIN}", token, staff_id, staff_id, now, now])
        visit_id = cursor.lastrowid
        self.db.conn.executemany("INSERT INTO visit_countries (visit_id, country, expected) VALUES (?, ?, ?)",
                                 [(visit_id, code, n) for code, n in clean["countries"].items()])
        return visit_id

    def _organizations(self, clean: dict, form: VisitForm) -> tuple[int, int | None]:
        main_country = clean["organization_country"] or max(clean["countries"].items(), key=lambda kv: kv[1])[0]
        lead = self.organizations.resolve(form.organization, "organization", main_country,
                                          form.organization_type or "other")
        arranged = None
        if form.arranged_by not in (None, ""):
            arranged = self.organizations.resolve(form.arranged_by, "arranged_by", None, "intermediary").id
        return lead.id, arranged

    def _clean(self, form: VisitForm) -> dict:
        """Check a form before anything is written; the first problem raises ValidationError."""
        for field, value in (("start", form.start), ("end", form.end)):
            if not isinstance(value, datetime):
                raise ValidationError(field, _("Enter a date and a time."))
        start, end = times.aware(form.start, self.tz), times.aware(form.end, self.tz)
        if end <= start:
            raise ValidationError("end", _("The visit must end after it starts."))
        if end - start > times.MAX_DURATION:
            raise ValidationError("end", _("A visit lasts at most a day; enter a longer programme as one visit a day."))
        if not isinstance(form.countries, Mapping) or not form.countries:
            raise ValidationError("countries", _("Enter how many people are expected, and from which country."))
        countries: dict[str, int] = {}
        for text, n in form.countries.items():
            code = clean_country(text, "countries")
            if code in countries:
                raise ValidationError("countries", _("{country} is listed twice.").format(country=country_name(code)))
            countries[code] = clean_count(n, "headcount", 1, _(
                "The headcount for {country} must be a whole number of at least 1.").format(country=country_name(code)))
        if sum(countries.values()) > MAX_HEADCOUNT:
            raise ValidationError("headcount", _("A visit has at most {n} people.").format(n=MAX_HEADCOUNT))
        organization_country = None
        if form.organization_country not in (None, ""):
            organization_country = clean_country(form.organization_country, "organization_country")
        return {
            "start": times.local_iso(start, self.tz), "end": times.local_iso(end, self.tz),
            "start_utc": times.utc_key(start, self.tz), "end_utc": times.utc_key(end, self.tz),
            "countries": countries, "languages": clean_languages(form.languages),
            "room": clean_text(form.room, "room", MAX_ROOM), "notes": clean_text(form.notes, "notes", MAX_NOTES),
            "organization_country": organization_country,
        }

    def _clean_headcount(self, headcount: Mapping[str, int]) -> dict[str, int]:
        if not isinstance(headcount, Mapping):
            raise ValidationError("headcount", _("Enter how many people came from each country."))
        counts: dict[str, int] = {}
        for text, n in headcount.items():
            code = clean_country(text, "headcount")
            n = clean_count(n, "headcount", 0, _("The headcount for {country} must be a whole number.")
                            .format(country=country_name(code)))
            counts[code] = counts.get(code, 0) + n
        total = sum(counts.values())
        if total < 1:
            raise ValidationError("headcount", _("Nobody came: record the visit as a no-show instead."))
        if total > MAX_HEADCOUNT:
            raise ValidationError("headcount", _("A visit has at most {n} people.").format(n=MAX_HEADCOUNT))
        return counts
