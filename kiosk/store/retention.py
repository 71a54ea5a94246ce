"""How long the personal data of visit rosters is kept, and erasing it when its time is over
(PIPA, Article 21). No Qt.

A person's name, title and contact are kept for ``roster_retention_days`` after the visit: the
visit's center-local day of its scheduled end, and the whole of that day. Once the period is
over they are erased (set to NULL, with ``purged_utc`` stamped): the row stays, so the roster
still shows how many people were named, and the published figures, which count headcounts,
never change. A person who agreed to invitations to the center's future programmes keeps their
name and contact until that consent lapses (``contact_consent_days`` from when it was given, and
never after the date recorded with it); a consent that lapses while the visit is still within its
period takes only the contact.

Each purge is one transaction, with one entry in the audit trail saying how many people and up
to which day, never who.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.store import audit, times
from kiosk.store.permissions import Actor, authorize

#: The kiosk itself, purging at start-up and once a day (the audit trail names it so).
SYSTEM = audit.SYSTEM
ALL, CONTACT = "all", "contact"


@dataclass(frozen=True)
class PurgeItem:
    """One person whose data is due: ``scope`` is ALL (name, title and contact) or CONTACT (only
    the contact, the invitation consent having lapsed). Holds no personal data."""

    visitor_id: int
    visit_id: int
    visit_date: date
    scope: str


@dataclass(frozen=True)
class PurgeResult:
    visitors: int  # people whose name, title and contact were erased
    contacts: int  # people whose contact alone was erased
    before: date  # the first day whose visits keep their rosters
    items: tuple[PurgeItem, ...] = ()
    audit_id: int | None = None

    @property
    def last_day(self) -> date:
        """The last visit day whose rosters are erased."""
        return self.before - timedelta(days=1)


def bounds(now: datetime, retention_days: int, contact_days: int, tz: ZoneInfo) -> tuple[date, dict]:
    """The first day kept, and the UTC keys the query compares with."""
    today = now.astimezone(tz).date()
    before = today - timedelta(days=retention_days)
    return before, {
        "visits_before": times.utc_key(datetime.combine(before, time(0), tz), tz),
        "contact_given_after": times.utc_key(now - timedelta(days=contact_days), tz),
        "now": times.utc_key(now, tz),
    }


# A visit lasts at most a day (times.MAX_DURATION): its start bounds the index range, its end decides.
_DUE = """
SELECT r.id, r.visit_id, substr(v.scheduled_end, 1, 10),
  CASE WHEN v.scheduled_start_utc < :visits_before AND v.scheduled_end_utc < :visits_before
         AND NOT (r.consent_contact = 1 AND r.contact IS NOT NULL AND {invited}) THEN 'all'
       WHEN r.consent_contact = 1 AND r.contact IS NOT NULL AND NOT {invited} THEN 'contact' END AS scope
FROM visitors r INDEXED BY visitors_unpurged
JOIN visits v ON v.id = r.visit_id
LEFT JOIN consents c ON c.id = r.consent_id
WHERE r.purged_utc IS NULL AND scope IS NOT NULL
ORDER BY v.scheduled_end_utc, r.id
""".format(invited="(coalesce(c.given_utc, r.created_utc) > :contact_given_after"
                   " AND (c.contact_until_utc IS NULL OR c.contact_until_utc > :now))")


def due(db: sqlite_utils.Database, now: datetime, retention_days: int, contact_days: int,
        tz: ZoneInfo | str | None = None) -> list[PurgeItem]:
    """The people whose personal data is past its period at ``now``, oldest visit first."""
    zone = tz if isinstance(tz, ZoneInfo) else times.zone(tz)
    _before, keys = bounds(times.aware(now, zone), retention_days, contact_days, zone)
    return [PurgeItem(r[0], r[1], date.fromisoformat(r[2]), r[3]) for r in db.execute(_DUE, keys)]


def purge(db: sqlite_utils.Database, actor: Actor, now: datetime, retention_days: int, contact_days: int,
          tz: ZoneInfo | str | None = None, dry_run: bool = False) -> PurgeResult:
    """Erase what :func:`due` finds, in one transaction, and record it in the audit trail when
    anything went. ``dry_run`` changes nothing and records nothing. The kiosk purges as SYSTEM;
    a person, only as an administrator."""
    if actor != SYSTEM:
        authorize(db, actor, "delete")
    zone = tz if isinstance(tz, ZoneInfo) else times.zone(tz)
    now = times.aware(now, zone)
    before, _keys = bounds(now, retention_days, contact_days, zone)
    with db.atomic():
        items = due(db, now, retention_days, contact_days, zone)
        everything = [i.visitor_id for i in items if i.scope == ALL]
        contacts = [i.visitor_id for i in items if i.scope == CONTACT]
        result = PurgeResult(len(everything), len(contacts), before, tuple(items))
        if dry_run or not items:
            return result
        stamp = times.utc_key(now, zone)
        db.conn.executemany(
            "UPDATE visitors SET name = NULL, title = NULL, contact = NULL, consent_contact = 0, purged_utc = ?"
            " WHERE id = ?", [(stamp, i) for i in everything])
        db.conn.executemany("UPDATE visitors SET contact = NULL, consent_contact = 0 WHERE id = ?",
                            [(i,) for i in contacts])
        entry = audit.record(db, actor, "purge", visitors=len(everything), contacts_erased=len(contacts),
                             before=before.isoformat())
    return PurgeResult(len(everything), len(contacts), before, tuple(items), entry)


def purge_due(db: sqlite_utils.Database, settings, actor: Actor = SYSTEM, now: datetime | None = None,
              dry_run: bool = False) -> PurgeResult:
    """:func:`purge` with the kiosk's settings (periods and the center's time zone)."""
    return purge(db, actor, now or times.now_utc(), settings.get("roster_retention_days"),
                 settings.get("contact_consent_days"), settings.get("center_timezone"), dry_run=dry_run)
