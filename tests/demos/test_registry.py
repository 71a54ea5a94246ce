"""The home screen, the attract cycle and the demo host are built from the registry."""

import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.demos import registry
from kiosk.demos.registry import DemoSpec
from kiosk.i18n import N_

FAKE = DemoSpec(
    id="fake",
    title=N_("About the center"),
    summary=N_("Choose what you would like to see."),
    order=1,
    model="tests.demos.fake_demo:FakeModel",
    view="tests.demos.fake_demo:FakeView",
)


def test_every_registered_demo_loads_and_has_a_tile(shell):
    specs = registry.demos()
    for spec in specs:
        assert callable(spec.load_model()) and callable(spec.load_view())
        assert spec.title and spec.summary
    home = shell.nav.screen("home")
    demo_tiles = [t for t in home.tiles if t.property("demo_id")]
    assert [t.property("demo_id") for t in demo_tiles] == [s.id for s in specs]
    # With no demo registered the home screen says so politely, and shows no fake tile.
    assert home.empty.isVisibleTo(home) == (not specs)


@pytest.fixture
def with_fake_demo(monkeypatch):
    monkeypatch.setattr(registry, "REGISTERED", [FAKE])


def test_a_registered_demo_gets_a_tile_that_opens_it(qtbot, with_fake_demo, shell):
    shell.start_visit()
    home = shell.nav.screen("home")
    tile = next(t for t in home.tiles if t.property("demo_id") == "fake")
    assert not home.empty.isVisibleTo(home)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert shell.nav.current.screen_id == "demo"
    view = shell.demo_screen.view
    assert view.model.opened
    shell.set_language("ko")
    assert view.label.text() == i18n._("Settings")
    shell.nav.back()
    assert shell.nav.current.screen_id == "home"


def test_demo_highlights_cycle_on_the_attract_screen(with_fake_demo, shell):
    shell.reset_to_attract("test")
    shell.set_language("en")
    assert shell.attract.highlight_title.isVisibleTo(shell.attract)
    assert shell.attract.highlight_title.text() == "About the center"


def test_idle_reset_closes_open_demos(with_fake_demo, shell):
    shell.start_visit()
    shell.open_demo("fake")
    shell.reset_to_attract("idle")
    assert shell.demo_screen.view is None


def test_a_spec_names_module_and_attribute():
    bad = DemoSpec("x", "t", "s", 1, model="no_colon", view="a:b")
    with pytest.raises(ValueError):
        bad.load_model()
