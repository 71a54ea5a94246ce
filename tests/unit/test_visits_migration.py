"""The visit tables arrive by migration: on a new file, and on a kiosk's existing database."""

import sqlite3

import sqlite_utils

from kiosk.store.db import open_database, quick_check
from kiosk.store.migrations import migrations
from kiosk.store.sessions import SessionRepository

VISIT_TABLES = {"organizations", "visits", "visit_countries", "visitors", "staff", "assignments",
                "demos_shown", "feedback", "visit_stats_year", "visit_stats_country_year",
                "visit_stats_organization"}


def test_an_empty_file_gets_every_table_with_foreign_keys_declared(tmp_path):
    db = open_database(tmp_path / "k.sqlite")
    assert VISIT_TABLES <= set(db.table_names())
    assert [m.name for m in migrations.applied(db)] == [m.name for m in migrations._migrations]
    links = {(fk.table, fk.column, fk.other_table) for name in VISIT_TABLES for fk in db[name].foreign_keys}
    assert {("visits", "lead_organization_id", "organizations"), ("visits", "arranged_by_id", "organizations"),
            ("visit_countries", "visit_id", "visits"), ("assignments", "staff_id", "staff"),
            ("demos_shown", "visit_id", "visits"), ("feedback", "visit_id", "visits"),
            ("visitors", "visit_id", "visits")} <= links
    indexed = {tuple(i.columns) for i in db["visits"].indexes}
    assert ("scheduled_start_utc",) in indexed
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert not list(tmp_path.glob("*.before-*"))


def test_a_kiosk_database_with_only_sessions_is_copied_then_migrated_keeping_its_sessions(tmp_path):
    path = tmp_path / "kiosk.sqlite"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m002_delegation_visits")
    assert [m.name for m in migrations.applied(old)] == ["m001_visitor_sessions"]
    session_id = SessionRepository(old).start("es")
    old.close()

    db = open_database(path)
    assert VISIT_TABLES <= set(db.table_names())
    assert SessionRepository(db).get(session_id).language == "es"
    assert quick_check(db) == "ok"
    [copy] = tmp_path.glob("kiosk.before-m002_delegation_visits.sqlite")
    saved = sqlite3.connect(copy)
    assert saved.execute("SELECT language FROM visitor_sessions").fetchall() == [("es",)]
    assert "visits" not in {r[0] for r in saved.execute("SELECT name FROM sqlite_master")}
    saved.close()
    db.close()


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    import pytest

    from kiosk.core.errors import StorageError
    from kiosk.store import migrations as module

    path = tmp_path / "kiosk.sqlite"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m002_delegation_visits")
    old.close()
    monkeypatch.setattr(module, "_VISITS_SCHEMA", module._VISITS_SCHEMA + "\nCREATE TABLE visits (x);\n")
    with pytest.raises(StorageError):
        open_database(path)
    db = sqlite_utils.Database(path)
    assert "organizations" not in db.table_names()
    assert [m.name for m in migrations.applied(db)] == ["m001_visitor_sessions"]
