"""The command line: --screenshot, --self-test, set-pin, --exit-after-first-frame."""

import os
import subprocess
import sys
from pathlib import Path

from kiosk import i18n

ROOT = Path(__file__).resolve().parents[2]


def kiosk(*args, input=None, timeout=180, lang=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if lang:  # the terminal's language, as staff set it: LANG alone
        for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(var, None)
        env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env, input=input,
                          capture_output=True, text=True, timeout=timeout)


def test_screenshot_renders_every_screen_per_language(tmp_path):
    out = tmp_path / "shots"
    result = kiosk("--data-dir", str(tmp_path / "d"), "--screenshot", str(out), "--lang", "ko,ar", "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    for screen in ("attract", "home", "about", "pin", "staff", "settings", "error", "idle", "language"):
        for lang in ("ko", "ar"):
            assert f"{screen}-{lang}.png" in names
    from PySide6.QtGui import QImage

    image = QImage(str(out / "home-ar.png"))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_refuses_an_unknown_language(tmp_path):
    result = kiosk("--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "s"), "--lang", "xx")
    assert result.returncode == 2
    assert "xx" in result.stdout


def test_self_test_passes_and_reports_each_check(tmp_path):
    result = kiosk("--data-dir", str(tmp_path / "d"), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("catalogs", "fonts", "settings", "database", "demos", "packs", "languages"):
        assert f"ok    {check}" in result.stdout
    assert "ar (right-to-left)" in result.stdout


def test_self_test_names_what_failed(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "kiosk.sqlite").write_bytes(b"garbage" * 1000)
    result = kiosk("--data-dir", str(data), "--self-test")
    assert result.returncode == 1
    assert "FAIL  database" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_set_pin_stores_only_a_hash(tmp_path):
    data = tmp_path / "d"
    result = kiosk("--data-dir", str(data), "set-pin", "--stdin", input="864201\n")
    assert result.returncode == 0, result.stderr
    settings = (data / "settings.json").read_text()
    assert "864201" not in settings and "scrypt$" in settings


def test_set_pin_refuses_a_short_pin_in_the_interface_language(tmp_path):
    result = kiosk("--data-dir", str(tmp_path / "d"), "set-pin", "--stdin", input="12\n", lang="ko_KR.UTF-8")
    assert result.returncode == 2
    said = i18n.translate_in("ko", "A PIN has 4 to 8 digits.")
    assert result.stderr == said + "\n" and said != "A PIN has 4 to 8 digits."
    result = kiosk("--data-dir", str(tmp_path / "d"), "set-pin", "--stdin", input="12\n", lang="es_ES.UTF-8")
    assert result.returncode == 2
    said = i18n.translate_in("es", "A PIN has 4 to 8 digits.")
    assert result.stderr == said + "\n" and said != "A PIN has 4 to 8 digits."
    assert "scrypt$" not in ((tmp_path / "d" / "settings.json").read_text()
                             if (tmp_path / "d" / "settings.json").exists() else "")


def test_exit_after_first_frame(tmp_path):
    result = kiosk("--data-dir", str(tmp_path / "d"), "--exit-after-first-frame", timeout=60)
    assert result.returncode == 0, result.stderr


def test_set_pin_refuses_a_pin_a_member_of_staff_has(tmp_path):
    """One PIN, one person, from the terminal too: whose it is goes unsaid."""
    from kiosk import paths as paths_mod
    from kiosk.store.db import open_database
    from kiosk.store.staff import StaffRepository

    data = tmp_path / "d"
    db = open_database(paths_mod.resolve(data_dir=data).ensure().database)
    StaffRepository(db).add_staff("admin", "Kim Ji-woo", "guide", ("en",), pin="135790")
    db.close()
    result = kiosk("--data-dir", str(data), "set-pin", "--stdin", input="135790\n", lang="es_ES.UTF-8")
    assert result.returncode == 2
    said = i18n.translate_in("es", "This PIN is already in use. Choose another one.")
    assert result.stderr == said + "\n" and "Kim" not in result.stderr
    assert "scrypt$" not in ((data / "settings.json").read_text() if (data / "settings.json").exists() else "")
    result = kiosk("--data-dir", str(data), "set-pin", "--stdin", input="246801\n")
    assert result.returncode == 0, result.stderr
