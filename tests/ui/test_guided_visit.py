"""The guided visit at the kiosk: started by a guide, welcomed in the delegation's language, run
as a tour of stops, closed with the four faces and the QR code of the take-home recap."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk import i18n
from kiosk.i18n import _
from kiosk.store.model import StopForm, VisitForm
from kiosk.store.tours import TourRepository


@pytest.fixture
def visit_shell(make_shell, settings):
    settings.update({"recap_url": "https://smartcity.anyang.go.kr/recap/{id}", "default_language": "ko"})
    shell = make_shell()
    desk = shell.desk()
    now = desk.now()
    guide = desk.staff.add_staff("admin", "Lee Seo-yeon", "guide", ["ko", "es"])
    visit = desk.visits.create_visit("admin", VisitForm(
        "Municipalidad Provincial de Abancay", now - timedelta(minutes=5), now + timedelta(minutes=40),
        {"PE": 4, "CO": 1}, languages=("es", "en")), status="confirmed")
    desk.staff.assign("admin", visit.id, guide.id, "guide", "es")
    TourRepository(desk.db).apply_template("admin", visit.id, "safety")
    shell.staff.actor = guide
    shell.visit_id = visit.id
    return shell


def settle():
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tap(widget):
    from PySide6.QtTest import QTest

    settle()
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    settle()


def test_the_guide_starts_the_visit_from_the_staff_area_and_the_delegation_is_welcomed_in_spanish(visit_shell):
    shell = visit_shell
    shell.nav.go("staff", remember=False)
    settle()
    start = shell.nav.current.findChild(type(shell.nav.current.leave_button), f"staff-start-{shell.visit_id}")
    assert start is not None and start.isVisible()
    tap(start)
    assert shell.nav.current.screen_id == "welcome"
    assert i18n.current_language() == "es"  # the visit's first language, by itself
    view = shell.nav.current.view
    assert view.organization.text() == "Municipalidad Provincial de Abancay"  # as written
    assert view.countries.text() == "Perú · Colombia"  # CLDR names in Spanish
    assert "Lee Seo-yeon" in view.people.text()
    assert view.greeting.text() == i18n.translate_in("es", "Welcome")
    assert view.others.text() == i18n.translate_in("en", "Welcome")  # each of the visit's languages
    assert view.greeting.font().pixelSize() > view.others.font().pixelSize() or \
        view.greeting.sizeHint().height() > view.others.sizeHint().height()
    # checked in by starting it: the demos shown are the delegation's
    assert shell.desk().visits.get(shell.visit_id).status == "checked_in"


def test_the_tour_runs_stop_by_stop_and_each_demo_shown_is_attached_to_its_stop(visit_shell, monkeypatch):
    from kiosk.ui.desk import DemoWatch

    monkeypatch.setattr(DemoWatch, "MIN_SECONDS", 0.0)
    shell = visit_shell
    shell.start_visit_mode(shell.visit_id)
    bar = shell.tour_bar()
    assert bar.isVisible() and bar.position.text() == _("{n} stops planned").replace("{n}", "5") or \
        "5" in bar.position.text()
    tap(bar.next_button)
    assert shell.nav.current.screen_id == "demo" and shell.demo_screen.spec.id == "disaster"
    player = shell.demo_screen.view.player
    assert player.story and player.chapter == 1  # the market fire, told again and again
    assert bar.position.text() == _("Stop {n} of {total}").format(n="1", total="5")
    assert "8" in bar.stop_time.text()  # 8 minutes planned
    tap(bar.next_button)
    assert player.chapter == 4
    tap(bar.previous_button)
    assert player.chapter == 1
    for _stop in range(4):
        tap(bar.next_button)
    assert shell.demo_screen.spec.id == "cctv"
    tap(bar.next_button)  # after the last stop: the closing question
    assert shell.nav.current.screen_id == "feedback"
    stops = TourRepository(shell.desk().db).stops(shell.visit_id)
    shown = shell.desk().activity.demos_shown(shell.visit_id)
    assert [d.stop_id for d in shown] == [stops[0].id, stops[1].id, stops[0].id, stops[1].id, stops[2].id,
                                          stops[3].id, stops[4].id]
    assert all(d.visit_id == shell.visit_id for d in shown)


def test_the_tour_warns_gently_when_it_runs_past_the_schedule(visit_shell):
    shell = visit_shell
    TourRepository(shell.desk().db).set_stops("admin", shell.visit_id, [StopForm("bus", 60)])
    shell.start_visit_mode(shell.visit_id)
    tap(shell.tour_bar().next_button)
    warning = shell.tour_bar().warning
    assert warning.isVisible() and "2" in warning.full_text()  # 60 planned, about 40 left: 20 over


def test_four_faces_one_answer_a_quick_second_tap_corrects_it_and_the_qr_code_decodes(visit_shell, monkeypatch, tmp_path):
    from kiosk.ui import visit_views

    shell = visit_shell
    shell.start_visit_mode(shell.visit_id)
    tap(shell.tour_bar().end_button)
    assert shell.nav.current.screen_id == "feedback"
    view = shell.nav.current.view
    clock = [1000.0]
    monkeypatch.setattr(visit_views.time, "monotonic", lambda: clock[0])
    tap(view.faces[3])
    clock[0] += 2
    tap(view.faces[1])  # a second tap within 5 s corrects the answer
    clock[0] += 10
    tap(view.faces[0])  # later: not a second answer
    answers = shell.desk().activity.feedback(shell.visit_id)
    assert [a.rating for a in answers] == [2]
    view.comment.setText("Muy útil")
    tap(view.send_button)
    assert [(a.rating, a.comment) for a in shell.desk().activity.feedback(shell.visit_id)] == [(2, "Muy útil")]
    assert view.thanks.isVisible()
    picture = tmp_path / "qr.png"
    view.qr.grab().save(str(picture))
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == f"https://smartcity.anyang.go.kr/recap/{shell.visit_id}"
    view.finished.emit()
    assert shell.nav.current.screen_id == "attract" and not shell.visit_mode.active
    assert i18n.current_language() == "ko"


def test_the_idle_reset_with_nobody_there_ends_visit_mode(visit_shell):
    shell = visit_shell
    shell.start_visit_mode(shell.visit_id)
    assert shell.idle.effective_ms >= 600_000  # the guide talks; a pause is not an empty room
    shell.reset_to_attract("idle")
    assert not shell.visit_mode.active and shell.nav.current.screen_id == "attract"
    assert shell._tour_bar is None or not shell._tour_bar.isVisible()


def test_a_visit_without_languages_falls_back_and_a_missing_chapter_is_skipped_with_a_note(visit_shell):
    shell = visit_shell
    desk = shell.desk()
    now = desk.now()
    bare = desk.visits.create_visit("admin", VisitForm("Accra Metropolitan Assembly", now, now + timedelta(hours=1),
                                                       {"GH": 3}))
    TourRepository(desk.db).set_stops("admin", bare.id, [StopForm("bus", 5, chapter=99), StopForm("nowhere", 5),
                                                          StopForm("cctv", 5)])
    shell.start_visit_mode(bare.id)
    assert i18n.current_language() == "ko"  # the center's default
    notes = shell.nav.current.notes
    assert notes.isVisible()
    text = notes.text()
    assert "100" in text and "nowhere" in text and len(text.splitlines()) == 3  # chapters count from 1
    assert [s.spec.id for s in shell.visit_mode.plan.stops] == ["cctv"]
    tap(shell.tour_bar().next_button)
    assert shell.demo_screen.spec.id == "cctv"


def test_a_completed_visit_cannot_be_started(visit_shell):
    from kiosk.core.errors import KioskError

    shell = visit_shell
    desk = shell.desk()
    desk.visits.check_in("admin", shell.visit_id)
    desk.visits.complete("admin", shell.visit_id)
    with pytest.raises(KioskError):
        shell.start_visit_mode(shell.visit_id)
    assert not shell.visit_mode.active


def test_staff_edit_the_tour_on_the_visit_page(visit_shell):
    shell = visit_shell
    shell.show_visit(shell.visit_id)
    editor = shell.nav.current.tour
    tap(editor.template_buttons["overview"][0])
    repo = TourRepository(shell.desk().db)
    assert [s.demo_id for s in repo.stops(shell.visit_id)] == ["disaster", "cctv", "bus"]
    tap(editor.findChild(type(editor.template_buttons["overview"][0]), "tour-remove-0"))
    assert [s.demo_id for s in repo.stops(shell.visit_id)] == ["cctv", "bus"]
    tap(editor.add_buttons["disaster"][0])
    assert [s.demo_id for s in repo.stops(shell.visit_id)] == ["cctv", "bus", "disaster"]
    tap(editor.findChild(type(editor.template_buttons["overview"][0]), "tour-notes-1"))
    field = editor.findChild(QLineEdit, "tour-notes-field")
    field.setText("셔틀은 시속 40km를 넘지 않습니다.")
    tap(editor.findChild(type(editor.template_buttons["overview"][0]), "tour-notes-save"))
    # the notes are the guide's, in the interface language they wrote them in
    assert repo.stops(shell.visit_id)[1].notes == {"ko": "셔틀은 시속 40km를 넘지 않습니다."}
    tap(editor.findChild(QWidget, "tour-minutes-0").plus)
    assert repo.stops(shell.visit_id)[0].minutes == 11


def test_the_statistics_show_the_answers_per_month_and_per_country(visit_shell):
    shell = visit_shell
    desk = shell.desk()
    desk.activity.add_feedback(shell.visit_id, 4)
    other = desk.visits.create_visit("admin", VisitForm("Accra Metropolitan Assembly", desk.now(),
                                                        desk.now() + timedelta(hours=1), {"GH": 2}))
    desk.activity.add_feedback(other.id, 1)
    shell.set_language("en")
    shell.nav.go("stats")
    screen = shell.nav.current
    month = i18n.format_skeleton("yMMM", desk.now())
    assert f"{month}: 2 answers, 50% good or excellent" in screen.feedback_months.text()
    countries = screen.feedback_countries.text().splitlines()
    assert "Peru: 1 answer, 100% good or excellent" in countries
    assert "Ghana: 1 answer, 0% good or excellent" in countries


def test_after_a_restart_in_the_middle_of_a_visit_the_tour_continues_where_it_was(visit_shell, monkeypatch):
    from kiosk.ui.desk import DemoWatch

    monkeypatch.setattr(DemoWatch, "MIN_SECONDS", 0.0)
    shell = visit_shell
    shell.start_visit_mode(shell.visit_id)
    bar = shell.tour_bar()
    tap(bar.next_button)
    tap(bar.next_button)
    shell.reset_to_attract("power cut")  # the kiosk comes back with nothing of the tour in memory
    shell.staff.actor = "admin"
    shell.start_visit_mode(shell.visit_id)
    settle()
    assert shell.nav.current.screen_id == "welcome"
    assert bar.next_button.text() == _("Continue the tour")
    tap(bar.next_button)
    assert shell.visit_mode.index == 2 and bar.position.text() == _("Stop {n} of {total}").format(n="3", total="5")


def test_the_tour_bar_keeps_the_screen_its_size_in_every_language(make_shell):
    from kiosk import screenshots

    from kiosk.store.examples import seed_example_log

    for k, size in enumerate(((1920, 1080), (1280, 800))):
        shell = make_shell(size)
        if k == 0:  # one visit log for both
            seed_example_log(shell.desk().db, shell.desk().now().date())
        for lang in ("ar", "vi", "fr"):
            shell.reset_to_attract("test")
            shell.set_language(lang)
            dict(screenshots.SHOTS)["tour"](shell)
            settle()
            assert shell.tour_bar().isVisible()
            assert (shell.width(), shell.height()) == size, (lang, size)


def test_a_stop_showing_a_whole_demo_gives_the_notes_of_the_chapter_on_screen(visit_shell):
    shell = visit_shell
    TourRepository(shell.desk().db).apply_template("admin", shell.visit_id, "overview")
    shell.start_visit_mode(shell.visit_id)
    stop = shell.visit_mode.plan.stops[0]
    assert stop.spec.id == "disaster" and stop.chapter is None and len(stop.chapters) == 8
    fire = stop.chapters[1]
    assert stop.notes("ko", at=fire.t_start + 1) == fire.notes["ko"]
    assert stop.notes("es", at=fire.t_start + 1) == fire.notes["es"]
    night = stop.chapters[-1]
    assert stop.notes("en", at=night.t_end - 1) == night.notes["en"] != fire.notes["en"]
    first = stop.chapters[0]
    assert stop.notes("en", at=first.t_start - 60_000) == first.notes["en"]  # before it: the one coming up
