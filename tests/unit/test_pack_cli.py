"""``kiosk pack validate|info``: what staff see in a terminal."""

import json
import sqlite3

from kiosk.cli import main
from tests.unit.test_pack import small_pack


def test_info_json_lists_range_languages_and_counts(tmp_path, capsys):
    path = small_pack(tmp_path / "t.pack")
    assert main(["pack", "info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["languages"] == ["en", "fr", "ko"]
    assert (info["t_start"], info["t_end"]) == (0, 60_000)
    assert info["counts"]["track_points"] == 60 and info["counts"]["events"] == 1
    assert info["checksum_ok"] is True


def test_validate_accepts_a_good_pack_and_refuses_a_tampered_one(tmp_path, capsys):
    path = small_pack(tmp_path / "t.pack")
    assert main(["pack", "validate", str(path)]) == 0
    assert "t.pack" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    conn.execute("UPDATE features SET name = NULL")
    conn.commit()
    conn.close()
    assert main(["pack", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "t.pack" in err and "Traceback" not in err


def test_messages_follow_the_terminal_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert main(["pack", "validate", str(tmp_path / "none.pack")]) == 2
    err = capsys.readouterr().err
    assert "none.pack" in err
