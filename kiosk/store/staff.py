"""Staff (guides and administrators), their PINs, their visit assignments, and who could take
a visit. No Qt.

One PIN, one person: a member's own PIN differs from every other member's (active or not) and
from the center's staff PIN, and a new center PIN from every member's. PINs are stored salted,
so equal PINs set before this rule cannot be found from their hashes: such a clash comes to
light when its PIN is typed, and stays in :meth:`StaffRepository.pin_clashes` until one of the
people sharing it gets a new PIN."""

from __future__ import annotations

import json
import re
from typing import Callable

import sqlite_utils

from kiosk.core import pin as pins
from kiosk.i18n import _, language_matches
from kiosk.store import times
from kiosk.store.times import utc_now
from kiosk.store.errors import NotFound, PermissionDenied, ValidationError
from kiosk.store.model import ASSIGNMENT_ROLES, STAFF_ROLES, Assignment, PinClash, Staff, Suggestion
from kiosk.store.permissions import Actor, authorize
from kiosk.store.validate import clean_language, clean_languages

MAX_NAME = 120


def _staff(row) -> Staff:
    return Staff(id=row[0], name=row[1], role=row[2], languages=tuple(json.loads(row[3] or "[]")),
                 active=bool(row[4]), has_pin=bool(row[5]), email=row[6])


_COLUMNS = "id, name, role, languages, active, pin_hash IS NOT NULL AND pin_hash != '', email"
#: An address a calendar program can invite: one @, no spaces, a dot in the domain.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
MAX_EMAIL = 254


class StaffRepository:
    def __init__(self, db: sqlite_utils.Database, center_pin_hash: Callable[[], str] | None = None):
        """``center_pin_hash`` gives the hash of the center's staff PIN (the ``staff_pin_hash``
        setting), which no member's own PIN may equal."""
        self.db = db
        self.center_pin_hash = center_pin_hash or (lambda: "")

    # ------------------------------------------------------------ people

    def get(self, staff_id: int) -> Staff:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", [staff_id]).fetchone()
        if row is None:
            raise NotFound(_("There is no staff member number {id}.").format(id=staff_id))
        return _staff(row)

    def list_staff(self, include_inactive: bool = False) -> list[Staff]:
        where = "" if include_inactive else "WHERE active"
        return [_staff(r) for r in self.db.execute(f"SELECT {_COLUMNS} FROM staff {where} ORDER BY name, id")]

    def add_staff(self, actor: Actor, name: str, role: str, languages=(), pin: str | None = None) -> Staff:
        authorize(self.db, actor, "manage_staff")
        name, role, languages = self._clean(name, role, languages)
        pin_hash = self._hash(pin) if pin is not None else None
        if pin is not None:
            self._refuse_pin_in_use(pin, None)
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO staff (name, role, languages, pin_hash, active, created_utc) VALUES (?, ?, ?, ?, 1, ?)",
                [name, role, json.dumps(languages), pin_hash, utc_now()])
        return self.get(cursor.lastrowid)

    def edit_staff(self, actor: Actor, staff_id: int, name: str, role: str, languages=()) -> Staff:
        authorize(self.db, actor, "manage_staff")
        name, role, languages = self._clean(name, role, languages)
        with self.db.atomic():
            self.get(staff_id)
            self.db.execute("UPDATE staff SET name = ?, role = ?, languages = ? WHERE id = ?",
                            [name, role, json.dumps(languages), staff_id])
        return self.get(staff_id)

    def save_member(self, actor: Actor, staff_id: int | None, name: str, role: str, languages=(),
                    active: bool = True, pin: str | None = None) -> Staff:
        """The staff members form saved as one action, in one transaction: a new member
        (``staff_id`` None) or an edit of name, role, languages, whether they still work here and,
        when given, their PIN. All of it or nothing."""
        if staff_id is None:
            return self.add_staff(actor, name, role, languages, pin=pin)
        with self.db.atomic():
            self.edit_staff(actor, staff_id, name, role, languages)
            self.set_active(actor, staff_id, active)
            if pin:
                self.set_pin(actor, staff_id, pin)
        return self.get(staff_id)

    def set_active(self, actor: Actor, staff_id: int, active: bool) -> Staff:
        """Deactivate someone who left (their past assignments stay), or bring them back."""
        authorize(self.db, actor, "manage_staff")
        with self.db.atomic():
            self.get(staff_id)
            self.db.execute("UPDATE staff SET active = ? WHERE id = ?", [int(bool(active)), staff_id])
        return self.get(staff_id)

    def set_pin(self, actor: Actor, staff_id: int, pin: str) -> None:
        """An administrator sets anyone's PIN; a guide only their own. A PIN another member or
        the center already has is refused (one scrypt call per PIN stored)."""
        if isinstance(actor, Staff) and actor.id == staff_id:
            authorize(self.db, actor, "edit")  # their own: any member still active
        else:
            authorize(self.db, actor, "manage_staff")
        pin_hash = self._hash(pin)
        self.get(staff_id)
        self._refuse_pin_in_use(pin, staff_id)
        with self.db.atomic():
            self.get(staff_id)
            self.db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", [pin_hash, staff_id])
            self._forget_clash(staff_id)

    def set_email(self, actor: Actor, staff_id: int, email: str | None) -> Staff:
        """The address a calendar export invites them at (None or blank: none). Administrators only."""
        authorize(self.db, actor, "manage_staff")
        if email is not None and not isinstance(email, str):
            raise ValidationError("email", _("Enter an e-mail address, e.g. {example}.").format(example="guide@example.org"))
        email = (email or "").strip() or None
        if email is not None and (len(email) > MAX_EMAIL or not _EMAIL.fullmatch(email)):
            raise ValidationError("email", _("Not an e-mail address: {value}. Write e.g. {example}.").format(
                value=email[:60], example="guide@example.org"))
        with self.db.atomic():
            self.get(staff_id)
            self.db.execute("UPDATE staff SET email = ? WHERE id = ?", [email, staff_id])
        return self.get(staff_id)

    def sign_in(self, staff_id: int, pin: str) -> Staff:
        """The member of staff, when the PIN is theirs and they are active. Wrong tries are
        counted by :class:`kiosk.core.pin.PinGuard` in the screen that asks."""
        row = self.db.execute("SELECT pin_hash, active FROM staff WHERE id = ?", [staff_id]).fetchone()
        if row is None or not row[1] or not row[0] or not pins.verify_pin(pin, row[0]):
            raise PermissionDenied(_("Wrong PIN."))
        return self.get(staff_id)

    # ------------------------------------------------------------ one PIN, one person

    def pin_holders(self, include_inactive: bool = False) -> tuple[tuple[Staff, str], ...]:
        """Every member with an own PIN (active ones only, unless ``include_inactive``), with
        its hash: the ``holders`` of :func:`kiosk.core.pin.who_has_pin`. One quick read: call it
        on the database's thread and hand the result to the worker."""
        where = "" if include_inactive else " AND active"
        return tuple((_staff(row), row[7]) for row in self.db.execute(
            f"SELECT {_COLUMNS}, pin_hash FROM staff WHERE pin_hash IS NOT NULL AND pin_hash != ''{where}"
            " ORDER BY id"))

    def who_has_pin(self, pin: str) -> str | Staff | None:
        """"admin" for the center's staff PIN, the active member whose own PIN it is, or None;
        raises :class:`kiosk.core.pin.SharedPin` (and keeps the clash) when more than one person
        has it. Slow and on this thread: a screen runs :func:`kiosk.core.pin.who_has_pin` on a
        worker instead, then calls :meth:`note_shared_pin` on a SharedPin."""
        try:
            return pins.who_has_pin(pin, self.center_pin_hash(), self.pin_holders())
        except pins.SharedPin as exc:
            self.note_shared_pin(exc)
            raise

    def note_shared_pin(self, shared: pins.SharedPin) -> None:
        """Keep a clash that came to light when its PIN was typed, for :meth:`pin_clashes`."""
        ids = sorted({m.id for m in shared.members})
        if len(ids) + int(shared.center) < 2:
            return
        marks = ", ".join("?" * len(ids))
        with self.db.atomic():
            known = self.db.execute(f"SELECT DISTINCT clash, with_center FROM pin_clashes WHERE staff_id IN ({marks})",
                                    ids).fetchall()
            key = min([ids[0]] + [k for k, _c in known])
            center = shared.center or any(c for _k, c in known)
            if known:
                self.db.execute(f"UPDATE pin_clashes SET clash = ? WHERE clash IN ({', '.join('?' * len(known))})",
                                [key] + [k for k, _c in known])
            for staff_id in ids:
                self.db.execute("INSERT INTO pin_clashes (staff_id, clash, found_utc) VALUES (?, ?, ?)"
                                " ON CONFLICT (staff_id) DO UPDATE SET clash = excluded.clash",
                                [staff_id, key, utc_now()])
            self.db.execute("UPDATE pin_clashes SET with_center = ? WHERE clash = ?", [int(center), key])

    def pin_clashes(self) -> list[PinClash]:
        """The PINs known to be shared, first found first: which members share each one, and
        whether it is also the center's staff PIN. For the administrators: each of these PINs
        signs nobody in until one of its people gets a new one."""
        groups: dict[int, list] = {}
        for row in self.db.execute(
                "SELECT p.clash, p.with_center, p.found_utc, s.id, s.name, s.role, s.languages, s.active,"
                " s.pin_hash IS NOT NULL AND s.pin_hash != '', s.email FROM pin_clashes p JOIN staff s ON s.id = p.staff_id"
                " ORDER BY p.clash, s.name, s.id"):
            group = groups.setdefault(row[0], [[], bool(row[1]), row[2]])
            group[0].append(_staff(row[3:]))
            group[2] = min(group[2], row[2])
        clashes = [PinClash(tuple(m), center, found) for m, center, found in groups.values()]
        return sorted(clashes, key=lambda c: (c.found_utc, c.members[0].id))

    def hash_center_pin(self, pin: str) -> str:
        """The hash to save as the center's new staff PIN (the ``staff_pin_hash`` setting).
        ValidationError when it is not 4 to 8 digits or a member already has it as their own."""
        self._hash(pin)
        self._refuse_pin_in_use(pin, None, center=False)
        self.center_pin_changed()
        return pins.hash_pin(pin)

    def center_pin_changed(self) -> None:
        """The center has a new staff PIN (checked against every member's): no member shares the
        center's any more."""
        with self.db.atomic():
            self.db.execute("UPDATE pin_clashes SET with_center = 0")
            self._drop_lone_clashes()

    # ------------------------------------------------------------ assignments

    def assign(self, actor: Actor, visit_id: int, staff_id: int, role: str = "guide",
               language: str | None = None) -> Assignment:
        """Give a visit its guide or interpreter. Assigning the same person twice in the same role
        changes nothing. Clashes are warnings (:meth:`Schedule.conflicts`), not refusals."""
        authorize(self.db, actor, "assign")
        if role not in ASSIGNMENT_ROLES:
            raise ValidationError("role", _("A staff member guides or interprets a visit."))
        if language is not None and str(language).strip():
            language = clean_language(language, "language")
        else:
            language = None
        with self.db.atomic():
            status = self.db.execute("SELECT status FROM visits WHERE id = ?", [visit_id]).fetchone()
            if status is None:
                raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
            if status[0] in ("cancelled", "no_show"):
                raise ValidationError("visit", _("Nobody can be assigned to a visit that did not take place."))
            if not self.get(staff_id).active:
                raise ValidationError("staff", _("This staff account is no longer active."))
            self.db.execute(
                "INSERT INTO assignments (visit_id, staff_id, role, language, created_utc) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (visit_id, staff_id, role) DO UPDATE SET language = excluded.language",
                [visit_id, staff_id, role, language, utc_now()])
        return next(a for a in self.assignments(visit_id) if a.staff_id == staff_id and a.role == role)

    def unassign(self, actor: Actor, assignment_id: int) -> None:
        authorize(self.db, actor, "assign")
        with self.db.atomic():
            self.db.execute("DELETE FROM assignments WHERE id = ?", [assignment_id])

    def assignments(self, visit_id: int) -> list[Assignment]:
        return [Assignment(*r) for r in self.db.execute(
            "SELECT a.id, a.visit_id, a.staff_id, s.name, a.role, a.language FROM assignments a"
            " JOIN staff s ON s.id = a.staff_id WHERE a.visit_id = ? ORDER BY a.role, s.name", [visit_id])]

    def suggest_staff(self, visit_id: int) -> list[Suggestion]:
        """Active staff free during the visit who speak one of its languages (anyone free when it
        names none), best first: most of its languages spoken, then fewest visits that day."""
        row = self.db.execute("SELECT scheduled_start, scheduled_start_utc, scheduled_end_utc, languages"
                              " FROM visits WHERE id = ?", [visit_id]).fetchone()
        if row is None:
            raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
        start = times.parse_stored(row[0])
        wanted = json.loads(row[3] or "[]")
        busy = {s for (s,) in self.db.execute(
            "SELECT DISTINCT a.staff_id FROM assignments a JOIN visits v ON v.id = a.visit_id"
            " WHERE v.status != 'cancelled' AND v.id != ? AND v.scheduled_start_utc > ?"
            " AND v.scheduled_start_utc < ? AND v.scheduled_end_utc > ?",
            [visit_id, times.utc_key(start - times.MAX_DURATION, start.tzinfo), row[2], row[1]])}
        taken = {s for (s,) in self.db.execute("SELECT staff_id FROM assignments WHERE visit_id = ?", [visit_id])}
        day_start, day_end = times.day_bounds(start.date(), start.tzinfo)
        load = dict(self.db.execute(
            "SELECT a.staff_id, count(DISTINCT v.id) FROM assignments a JOIN visits v ON v.id = a.visit_id"
            " WHERE v.status != 'cancelled' AND v.scheduled_start_utc >= ? AND v.scheduled_start_utc < ?"
            " GROUP BY a.staff_id", [times.utc_key(day_start, start.tzinfo), times.utc_key(day_end, start.tzinfo)]))
        found = []
        for member in self.list_staff():
            if member.id in busy or member.id in taken:
                continue
            matching = tuple(w for w in wanted if any(language_matches(s, w) for s in member.languages))
            if wanted and not matching:
                continue
            found.append(Suggestion(member, matching, load.get(member.id, 0)))
        return sorted(found, key=lambda s: (-len(s.matching_languages), s.visits_that_day, s.staff.name, s.staff.id))

    # ------------------------------------------------------------ internals

    @staticmethod
    def _clean(name, role, languages) -> tuple[str, str, list[str]]:
        if not isinstance(name, str) or not name.strip():
            raise ValidationError("name", _("Enter the staff member's name."))
        name = re.sub(r"\s+", " ", name).strip()
        if len(name) > MAX_NAME:
            raise ValidationError("name", _("At most {n} characters.").format(n=MAX_NAME))
        if role not in STAFF_ROLES:
            raise ValidationError("role", _("A staff member is a guide or an administrator."))
        return name, role, clean_languages(languages)

    def _refuse_pin_in_use(self, pin: str, staff_id: int | None, center: bool = True) -> None:
        """ValidationError when another member (active or not), or the center unless
        ``center`` is False, has this PIN; whose is not said."""
        others = [(m, h) for m, h in self.pin_holders(include_inactive=True) if m.id != staff_id]
        try:
            who = pins.who_has_pin(pin, self.center_pin_hash() if center else "", others)
        except pins.SharedPin as exc:
            self.note_shared_pin(exc)  # two others share it: now it is known
            who = exc
        if who is not None:
            raise ValidationError("pin", _("This PIN is already in use. Choose another one."))

    def _forget_clash(self, staff_id: int) -> None:
        """A member with a new PIN no longer shares the old one."""
        self.db.execute("DELETE FROM pin_clashes WHERE staff_id = ?", [staff_id])
        self._drop_lone_clashes()

    def _drop_lone_clashes(self) -> None:
        self.db.execute("DELETE FROM pin_clashes WHERE clash IN (SELECT clash FROM pin_clashes GROUP BY clash"
                        " HAVING count(*) + max(with_center) < 2)")

    @staticmethod
    def _hash(pin: str) -> str:
        if not isinstance(pin, str) or not pins.valid_pin(pin):
            raise ValidationError("pin", _("A PIN has 4 to 8 digits."))
        return pins.hash_pin(pin)
