"""Tap-through across demos: from an incident to the camera that saw it, from a camera to its place."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_an_incident_opens_the_camera_that_saw_it(qtbot, shell):
    shell.start_visit_in("en")
    shell.open_demo("disaster")
    disaster = shell.demo_screen.view
    disaster.select_incident("missing-0110")
    QApplication.processEvents()
    assert disaster.card.camera_button.isVisible()
    disaster.card.camera_button.click()  # (QTest drops the press on this button offscreen; a real click works)
    assert shell.demo_screen.spec.id == "cctv"
    cctv = shell.demo_screen.view
    camera = cctv.model.camera_by_id("cam-sports-night")
    assert cctv.selected == camera.index and cctv.pages.currentWidget() is cctv.camera_page
    shell.nav.back()  # Back returns to the incident the visitor came from, still selected
    assert shell.nav.current.screen_id == "demo" and shell.demo_screen.spec.id == "disaster"
    assert shell.demo_screen.view is disaster and disaster.selected == "missing-0110"
    assert disaster.isVisible() and not cctv.isVisible()
    shell.nav.back()  # and then home, as from any demo opened there
    assert shell.nav.current.screen_id == "home"


def test_an_incident_no_camera_saw_has_no_camera_button(shell):
    shell.start_visit_in("en")
    shell.open_demo("disaster")
    disaster = shell.demo_screen.view
    disaster.select_incident("crowd-festival")
    assert not disaster.card.camera_button.isVisible()


def test_a_camera_shows_its_place_on_the_map(qtbot, shell):
    shell.start_visit_in("en")
    shell.open_demo("cctv")
    cctv = shell.demo_screen.view
    camera = cctv.model.camera_by_id("cam-crossroads-beomgye")
    cctv.open_camera(camera.index)
    QApplication.processEvents()
    qtbot.mouseClick(cctv.map_button, Qt.MouseButton.LeftButton)
    assert shell.demo_screen.spec.id == "disaster"
    disaster = shell.demo_screen.view
    point = disaster.map.to_screen(camera.lat, camera.lon)
    assert abs(point.x() - disaster.map.width() / 2) < 2 and abs(point.y() - disaster.map.height() / 2) < 2
    assert disaster.map.highlight is not None
    shell.nav.back()  # back to the camera the visitor was looking at
    assert shell.demo_screen.view is cctv and cctv.selected == camera.index
    assert cctv.pages.currentWidget() is cctv.camera_page
