"""What a delegation's take-home recap holds, gathered from the visit log (no Qt)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.store.activity import ActivityRepository
from kiosk.store.errors import NotFound
from kiosk.store.model import StopForm, VisitForm
from kiosk.store.recap import Contact, gather
from kiosk.store.staff import StaffRepository
from kiosk.store.stats import stats
from kiosk.store.tours import TourRepository
from kiosk.store.visits import VisitRepository

SEOUL = ZoneInfo("Asia/Seoul")
SETTINGS = {"center_name": "Anyang Smart City Center", "contact_name": "Visits office",
            "contact_phone": "+82 31-8045-2114", "contact_email": "visits@example.go.kr",
            "contact_web": "https://www.example.go.kr", "contact_address": "235 Simin-daero\nDongan-gu, Anyang",
            "recap_url": "", "center_timezone": "Asia/Seoul"}


def at(hour, minute=0):
    return datetime(2026, 12, 3, hour, minute, tzinfo=SEOUL)


@pytest.fixture
def visit(db):
    visits = VisitRepository(db, SEOUL)
    form = VisitForm("Lima Metropolitan Municipality", at(10), at(11, 30), {"CO": 3, "PE": 6},
                     languages=("es", "en"), organization_country="PE")
    return visits.create_visit("admin", form, status="confirmed")


def test_the_delegation_as_written_its_countries_and_its_hosts(db, visit):
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", "Lee Seo-yeon", "guide", ("es",))
    second = staff.add_staff("admin", "Park Min-jun", "guide", ("en",))
    interpreter = staff.add_staff("admin", "María Kim", "guide", ("es",))
    staff.assign("admin", visit.id, guide.id, "guide")
    staff.assign("admin", visit.id, second.id, "guide")
    staff.assign("admin", visit.id, interpreter.id, "interpreter", "es")
    recap = gather(db, SETTINGS, visit.id)
    assert recap.organization == "Lima Metropolitan Municipality" and recap.organization_country == "PE"
    assert recap.countries == (("PE", 6), ("CO", 3))  # most people first
    assert recap.headcount == 9 and recap.languages == ("es", "en")
    assert recap.guides == ("Lee Seo-yeon", "Park Min-jun") and recap.interpreters == ("María Kim",)
    assert recap.day.isoformat() == "2026-12-03" and recap.center_name == "Anyang Smart City Center"
    assert not recap.domestic


def test_the_headcount_taken_at_check_in_is_the_one_shown(db, visit):
    visits = VisitRepository(db, SEOUL)
    visits.check_in("admin", visit.id, {"PE": 5}, at=at(10, 10))
    recap = gather(db, SETTINGS, visit.id)
    assert recap.countries == (("PE", 5),)  # Colombia sent nobody after all
    assert recap.start == at(10, 10)  # the day and time it actually began


def test_each_stop_with_what_was_shown_there_and_for_how_long(db, visit):
    tours, activity = TourRepository(db), ActivityRepository(db, SEOUL)
    stops = tours.set_stops("admin", visit.id, [StopForm("disaster", 8, chapter=1), StopForm("cctv", 6),
                                                StopForm("bus", 5)])
    activity.record_demo("disaster", 300, started=at(10, 5), stop_id=stops[0].id, pack_id="anyang-disaster-day")
    activity.record_demo("disaster", 45.5, started=at(10, 12), stop_id=stops[0].id)
    activity.record_demo("cctv", 200, started=at(10, 20), stop_id=stops[1].id)
    VisitRepository(db, SEOUL).check_in("admin", visit.id, at=at(10, 0))
    activity.record_demo("bus", 120, started=at(10, 40))  # opened from the home screen, at no stop
    activity.record_demo("bus", 60, started=at(10, 50))
    recap = gather(db, SETTINGS, visit.id)
    assert [(s.position, s.demo_id, s.chapter, s.minutes, s.seconds) for s in recap.stops] == [
        (1, "disaster", 1, 8, 345.5), (2, "cctv", None, 6, 200.0), (3, "bus", None, 5, 0)]
    assert recap.stops[0].pack_id == "anyang-disaster-day"
    assert [s.position for s in recap.stops_shown] == [1, 2]  # the bus stop was never reached
    assert [(d.demo_id, d.seconds) for d in recap.outside] == [("bus", 180.0)]
    assert not recap.nothing_shown


def test_a_visit_with_nothing_shown_says_so(db, visit):
    TourRepository(db).apply_template("admin", visit.id, "overview")
    recap = gather(db, SETTINGS, visit.id)
    assert recap.nothing_shown and len(recap.stops) == 3 and recap.outside == ()


def test_the_figures_are_the_published_ones(db, visit):
    visits = VisitRepository(db, SEOUL)
    visits.complete("admin", visit.id, at=at(11, 30))
    korean = visits.create_visit("admin", VisitForm("Ansan City Hall", datetime(2025, 5, 2, 10, tzinfo=SEOUL),
                                                    datetime(2025, 5, 2, 11, tzinfo=SEOUL), {"KR": 12},
                                                    organization_country="KR"), status="completed")
    figures = gather(db, SETTINGS, korean.id).figures
    published = stats(db)
    assert (figures.visits, figures.people) == (published["visits"], published["people"]) == (2, 21)
    assert (figures.domestic_institutions, figures.domestic_people) == (1, 12)
    assert (figures.foreign_countries, figures.foreign_people) == (2, 9)
    assert figures.since == 2025
    assert gather(db, SETTINGS, korean.id).domestic


def test_the_contact_lines_and_the_recap_link():
    contact = Contact.from_settings(SETTINGS)
    assert contact.lines == ("Visits office", "+82 31-8045-2114", "visits@example.go.kr", "https://www.example.go.kr",
                             "235 Simin-daero", "Dongan-gu, Anyang")
    assert contact.recap_link(7) is None  # no recap web address: the code holds the contact
    assert Contact(recap_url="https://example.go.kr/recap/{id}/view").recap_link(7) == "https://example.go.kr/recap/7/view"
    assert Contact(recap_url="https://example.go.kr/recap/").recap_link(7) == "https://example.go.kr/recap/7"
    assert Contact(recap_url="https://example.go.kr/recap?visit=").recap_link(7) == "https://example.go.kr/recap?visit=7"
    assert Contact(recap_url="https://example.go.kr/recap").recap_link(7) == "https://example.go.kr/recap/7"


def test_an_unknown_visit_is_refused(db):
    with pytest.raises(NotFound):
        gather(db, SETTINGS, 404)


def test_a_recap_speaks_its_language_on_its_own_thread_only():
    """The recap is written in the delegation's language while the screen stays in the staff's:
    i18n.speaking() changes the language of one thread, for one block, and tells no listener."""
    import threading

    from kiosk import i18n

    i18n.load_catalogs()
    i18n.set_language("en")
    heard = []
    remove = i18n.on_language_changed(heard.append)
    inside, outside = threading.Event(), threading.Event()
    seen = {}

    def worker():
        with i18n.speaking("es"):
            seen["worker"] = (i18n._("Settings saved."), i18n.current_language(), i18n.format_number(12345.5))
            inside.set()
            outside.wait(5)
        seen["after"] = i18n._("Settings saved.")

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    seen["main"] = (i18n._("Settings saved."), i18n.current_language(), i18n.is_rtl())
    with i18n.speaking("ar"):
        seen["main_ar"] = (i18n.is_rtl(), i18n.babel_locale())
    outside.set()
    thread.join(5)
    remove()
    assert seen["worker"] == (i18n.translate_in("es", "Settings saved."), "es", "12.345,5")
    assert seen["main"] == ("Settings saved.", "en", False) and seen["main_ar"] == (True, "ar")
    assert seen["after"] == "Settings saved." and i18n.current_language() == "en" and heard == []
