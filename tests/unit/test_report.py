"""The statistics report's figures (no Qt): the periods it takes, and what it counts, checked
against the published figures (stats()) and against a count by hand on a small log."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk import i18n
from kiosk.store.activity import ActivityRepository
from kiosk.store.errors import ValidationError
from kiosk.store.examples import seed_example_log
from kiosk.store.model import VisitForm
from kiosk.store.report import NothingToReport, Period, gather, parse_period, period_label
from kiosk.store.stats import stats
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")


# ---------------------------------------------------------------- periods

@pytest.mark.parametrize("text, period, kind", [
    ("2026-11", Period(2026, 2026, 11), "month"), ("2026-1", Period(2026, 2026, 1), "month"),
    (" 2026 ", Period(2026, 2026), "year"), ("2009-2026", Period(2009, 2026), "years"),
    ("2026-2026", Period(2026, 2026), "year")])
def test_a_month_a_year_and_a_range_of_years(text, period, kind):
    assert parse_period(text) == period and period.kind == kind


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-2009", "26", "2026-11-03", "2026/11", "November",
                                  "", "2026-", "0000", "2026-123"])
def test_anything_else_is_refused_on_the_period_field(text):
    with pytest.raises(ValidationError) as refused:
        parse_period(text)
    assert refused.value.field == "period" and refused.value.message


def test_the_refusals_are_in_the_interface_language():
    i18n.set_language("ko")
    try:
        with pytest.raises(ValidationError) as month:
            parse_period("2026-13")
        with pytest.raises(ValidationError) as backwards:
            parse_period("2026-2009")
    finally:
        i18n.set_language("en")
    assert month.value.message == i18n.translate_in(
        "ko", "There is no month {month}: months are numbered 01 to 12.").format(month="13")
    assert backwards.value.message == i18n.translate_in(
        "ko", "The range of years ends before it starts: {last} comes before {first}.").format(first=2026, last=2009)
    assert month.value.message != "There is no month 13: months are numbered 01 to 12."


def test_a_period_is_written_the_way_its_language_writes_it():
    assert period_label(Period(2026, 2026, 11), "ko") == "2026년 11월"
    assert period_label(Period(2026, 2026, 11), "en") == "November 2026"
    assert period_label(Period(2026, 2026), "ko") == "2026년"
    assert period_label(Period(2009, 2026), "ko") == "2009년 ~ 2026년"
    assert period_label(Period(2026, 2026, 11), "vi") == "tháng 11 năm 2026"


# ---------------------------------------------------------------- against stats()

@pytest.fixture
def example(db):
    seed_example_log(db, date(2026, 11, 18), "Asia/Seoul")
    return db


def test_the_whole_log_has_the_published_figures(example):
    published = stats(example)
    first, last = min(published["by_year"]), max(published["by_year"])
    report = gather(example, parse_period(f"{first}-{last}"), SEOUL)
    f = report.figures
    assert (f.visits, f.people) == (published["visits"], published["people"])
    assert (f.domestic_institutions, f.domestic_people) == (published["domestic"]["institutions"],
                                                            published["domestic"]["people"])
    assert (f.foreign_countries, f.foreign_people) == (published["foreign"]["countries"],
                                                       published["foreign"]["people"])
    assert {int(r.key): r.people for r in report.rows if r.visits} == published["by_year"]
    foreign = [(c, n) for c, n in published["by_country"].items() if c != "KR"]
    assert [(c.country, c.people) for c in report.countries] == foreign[:10]
    assert (report.other_countries, report.other_people) == (len(foreign[10:]), sum(n for _c, n in foreign[10:]))
    # a wider range than the log says the same
    assert gather(example, parse_period(f"{first - 3}-{last + 1}"), SEOUL).figures == f


def test_a_year_is_its_months_added_up(example):
    year = gather(example, parse_period("2024"), SEOUL)
    assert [r.key for r in year.rows] == [f"2024-{m:02d}" for m in range(1, 13)]
    published = stats(example)["by_year"][2024]
    assert year.figures.people == published == sum(r.people for r in year.rows)
    for row in year.rows:
        if not row.visits:
            with pytest.raises(NothingToReport):
                gather(example, parse_period(row.key), SEOUL)
            continue
        month = gather(example, parse_period(row.key), SEOUL)
        assert (month.figures.visits, month.figures.people) == (row.visits, row.people)
        assert sum(r.visits for r in month.rows) == row.visits and len(month.rows) in (28, 29, 30, 31)


def test_the_answers_are_those_of_feedback_by(example):
    by_month = {f.key: f for f in ActivityRepository(example, SEOUL).feedback_by("month", 2026)}
    assert by_month  # the example log has answers this year
    report = gather(example, parse_period("2026"), SEOUL)
    assert {f.key: f.faces for f in report.feedback_rows} == {k: f.faces for k, f in by_month.items()}
    assert report.feedback.answers == sum(f.answers for f in by_month.values())


# ---------------------------------------------------------------- counted by hand

def _visit(repo, when, org, countries, arranged_by=None, status="completed", country=None, token=None):
    start = when.replace(tzinfo=SEOUL)
    form = VisitForm(org, start, start + timedelta(hours=1), countries, arranged_by=arranged_by,
                     organization_country=country)
    return repo.create_visit("admin", form, status=status if status != "checked_in" else "confirmed",
                             client_token=token)


def test_a_small_month_counted_by_hand(db):
    repo = VisitRepository(db, SEOUL)
    a = _visit(repo, datetime(2026, 11, 1, 0, 30), "Ansan City Hall", {"KR": 15}, country="KR")  # 31 Oct in UTC
    _visit(repo, datetime(2026, 11, 3, 10), "Ansan City Hall", {"KR": 5}, country="KR")
    _visit(repo, datetime(2026, 11, 3, 14), "Uijeongbu City Hall", {"KR": 8}, country="KR")
    lima = _visit(repo, datetime(2026, 11, 20, 10), "Lima Metropolitan Municipality", {"PE": 6, "CO": 3},
                  arranged_by="WeGO", status="confirmed", country="PE")
    repo.check_in("admin", lima.id, {"PE": 5, "CO": 3}, at=datetime(2026, 11, 20, 10, 5, tzinfo=SEOUL))
    repo.complete("admin", lima.id, at=datetime(2026, 11, 20, 11, tzinfo=SEOUL))  # 8 came, not 9
    _visit(repo, datetime(2026, 11, 21, 10), "Accra Metropolitan Assembly", {"GH": 8}, arranged_by="KOICA",
           country="GH")
    _visit(repo, datetime(2026, 11, 24, 10), "Ville de Dakar", {"SN": 5}, arranged_by="KOICA", status="confirmed",
           country="SN")  # not completed: not counted
    cancelled = _visit(repo, datetime(2026, 11, 25, 10), "Hanoi People's Committee", {"VN": 9}, status="confirmed",
                       country="VN")
    repo.cancel_visit("admin", cancelled.id)
    _visit(repo, datetime(2026, 12, 1, 0, 10), "Ansan City Hall", {"KR": 40}, country="KR")  # December, local
    _visit(repo, datetime(2026, 10, 31, 23, 50), "Ansan City Hall", {"KR": 30}, country="KR")  # October, local
    activity = ActivityRepository(db, SEOUL)
    activity.record_demo("cctv", 300, started=datetime(2026, 11, 20, 10, 10, tzinfo=SEOUL))
    activity.record_demo("cctv", 150, started=datetime(2026, 11, 21, 10, 10, tzinfo=SEOUL))
    activity.record_demo("bus", 600, started=datetime(2026, 11, 1, 0, 5, tzinfo=SEOUL))
    activity.record_demo("bus", 600, started=datetime(2026, 10, 31, 23, 55, tzinfo=SEOUL))  # October
    activity.add_feedback(lima.id, 4)
    activity.add_feedback(a.id, 2)

    report = gather(db, parse_period("2026-11"), SEOUL)
    f = report.figures
    assert (f.visits, f.people) == (5, 15 + 5 + 8 + 8 + 8)
    assert (f.domestic_institutions, f.domestic_people) == (2, 28)
    assert (f.foreign_countries, f.foreign_people) == (3, 16)
    assert [(c.country, c.people) for c in report.countries] == [("GH", 8), ("PE", 5), ("CO", 3)]
    assert report.other_countries == 0
    days = {r.key: (r.visits, r.people) for r in report.rows if r.visits}
    assert days == {"2026-11-01": (1, 15), "2026-11-03": (2, 13), "2026-11-20": (1, 8), "2026-11-21": (1, 8)}
    assert len(report.rows) == 30
    assert [(a.name, a.visits) for a in report.arrangers] == [("KOICA", 1), ("WeGO", 1)]
    assert [(d.demo_id, d.times, d.seconds) for d in report.demos] == [("cctv", 2, 450.0), ("bus", 1, 600.0)]
    assert report.feedback.answers == 2 and report.feedback.faces == (0, 1, 0, 1)


def test_a_period_without_a_completed_visit_is_refused(db):
    repo = VisitRepository(db, SEOUL)
    _visit(repo, datetime(2026, 11, 3, 10), "Ansan City Hall", {"KR": 5}, status="confirmed", country="KR")
    i18n.set_language("ko")
    try:
        with pytest.raises(NothingToReport) as refused:
            gather(db, parse_period("2026-11"), SEOUL)
    finally:
        i18n.set_language("en")
    assert refused.value.message == i18n.translate_in(
        "ko", "No visits were completed in {period}: there is nothing to report.").format(period="2026년 11월")
    with pytest.raises(NothingToReport):
        gather(db, parse_period("2009-2026"), SEOUL)
