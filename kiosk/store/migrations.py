"""Schema migrations, applied at start-up. Add new steps at the end; never edit old ones."""

import textwrap

from sqlite_utils import Migrations

from kiosk.store.model import ASSIGNMENT_ROLES, ORGANIZATION_TYPES, STAFF_ROLES, STATUSES

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


# ---------------------------------------------------------------- delegation visits
# Times are ISO 8601 in the center's zone with their offset ("2026-12-03T10:00:00+09:00"), each
# with a UTC twin ("2026-12-03T01:00:00Z") that sorts as text, for the calendar and overlaps.
# Child rows (countries, roster, assignments, demos, feedback) are deleted before their visit:
# the keys have no ON DELETE CASCADE, so nothing disappears by accident and the statistics
# triggers below always see the visit their row belongs to.
#
# The lists of the CHECK constraints (statuses, organization types, roles) are the model's
# (kiosk/store/model.py), unchanged since this migration was written. When one of them grows,
# this migration must go on creating the list it always did: write that old list here as a
# literal and add a migration that rebuilds the table with the new one (SQLite cannot alter a
# CHECK constraint). tests/unit/test_visits_migration.py holds the lists m002 creates.


def _one_of(values: tuple[str, ...]) -> str:
    """``'a', 'b', 'c'``: the values of an SQL ``IN (...)`` list."""
    return ", ".join(f"'{v}'" for v in values)


def _wrapped(sql: str, width: int = 100) -> str:
    """Lines longer than ``width`` broken between words, continued 8 spaces in: the schema's
    text stays as it was first written (and as SQLite keeps it in ``sqlite_master``)."""
    return "\n".join(textwrap.fill(line, width, subsequent_indent=" " * 8, break_long_words=False,
                                   break_on_hyphens=False) if len(line) > width else line
                     for line in sql.split("\n"))


_VISITS_SCHEMA = _wrapped("""
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    name_ko TEXT,
    name_en TEXT,
    type TEXT NOT NULL DEFAULT 'other' CHECK (type IN ({organization_types})),
    country TEXT NOT NULL CHECK (length(country) = 2),
    created_utc TEXT NOT NULL
);
CREATE INDEX organizations_country ON organizations (country);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ({staff_roles})),
    languages TEXT NOT NULL DEFAULT '[]',
    pin_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_utc TEXT NOT NULL
);

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ({statuses})),
    scheduled_start TEXT NOT NULL,
    scheduled_end TEXT NOT NULL,
    scheduled_start_utc TEXT NOT NULL,
    scheduled_end_utc TEXT NOT NULL,
    actual_start TEXT,
    actual_end TEXT,
    actual_start_utc TEXT,
    actual_end_utc TEXT,
    lead_organization_id INTEGER NOT NULL REFERENCES organizations (id),
    arranged_by_id INTEGER REFERENCES organizations (id),
    expected_headcount INTEGER NOT NULL CHECK (expected_headcount > 0),
    actual_headcount INTEGER CHECK (actual_headcount >= 0),
    languages TEXT NOT NULL DEFAULT '[]',
    room TEXT,
    notes TEXT,
    ical_uid TEXT NOT NULL UNIQUE,
    ical_sequence INTEGER NOT NULL DEFAULT 0,
    client_token TEXT UNIQUE,
    created_by INTEGER REFERENCES staff (id),
    updated_by INTEGER REFERENCES staff (id),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    CHECK (scheduled_end_utc > scheduled_start_utc)
);
CREATE INDEX visits_start ON visits (scheduled_start_utc);
CREATE INDEX visits_status_start ON visits (status, scheduled_start_utc);
CREATE INDEX visits_lead_organization ON visits (lead_organization_id);
CREATE INDEX visits_arranged_by ON visits (arranged_by_id);
CREATE INDEX visits_checked_in ON visits (actual_start_utc) WHERE status = 'checked_in';

CREATE TABLE visit_countries (
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    country TEXT NOT NULL CHECK (length(country) = 2),
    expected INTEGER CHECK (expected >= 0),
    actual INTEGER CHECK (actual >= 0),
    PRIMARY KEY (visit_id, country)
) WITHOUT ROWID;

CREATE TABLE visitors (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    name TEXT NOT NULL,
    title TEXT,
    organization_id INTEGER REFERENCES organizations (id),
    country TEXT,
    contact TEXT,
    consent_photos INTEGER NOT NULL DEFAULT 0,
    consent_contact INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL
);
CREATE INDEX visitors_visit ON visitors (visit_id);
CREATE INDEX visitors_organization ON visitors (organization_id);

CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    role TEXT NOT NULL CHECK (role IN ({assignment_roles})),
    language TEXT,
    created_utc TEXT NOT NULL,
    UNIQUE (visit_id, staff_id, role)
);
CREATE INDEX assignments_staff ON assignments (staff_id, visit_id);

CREATE TABLE demos_shown (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER REFERENCES visits (id),
    demo_id TEXT NOT NULL,
    pack_id TEXT,
    started_utc TEXT NOT NULL,
    seconds REAL NOT NULL CHECK (seconds >= 0)
);
CREATE INDEX demos_shown_visit ON demos_shown (visit_id);
CREATE INDEX demos_shown_started ON demos_shown (started_utc);

CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    comment TEXT,
    created_utc TEXT NOT NULL
);
CREATE INDEX feedback_visit ON feedback (visit_id);
""".format(organization_types=_one_of(ORGANIZATION_TYPES), staff_roles=_one_of(STAFF_ROLES),
           statuses=_one_of(STATUSES), assignment_roles=_one_of(ASSIGNMENT_ROLES)))


def _run_script(db, script: str) -> None:
    """Each statement in turn, inside the migration's transaction (``executescript`` would
    commit it first)."""
    import sqlite3

    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement: " + statement[:80])


@migrations()
def m002_delegation_visits(db):
    _run_script(db, _VISITS_SCHEMA)


# The published figures, kept up to date by triggers in the same transaction as every write,
# so the About screen never scans the visits table. A visit counts once it is completed; its
# people are each country's actual headcount, or the expected one where none was taken
# (imported history). The year is the center's local year of the scheduled start.
_YEAR = "CAST(substr({v}.scheduled_start, 1, 4) AS INTEGER)"
_PEOPLE = "coalesce({c}.actual, {c}.expected, 0)"


def _visit_stats_sql() -> str:
    y_new, y_old = _YEAR.format(v="NEW"), _YEAR.format(v="OLD")
    y_v = _YEAR.format(v="v")
    p_new, p_old, p_c = _PEOPLE.format(c="NEW"), _PEOPLE.format(c="OLD"), _PEOPLE.format(c="c")
    return f"""
CREATE TABLE visit_stats_year (
    year INTEGER PRIMARY KEY,
    visits INTEGER NOT NULL DEFAULT 0,
    people INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE visit_stats_country_year (
    country TEXT NOT NULL,
    year INTEGER NOT NULL,
    visits INTEGER NOT NULL DEFAULT 0,
    people INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (country, year)
) WITHOUT ROWID;
CREATE TABLE visit_stats_organization (
    organization_id INTEGER PRIMARY KEY REFERENCES organizations (id),
    visits INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER visits_count_insert AFTER INSERT ON visits WHEN NEW.status = 'completed'
BEGIN
    INSERT INTO visit_stats_year (year, visits, people) VALUES ({y_new}, 1, 0)
        ON CONFLICT (year) DO UPDATE SET visits = visits + 1;
    INSERT INTO visit_stats_organization (organization_id, visits) VALUES (NEW.lead_organization_id, 1)
        ON CONFLICT (organization_id) DO UPDATE SET visits = visits + 1;
END;

CREATE TRIGGER visits_uncount_delete AFTER DELETE ON visits WHEN OLD.status = 'completed'
BEGIN
    UPDATE visit_stats_year SET visits = visits - 1 WHERE year = {y_old};
    UPDATE visit_stats_organization SET visits = visits - 1 WHERE organization_id = OLD.lead_organization_id;
END;

CREATE TRIGGER visits_uncount_update AFTER UPDATE OF status, scheduled_start, lead_organization_id ON visits
WHEN OLD.status = 'completed'
BEGIN
    UPDATE visit_stats_year SET visits = visits - 1,
        people = people - (SELECT coalesce(sum({p_c}), 0) FROM visit_countries c WHERE c.visit_id = OLD.id)
        WHERE year = {y_old};
    UPDATE visit_stats_organization SET visits = visits - 1 WHERE organization_id = OLD.lead_organization_id;
    UPDATE visit_stats_country_year SET visits = visits - 1,
        people = people - (SELECT {p_c} FROM visit_countries c
                           WHERE c.visit_id = OLD.id AND c.country = visit_stats_country_year.country)
        WHERE year = {y_old} AND country IN (SELECT country FROM visit_countries WHERE visit_id = OLD.id);
END;

CREATE TRIGGER visits_count_update AFTER UPDATE OF status, scheduled_start, lead_organization_id ON visits
WHEN NEW.status = 'completed'
BEGIN
    INSERT INTO visit_stats_year (year, visits, people)
        SELECT {y_new}, 1, (SELECT coalesce(sum({p_c}), 0) FROM visit_countries c WHERE c.visit_id = NEW.id)
        WHERE true
        ON CONFLICT (year) DO UPDATE SET visits = visits + 1, people = people + excluded.people;
    INSERT INTO visit_stats_organization (organization_id, visits) VALUES (NEW.lead_organization_id, 1)
        ON CONFLICT (organization_id) DO UPDATE SET visits = visits + 1;
    INSERT INTO visit_stats_country_year (country, year, visits, people)
        SELECT c.country, {y_new}, 1, {p_c} FROM visit_countries c WHERE c.visit_id = NEW.id
        ON CONFLICT (country, year) DO UPDATE SET visits = visits + 1, people = people + excluded.people;
END;

CREATE TRIGGER visit_countries_count_insert AFTER INSERT ON visit_countries
WHEN (SELECT status FROM visits WHERE id = NEW.visit_id) = 'completed'
BEGIN
    INSERT INTO visit_stats_country_year (country, year, visits, people)
        SELECT NEW.country, {y_v}, 1, {p_new} FROM visits v WHERE v.id = NEW.visit_id
        ON CONFLICT (country, year) DO UPDATE SET visits = visits + 1, people = people + excluded.people;
    UPDATE visit_stats_year SET people = people + {p_new}
        WHERE year = (SELECT {y_v} FROM visits v WHERE v.id = NEW.visit_id);
END;

CREATE TRIGGER visit_countries_uncount_delete AFTER DELETE ON visit_countries
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'completed'
BEGIN
    UPDATE visit_stats_country_year SET visits = visits - 1, people = people - {p_old}
        WHERE country = OLD.country AND year = (SELECT {y_v} FROM visits v WHERE v.id = OLD.visit_id);
    UPDATE visit_stats_year SET people = people - {p_old}
        WHERE year = (SELECT {y_v} FROM visits v WHERE v.id = OLD.visit_id);
END;

CREATE TRIGGER visit_countries_uncount_update AFTER UPDATE ON visit_countries
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'completed'
BEGIN
    UPDATE visit_stats_country_year SET visits = visits - 1, people = people - {p_old}
        WHERE country = OLD.country AND year = (SELECT {y_v} FROM visits v WHERE v.id = OLD.visit_id);
    UPDATE visit_stats_year SET people = people - {p_old}
        WHERE year = (SELECT {y_v} FROM visits v WHERE v.id = OLD.visit_id);
END;

CREATE TRIGGER visit_countries_count_update AFTER UPDATE ON visit_countries
WHEN (SELECT status FROM visits WHERE id = NEW.visit_id) = 'completed'
BEGIN
    INSERT INTO visit_stats_country_year (country, year, visits, people)
        SELECT NEW.country, {y_v}, 1, {p_new} FROM visits v WHERE v.id = NEW.visit_id
        ON CONFLICT (country, year) DO UPDATE SET visits = visits + 1, people = people + excluded.people;
    UPDATE visit_stats_year SET people = people + {p_new}
        WHERE year = (SELECT {y_v} FROM visits v WHERE v.id = NEW.visit_id);
END;
"""


@migrations()
def m003_visit_statistics(db):
    _run_script(db, _visit_stats_sql())
    # A file that already holds visits (none yet in practice) gets its figures counted once.
    from kiosk.store.stats import rebuild_aggregates

    rebuild_aggregates(db)


# PINs are stored salted, so two equal PINs cannot be told apart by their hashes: a clash made
# before PINs had to differ shows when the shared PIN is typed, and is kept here for the
# administrators until one of the people gets a new PIN. Members of one clash share its key.
@migrations()
def m004_pin_clashes(db):
    _run_script(db, """
CREATE TABLE pin_clashes (
    staff_id INTEGER PRIMARY KEY REFERENCES staff (id),
    clash INTEGER NOT NULL,
    with_center INTEGER NOT NULL DEFAULT 0,
    found_utc TEXT NOT NULL
);
CREATE INDEX pin_clashes_clash ON pin_clashes (clash);
""")


# A visit's tour: its ordered stops, each a demo (or one of its pack's story chapters, by index)
# with the minutes planned and the guide's notes per language ({"ko": "...", "en": "..."}).
# A demo shown during the tour names the stop it belonged to; a delegation's answer to the
# closing question is one of four faces (1 = unhappy, 4 = delighted), kept in the rating column.
@migrations()
def m005_tours(db):
    _run_script(db, """
CREATE TABLE tour_stops (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    demo_id TEXT NOT NULL,
    chapter INTEGER CHECK (chapter >= 0),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 240),
    notes TEXT NOT NULL DEFAULT '{}',
    UNIQUE (visit_id, position)
);
ALTER TABLE demos_shown ADD COLUMN stop_id INTEGER REFERENCES tour_stops (id);
CREATE INDEX demos_shown_stop ON demos_shown (stop_id);
""")


# The audit trail: each export, report, purge and deletion of the visit log, with when, who
# (a member of staff, or the role acting from a terminal) and what (format, period, row count)
# as a JSON object. It never holds the personal data itself: no name, title or contact.
@migrations()
def m006_audit(db):
    _run_script(db, """
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff (id),
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at_utc);
""")


# A member of staff's e-mail address, optional: an exported calendar invites the guide and the
# interpreter of a visit (ATTENDEE) only when they have one.
@migrations()
def m007_staff_email(db):
    db.execute("ALTER TABLE staff ADD COLUMN email TEXT")


# Consent and retention (PIPA, Articles 15 and 22). Each person on a roster has a consent record:
# the version of the text shown (a hash of its source texts), the language it was read in, when,
# who entered it, and which consents were given. A roster's personal data is erased when its
# period is over (name, title and contact set to NULL, ``purged_utc`` kept), so ``name`` must be
# nullable: SQLite cannot drop NOT NULL, and the table is rebuilt with its rows, keys and indexes.
# Nothing references ``visitors`` before this migration, so dropping it breaks no key.
@migrations()
def m008_consent_retention(db):
    _run_script(db, """
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    visitor_id INTEGER REFERENCES visitors (id),
    text_version TEXT NOT NULL,
    language TEXT NOT NULL,
    given_utc TEXT NOT NULL,
    entered_by INTEGER REFERENCES staff (id),
    entered_role TEXT NOT NULL,
    required INTEGER NOT NULL CHECK (required IN (0, 1)),
    photos INTEGER CHECK (photos IN (0, 1)),
    contact INTEGER CHECK (contact IN (0, 1)),
    under_14 INTEGER CHECK (under_14 IN (0, 1)),
    guardian INTEGER CHECK (guardian IN (0, 1)),
    contact_until_utc TEXT
);
CREATE INDEX consents_visit ON consents (visit_id);
CREATE INDEX consents_visitor ON consents (visitor_id);

CREATE TABLE visitors_new (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id),
    name TEXT,
    title TEXT,
    organization_id INTEGER REFERENCES organizations (id),
    country TEXT,
    contact TEXT,
    consent_photos INTEGER NOT NULL DEFAULT 0,
    consent_contact INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT NOT NULL,
    purged_utc TEXT,
    consent_id INTEGER REFERENCES consents (id)
);
INSERT INTO visitors_new (id, visit_id, name, title, organization_id, country, contact, consent_photos,
        consent_contact, created_utc)
    SELECT id, visit_id, name, title, organization_id, country, contact, consent_photos, consent_contact,
        created_utc FROM visitors;
DROP TABLE visitors;
ALTER TABLE visitors_new RENAME TO visitors;
CREATE INDEX visitors_visit ON visitors (visit_id);
CREATE INDEX visitors_organization ON visitors (organization_id);
CREATE INDEX visitors_consent ON visitors (consent_id);
-- the rows a purge may still have to erase: a daily purge never walks the erased history
CREATE INDEX visitors_unpurged ON visitors (visit_id) WHERE purged_utc IS NULL;
""")
    if db.execute("PRAGMA foreign_key_check").fetchall():
        raise ValueError("m008_consent_retention: the rebuilt roster breaks a foreign key")
