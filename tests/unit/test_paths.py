from kiosk import paths


def test_data_dir_keeps_everything_inside(tmp_path):
    p = paths.resolve(data_dir=tmp_path / "d")
    assert p.database == tmp_path / "d" / "kiosk.sqlite"
    assert p.config_file == tmp_path / "d" / "settings.json"
    assert p.log_dir.is_relative_to(tmp_path / "d")
    assert p.cache_dir.is_relative_to(tmp_path / "d")


def test_config_overrides(tmp_path):
    p = paths.resolve(config=tmp_path / "other.json", data_dir=tmp_path / "d")
    assert p.config_file == tmp_path / "other.json"


def test_portable_marker_keeps_everything_beside_the_executable(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    p = paths.resolve()
    assert p.portable
    for location in (p.config_file, p.database, p.log_dir, p.cache_dir):
        assert location.is_relative_to(tmp_path / paths.PORTABLE_FOLDER)


def test_without_marker_uses_platform_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    p = paths.resolve()
    assert not p.portable
    assert not p.database.is_relative_to(tmp_path)
