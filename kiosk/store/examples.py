"""An example visit log, for screenshots, demonstrations to a new center and tests: a few years
of completed visits and a working week around a given day, with guides, interpreters and
delegations like the ones benchmarking centers receive (mayors from Peru, officials from Ghana,
Malaysia, Egypt and Colombia, sent by WeGO, NIA or KOICA; Korean cities and ministries).
The organizations are plausible examples, not a record of real visits. No Qt."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.store.model import ConsentForm, VisitForm, VisitorForm
from kiosk.store.staff import StaffRepository
from kiosk.store.tours import TourRepository
from kiosk.store.visits import VisitRepository

STAFF = (
    ("Kim Ji-woo", "admin", ("ko", "en")),
    ("Lee Seo-yeon", "guide", ("ko", "en", "es")),
    ("Park Min-jun", "guide", ("ko", "en", "fr")),
    ("Choi Yuna", "guide", ("ko", "zh", "en")),
    ("Nguyen Thi Lan", "guide", ("vi", "ko", "en")),
    ("Ahmed Hassan", "guide", ("ar", "en", "ko")),
)

# (organization, type, country, arranged by, {country: people}, languages)
DELEGATIONS = (
    ("Lima Metropolitan Municipality", "city", "PE", "WeGO", {"PE": 6, "CO": 3}, ("es", "en")),
    ("Accra Metropolitan Assembly", "city", "GH", "KOICA", {"GH": 8}, ("en",)),
    ("Penang Island City Council", "city", "MY", "WeGO", {"MY": 5}, ("ms", "en")),
    ("New Administrative Capital, Egypt", "agency", "EG", "NIA", {"EG": 7}, ("ar", "en")),
    ("Bogotá District Mobility Secretariat", "city", "CO", "WeGO", {"CO": 4}, ("es",)),
    ("Hanoi People's Committee", "city", "VN", "KOICA", {"VN": 9}, ("vi",)),
    ("Ministry of the Interior and Safety", "ministry", "KR", None, {"KR": 12}, ("ko",)),
    ("Ansan City Hall", "city", "KR", None, {"KR": 15}, ("ko",)),
    ("Uijeongbu City Hall", "city", "KR", None, {"KR": 10}, ("ko",)),
    ("Korea Land and Housing Corporation", "agency", "KR", None, {"KR": 20}, ("ko",)),
    ("Ville de Dakar", "city", "SN", "KOICA", {"SN": 5, "CI": 2}, ("fr",)),
    ("Shenzhen Municipal Government", "city", "CN", None, {"CN": 6}, ("zh",)),
)
#: The people named on the roster of the delegation checked in today: (name, title, contact, agreed to
#: photos, agreed to invitations).
ROSTER = (
    ("Nurul Aisyah binti Hassan", "Director, Smart City Division", "nurul.aisyah@example.my", True, True),
    ("Lim Wei Jie", "Senior Engineer", None, True, False),
    ("Ravi Subramaniam", "Deputy Director, Traffic Control", None, False, False),
)
ROOMS = ("Briefing room", "Control room gallery", "7F seminar room")


def seed_example_log(db, today: date, tz: str = "Asia/Seoul", seed: int = 2009) -> None:
    """Fill an empty database with the example log: history from 2019 to last month, and a
    working week around ``today`` (requested, confirmed, one checked in today)."""
    rnd = random.Random(seed)
    zone = ZoneInfo(tz)
    visits = VisitRepository(db, zone)
    staff = StaffRepository(db)
    members = [staff.add_staff("admin", name, role, languages) for name, role, languages in STAFF]
    tours = TourRepository(db)

    def form(k: int, day: date, hour: int, people_scale: float = 1.0) -> VisitForm:
        org, kind, country, by, people, languages = DELEGATIONS[k % len(DELEGATIONS)]
        start = datetime.combine(day, time(hour, 0), zone)
        return VisitForm(organization=org, organization_country=country, organization_type=kind,
                         arranged_by=by, start=start, end=start + timedelta(minutes=90),
                         countries={c: max(1, round(n * people_scale)) for c, n in people.items()},
                         languages=languages, room=ROOMS[k % len(ROOMS)])

    history = []
    for year in range(2019, today.year + 1):
        for n in range(rnd.randint(28, 44) if year < today.year else 20):
            day = date(year, rnd.randint(1, 12 if year < today.year else max(1, today.month - 1)), rnd.randint(1, 28))
            if day >= today - timedelta(days=7):
                continue
            history.append((form(rnd.randrange(len(DELEGATIONS)), day, rnd.choice((10, 14, 15)),
                                 rnd.uniform(0.6, 1.8)), f"example-{year}-{n}"))
    visits.create_many("admin", history, status="completed")

    monday = today - timedelta(days=today.weekday())
    week = [(0, 0, 10, "completed"), (1, 1, 14, "completed"), (2, today.weekday(), 10, "checked_in"),
            (3, today.weekday(), 15, "confirmed"), (4, 3, 10, "confirmed"), (6, 4, 14, "requested"),
            (5, 5, 11, "requested"), (7, 8, 10, "requested"), (10, 9, 14, "confirmed"), (11, 11, 10, "requested")]
    for k, offset, hour, status in week:
        day = monday + timedelta(days=offset)
        visit = visits.create_visit("admin", form(k, day, hour), status="confirmed" if status != "requested"
                                    else "requested", client_token=f"example-week-{k}-{offset}")
        guide = members[1 + k % (len(members) - 1)]
        staff.assign("admin", visit.id, guide.id, "guide", guide.languages[0])
        when = visit.start + timedelta(minutes=5)
        if offset == today.weekday():  # today's delegations come with a tour planned
            tours.apply_template("admin", visit.id, "overview" if status == "checked_in" else "safety")
        if status in ("checked_in", "completed"):
            visits.check_in("admin", visit.id, at=when)
        if status == "checked_in":  # the tour under way: its first two stops shown
            from kiosk.store.activity import ActivityRepository

            shown_at = ActivityRepository(db, zone)
            for k, stop in enumerate(tours.stops(visit.id)[:2]):
                shown_at.record_demo(stop.demo_id, stop.minutes * 60 - 30, started=when + timedelta(minutes=8 + 13 * k),
                                     stop_id=stop.id)
            for name, title, contact, photos, invited in ROSTER:  # who agreed to be named, on the consent panel
                shown_at.add_visitor("admin", visit.id, VisitorForm(name, title=title, country=visit.organization.country,
                                                                    contact=contact),
                                     ConsentForm(True, (visit.languages or ("en",))[0], photos=photos, contact=invited))
        if status == "completed":
            visits.complete("admin", visit.id, at=visit.end)

    # the closing question, answered by most delegations of the last months (mostly happy faces)
    from kiosk.store.activity import ActivityRepository

    activity = ActivityRepository(db, zone)
    recent = db.execute("SELECT id, scheduled_end FROM visits WHERE status = 'completed'"
                        " ORDER BY scheduled_start_utc DESC LIMIT 40").fetchall()
    for visit_id, end in recent:
        if rnd.random() < 0.8:
            activity.add_feedback(visit_id, rnd.choices((1, 2, 3, 4), weights=(1, 2, 6, 9))[0],
                                  at=datetime.fromisoformat(end))


def example_database(folder, tz: str):
    """A database in ``folder`` holding the example log around today (screenshots, self-test)."""
    from pathlib import Path

    from kiosk.store.db import open_database

    db = open_database(Path(folder) / "example.sqlite")
    seed_example_log(db, datetime.now(ZoneInfo(tz)).date(), tz)
    return db
