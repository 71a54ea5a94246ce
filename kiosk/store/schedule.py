"""Reading the visit calendar: a week or a month, a paged list that never loads every row,
clashes of staff and rooms, and the delegation in the building now. No Qt.

Two time ranges overlap when each starts before the other ends; cancelled visits hold neither
staff nor rooms. A visit lasts at most :data:`times.MAX_DURATION`, so every overlap search reads
only a narrow slice of the start-time index.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Iterable
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk.store import times
from kiosk.store.model import STATUSES, Conflict, Page, PageKey, Visit, VisitRow
from kiosk.store.visits import VisitRepository

_ROW = ("SELECT v.id, v.status, v.scheduled_start, v.scheduled_end, v.lead_organization_id, o.name,"
        " coalesce(v.actual_headcount, v.expected_headcount), v.room, v.scheduled_start_utc"
        " FROM visits v JOIN organizations o ON o.id = v.lead_organization_id")
_OVERLAP = "v.scheduled_start_utc > ? AND v.scheduled_start_utc < ? AND v.scheduled_end_utc > ?"


def _row(r, _parse=datetime.fromisoformat) -> VisitRow:
    return VisitRow(r[0], r[1], _parse(r[2]), _parse(r[3]), r[4], r[5], r[6], r[7])


def _rows(cursor) -> list[VisitRow]:
    """Every row of ``cursor`` as a VisitRow. A month holds thousands of visits but a few hundred
    distinct start and end times (visits start on the hour), so each time is parsed once."""
    parsed: dict[str, datetime] = {}

    def when(text: str, _parse=datetime.fromisoformat) -> datetime:
        value = parsed.get(text)
        if value is None:
            value = parsed[text] = _parse(text)
        return value

    make = VisitRow._make
    return [make((r[0], r[1], when(r[2]), when(r[3]), r[4], r[5], r[6], r[7])) for r in cursor]


class Schedule:
    def __init__(self, db: sqlite_utils.Database, tz: ZoneInfo | str | None = None,
                 clock: Callable[[], datetime] = times.now_utc):
        self.db = db
        self.tz = tz if isinstance(tz, ZoneInfo) else times.zone(tz)
        self.clock = clock

    # ------------------------------------------------------------ calendar and list

    def in_range(self, start: datetime, end: datetime, statuses: Iterable[str] | None = None) -> list[VisitRow]:
        """Visits overlapping [start, end), in start order, with their lead organization's name:
        a week or a month of the calendar."""
        params = self._overlap_params(start, end)
        where = [_OVERLAP]
        if statuses is not None:
            statuses = [s for s in statuses if s in STATUSES]
            where.append(f"v.status IN ({', '.join('?' * len(statuses))})")
            params += statuses
        sql = f"{_ROW} WHERE {' AND '.join(where)} ORDER BY v.scheduled_start_utc, v.id"
        return _rows(self.db.execute(sql, params))

    def page(self, after: PageKey | None = None, limit: int = 30, statuses: Iterable[str] | None = None,
             start: datetime | None = None, end: datetime | None = None, newest_first: bool = True) -> Page:
        """One screenful of the visit list, from where the previous page ended (keyset paging:
        as fast at the millionth row as at the first). Filters: statuses, and a range the
        scheduled start falls in."""
        where, params = self._filters(statuses, start, end)
        if after is not None:
            where.append("(v.scheduled_start_utc, v.id) " + ("<" if newest_first else ">") + " (?, ?)")
            params += [after.start_utc, after.id]
        order = "DESC" if newest_first else "ASC"
        sql = (f"{_ROW} WHERE {' AND '.join(where) or '1'}"
               f" ORDER BY v.scheduled_start_utc {order}, v.id {order} LIMIT ?")
        rows = self.db.execute(sql, params + [limit]).fetchall()
        next_key = PageKey(rows[-1][8], rows[-1][0]) if len(rows) == limit else None
        return Page(tuple(_row(r) for r in rows), next_key)

    def key_at(self, offset: int, statuses: Iterable[str] | None = None, start: datetime | None = None,
               end: datetime | None = None, newest_first: bool = True) -> PageKey | None:
        """The key to pass as ``after`` to show the list from row ``offset`` on (a jump of the
        scroll bar). Walks the index only, never the rows."""
        if offset <= 0:
            return None
        where, params = self._filters(statuses, start, end)
        order = "DESC" if newest_first else "ASC"
        row = self.db.execute(
            f"SELECT v.scheduled_start_utc, v.id FROM visits v WHERE {' AND '.join(where) or '1'}"
            f" ORDER BY v.scheduled_start_utc {order}, v.id {order} LIMIT 1 OFFSET ?", params + [offset - 1]).fetchone()
        return PageKey(row[0], row[1]) if row else None

    def rooms_in_use(self, limit: int = 6, recent: int = 500) -> list[str]:
        """The rooms the latest visits use, most used first: the choices a form offers. Reads the
        ``recent`` latest visits through the start index, never the whole log."""
        return [r for (r,) in self.db.execute(
            "SELECT room FROM (SELECT room FROM visits WHERE room IS NOT NULL AND room != ''"
            " ORDER BY scheduled_start_utc DESC LIMIT ?)"
            " GROUP BY room ORDER BY count(*) DESC, room LIMIT ?",
            [recent, limit])]

    def count(self, statuses: Iterable[str] | None = None, start: datetime | None = None,
              end: datetime | None = None) -> int:
        where, params = self._filters(statuses, start, end)
        return self.db.execute(f"SELECT count(*) FROM visits v WHERE {' AND '.join(where) or '1'}", params).fetchone()[0]

    # ------------------------------------------------------------ clashes

    def conflicts(self, visit_id: int) -> list[Conflict]:
        """Warnings for a saved visit: its staff or its room also taken by another visit then."""
        row = self.db.execute("SELECT scheduled_start, scheduled_end, room, status FROM visits WHERE id = ?",
                              [visit_id]).fetchone()
        if row is None or row[3] == "cancelled":
            return []
        staff = [s for (s,) in self.db.execute("SELECT DISTINCT staff_id FROM assignments WHERE visit_id = ?", [visit_id])]
        return self.conflicts_at(times.parse_stored(row[0]), times.parse_stored(row[1]), row[2], staff, visit_id)

    def conflicts_at(self, start: datetime, end: datetime, room: str | None = None,
                     staff_ids: Iterable[int] = (), visit_id: int | None = None) -> list[Conflict]:
        """The same warnings for a form not saved yet (``visit_id`` is the visit being edited)."""
        found: list[Conflict] = []
        overlap = self._overlap_params(start, end)
        own = visit_id if visit_id is not None else -1
        if room and room.strip():
            for r in self.db.execute(
                    f"{_ROW} WHERE {_OVERLAP} AND v.room = ? COLLATE NOCASE AND v.status != 'cancelled'"
                    " AND v.id != ? ORDER BY v.scheduled_start_utc", overlap + [room.strip(), own]):
                other = _row(r)
                found.append(Conflict("room", own, other.id, other.start, other.end, other.organization_name,
                                      room=other.room))
        staff_ids = list(staff_ids)
        if staff_ids:
            marks = ", ".join("?" * len(staff_ids))
            for r in self.db.execute(
                    f"SELECT DISTINCT v.id, v.status, v.scheduled_start, v.scheduled_end, v.lead_organization_id,"
                    f" o.name, v.expected_headcount, v.room, v.scheduled_start_utc, s.id, s.name"
                    f" FROM assignments a JOIN visits v ON v.id = a.visit_id JOIN staff s ON s.id = a.staff_id"
                    f" JOIN organizations o ON o.id = v.lead_organization_id"
                    f" WHERE a.staff_id IN ({marks}) AND {_OVERLAP} AND v.status != 'cancelled' AND v.id != ?"
                    f" ORDER BY s.name, v.scheduled_start_utc", staff_ids + overlap + [own]):
                other = _row(r)
                found.append(Conflict("staff", own, other.id, other.start, other.end, other.organization_name,
                                      staff_id=r[9], staff_name=r[10]))
        return found

    # ------------------------------------------------------------ now

    def current_checked_in_visit(self, now: datetime | None = None) -> Visit | None:
        """The delegation in the building: checked in, not yet completed, arrived within the last
        day (the latest when two are in at once)."""
        visit_id = self.current_checked_in_visit_id(now)
        return VisitRepository(self.db, self.tz).get(visit_id) if visit_id is not None else None

    def current_checked_in_visit_id(self, now: datetime | None = None) -> int | None:
        now = times.aware(now, self.tz) if now is not None else self.clock()
        row = self.db.execute(
            "SELECT id FROM visits WHERE status = 'checked_in' AND actual_start_utc <= ? AND actual_start_utc > ?"
            " ORDER BY actual_start_utc DESC, id DESC LIMIT 1",
            [times.utc_key(now, self.tz), times.utc_key(now - times.MAX_DURATION, self.tz)]).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ internals

    def _overlap_params(self, start: datetime, end: datetime) -> list:
        start, end = times.aware(start, self.tz), times.aware(end, self.tz)
        return [times.utc_key(start - times.MAX_DURATION, self.tz), times.utc_key(end, self.tz),
                times.utc_key(start, self.tz)]

    def _filters(self, statuses, start, end) -> tuple[list[str], list]:
        where, params = [], []
        if statuses is not None:
            statuses = [s for s in statuses if s in STATUSES]
            where.append(f"v.status IN ({', '.join('?' * len(statuses))})" if statuses else "0")
            params += statuses
        if start is not None:
            where.append("v.scheduled_start_utc >= ?")
            params.append(times.utc_key(start, self.tz))
        if end is not None:
            where.append("v.scheduled_start_utc < ?")
            params.append(times.utc_key(end, self.tz))
        return where, params
