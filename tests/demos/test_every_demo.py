"""One test runs every registered demo: it opens from its tile, renders in every language,
keeps its time across a language switch, and closes on the idle reset."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.demos import registry
from tests.painted import assert_a_picture


@pytest.mark.parametrize("spec", registry.demos(), ids=lambda s: s.id)
def test_demo_opens_from_its_tile_and_survives_every_language(qtbot, shell, spec):
    shell.start_visit_in("en")
    home = shell.nav.screen("home")
    tile = next(t for t in home.tiles if t.property("demo_id") == spec.id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert shell.nav.current.screen_id == "demo"
    view = shell.demo_screen.view
    clock = view.player.clock
    clock.seek((clock.t_start + clock.t_end) // 2)
    position = clock.position
    for lang in i18n.languages():
        shell.set_language(lang.code)
        QApplication.processEvents()
        assert_a_picture(view)  # the demo drew its picture, in this language too
        assert clock.position == position
    shell.reset_to_attract("idle")
    assert shell.demo_screen.view is None
