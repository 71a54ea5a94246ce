"""The offline map: pan and zoom keep markers on their positions; a tap picks the vehicle."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from kiosk import paths
from kiosk.core.pack_reader import Pack
from kiosk.core.streams import TrackStream
from kiosk.ui.player.map_view import MapView

BUS = paths.samples_dir() / "ansan-autonomous-bus.pack"


@pytest.fixture
def bus_map(qtbot):
    pack = Pack.open(BUS)
    view = MapView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_features(pack.features, lambda names: names.get("en", ""))
    state = TrackStream.from_pack(pack).state_at(pack.manifest.t_start + 3 * 3600_000)
    view.set_markers(state.lat, state.lon, state.bearing, state.active)
    yield view, state
    pack.close()


def xy(point):
    return point.x(), point.y()


def marker_screen(view, i):
    t = view.transform()
    return t.map(QPointF(view.marker_x[i], view.marker_y[i]))


def test_every_active_vehicle_is_drawn_inside_the_map_at_start(bus_map):
    view, state = bus_map
    assert state.active.sum() == 3
    for i in np.nonzero(state.active)[0]:
        p = marker_screen(view, i)
        assert view.rect().contains(p.toPoint())


def test_zoom_keeps_the_point_under_the_finger_and_markers_on_their_positions(bus_map):
    view, state = bus_map
    anchor = QPointF(400, 300)
    inverse, _ = view.transform().inverted()
    world = inverse.map(anchor)
    view.zoom_at(2.5, anchor)
    assert view.transform().map(world).x() == pytest.approx(anchor.x(), abs=0.01)
    assert view.transform().map(world).y() == pytest.approx(anchor.y(), abs=0.01)
    for i in range(3):
        assert xy(marker_screen(view, i)) == pytest.approx(xy(view.to_screen(state.lat[i], state.lon[i])))


def test_dragging_moves_the_map_and_its_markers_together(qtbot, bus_map):
    view, state = bus_map
    before = marker_screen(view, 0)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 400))
    qtbot.mouseMove(view, QPoint(650, 430))
    qtbot.mouseMove(view, QPoint(700, 460))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(700, 460))
    after = marker_screen(view, 0)
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((100, 60), abs=1)
    assert xy(after) == pytest.approx(xy(view.to_screen(state.lat[0], state.lon[0])))


def test_wheel_zooms_in(bus_map):
    view, _state = bus_map
    scale = view.scale
    view.zoom_at(1.25, QPointF(600, 400))
    assert view.scale == pytest.approx(scale * 1.25)


def test_tapping_a_vehicle_reports_it_and_tapping_elsewhere_does_not(qtbot, bus_map):
    view, _state = bus_map
    target = marker_screen(view, 2).toPoint()
    with qtbot.waitSignal(view.marker_tapped) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=target)
    assert blocker.args == [2] or view.marker_at(QPointF(target)) == blocker.args[0]
    with qtbot.waitSignal(view.background_tapped):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_the_map_never_mirrors(bus_map):
    view, _state = bus_map
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_still_map_is_drawn_once_and_the_vehicles_over_it_every_frame(bus_map):
    view, state = bus_map
    view.grab()
    base = view._base[1]
    view.set_markers(state.lat + 0.001, state.lon, state.bearing, state.active)
    frame = view.grab().toImage()
    assert view._base[1] is base  # moving vehicles do not redraw the roads and names
    p = view.to_screen(state.lat[0] + 0.001, state.lon[0]).toPoint()
    assert frame.pixelColor(p).name() != view.style_.background  # the vehicle is drawn where it now is
    view.zoom_at(1.5, QPointF(300, 300))
    view.grab()
    assert view._base[1] is not base  # a zoom draws the map again


def test_place_names_never_cover_each_other(bus_map):
    view, _state = bus_map
    view.zoom_at(0.3, QPointF(600, 400))  # zoomed out: every name wants the same few pixels
    view.grab()
    texts = [r for r in view._placed if r.width() > 20]  # names, not the dots
    assert len(texts) >= 3
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert not a.adjusted(2, 1, -2, -1).intersects(b.adjusted(2, 1, -2, -1))
