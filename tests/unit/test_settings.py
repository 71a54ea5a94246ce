import json

import pytest

from kiosk.core.errors import SettingsError
from kiosk.settings import DECLARED, Settings


def test_defaults_when_no_file(tmp_path):
    s = Settings.load(tmp_path / "settings.json")
    assert s.get("idle_timeout_s") == 90
    assert s.get("default_language") == "ko"
    assert s.get("theme") == "dark"
    assert s.get("enabled_languages") == ["ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"]


def test_every_setting_declared_once():
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys))


def test_update_is_saved_and_reloaded(tmp_path):
    path = tmp_path / "settings.json"
    Settings.load(path).update({"idle_timeout_s": 120, "theme": "light"})
    again = Settings.load(path)
    assert again.get("idle_timeout_s") == 120
    assert again.get("theme") == "light"


def test_invalid_update_changes_nothing(tmp_path):
    path = tmp_path / "settings.json"
    s = Settings.load(path)
    s.update({"idle_timeout_s": 60})
    with pytest.raises(SettingsError):
        s.update({"theme": "light", "idle_timeout_s": -5})
    assert Settings.load(path).get("theme") == "dark"
    assert Settings.load(path).get("idle_timeout_s") == 60


def test_a_refused_value_names_the_setting_in_the_interface_language(tmp_path):
    from kiosk import i18n

    i18n.set_language("ko")
    with pytest.raises(SettingsError) as caught:
        Settings.load(tmp_path / "settings.json").update({"idle_timeout_s": -5})
    assert caught.value.message == i18n._("{setting}: this value is not allowed ({value}).").format(
        setting=i18n._("Idle timeout"), value="-5")
    assert "idle_timeout_s" not in caught.value.message and "invalid" not in caught.value.message
    assert any("\uac00" <= ch <= "\ud7a3" for ch in caught.value.message)


def test_invalid_value_in_file_falls_back_to_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_timeout_s": "soon", "theme": "light"}))
    s = Settings.load(path)
    assert s.get("idle_timeout_s") == 90
    assert s.get("theme") == "light"


def test_unreadable_file_is_set_aside_not_lost(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json")
    s = Settings.load(path)
    assert s.get("theme") == "dark"
    kept = list(tmp_path.glob("settings.json.broken-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{ this is not json"


@pytest.mark.parametrize("zone, kept", [("Europe/Lisbon", True), ("Mars/Olympus", False), ("../../etc/passwd", False),
                                        (9, False)])
def test_the_center_time_zone_must_be_one_the_system_knows(tmp_path, zone, kept):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"center_timezone": zone}))
    settings = Settings.load(path)
    assert settings.get("center_timezone") == (zone if kept else "Asia/Seoul")
