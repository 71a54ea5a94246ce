"""The figures a center publishes: "21,633 visitors since 2009: 16,309 from 1,324 Korean
institutions, 5,324 from 134 countries". No Qt.

What counts, everywhere (the triggers of migration m003, :func:`stats` and :func:`recount`):

* a visit counts once it is **completed**; requested, confirmed, checked-in, cancelled and
  no-show visits do not;
* its **people** are, per country, the actual headcount taken at check-in or completion, or the
  expected headcount when none was taken (history imported from spreadsheets);
* **domestic** people are those from Korea (KR), **foreign** people those from every other
  country, whatever the leading organization;
* **domestic institutions** are the distinct Korean organizations (country KR) that led a
  counted visit; **foreign countries** the distinct other countries with at least one person;
* a visit's **year** is the center's local year of its scheduled start.

:func:`stats` reads only the small aggregate tables the triggers keep in the same transaction
as every write, so it costs the same with a million visits as with ten.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import sqlite_utils

from kiosk.store.countries import HOME

_PEOPLE = "coalesce(c.actual, c.expected, 0)"
_YEAR = "CAST(substr(v.scheduled_start, 1, 4) AS INTEGER)"


def stats(db: sqlite_utils.Database) -> dict:
    """``{"visits", "people", "domestic": {"institutions", "people"}, "foreign": {"countries",
    "people"}, "by_country": {ISO: people}, "by_year": {year: people}}``, from the aggregates."""
    by_year_rows = db.execute(
        "SELECT year, visits, people FROM visit_stats_year WHERE visits > 0 ORDER BY year").fetchall()
    by_country = dict(db.execute(
        "SELECT country, sum(people) AS n FROM visit_stats_country_year GROUP BY country HAVING n > 0"
        " ORDER BY n DESC, country").fetchall())
    institutions = db.execute(
        "SELECT count(*) FROM visit_stats_organization s JOIN organizations o ON o.id = s.organization_id"
        " WHERE s.visits > 0 AND o.country = ?", [HOME]).fetchone()[0]
    return _shape(sum(r[1] for r in by_year_rows), {r[0]: r[2] for r in by_year_rows}, by_country, institutions)


def recount(db: sqlite_utils.Database) -> dict:
    """The same figures counted the slow way, over every visit: to check the aggregates."""
    visits = db.execute("SELECT count(*) FROM visits WHERE status = 'completed'").fetchone()[0]
    by_year = dict(db.execute(
        f"SELECT {_YEAR} AS y, sum({_PEOPLE}) FROM visits v JOIN visit_countries c ON c.visit_id = v.id"
        " WHERE v.status = 'completed' GROUP BY y ORDER BY y").fetchall())
    by_country = dict(db.execute(
        f"SELECT c.country, sum({_PEOPLE}) AS n FROM visits v JOIN visit_countries c ON c.visit_id = v.id"
        " WHERE v.status = 'completed' GROUP BY c.country HAVING n > 0 ORDER BY n DESC, c.country").fetchall())
    institutions = db.execute(
        "SELECT count(DISTINCT v.lead_organization_id) FROM visits v"
        " JOIN organizations o ON o.id = v.lead_organization_id"
        " WHERE v.status = 'completed' AND o.country = ?", [HOME]).fetchone()[0]
    # a completed year whose visits all had nobody counted still shows, as in the aggregates
    years = db.execute(f"SELECT DISTINCT {_YEAR} FROM visits v WHERE v.status = 'completed'").fetchall()
    by_year = {y: by_year.get(y, 0) for (y,) in sorted(years)}
    return _shape(visits, by_year, by_country, institutions)


def _shape(visits: int, by_year: dict[int, int], by_country: dict[str, int], institutions: int) -> dict:
    domestic = by_country.get(HOME, 0)
    foreign = {c: n for c, n in by_country.items() if c != HOME}
    return {
        "visits": visits,
        "people": sum(by_country.values()),
        "domestic": {"institutions": institutions, "people": domestic},
        "foreign": {"countries": len(foreign), "people": sum(foreign.values())},
        "by_country": by_country,
        "by_year": by_year,
    }


def rebuild_aggregates(db: sqlite_utils.Database) -> None:
    """Count the aggregate tables afresh from the visits (after a bulk load, or to repair)."""
    with db.atomic():
        for table in ("visit_stats_year", "visit_stats_country_year", "visit_stats_organization"):
            db.execute(f"DELETE FROM {table}")
        db.execute(
            f"INSERT INTO visit_stats_year (year, visits, people)"
            f" SELECT {_YEAR}, count(*), coalesce(sum((SELECT sum({_PEOPLE}) FROM visit_countries c"
            f" WHERE c.visit_id = v.id)), 0) FROM visits v WHERE v.status = 'completed' GROUP BY 1")
        db.execute(
            f"INSERT INTO visit_stats_country_year (country, year, visits, people)"
            f" SELECT c.country, {_YEAR}, count(*), sum({_PEOPLE}) FROM visits v"
            f" JOIN visit_countries c ON c.visit_id = v.id WHERE v.status = 'completed' GROUP BY 1, 2")
        db.execute(
            "INSERT INTO visit_stats_organization (organization_id, visits)"
            " SELECT lead_organization_id, count(*) FROM visits WHERE status = 'completed' GROUP BY 1")


@contextlib.contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """For loading very many visits at once: in one transaction, the statistics triggers are set
    aside, the block runs, then the figures are counted afresh and the triggers put back. An
    error anywhere leaves the database as it was."""
    with db.atomic():
        triggers = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name IN ('visits', 'visit_countries') AND name GLOB 'visit*count*'"
        ).fetchall()
        for name, _sql in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        yield
        rebuild_aggregates(db)
        for _name, sql in triggers:
            db.execute(sql)
