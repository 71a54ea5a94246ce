"""Presenter mode on two screens, in a process of its own (Qt's offscreen platform takes its
screens from a JSON file at start): run by test_presenter.py, prints what it found as JSON."""

from __future__ import annotations

import json
import sys
import time
from datetime import timedelta
from pathlib import Path


def settle(app, seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def main(folder: str) -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import build_window, prepare
    from kiosk.store.model import VisitForm
    from kiosk.store.tours import TourRepository

    paths, settings = prepare(None, folder)
    app, shell, router = build_window(paths, settings, kiosk_mode=False, size=QSize(1920, 1080))
    shell.show()
    settle(app)
    found: dict = {"screens": sorted(s.name() for s in QGuiApplication.screens())}
    # an administrator names the guide's screen in Settings, among the screens connected
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    page = shell.nav.go("settings")
    found["settings_offers"] = list(page.console_screen.buttons)
    page.console_screen.buttons["console"].click()
    page.save_button.click()
    found["console_setting"] = settings.get("console_screen")
    desk = shell.desk()
    now = desk.now()
    visit = desk.visits.create_visit("admin", VisitForm("Municipalidad Provincial de Abancay", now, now + timedelta(hours=1),
                                                        {"PE": 4}, languages=("es",)), status="confirmed")
    TourRepository(desk.db).apply_template("admin", visit.id, "safety")
    shell.staff.actor = "admin"
    shell.start_visit_mode(visit.id)
    settle(app, 0.2)
    audience = shell.audience
    found["console_screen"] = shell.nav.current.screen_id
    found["window_on"] = shell.screen().name()
    found["audience_on"] = audience.screen().name() if audience is not None else None
    found["audience_visible"] = bool(audience and audience.isVisible())
    found["audience_fills_its_screen"] = bool(audience and audience.geometry() == audience.screen().geometry())
    found["audience_page"] = audience.page() if audience else None
    shell.tour_next()
    settle(app, 0.3)
    player = audience.demo.view.player
    found["after_next"] = {"page": audience.page(), "demo": audience.demo.spec.id, "chapter": player.chapter,
                           "controls_shown": player.play_button.isVisible(), "caption": player.caption.isVisible()}
    console = shell.nav.current
    console.refresh_thumbnail()
    pixmap = console.thumb.pixmap()
    found["thumbnail"] = [pixmap.width(), pixmap.height()] if pixmap is not None and not pixmap.isNull() else None
    found["console_notes"] = console.notes.text()
    speed_before = player.clock.speed
    console.speed_button.click()
    found["console_moves_the_audience_player"] = player.clock.speed != speed_before

    # the audience's display is unplugged, then plugged in again
    screen = audience.screen()
    app.screenRemoved.emit(screen)
    settle(app, 0.1)
    found["after_removal"] = {"audience_visible": audience.isVisible(), "window_on": shell.screen().name(),
                              "console_says": console.audience_state.text()}
    app.screenAdded.emit(screen)
    settle(app, 0.5)
    found["half_a_second_later_visible"] = audience.isVisible()
    settle(app, 1.5)
    found["after_return"] = {"audience_visible": audience.isVisible(), "audience_on": audience.screen().name(),
                             "page": audience.page()}
    shell.end_visit()
    settle(app, 0.1)
    found["after_end"] = {"audience_page": audience.page(), "console": shell.nav.current.current.text()}
    shell.finish_visit("guide")
    settle(app, 0.1)
    found["after_finish"] = {"audience_visible": audience.isVisible(), "screen": shell.nav.current.screen_id}
    router.uninstall()
    shell.allow_exit = True
    shell.close()
    print(json.dumps(found, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
