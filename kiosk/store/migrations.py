"""Schema migrations, applied at start-up. Add new steps at the end; never edit old ones."""

from sqlite_utils import Migrations

migrations = Migrations("kiosk")


@migrations()
def m001_visitor_sessions(db):
    # One row per visitor session at the screen: from "touch to start" until the idle reset
    # or the next start. Later work attaches sessions to the delegation visit checked in.
    db["visitor_sessions"].create(
        {
            "id": int,
            "started_utc": str,
            "ended_utc": str,
            "language": str,
            "languages_used": str,
            "end_reason": str,
        },
        pk="id",
        not_null={"started_utc", "language"},
    )
    db["visitor_sessions"].create_index(["started_utc"])
