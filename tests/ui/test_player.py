"""The player: event list and timeline seek the clock; story mode advances; a touch stops it."""

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk import i18n, paths
from kiosk.core.pack_reader import Pack
from kiosk.ui.player.player import Player

BUS = paths.samples_dir() / "ansan-autonomous-bus.pack"


@pytest.fixture
def player(qtbot):
    pack = Pack.open(BUS)
    widget = Player(pack)
    qtbot.addWidget(widget)
    widget.resize(1600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.stop()
    widget.hide()
    pack.close()


def test_tapping_an_event_in_the_list_seeks_and_highlights_it(qtbot, player):
    item = player.event_list.item(2)
    event_id = item.data(Qt.ItemDataRole.UserRole)
    rect = player.event_list.visualItemRect(item)
    qtbot.mouseClick(player.event_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert player.clock.position == player.event_by_id[event_id].t_start
    assert player.timeline.highlight == event_id
    assert player.timeline.position == player.clock.position


def test_scrubbing_the_timeline_moves_the_clock(qtbot, player):
    r = player.timeline.track_rect()
    y = int(r.top() + r.height() - 2)
    qtbot.mouseClick(player.timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(r.left() + r.width() / 2), y))
    m = player.pack.manifest
    assert abs(player.clock.position - (m.t_start + m.t_end) / 2) < (m.t_end - m.t_start) / 100


def test_play_advances_at_the_chosen_speed_and_next_event_jumps(player):
    player.clock.seek(player.pack.manifest.t_start)
    player.play()
    speed = player.clock.speed
    start = player.clock.position
    player.advance(0.5)
    assert player.clock.position == start + int(500 * speed)
    player._jump(1)
    first = player.pack.events[0]
    assert player.clock.position == first.t_start and player.selected_event == first.id


def test_story_mode_plays_chapters_and_a_touch_hands_control_back(qtbot, player):
    chapters = player.pack.manifest.chapters
    player.start_story()
    assert player.story and player.caption.isVisible()
    assert player.caption.text() == chapters[0].caption[i18n.current_language()]
    player.advance(16.0)  # a little more than one chapter's worth of wall time
    assert player.chapter == 1
    assert player.caption.text() == chapters[1].caption[i18n.current_language()]
    qtbot.mouseClick(player.timeline, Qt.MouseButton.LeftButton, pos=QPoint(300, 20))
    assert not player.story and not player.caption.isVisible()


def test_switching_language_keeps_the_time_and_the_selection(player):
    event = player.pack.events[1]
    player.select_event(event.id)
    position = player.clock.position
    i18n.set_language("ar")
    player.retranslate()
    assert player.clock.position == position and player.selected_event == event.id
    assert event.title["ar"] in player.event_list.item(1).text()
