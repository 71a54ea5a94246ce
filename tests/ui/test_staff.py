"""The hidden gesture, the PIN pad, the staff area and the kiosk lock."""

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from kiosk.core import pin as pins
from kiosk.ui.screens.pin import ENTER, NEW


def type_pin(qtbot, screen, digits):
    for d in digits:
        qtbot.mouseClick(screen.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.checking, timeout=10_000)


def test_holding_the_logo_three_seconds_opens_the_pin_pad(qtbot, shell):
    logo = shell.attract.logo
    logo.HOLD_MS = 3000
    qtbot.mousePress(logo, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.wait(500)
    assert shell.nav.current.screen_id == "attract"  # a short touch does nothing
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "pin", timeout=4000)
    qtbot.mouseRelease(logo, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_first_gesture_asks_for_a_new_pin_then_opens_staff(qtbot, shell):
    shell.request_staff()
    pad = shell.pin_screen
    assert pad.mode == NEW
    type_pin(qtbot, pad, "4821")
    type_pin(qtbot, pad, "4821")
    assert shell.nav.current.screen_id == "staff"
    stored = shell.settings.get("staff_pin_hash")
    assert pins.verify_pin("4821", stored)


def test_mismatched_new_pins_are_refused(qtbot, shell):
    shell.request_staff()
    pad = shell.pin_screen
    type_pin(qtbot, pad, "4821")
    type_pin(qtbot, pad, "4822")
    assert shell.nav.current.screen_id == "pin" and pad.mode == NEW
    assert pad.message.text()
    assert shell.settings.get("staff_pin_hash") == ""


def test_right_pin_opens_the_staff_area(qtbot, shell):
    shell.settings.set("staff_pin_hash", pins.hash_pin("4821"))
    shell.request_staff()
    assert shell.pin_screen.mode == ENTER
    type_pin(qtbot, shell.pin_screen, "4821")
    assert shell.nav.current.screen_id == "staff"


def test_five_wrong_pins_lock_the_pad(qtbot, shell):
    shell.settings.set("staff_pin_hash", pins.hash_pin("4821"))
    shell.request_staff()
    pad = shell.pin_screen
    for attempt in range(5):
        type_pin(qtbot, pad, "1111")
        assert shell.nav.current.screen_id == "pin"
    assert shell.staff.guard.seconds_locked() > 0
    assert not pad.keys["4"].isEnabled()
    assert not pad.ok_button.isEnabled()
    assert pad.message.text()
    # the right PIN typed on a hardware keyboard is refused too while locked
    for ch in "4821":
        qtbot.keyClick(pad, ch)
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert shell.nav.current.screen_id == "pin"


def test_pin_is_nowhere_in_clear_text_on_disk(qtbot, shell, paths):
    shell.request_staff()
    type_pin(qtbot, shell.pin_screen, "97531")
    type_pin(qtbot, shell.pin_screen, "97531")
    assert shell.nav.current.screen_id == "staff"
    root = paths.data_dir
    files = [p for p in Path(root).rglob("*") if p.is_file()] + [paths.config_file]
    assert files
    for file in files:
        assert b"97531" not in file.read_bytes(), file


def test_close_is_refused_in_kiosk_mode(make_shell):
    window = make_shell(kiosk_mode=True)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    window.close()
    assert window.isVisible()


def test_escape_does_not_leave_kiosk_mode(qtbot, make_shell):
    window = make_shell(kiosk_mode=True)
    window.start_visit()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


def test_exit_from_the_staff_area_closes_the_kiosk(qtbot, make_shell, monkeypatch):
    window = make_shell(kiosk_mode=True)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    window.nav.go("staff", remember=False)
    qtbot.mouseClick(window.nav.screen("staff").exit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert quits


def test_back_from_a_public_screen_never_reopens_the_staff_area(shell):
    shell.nav.go("staff", remember=False)
    shell.nav.go("settings")
    shell.nav.home()
    shell.nav.go("about")
    shell.nav.back()
    assert shell.nav.current.screen_id == "home"


def test_settings_saved_from_the_screen_apply_at_once(qtbot, shell):
    shell.nav.go("staff", remember=False)
    shell.nav.go("settings")
    screen = shell.nav.current
    screen.name_edit.setText("Anyang Smart City Center")
    qtbot.mouseClick(screen.idle.buttons[120], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.theme.buttons["light"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.default_language.buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.enabled.buttons["vi"], Qt.MouseButton.LeftButton)  # offer one less
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert shell.settings.get("center_name") == "Anyang Smart City Center"
    assert shell.idle.timeout_ms == 120_000
    assert shell.settings.get("theme") == "light"
    assert "vi" not in shell.attract.languages.buttons
    assert shell.topbar.name.text() == "Anyang Smart City Center"
    assert screen.status.text()


def test_settings_that_cannot_be_written_change_nothing(qtbot, shell, monkeypatch):
    from kiosk.core import atomic

    def full_disk(path, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_bytes", full_disk)
    shell.nav.go("staff", remember=False)
    shell.nav.go("settings")
    screen = shell.nav.current
    screen.name_edit.setText("Changed")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert shell.settings.get("center_name") == ""
    assert screen.status.property("role") == "error" and screen.status.text()


def test_staff_area_names_a_damaged_pack_and_counts_the_others(shell, paths, qtbot):
    from kiosk import paths as paths_mod

    paths.packs_dir.mkdir(parents=True, exist_ok=True)
    (paths.packs_dir / "broken.pack").write_bytes(b"not a pack at all")
    shell.set_language("en")
    shell.nav.go("staff", remember=False)
    screen = shell.nav.current
    assert "Checking 4 new or changed packs" in screen.info_text.text()  # verified on a worker
    qtbot.waitUntil(lambda: "packs ready" in screen.info_text.text(), timeout=10_000)
    text = screen.info_text.text()
    shipped = len(list(paths_mod.samples_dir().glob("*.pack")))
    assert f"{shipped} packs ready" in text
    assert "broken.pack" in text and "Checking" not in text


def test_the_staff_area_checks_only_packs_new_or_changed_since(shell, paths, qtbot, monkeypatch):
    from kiosk.core import library

    opened = []
    real = library.check_pack
    monkeypatch.setattr(library, "check_pack", lambda path, stamp: opened.append(path.name) or real(path, stamp))
    shell.set_language("en")
    shell.nav.go("staff", remember=False)
    screen = shell.nav.current
    qtbot.waitUntil(lambda: "packs ready" in screen.info_text.text(), timeout=10_000)
    first = sorted(opened)
    assert len(first) == 3
    shell.nav.go("home")
    shell.nav.go("staff", remember=False)
    assert "packs ready" in screen.info_text.text() and "Checking" not in screen.info_text.text()
    assert sorted(opened) == first  # shown again: nothing re-opened
    paths.packs_dir.mkdir(parents=True, exist_ok=True)
    (paths.packs_dir / "broken.pack").write_bytes(b"not a pack at all")
    shell.nav.go("home")
    shell.nav.go("staff", remember=False)
    qtbot.waitUntil(lambda: "broken.pack" in screen.info_text.text(), timeout=10_000)
    assert sorted(opened) == sorted(first + ["broken.pack"])  # the new file alone


def test_the_center_name_can_be_typed_on_the_screen_keyboard(shell, qtbot):
    shell.nav.go("staff", remember=False)
    screen = shell.nav.go("settings")
    screen.name_edit.setFocus()
    qtbot.waitUntil(lambda: screen.keyboard.isVisible())
    screen.name_edit.clear()
    screen.keyboard.set_language("ko")
    for jamo in "ㅇㅏㄴㅇㅑㅇ":
        screen.keyboard.key(jamo).click()
    screen.keyboard.commit_composition()
    assert screen.name_edit.text() == "안양"


def test_folders_keep_their_order_on_an_arabic_screen(shell):
    shell.set_language("ar")
    staff = shell.nav.go("staff", remember=False)
    # each path is isolated from the Arabic around it, so its slashes are not moved to the other end
    isolated = "\u2068" + str(shell.paths.data_dir) + "\u2069"
    assert any(line.endswith(isolated) for line in staff.info_text.text().splitlines())


def test_the_pad_says_it_is_checking_and_takes_no_keys_meanwhile(qtbot, shell):
    from kiosk import i18n

    shell.set_language("en")
    shell.settings.set("staff_pin_hash", pins.hash_pin("4821"))
    shell.request_staff()
    pad = shell.pin_screen
    for d in "4821":
        qtbot.mouseClick(pad.keys[d], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert pad.checking and pad.message.text() == i18n._("Checking the PIN…")
    assert not pad.keys["4"].isEnabled() and not pad.ok_button.isEnabled()
    qtbot.waitUntil(lambda: shell.nav.current.screen_id == "staff", timeout=10_000)


def _guide_with_the_centers_pin(shell):
    """A guide whose PIN was set equal to the center's before PINs had to differ."""
    member = shell.desk().staff.add_staff("admin", "Choi Yuna", "guide", ("en",))
    shell.services.db.execute("UPDATE staff SET pin_hash = ? WHERE id = ?", [pins.hash_pin("4821"), member.id])
    shell.services.db.conn.commit()
    return member


def test_a_pin_the_center_and_a_guide_share_signs_nobody_in_and_administrators_see_it(qtbot, shell):
    from kiosk import i18n

    shell.set_language("en")
    shell.settings.set("staff_pin_hash", pins.hash_pin("4821"))
    member = _guide_with_the_centers_pin(shell)
    shell.request_staff()
    pad = shell.pin_screen
    tries = shell.staff.guard.tries_left()
    type_pin(qtbot, pad, "4821")
    assert shell.nav.current.screen_id == "pin" and shell.staff.actor is None
    assert "more than one person" in pad.message.text() and member.name not in pad.message.text()
    assert shell.staff.guard.tries_left() == tries  # not a wrong try: the PIN is right, but not one person's
    # an administrator sees whose PIN to change (the desk signs them in to look)
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    screen = shell.nav.go("staff-members")
    QApplication.processEvents()
    texts = [w.text() for w in screen.findChildren(type(pad.message)) if w.isVisible()]
    assert any(i18n._("PIN shared with someone else: it signs nobody in; give a new one") in t for t in texts)


def test_a_new_center_pin_a_member_has_is_refused_without_saying_whose(qtbot, shell):
    from kiosk import i18n

    shell.set_language("es")
    shell.desk().staff.add_staff("admin", "Lee Seo-yeon", "guide", ("es",), pin="1357")
    shell.request_staff()
    pad = shell.pin_screen
    assert pad.mode == NEW
    type_pin(qtbot, pad, "1357")
    type_pin(qtbot, pad, "1357")
    assert shell.nav.current.screen_id == "pin" and pad.mode == NEW
    assert pad.message.text() == i18n._("This PIN is already in use. Choose another one.")
    assert "Lee" not in pad.message.text() and shell.settings.get("staff_pin_hash") == ""
    type_pin(qtbot, pad, "2468")
    type_pin(qtbot, pad, "2468")
    assert shell.nav.current.screen_id == "staff" and pins.verify_pin("2468", shell.settings.get("staff_pin_hash"))
