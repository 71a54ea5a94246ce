"""What the center's statistics report holds for a month, a year or a range of years, read in a
few indexed queries. No Qt.

:func:`parse_period` reads "2026-11", "2026" or "2009-2026"; :func:`gather` returns a
:class:`ReportData`: the published figures of the period, with the definitions of
:mod:`kiosk.store.stats` (a visit counts once completed; its people are each country's actual
headcount, else the expected one; domestic institutions are the distinct Korean lead
organizations, foreign countries the distinct other countries with people; a visit's year and
month are the center's local ones of its scheduled start), then visits and people by day (a
month), by month (a year) or by year (a range), the countries of the visitors from abroad, the
organizations that arranged visits, the demos shown most and the delegations' answers.

Years and ranges read the aggregate tables the triggers keep where they hold the answer (people by
year and by country; institutions over the whole log); everything else walks the visits of the
period through the ``visits_status_start`` / ``visits_start`` indexes, never the whole table.
Nothing here is translated but the refusals and :func:`period_label`: names of countries and
demos are looked up in the report's language when it is written (:mod:`kiosk.ui.report`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _
from kiosk.store import times
from kiosk.store.countries import HOME
from kiosk.store.errors import ValidationError
from kiosk.store.model import FeedbackFigures
from kiosk.store.recap import Figures

TOP_COUNTRIES = 10
FIRST_YEAR, LAST_YEAR = 1900, 2999
#: A stored local time may carry another offset than the center's zone has today (the setting
#: changed, or history was imported): the UTC window is widened by this much on each side and the
#: local text decides, so the index is used and the count stays exact.
_SLACK = timedelta(hours=15)
_PEOPLE = "coalesce(c.actual, c.expected, 0)"


class NothingToReport(KioskError):
    """The period has no completed visit: no report is written."""


@dataclass(frozen=True)
class Period:
    """A month (``month`` set, one year), a year, or a range of whole years."""

    first_year: int
    last_year: int
    month: int | None = None

    @property
    def kind(self) -> str:
        return "month" if self.month is not None else "year" if self.first_year == self.last_year else "years"

    @property
    def key(self) -> str:
        """As written on the command line and in file names: "2026-11", "2026", "2009-2026"."""
        if self.month is not None:
            return f"{self.first_year:04d}-{self.month:02d}"
        if self.first_year == self.last_year:
            return f"{self.first_year:04d}"
        return f"{self.first_year:04d}-{self.last_year:04d}"

    @property
    def unit(self) -> str:
        """What the period is broken down by: "day", "month" or "year"."""
        return {"month": "day", "year": "month", "years": "year"}[self.kind]

    @property
    def first_day(self) -> date:
        return date(self.first_year, self.month or 1, 1)

    @property
    def end_day(self) -> date:
        """The day after the period."""
        if self.month is None:
            return date(self.last_year + 1, 1, 1)
        return date(self.first_year + self.month // 12, self.month % 12 + 1, 1)

    def utc_bounds(self, tz: ZoneInfo) -> tuple[str, str]:
        """The period's start and end (excluded) in the center's zone, as UTC keys."""
        return tuple(times.utc_key(datetime(d.year, d.month, d.day, tzinfo=tz), tz)  # type: ignore[return-value]
                     for d in (self.first_day, self.end_day))

    def keys(self) -> list[str]:
        """Every day, month or year of the period, as its rows are keyed ("2026-11-03", ...)."""
        if self.kind == "years":
            return [str(y) for y in range(self.first_year, self.last_year + 1)]
        if self.kind == "year":
            return [f"{self.first_year:04d}-{m:02d}" for m in range(1, 13)]
        days = (self.end_day - self.first_day).days
        return [(self.first_day + timedelta(days=k)).isoformat() for k in range(days)]


def parse_period(text: str) -> Period:
    """ "2026-11" (a month), "2026" (a year) or "2009-2026" (a range of years); a
    ValidationError on the ``period`` field for anything else."""
    value = (text or "").strip() if isinstance(text, str) else ""
    example = _("Write a month (2026-11), a year (2026) or a range of years (2009-2026).")
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}|\d{4}))?", value)
    if not match:
        raise ValidationError("period", _("Not a period: {value}.").format(value=value) + " " + example
                              if value else example)
    first = int(match.group(1))
    rest = match.group(2)
    years = [first] + ([int(rest)] if rest and len(rest) == 4 else [])
    if any(not FIRST_YEAR <= y <= LAST_YEAR for y in years):
        raise ValidationError("period", _("A year between {first} and {last}, please.").format(
            first=FIRST_YEAR, last=LAST_YEAR))
    if rest is None:
        return Period(first, first)
    if len(rest) == 4:
        last = int(rest)
        if last < first:
            raise ValidationError("period", _("The range of years ends before it starts: {last} comes before "
                                              "{first}.").format(first=first, last=last))
        return Period(first, last)
    month = int(rest)
    if not 1 <= month <= 12:
        raise ValidationError("period", _("There is no month {month}: months are numbered 01 to 12.").format(
            month=rest))
    return Period(first, first, month)


def period_label(period: Period, code: str | None = None) -> str:
    """The period as the language writes it: "2026년 11월", "November 2026", "2009년 ~ 2026년"."""
    from babel.dates import format_interval, format_skeleton

    locale = i18n.babel_locale(code)
    if period.kind == "month":
        return format_skeleton("yMMMM", period.first_day, locale=locale)
    if period.kind == "year":
        return format_skeleton("y", period.first_day, locale=locale)
    return format_interval(period.first_day, date(period.last_year, 1, 1), "y", locale=locale)


# ---------------------------------------------------------------- what the report holds

@dataclass(frozen=True)
class Row:
    """One day, month or year of the period (``key`` as in :meth:`Period.keys`)."""

    key: str
    visits: int
    people: int


@dataclass(frozen=True)
class CountryRow:
    country: str  # ISO code
    people: int


@dataclass(frozen=True)
class Arranger:
    """An organization that arranged visits (WeGO, NIA, KOICA ...), with the visits it arranged."""

    organization_id: int
    name: str
    name_ko: str | None
    name_en: str | None
    country: str
    visits: int


@dataclass(frozen=True)
class DemoRow:
    demo_id: str
    times: int
    seconds: float


@dataclass(frozen=True)
class ReportData:
    period: Period
    figures: Figures
    rows: tuple[Row, ...]  # every day / month / year of the period, empty ones too
    countries: tuple[CountryRow, ...]  # the countries of the visitors from abroad, most first (top 10)
    other_countries: int  # the foreign countries not among them, and their people
    other_people: int
    arrangers: tuple[Arranger, ...]  # most visits first
    demos: tuple[DemoRow, ...]  # most shown first
    feedback: FeedbackFigures | None  # every answer of the period; None when there was none
    feedback_rows: tuple[FeedbackFigures, ...]  # per row key with answers

    @property
    def unit(self) -> str:
        return self.period.unit


def _local_filter(period: Period) -> tuple[str, list]:
    """The visits whose local scheduled start is in the period (the definition), as SQL."""
    if period.kind == "month":
        return "substr(v.scheduled_start, 1, 7) = ?", [period.key]
    return ("CAST(substr(v.scheduled_start, 1, 4) AS INTEGER) BETWEEN ? AND ?",
            [period.first_year, period.last_year])


def _window(period: Period, tz: ZoneInfo) -> tuple[str, str]:
    start, end = (datetime(d.year, d.month, d.day, tzinfo=tz) for d in (period.first_day, period.end_day))
    return times.utc_key(start - _SLACK, tz), times.utc_key(end + _SLACK, tz)


def gather(db: sqlite_utils.Database, period: Period, tz: ZoneInfo | str | None) -> ReportData:
    """Everything the report of ``period`` shows. NothingToReport (in the interface language)
    when no visit was completed in it."""
    tz = times.zone(tz) if not isinstance(tz, ZoneInfo) else tz
    lo, hi = _window(period, tz)
    local, local_args = _local_filter(period)
    completed = f"v.status = 'completed' AND v.scheduled_start_utc >= ? AND v.scheduled_start_utc < ? AND {local}"
    args = [lo, hi, *local_args]
    width = {"day": 10, "month": 7, "year": 4}[period.unit]

    # visits and people by day or month: the period's visits, through (status, start)
    if period.kind == "years":
        by_key = {str(y): (n, p) for y, n, p in db.execute(
            "SELECT year, visits, people FROM visit_stats_year WHERE year BETWEEN ? AND ? AND visits > 0",
            [period.first_year, period.last_year])}
    else:
        by_key = {k: (n, p or 0) for k, n, p in db.execute(
            f"SELECT substr(v.scheduled_start, 1, {width}) AS k, count(*),"
            f" sum((SELECT sum({_PEOPLE}) FROM visit_countries c WHERE c.visit_id = v.id))"
            f" FROM visits v WHERE {completed} GROUP BY k", args)}
    visits = sum(n for n, _p in by_key.values())
    if not visits:
        raise NothingToReport(_("No visits were completed in {period}: there is nothing to report.").format(
            period=period_label(period)))
    rows = tuple(Row(k, *by_key.get(k, (0, 0))) for k in period.keys())

    # people by country: the aggregates for whole years, the visits of a month
    if period.kind == "month":
        by_country = db.execute(
            f"SELECT c.country, sum({_PEOPLE}) AS n FROM visits v JOIN visit_countries c ON c.visit_id = v.id"
            f" WHERE {completed} GROUP BY c.country HAVING n > 0 ORDER BY n DESC, c.country", args).fetchall()
    else:
        by_country = db.execute(
            "SELECT country, sum(people) AS n FROM visit_stats_country_year WHERE year BETWEEN ? AND ?"
            " GROUP BY country HAVING n > 0 ORDER BY n DESC, country", [period.first_year, period.last_year]).fetchall()
    foreign = [CountryRow(c, n) for c, n in by_country if c != HOME]
    domestic_people = sum(n for c, n in by_country if c == HOME)

    institutions = _institutions(db, period, completed, args)
    figures = Figures(visits, domestic_people + sum(c.people for c in foreign), institutions, domestic_people,
                      len(foreign), sum(c.people for c in foreign),
                      int(next(r.key for r in rows if r.visits)[:4]))

    arrangers = _arrangers(db, visits, completed, args)

    start, end = period.utc_bounds(tz)
    demos = tuple(DemoRow(d, n, s) for d, n, s in db.execute(
        "SELECT demo_id, count(*) AS n, sum(seconds) AS s FROM demos_shown"
        " WHERE started_utc >= ? AND started_utc < ? GROUP BY demo_id ORDER BY n DESC, s DESC, demo_id",
        [start, end]))

    feedback, feedback_rows = _feedback(db, period, visits, width, lo, hi, local, local_args)
    return ReportData(period, figures, rows, tuple(foreign[:TOP_COUNTRIES]), len(foreign[TOP_COUNTRIES:]),
                      sum(c.people for c in foreign[TOP_COUNTRIES:]), arrangers, demos, feedback, feedback_rows)


def _covers_every_year(db: sqlite_utils.Database, period: Period) -> bool:
    first, last = db.execute("SELECT min(year), max(year) FROM visit_stats_year WHERE visits > 0").fetchone()
    return first is not None and period.month is None and period.first_year <= first and last <= period.last_year


def _institutions(db: sqlite_utils.Database, period: Period, completed: str, args: list) -> int:
    """The distinct Korean organizations that led a completed visit of the period."""
    if _covers_every_year(db, period):  # the whole log: the aggregate, as stats() counts it
        return db.execute(
            "SELECT count(*) FROM visit_stats_organization s JOIN organizations o ON o.id = s.organization_id"
            " WHERE s.visits > 0 AND o.country = ?", [HOME]).fetchone()[0]
    return db.execute(
        f"SELECT count(*) FROM organizations o WHERE o.country = ? AND o.id IN"
        f" (SELECT v.lead_organization_id FROM visits v WHERE {completed})", [HOME, *args]).fetchone()[0]


def _arrangers(db, visits: int, completed: str, args: list) -> tuple[Arranger, ...]:
    """The organizations that arranged the period's completed visits. Whichever is smaller is
    walked: the period's visits (a month, a year), or every arranged visit of the log through
    its index (a range of many years), counted first from the index alone."""
    arranged = db.execute("SELECT count(*) FROM visits INDEXED BY visits_arranged_by"
                          " WHERE arranged_by_id IS NOT NULL").fetchone()[0]
    if not arranged:
        return ()
    source = "visits v INDEXED BY visits_arranged_by" if arranged < visits else "visits v"
    return tuple(Arranger(*r) for r in db.execute(
        f"SELECT o.id, o.name, o.name_ko, o.name_en, o.country, count(*) AS n FROM {source}"
        f" JOIN organizations o ON o.id = v.arranged_by_id WHERE {completed} AND v.arranged_by_id IS NOT NULL"
        f" GROUP BY o.id ORDER BY n DESC, o.name", args))


def _feedback(db, period: Period, visits: int, width: int, lo: str, hi: str, local: str, local_args: list):
    """The answers to the closing question of the period's visits (as
    :meth:`ActivityRepository.feedback_by` counts them: by the visit's local month), in all and
    per row of the report. The answers are walked from the smaller side: every answer of the log
    when there are fewer of them than visits in the period, else the period's visits."""
    answers = db.execute("SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0]  # at least as many rows
    if not answers:
        return None, ()
    join = "feedback f CROSS JOIN visits v ON v.id = f.visit_id" if answers < visits else \
        "visits v JOIN feedback f ON f.visit_id = v.id"
    tally: dict[str, list[int]] = {}
    for key, rating, n in db.execute(
            f"SELECT substr(v.scheduled_start, 1, {width}), f.rating, count(*) FROM {join}"
            f" WHERE f.rating IS NOT NULL"
            f" AND v.scheduled_start_utc >= ? AND v.scheduled_start_utc < ? AND {local} GROUP BY 1, 2",
            [lo, hi, *local_args]):
        tally.setdefault(key, [0, 0, 0, 0])[rating - 1] += n
    if not tally:
        return None, ()
    rows = tuple(FeedbackFigures(k, sum(v), tuple(v)) for k, v in sorted(tally.items()))
    faces = tuple(sum(r.faces[i] for r in rows) for i in range(4))
    return FeedbackFigures(period.key, sum(faces), faces), rows


def first_and_last_year(db: sqlite_utils.Database) -> tuple[int, int] | None:
    """The first and last years with a completed visit (the "all years" report), or None."""
    first, last = db.execute("SELECT min(year), max(year) FROM visit_stats_year WHERE visits > 0").fetchone()
    return (first, last) if first is not None else None
