"""Opening the database: WAL, foreign keys, a copy of the file before any migration."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from kiosk.core.errors import StorageError, sqlite_reason
from kiosk.i18n import _
from kiosk.store.migrations import migrations

log = logging.getLogger(__name__)


def open_database(path: Path, backup: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Every commit is synced to disk (``synchronous = FULL``), so what was reported saved
    survives a power cut as well as a killed process.

    When migrations are pending on an existing file, the file is first copied to
    ``<name>.before-<migration>.sqlite`` beside it, so a failed upgrade loses nothing.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        # FULL: a visit reported saved is on disk even after a power cut, not only after a crash.
        db.execute("PRAGMA synchronous = FULL")
        pending = migrations.pending(db)
        if pending and existed and backup:
            target = path.with_name(f"{path.stem}.before-{pending[0].name}{path.suffix}")
            _backup(db, target)
        if pending:
            log.info("applying %d migration(s): %s", len(pending), ", ".join(m.name for m in pending))
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        log.exception("cannot open database %s", path)
        raise StorageError(_("The kiosk database cannot be opened: {reason}").format(reason=sqlite_reason(exc))) from exc
    return db


def _backup(db: sqlite_utils.Database, target: Path) -> None:
    """A consistent copy using SQLite's online backup (safe with WAL)."""
    tmp = target.with_suffix(target.suffix + ".tmp")
    dest = sqlite3.connect(tmp)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    shutil.move(tmp, target)
    log.info("database copied to %s before migrating", target)


def quick_check(db: sqlite_utils.Database) -> str:
    return db.execute("PRAGMA quick_check").fetchone()[0]
