"""The staff side of delegation visits, driven as staff drive it: a visit created on the touch
form, shown on the calendar, checked in with its headcount; demos opened while it is in the
building attached to it; a guide who cannot delete; clashes warned; figures on the statistics
and About screens equal to the store's."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk import i18n
from kiosk.store.model import VisitForm
from kiosk.store.stats import stats

SEOUL = ZoneInfo("Asia/Seoul")


@pytest.fixture
def staff_shell(shell):
    shell.set_language("en")  # the shell starts in the center's language, Korean
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    return shell


def desk(shell):
    d = shell.desk()
    assert d is not None
    return d


def add_visit(shell, org="Accra Metropolitan Assembly", country="GH", people=8, start=None, minutes=90, **kw):
    start = start or datetime.now(SEOUL).replace(second=0, microsecond=0) + timedelta(days=1)
    form = VisitForm(organization=org, organization_country=country, start=start,
                     end=start + timedelta(minutes=minutes), countries={country: people}, **kw)
    return desk(shell).visits.create_visit("admin", form)


def pick(picker, text, qtbot):
    picker.field.setFocus()
    if text.isascii():
        QTest.keyClicks(picker.field, text)
    else:  # QTest types ASCII only; Korean comes from the on-screen keyboard or an input method
        picker.field.insert(text)
    picker.refresh()
    assert picker.results.count() > 0
    picker.results.itemClicked.emit(picker.results.item(0))


def test_a_visit_made_on_the_touch_form_is_saved_once_and_shown(staff_shell, qtbot):
    shell = staff_shell
    shell.edit_visit(None)
    form = shell.nav.current
    assert form.screen_id == "visit-form"
    pick(form.org_picker, "Lima Metropolitan", qtbot)  # a new organization: offered as such
    assert form.organization == (None, "Lima Metropolitan")
    pick(form.country_picker, "Peru", qtbot)
    pick(form.country_picker, "콜롬비아", qtbot)  # staff may type a country's Korean name
    assert list(form.countries) == ["PE", "CO"]
    for _ in range(4):
        form.countries["PE"].plus.click()
    form.start.plus.click()  # 10:15
    form.save_button.click()
    form.save_button.click()  # a double tap: the same visit, not two
    visits = desk(shell).schedule.count()
    assert visits == 1
    assert shell.nav.current.screen_id == "visit"
    visit = shell.nav.current.visit
    assert visit.organization.name == "Lima Metropolitan" and visit.organization.country == "PE"
    assert {c.country: c.expected for c in visit.countries} == {"PE": 5, "CO": 1}
    assert (visit.start.hour, visit.start.minute) == (10, 15)
    assert "Lima Metropolitan" in shell.nav.current.heading.text()
    # Back goes to where the form was opened from, not to the form
    shell.nav.back()
    assert shell.nav.current.screen_id == "staff"


def test_an_incomplete_form_says_what_is_missing_and_saves_nothing(staff_shell):
    shell = staff_shell
    shell.edit_visit(None)
    form = shell.nav.current
    form.save_button.click()
    assert form.message.isVisible() and "organization" in form.message.text()
    form._organization_picked(None, "Ghana Ministry of Communications")
    form.save_button.click()
    assert "country" in form.message.text()
    assert desk(shell).schedule.count() == 0
    i18n.set_language("ko")
    form.save_button.click()
    assert form.message.text() == i18n._("Add at least one country and its number of people.")


def test_the_calendar_shows_the_visit_on_its_day_and_opens_it(staff_shell):
    shell = staff_shell
    visit = add_visit(shell)
    screen = shell.nav.go("visits")
    screen.show_week_of(visit.start.date())
    cell = next(c for c in screen.week_cells if c.day == visit.start.date())
    chips = [b for b in cell.buttons if b.isVisible()]
    assert len(chips) == 1 and chips[0].row.id == visit.id and chips[0].row.headcount == 8
    screen.set_mode("month")
    month_cell = next(c for c in screen.month_cells if c.day == visit.start.date())
    assert [b.row.id for b in month_cell.buttons if b.isVisible()] == [visit.id]
    QTest.mouseClick(month_cell.buttons[0], Qt.MouseButton.LeftButton)
    assert shell.nav.current.screen_id == "visit" and shell.nav.current.visit.id == visit.id


def test_check_in_takes_the_headcount_of_each_country(staff_shell):
    shell = staff_shell
    visit = add_visit(shell)
    shell.show_visit(visit.id)
    page = shell.nav.current
    page.buttons["check_in"].click()
    assert page.count_card.isVisible() and page.steppers["GH"].value() == 8
    page.steppers["GH"].minus.click()
    page.steppers["GH"].minus.click()
    page.count_save.click()
    saved = desk(shell).visits.get(visit.id)
    assert saved.status == "checked_in" and saved.countries[0].actual == 6
    # the delegation is here: the kiosk welcomes it in visit mode
    assert shell.nav.current.screen_id == "welcome" and shell.visit_mode.visit.id == visit.id
    shell.show_visit(visit.id)
    assert page.buttons["complete"].isVisible() and not page.buttons["check_in"].isVisible()
    page.buttons["complete"].click()
    page.count_save.click()
    assert desk(shell).visits.get(visit.id).status == "completed"
    assert not shell.visit_mode.active  # a completed visit leaves visit mode


def test_a_guide_cannot_delete_a_visit(staff_shell):
    shell = staff_shell
    visit = add_visit(shell)
    guide = desk(shell).staff.add_staff("admin", "Lee Seo-yeon", "guide", ("es", "en"))
    shell.staff.actor = guide
    shell.show_visit(visit.id)
    page = shell.nav.current
    assert not page.buttons["delete"].isVisible() and page.delete_note.isVisible()
    page.act("delete")  # even if asked: refused, said, and the visit stays
    assert page.message.isVisible() and "administrator" in page.message.text()
    assert desk(shell).visits.get(visit.id).status == "requested"
    shell.staff.actor = "admin"
    shell.show_visit(visit.id)
    assert page.buttons["delete"].isVisible()


def test_assigning_the_same_guide_to_overlapping_visits_warns(staff_shell):
    shell = staff_shell
    first = add_visit(shell, languages=("es",))
    second = add_visit(shell, org="Bogotá District Mobility Secretariat", country="CO", people=4,
                       start=first.start + timedelta(minutes=30), languages=("es",))
    guide = desk(shell).staff.add_staff("admin", "Lee Seo-yeon", "guide", ("es", "en"))
    shell.show_visit(first.id)
    page = shell.nav.current
    assert "Lee Seo-yeon" in "\n".join(
        page.suggested.itemAt(k).layout().itemAt(0).widget().text() for k in range(page.suggested.count()))
    page.assign(guide.id, "guide", "es")
    assert not page.conflicts.isVisible()
    # the second visit no longer suggests her: she is busy then
    shell.show_visit(second.id)
    texts = [page.suggested.itemAt(k).layout() or page.suggested.itemAt(k).widget() for k in range(page.suggested.count())]
    assert all("Lee Seo-yeon" not in (t.itemAt(0).widget().text() if hasattr(t, "itemAt") else t.text()) for t in texts)
    desk(shell).staff.assign("admin", second.id, guide.id, "guide", "es")  # assigned anyway, elsewhere
    shell.show_visit(second.id)
    assert page.conflicts.isVisible() and "Lee Seo-yeon" in page.conflicts.text()
    assert "Accra Metropolitan Assembly" in page.conflicts.text()


def test_demos_opened_while_a_delegation_is_checked_in_are_attached_to_it(shell, monkeypatch):
    from kiosk.ui.desk import DemoWatch

    monkeypatch.setattr(DemoWatch, "MIN_SECONDS", 0.0)
    now = datetime.now(SEOUL).replace(second=0, microsecond=0)
    visit = add_visit(shell, start=now - timedelta(minutes=10))
    desk(shell).visits.check_in("admin", visit.id)
    other = add_visit(shell, org="Penang Island City Council", country="MY", people=5,
                      start=now + timedelta(days=2))
    shell.start_visit()
    shell.open_demo("bus")
    shell.open_demo("cctv")  # from one demo to the next
    shell.nav.home()
    shown = desk(shell).activity.demos_shown(visit.id)
    assert [d.demo_id for d in shown] == ["bus", "cctv"]
    assert shown[0].pack_id and all(d.seconds >= 0 for d in shown)
    assert desk(shell).activity.demos_shown(other.id) == []
    # the attract loop's unattended story is not a demo shown
    shell.reset_to_attract("test")
    shell.open_demo("disaster", visitor=False)
    shell.reset_to_attract("test")
    assert len(desk(shell).activity.demos_shown(visit.id)) == 2
    shell.staff.actor = "admin"
    shell.set_language("en")
    shell.show_visit(visit.id)
    assert "Autonomous" in shell.nav.current.demos.text() and "min" in shell.nav.current.demos.text()


def test_statistics_and_about_show_the_store_figures(shell):
    shell.set_language("en")
    d = desk(shell)
    past = datetime(2025, 5, 12, 10, 0, tzinfo=SEOUL)
    d.visits.create_many("admin", [
        (VisitForm(organization="Ansan City Hall", organization_country="KR", start=past,
                   end=past + timedelta(hours=1), countries={"KR": 15}), "a"),
        (VisitForm(organization="Lima Metropolitan Municipality", organization_country="PE",
                   start=past + timedelta(days=3), end=past + timedelta(days=3, hours=1),
                   countries={"PE": 6, "CO": 3}), "b"),
    ])
    figures = stats(d.db)
    assert figures["people"] == 24
    shell.staff.actor = "admin"
    screen = shell.nav.go("stats")
    assert screen.cards["people"].value.text() == "24"
    assert screen.cards["foreign"].value.text() == "9"
    assert "2 other countries" in screen.cards["foreign"].caption.text()
    i18n.set_language("ko")
    shell.nav.home()
    about = shell.nav.go("about")
    assert about.visitors.isVisible()
    assert about.visitors_figure.text() == "24"
    assert "15" in about.visitors_text.text() and "2025" in about.visitors_heading.text()


def test_a_delegation_is_found_by_typing_korean_on_the_screen_keyboard(staff_shell, qtbot):
    shell = staff_shell
    desk(shell).organizations.create("admin", "안산시청", "KR", "city", name_en="Ansan City Hall")
    shell.edit_visit(None)
    form = shell.nav.current
    form.org_picker.field.setFocus()
    qtbot.waitUntil(lambda: form.keyboard.isVisible())
    form.keyboard.set_language("ko")
    for jamo in "ㅇㅏㄴㅅㅏㄴ":
        form.keyboard.key(jamo).click()
    form.keyboard.enter()  # Enter picks what the search found first
    assert form.organization is not None and form.organization[1] == "안산시청"
    assert form.org_picker.field.hasFocus() or form.keyboard.target() is form.org_picker.field


def test_a_guide_signs_in_with_their_own_pin_and_acts_as_a_guide(shell, qtbot):
    from kiosk.core import pin as pins

    shell.set_language("en")
    shell.settings.set("staff_pin_hash", pins.hash_pin("2468"))
    guide = desk(shell).staff.add_staff("admin", "Park Min-jun", "guide", ("fr", "en"), pin="1357")
    shell.request_staff()
    for key in "1357":
        shell.pin_screen.press(key)
    shell.pin_screen.submit()
    assert shell.pin_screen.checking  # the PINs are checked on a worker
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "staff", timeout=10_000)
    assert shell.staff.actor == guide and shell.staff.role() == "guide"
    assert "Park Min-jun" in shell.nav.current.signed_in.text()
    visit = add_visit(shell)
    shell.show_visit(visit.id)
    assert not shell.nav.current.buttons["delete"].isVisible()
    shell.reset_to_attract("test")  # leaving signs out
    assert shell.staff.actor is None
    shell.request_staff()
    for key in "2468":
        shell.pin_screen.press(key)
    shell.pin_screen.submit()
    qtbot.waitUntil(lambda: shell.staff.actor == "admin", timeout=10_000)


def test_an_administrator_adds_a_guide_who_is_then_suggested_for_a_visit(staff_shell, qtbot):
    shell = staff_shell
    screen = shell.nav.go("staff-members")
    screen.add_button.click()
    assert screen.panel.isVisible()
    screen.name.setText("Ahmed Hassan")
    screen.languages.set_chosen(["ar", "en"])
    screen.pin.setText("12")
    screen.save_button.click()
    assert "4 to 8 digits" in screen.message.text()  # refused, nothing saved
    assert desk(shell).staff.list_staff() == []
    screen.pin.setText("5791")
    screen.save_button.click()
    [member] = desk(shell).staff.list_staff()
    assert member.name == "Ahmed Hassan" and member.role == "guide" and member.has_pin
    assert set(member.languages) == {"ar", "en"}
    visit = add_visit(shell, org="New Administrative Capital, Egypt", country="EG", languages=("ar",))
    assert [s.staff.name for s in desk(shell).staff.suggest_staff(visit.id)] == ["Ahmed Hassan"]
    # a guide sees the list, not the means to change it, nor the kiosk's settings or exit
    shell.staff.actor = member
    staff = shell.nav.go("staff")
    screen = shell.nav.go("staff-members")
    assert not screen.add_button.isVisible()
    staff = shell.nav.go("staff")
    assert not staff.exit_button.isVisible() and not staff.settings_button.isVisible()
    assert staff.visits_button.isVisible()


def test_the_visit_list_fetches_a_screenful_at_a_time(staff_shell, qtbot):
    from kiosk.store.model import VisitForm

    shell = staff_shell
    base = datetime(2024, 3, 4, 10, 0, tzinfo=SEOUL)
    desk(shell).visits.create_many("admin", [
        (VisitForm(organization=f"City {k}", organization_country="GH", start=base + timedelta(days=k),
                   end=base + timedelta(days=k, hours=1), countries={"GH": 3}), f"t{k}") for k in range(300)])
    screen = shell.nav.go("visits")
    screen.set_mode("list")
    model = screen.list_model
    assert model.rowCount() == model.PAGE < 300  # the first screenful, not the whole log
    assert model.rows[0].organization_name == "City 299"  # newest first
    assert "300" in screen.period.text()
    screen.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.PAGE)
    assert model.pages_fetched >= 2 and model.rowCount() < 300
    screen.list.clicked.emit(model.index(0))
    assert shell.nav.current.screen_id == "visit" and shell.nav.current.visit.organization.name == "City 299"


def test_the_form_warns_when_the_room_is_already_booked(staff_shell):
    shell = staff_shell
    # at 10:00 tomorrow: at any hour the test runs, half an hour later and an hour long stays in the day
    tomorrow = datetime.now(SEOUL).replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=1)
    booked = add_visit(shell, room="Briefing room", start=tomorrow)
    shell.edit_visit(None)
    form = shell.nav.current
    d = booked.start.date()
    form.calendar.setSelectedDate(form.calendar.selectedDate().__class__(d.year, d.month, d.day))
    form.start.set_value(booked.start.hour * 60 + booked.start.minute + 30)
    form.end.set_value(form.start.value() + 60)
    form.room_field.setText("Briefing room")
    assert form.clash.isVisible() and "Briefing room" in form.clash.text()
    assert "Accra Metropolitan Assembly" in form.clash.text()
    form.room_field.setText("7F seminar room")
    assert not form.clash.isVisible()


def test_an_end_before_the_start_is_refused_in_the_interface_language(staff_shell):
    shell = staff_shell
    shell.edit_visit(None)
    form = shell.nav.current
    form._organization_picked(None, "Accra Metropolitan Assembly")
    form.add_country("GH", 4)
    form.start.set_value(14 * 60)
    form.end.set_value(13 * 60)  # staff moved the end before the start
    shell.set_language("fr")
    form.save_button.click()
    assert form.message.isVisible()
    assert form.message.text() == i18n._("The visit must end after it starts.") != "The visit must end after it starts."
    assert desk(shell).schedule.count() == 0
    assert shell.nav.current is form  # nothing lost: the form stays as filled in
    assert form.organization[1] == "Accra Metropolitan Assembly" and form.countries["GH"].value() == 4


def test_staff_filling_in_a_form_get_longer_before_the_idle_reset(staff_shell):
    shell = staff_shell
    shell.idle.configure(90, 10)
    shell.edit_visit(None)
    assert shell.idle._idle.isActive() and shell.idle._idle.interval() >= 300_000
    shell.nav.home()  # visitors' screens keep the configured timeout
    assert shell.idle._idle.interval() == 90_000
