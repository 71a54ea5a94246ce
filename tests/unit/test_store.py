import sqlite3

import pytest

from kiosk.core.errors import StorageError
from kiosk.store.db import open_database, quick_check
from kiosk.store.sessions import SessionRepository


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "k.sqlite")
    assert "visitor_sessions" in db.table_names()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert quick_check(db) == "ok"
    # a fresh file has nothing to protect, so no copy is taken
    assert not list(tmp_path.glob("*.before-*"))


def test_existing_file_is_copied_before_migrating(tmp_path):
    path = tmp_path / "k.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("create table notes (text)")
    conn.execute("insert into notes values ('kept')")
    conn.commit()
    conn.close()
    open_database(path)
    copies = list(tmp_path.glob("k.before-*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    assert copy.execute("select text from notes").fetchall() == [("kept",)]
    assert "visitor_sessions" not in [r[0] for r in copy.execute("select name from sqlite_master")]


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "k.sqlite"
    open_database(path)
    open_database(path)
    assert not list(tmp_path.glob("*.before-*"))


def test_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "k.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert "cannot be opened" in str(err.value)
    assert path.read_bytes().startswith(b"this is not sqlite")  # nothing overwritten


def test_sessions_record_languages_and_end(tmp_path):
    repo = SessionRepository(open_database(tmp_path / "k.sqlite"))
    sid = repo.start("ko")
    repo.note_language(sid, "ar")
    repo.note_language(sid, "ar")
    repo.end(sid, "idle")
    session = repo.get(sid)
    assert session.languages_used == ["ko", "ar"]
    assert session.end_reason == "idle" and session.ended_utc
