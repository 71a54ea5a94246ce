"""The kiosk's own SQLite database, through sqlite-utils. No Qt here."""

from kiosk.store.db import open_database

__all__ = ["open_database"]
