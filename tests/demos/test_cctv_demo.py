"""The CCTV-wall demo: tiles hold the pack's detections at the clock's time, AI alerts light
exactly their camera, a tapped tile opens full screen with its own alerts (footage: test_cctv_video)."""

import json
import logging
import shutil
import sqlite3
import sys

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.core.pack import content_checksum
from kiosk.core.streams import DetectionStream
from kiosk.demos.cctv.model import AI_EVENT_KINDS, RECENT_MS, CctvModel
from kiosk.demos.cctv.view import SCREENSHOTS, CctvView
from tests.painted import assert_a_picture, image_of, share_near

@pytest.fixture(scope="module")
def pack(cctv_pack):
    return cctv_pack


def _make_view(qtbot, model, size=(1600, 900)):
    view = CctvView(model)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    return view


@pytest.fixture
def view(qtbot, pack):
    view = _make_view(qtbot, CctvModel(pack))
    yield view
    view.stop()
    view.hide()


def _same(a, b) -> bool:
    return a.t == b.t and all(np.array_equal(getattr(a, k), getattr(b, k))
                              for k in ("track", "cls", "x", "y", "w", "h", "score"))


def test_model_from_library_and_cameras(pack):
    class Library:
        packs = {"x": pack}

    model = CctvModel.from_library(Library())
    assert [c.id for c in model.cameras] == [c["id"] for c in pack.cameras]
    assert model.cameras[0].name == pack.cameras[0]["name"]

    class Empty:
        packs = {}

    with pytest.raises(LookupError):
        CctvModel.from_library(Empty())


def test_tiles_hold_the_packs_detections_at_the_clock_time(view, pack):
    stream = DetectionStream.from_pack(pack)
    checked = 0
    for camera in view.model.cameras[:4]:
        clip = view.model.clip(camera.index)
        for t in (clip[0] + 1234, (clip[0] + clip[1]) // 2, clip[1] - 777, clip[1] + 3_600_000):
            view.player.seek(t)
            tile = view.tiles[camera.index]
            expected = stream.boxes_at(camera.index, t)
            assert _same(tile.boxes, expected)
            assert _same(view.model.boxes(camera.index, t), expected)
            checked += len(expected.cls)
    assert checked > 0


def test_a_tile_repaints_only_when_its_frame_or_alert_changes(view):
    camera = view.model.cameras[1]
    clip = view.model.clip(camera.index)
    tile = view.tiles[camera.index]
    view.player.seek(clip[0] + 10_000)
    boxes = view.model.boxes(camera.index, clip[0] + 10_000)
    assert not tile.set_frame(boxes, tile.alerts, tile.time_text)  # the same frame again: no repaint
    other = view.model.boxes(camera.index, clip[0] + 10_500)
    assert other.t != boxes.t and tile.set_frame(other, tile.alerts, tile.time_text)


def test_an_ai_event_lights_exactly_its_camera_while_active(view):
    m = view.model.pack.manifest
    for event in view.model.ai_events:
        if event.t_start <= m.t_start:
            continue  # running from the recording's start: no "before" to check
        index = view.model.camera_by_id(event.camera).index
        view.player.seek(event.t_start - 1000)
        assert not view.tiles[index].lit
        view.player.seek(event.t_start + 1000)
        assert [t.camera.id for t in view.tiles if t.lit] == [event.camera]
        assert event.id in [e.id for e in view.tiles[index].alerts]
        end = event.t_end if event.t_end is not None else event.t_start
        view.player.seek(end + RECENT_MS + 60_000)
        assert not view.tiles[index].lit or any(
            e.id != event.id for e in view.tiles[index].alerts)


def test_tapping_a_tile_opens_it_full_screen_with_its_own_events(qtbot, view):
    event = next(e for e in view.model.ai_events if e.kind == "smoke")
    camera = view.model.camera_by_id(event.camera)
    tile = view.tiles[camera.index]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.rect().center())
    assert view.selected == camera.index
    assert view.pages.currentWidget() is view.camera_page
    assert view.big_tile.camera.id == camera.id and view.big_tile.isVisible()
    ids = [view.camera_events.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.camera_events.count())]
    assert ids == [e.id for e in view.model.events_for(camera.id)]
    assert all(view.model.event(i).camera == camera.id for i in ids)
    # tapping one seeks the clock to it
    view.player.seek(view.model.pack.manifest.t_start)
    item = view.camera_events.item(0)
    rect = view.camera_events.visualItemRect(item)
    qtbot.mouseClick(view.camera_events.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.player.clock.position == event.t_start
    assert view.big_tile.lit is False or view.big_tile.alerts[0].id == event.id
    # the big tile follows the clock
    view.player.seek(event.t_start + 1000)
    assert _same(view.big_tile.boxes, view.model.boxes(camera.index, event.t_start + 1000))
    assert view.big_tile.lit
    # and back to the wall
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.selected is None and view.pages.currentWidget() is view.wall


def test_show_on_the_map_emits_the_cameras_place(qtbot, view):
    camera = view.model.cameras[2]
    view.open_camera(camera.index)
    with qtbot.waitSignal(view.show_on_map, timeout=1000) as blocker:
        qtbot.mouseClick(view.map_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [pytest.approx(camera.lat), pytest.approx(camera.lon)]


def test_touch_targets_are_big_enough(view):
    view.open_camera(0)
    QApplication.processEvents()
    for b in (view.back_button, view.map_button):
        assert b.height() >= 64 and b.width() >= 64


def test_language_switch_keeps_time_and_camera(view):
    view.open_camera(3)
    position = view.model.clip(3)[0] + 4321
    view.player.seek(position)
    i18n.set_language("ar")
    view.retranslate()
    assert view.player.clock.position == position and view.selected == 3
    assert view.camera_name.text() == view.model.cameras[3].name["ar"]
    assert view.big_tile.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert_a_picture(view.big_tile)


@pytest.mark.parametrize("lang", ["ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"])
def test_every_language_retranslates(view, lang):
    i18n.set_language(lang)
    view.retranslate()
    assert view.back_button.text() and view.map_button.text()
    assert_a_picture(view.tiles[0])


def test_screenshots_set_up_the_wall_and_a_camera(view):
    names = [name for name, _fn in SCREENSHOTS]
    assert names == ["wall", "camera"]
    dict(SCREENSHOTS)["wall"](view)
    assert view.selected is None and any(t.lit for t in view.tiles)
    dict(SCREENSHOTS)["camera"](view)
    assert view.selected is not None and view.big_tile.lit
    assert_a_picture(view.big_tile)
    assert share_near(image_of(view.big_tile), alert_colour(view.big_tile)) > 0.01


def alert_colour(tile):
    return sys.modules[type(tile).__module__].ALERT


def test_an_alert_lights_its_tile_in_the_alert_colour_and_no_other(view):
    dict(SCREENSHOTS)["wall"](view)
    QApplication.processEvents()
    lit = [t for t in view.tiles if t.lit]
    dark = [t for t in view.tiles if not t.lit]
    assert lit and dark
    for tile in lit:
        assert share_near(image_of(tile), alert_colour(tile), tolerance=16) > 0.01, tile.camera.id
    for tile in dark:
        assert share_near(image_of(tile), alert_colour(tile), tolerance=16) < 0.002, tile.camera.id


def test_the_ai_event_kinds_are_the_packs(pack):
    kinds = {e.kind for e in pack.events}
    assert AI_EVENT_KINDS & kinds == kinds


def test_story_chapters_emphasise_their_camera(view):
    view.player.start_story()
    chapter = view.player.current_chapter()
    focus = chapter.focus.get("camera")
    assert [t.camera.id for t in view.tiles if t.emphasised] == [focus]
    assert bool(view.player.event_list.property("emphasis")) == ("events" in chapter.panels)
    view.player.stop_story()
    assert not any(t.emphasised for t in view.tiles)
