"""Visitor sessions at the screen: one row from "touch to start" to the idle reset."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from kiosk.core import utc
from kiosk.store.times import utc_now


@dataclass(frozen=True)
class VisitorSession:
    id: int
    started_utc: str
    ended_utc: str | None
    language: str
    languages_used: list[str]
    end_reason: str | None


class SessionRepository:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.table = db["visitor_sessions"]

    def start(self, language: str) -> int:
        with self.db.atomic():
            self.table.insert({"started_utc": utc_now(), "language": language, "languages_used": language})
            return self.table.last_pk

    def note_language(self, session_id: int, language: str) -> None:
        row = self.table.get(session_id)
        used = [c for c in (row["languages_used"] or "").split(",") if c]
        if language not in used:
            used.append(language)
            with self.db.atomic():
                self.table.update(session_id, {"languages_used": ",".join(used)})

    def end(self, session_id: int, reason: str) -> None:
        with self.db.atomic():
            self.table.update(session_id, {"ended_utc": utc_now(), "end_reason": reason})

    def get(self, session_id: int) -> VisitorSession:
        row = self.table.get(session_id)
        return VisitorSession(
            id=row["id"],
            started_utc=utc.normalised(row["started_utc"]),
            ended_utc=utc.normalised(row["ended_utc"]),
            language=row["language"],
            languages_used=[c for c in (row["languages_used"] or "").split(",") if c],
            end_reason=row["end_reason"],
        )

    def count(self) -> int:
        return self.table.count
