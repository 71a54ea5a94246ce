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


#: The lists m002 wrote into its CHECK constraints. A migration creates what it always created:
#: when a list of kiosk/store/model.py grows, m002 keeps the list below and a new migration
#: rebuilds the table with the longer one.
M002_CHECKS = {
    ("organizations", "type"): ("city", "ministry", "agency", "company", "university", "international_body",
                                "intermediary", "other"),
    ("staff", "role"): ("guide", "admin"),
    ("visits", "status"): ("requested", "confirmed", "checked_in", "completed", "cancelled", "no_show"),
    ("assignments", "role"): ("guide", "interpreter"),
}


def test_the_visit_tables_check_the_lists_m002_always_wrote(tmp_path):
    import re

    db = sqlite_utils.Database(tmp_path / "k.sqlite")
    migrations.apply(db, stop_before="m003_visit_statistics")
    for (table, column), values in M002_CHECKS.items():
        sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
        found = re.search(rf"CHECK \({column} IN \(([^)]*)\)\)", sql)
        assert found, f"{table}.{column} has no CHECK list"
        assert tuple(v.strip().strip("'") for v in found.group(1).split(",")) == values, f"{table}.{column}"


def test_the_database_stores_every_status_type_and_role_the_model_names_and_refuses_others(tmp_path):
    import itertools

    import pytest

    from kiosk.store.model import ASSIGNMENT_ROLES, ORGANIZATION_TYPES, STAFF_ROLES, STATUSES

    db = open_database(tmp_path / "k.sqlite")
    now = "2026-12-01T00:00:00Z"
    uids = itertools.count()

    def organization(type_: str) -> int:
        return db.execute("INSERT INTO organizations (name, name_key, type, country, created_utc)"
                          " VALUES (?, ?, ?, 'KR', ?)", [type_, type_, type_, now]).lastrowid

    def staff(role: str) -> int:
        return db.execute("INSERT INTO staff (name, role, created_utc) VALUES (?, ?, ?)",
                          [role, role, now]).lastrowid

    def visit(status: str, lead: int) -> int:
        return db.execute(
            "INSERT INTO visits (status, scheduled_start, scheduled_end, scheduled_start_utc, scheduled_end_utc,"
            " lead_organization_id, expected_headcount, ical_uid, created_utc, updated_utc)"
            " VALUES (?, '2026-12-03T10:00:00+09:00', '2026-12-03T11:00:00+09:00', '2026-12-03T01:00:00Z',"
            " '2026-12-03T02:00:00Z', ?, 5, ?, ?, ?)", [status, lead, f"uid-{next(uids)}", now, now]).lastrowid

    def assign(visit_id: int, staff_id: int, role: str) -> None:
        db.execute("INSERT INTO assignments (visit_id, staff_id, role, created_utc) VALUES (?, ?, ?, ?)",
                   [visit_id, staff_id, role, now])

    lead = [organization(t) for t in ORGANIZATION_TYPES][0]
    guide = [staff(r) for r in STAFF_ROLES][0]
    visits = [visit(s, lead) for s in STATUSES]
    for role in ASSIGNMENT_ROLES:
        assign(visits[0], guide, role)
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == len(STATUSES)
    assert db.execute("SELECT count(*) FROM assignments").fetchone()[0] == len(ASSIGNMENT_ROLES)
    for refused in (lambda: organization("embassy"), lambda: staff("driver"), lambda: visit("postponed", lead),
                    lambda: assign(visits[1], guide, "driver")):
        with pytest.raises(sqlite3.IntegrityError):
            refused()
    db.close()
