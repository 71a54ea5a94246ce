"""The autonomous-bus demo: the card shows the stream's values at the current time; a GTFS feed
alone replays with synthesised vehicles."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.core.pack_reader import Pack
from kiosk.demos.bus.model import BusModel
from kiosk.demos.bus.view import BusView, punctuality
from tests.painted import assert_a_picture

CONFORMANCE = __import__("pathlib").Path(__file__).resolve().parents[3] / "shared" / "conformance" / "gtfs"


@pytest.fixture
def bus(qtbot, shell):
    shell.start_visit_in("en")
    shell.open_demo("bus")
    view = shell.demo_screen.view
    m = view.model.pack.manifest
    view.player.seek(m.t_start + 3 * 3600_000)
    QApplication.processEvents()
    return view


def test_tapping_a_shuttle_opens_its_card_with_the_values_at_that_time(qtbot, bus):
    state = bus.model.state(bus.player.clock.position)
    index = int(state.active.nonzero()[0][0])
    point = bus.map.to_screen(state.lat[index], state.lon[index]).toPoint()
    qtbot.mouseClick(bus.map, Qt.MouseButton.LeftButton, pos=point)
    assert bus.card.isVisible()
    card = bus.model.card(index, bus.player.clock.position)
    assert bus.card.name.text() == card.vehicle.name["en"]
    assert f"{round(card.speed_kmh)} km/h" in bus.card.lines["speed"].text()
    assert f"{card.passengers} of {card.vehicle.seats}" in bus.card.lines["passengers"].text()
    assert card.next_stop.name["en"] in bus.card.lines["next"].text()
    assert bus.card.lines["punctuality"].text() == punctuality(card.delay_s)
    # the card follows the clock
    bus.player.seek(bus.player.clock.position + 120_000)
    later = bus.model.card(index, bus.player.clock.position)
    assert bus.card.lines["punctuality"].text() == punctuality(later.delay_s)


def test_tapping_an_event_selects_its_shuttle_and_marks_the_place(bus):
    event = next(e for e in bus.model.pack.events if e.kind == "manual_takeover")
    bus.player.select_event(event.id)
    assert bus.player.clock.position == event.t_start
    assert bus.model.vehicles[bus.selected].id == event.object
    assert bus.map.highlight is not None


def test_figures_count_up_as_the_day_replays(bus):
    m = bus.model.pack.manifest
    bus.player.seek(m.t_end)
    bus._fill_figures(m.t_end)
    whole = bus.model.figures(m.t_start, m.t_end)
    assert bus.figures["trips"].value.text() == i18n.format_number(whole.trips_run)
    assert bus.figures["takeovers"].value.text() == i18n.format_number(whole.manual_takeovers)


def test_language_switch_keeps_time_and_selection(bus, shell):
    bus.select_vehicle(1)
    position = bus.player.clock.position
    shell.set_language("ar")
    assert bus.player.clock.position == position and bus.selected == 1
    assert bus.card.name.text() == bus.model.vehicles[1].name["ar"]


def test_punctuality_words():
    i18n.set_language("en")
    assert punctuality(None) == "Timetable not known"
    assert punctuality(30) == "On time"
    assert punctuality(300) == "Late by 5 minutes"
    assert punctuality(-120) == "Early by 2 minutes"


def test_a_gtfs_feed_alone_replays(qtbot, tmp_path):
    if not (CONFORMANCE / "good_feed").is_dir():
        pytest.skip("the conformance corpus is not beside the project")
    from kiosk.core.importers.gtfs import import_gtfs

    path, _warnings = import_gtfs(CONFORMANCE / "good_feed", tmp_path / "good.pack")
    pack = Pack.open(path)
    view = BusView(BusModel(pack))
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    m = pack.manifest
    middle = (m.t_start + m.t_end) // 2
    view.player.seek(middle)
    assert view.map.marker_active.any()
    # the route, its stops, their names and the shuttles over a plain ground (the feed has no basemap)
    assert_a_picture(view.map, max_share=0.99)
    view.stop()
    view.hide()
    pack.close()


def test_events_happening_now_are_marked_on_the_map(bus):
    event = next(e for e in bus.model.pack.events if e.kind == "obstacle_stop")
    bus.player.seek(event.t_start + 1000)
    assert len(bus.map.event_marks) >= 1
    point, _color = bus.map.event_marks[0]
    expected = bus.map.projection.point(event.lon, event.lat)
    assert (round(point.x(), 3), round(point.y(), 3)) == (round(expected.x(), 3), round(expected.y(), 3))
    bus.player.seek(bus.model.pack.manifest.t_start)
    assert bus.map.event_marks == []


def test_story_chapters_emphasise_the_panels_they_name(bus):
    bus.player.start_story()
    chapter = bus.player.current_chapter()
    for name, widgets in bus.panels().items():
        for widget in widgets:
            assert bool(widget.property("emphasis")) == (name in chapter.panels)
    bus.player.stop_story()
    assert not any(w.property("emphasis") for ws in bus.panels().values() for w in ws)
