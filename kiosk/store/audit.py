"""The audit trail of the visit log: who exported, reported, purged or deleted what, and when.
No Qt.

An entry says what was done (format, period, row count, the visit's number), never the personal
data itself: :func:`record` refuses a detail whose key names one (a name, title or contact).
Recording is part of the action's own transaction where there is one, so an action that fails
leaves no entry and an entry never goes missing for an action that was done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Mapping

import sqlite_utils

from kiosk.i18n import N_
from kiosk.store import times
from kiosk.store.model import Staff, STAFF_ROLES
from kiosk.store.permissions import Actor

ACTION_LABELS = {
    "export": N_("Export"),
    "report": N_("Report"),
    "purge": N_("Personal data erased"),
    "delete": N_("Visit deleted"),
}
ACTIONS = tuple(ACTION_LABELS)
#: The kiosk itself, acting on a schedule (the daily purge of personal data past its period).
SYSTEM = "kiosk"
#: keys a detail may never have: the audit trail holds no personal data
_PERSONAL = frozenset({"name", "names", "title", "contact", "contacts", "email", "phone"})


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at_utc: str
    staff_id: int | None
    staff_name: str | None
    role: str
    action: str
    details: Mapping[str, Any]


def _who(actor: Actor) -> tuple[int | None, str]:
    if isinstance(actor, Staff):
        return actor.id, actor.role
    if actor == SYSTEM:
        return None, SYSTEM
    return None, actor if actor in STAFF_ROLES else "unknown"


def record(db: sqlite_utils.Database, actor: Actor, action: str, **details: Any) -> int:
    """Add an entry; returns its id. ``details`` are plain JSON values (format, period, rows)."""
    if action not in ACTION_LABELS:
        raise ValueError(f"unknown audit action {action!r}")
    personal = _PERSONAL & set(details)
    if personal:
        raise ValueError(f"the audit trail holds no personal data: {sorted(personal)}")
    staff_id, role = _who(actor)
    cursor = db.execute(
        "INSERT INTO audit_log (at_utc, staff_id, role, action, details) VALUES (?, ?, ?, ?, ?)",
        [times.utc_now(), staff_id, role, action, json.dumps(details, ensure_ascii=False, sort_keys=True)])
    return cursor.lastrowid


def entries(db: sqlite_utils.Database, limit: int = 100, before: int | None = None,
            action: str | None = None) -> list[AuditEntry]:
    """The latest entries first; ``before`` an entry's id to page back from."""
    where, params = [], []
    if before is not None:
        where.append("a.id < ?")
        params.append(before)
    if action is not None:
        where.append("a.action = ?")
        params.append(action)
    sql = ("SELECT a.id, a.at_utc, a.staff_id, s.name, a.role, a.action, a.details FROM audit_log a"
           " LEFT JOIN staff s ON s.id = a.staff_id"
           f" WHERE {' AND '.join(where) or '1'} ORDER BY a.id DESC LIMIT ?")
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}"))
            for r in db.execute(sql, params + [limit])]
