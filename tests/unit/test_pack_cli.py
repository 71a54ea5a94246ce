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
    # info still describes the damaged pack, and says the checksum does not hold
    assert main(["pack", "info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["checksum_ok"] is False
    assert main(["pack", "info", str(path)]) == 0
    assert "does not hold" in capsys.readouterr().out


def test_messages_follow_the_terminal_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert main(["pack", "validate", str(tmp_path / "none.pack")]) == 2
    err = capsys.readouterr().err
    assert "none.pack" in err
    assert any("\uac00" <= ch <= "\ud7a3" for ch in err), err  # said in Korean


CONFORMANCE = __import__("pathlib").Path(__file__).resolve().parents[3] / "shared" / "conformance"


def test_import_cap_then_info(tmp_path, capsys):
    import pytest

    cap = CONFORMANCE / "cap"
    if not cap.is_dir():
        pytest.skip("the conformance corpus is not beside the project")
    out = tmp_path / "alerts.pack"
    assert main(["pack", "import-cap", str(cap), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["pack", "info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["events"] == 4
    assert {"en-US", "es-US"} <= set(info["languages"])


def test_failed_import_leaves_no_pack_and_keeps_the_old_one(tmp_path, capsys):
    bad = tmp_path / "bad.xml"
    bad.write_text("<alert>not cap</alert>")
    out = tmp_path / "alerts.pack"
    out.write_bytes(b"previous pack")
    assert main(["pack", "import-cap", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.xml" in err and "Traceback" not in err
    assert out.read_bytes() == b"previous pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alerts.pack", "bad.xml"]


def test_import_mot_with_a_start_time(tmp_path, capsys):
    gt = tmp_path / "gt.txt"
    gt.write_text("\n".join(f"{f},1,{100 + f},200,40,80,1,1,1" for f in range(1, 21)))
    out = tmp_path / "cam.pack"
    assert main(["pack", "import-mot", str(gt), "--camera", "school-zone", "--fps", "10",
                 "--start", "2026-05-01T08:30:00+09:00", "--size", "1920x1080", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["pack", "info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["detections"] == 20
    assert info["t_start"] == 1777591800000  # 2026-04-30T23:30:00Z
    assert main(["pack", "import-mot", str(gt), "--camera", "c", "--start", "yesterday", "-o", str(out)]) == 2
