"""``kiosk pack validate|info``: what staff see in a terminal."""

import errno
import json
import sqlite3

import pytest

from kiosk import i18n
from kiosk.cli import main
from tests.unit.test_pack import NOTES, small_pack, written_by_1_0


def ko(msgid):
    return _translated("ko", msgid)


def es(msgid):
    return _translated("es", msgid)


def _translated(code, msgid):
    text = i18n.translate_in(code, msgid)
    assert text != msgid, f"{msgid!r} is not translated in {code}"
    return text


@pytest.fixture(autouse=True)
def _own_folders(tmp_path_factory, monkeypatch):
    """The commands log to the kiosk's log folder: keep it (and every other folder) out of the user's."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)


def test_info_json_lists_range_languages_and_counts(tmp_path, capsys):
    path = small_pack(tmp_path / "t.pack")
    assert main(["pack", "info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["languages"] == ["en", "fr", "ko"]
    assert (info["t_start"], info["t_end"]) == (0, 60_000)
    assert info["counts"]["track_points"] == 60 and info["counts"]["events"] == 1
    assert info["checksum_ok"] is True


def test_info_and_validate_say_the_format_version_and_the_notes_languages(tmp_path, capsys):
    path = small_pack(tmp_path / "t.pack", notes=NOTES)
    assert main(["pack", "info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "pack format 1.1" in lines and "guide's notes: en, ko, vi" in lines and "languages: en, fr, ko" in lines
    assert main(["pack", "validate", str(path)]) == 0
    assert capsys.readouterr().out == "t.pack: valid (format 1.1, checksum verified)\n"
    assert main(["pack", "info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["format"], info["format_version"], info["format_minor"]) == ("1.1", 1, 1)
    assert info["notes_languages"] == ["en", "ko", "vi"]

    old = written_by_1_0(small_pack(tmp_path / "old.pack", notes=NOTES))
    assert main(["pack", "info", str(old)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "pack format 1.0" in lines and "guide's notes: -" in lines and "checksum holds" in lines


def test_info_says_the_format_version_in_the_users_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    path = small_pack(tmp_path / "t.pack", notes=NOTES)
    assert main(["pack", "info", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert ko("pack format {version}").format(version="1.1") in lines
    assert ko("guide's notes: {languages}").format(languages="en, ko, vi") in lines


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
    assert err == ko("{file}: no such pack file").format(file="none.pack") + "\n"
    assert any("\uac00" <= ch <= "\ud7a3" for ch in err), err  # said in Korean


def test_a_damaged_pack_is_one_korean_line_and_the_log_keeps_the_cause(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    path = small_pack(tmp_path / "t.pack")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # SQLite's header survives, its first page does not
    path.write_bytes(bytes(data))
    data_dir = tmp_path / "d"
    assert main(["pack", "validate", str(path), "--data-dir", str(data_dir)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    refusal = ko("{file} is not a recorded-data pack, or it is damaged: {reason}.")
    assert err.startswith(refusal.split("{reason}")[0].format(file="t.pack"))
    assert not any(word in err for word in ("not a", "malformed", "database disk image", "Traceback"))


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/samples")


def test_a_full_disk_while_writing_is_one_line_in_the_users_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    import kiosk.core.samples

    monkeypatch.setattr(kiosk.core.samples, "make_samples", _disk_full)
    assert main(["pack", "make-samples", "-o", str(tmp_path / "s"), "--data-dir", str(tmp_path / "d")]) == 1
    err = capsys.readouterr().err
    where = es("{file}: {fault}").format(file="/media/usb/samples", fault=es("the disk is full"))
    assert err == es("The command could not finish: {reason}").format(reason=where) + "\n"
    assert "No space" not in err

    # an import whose pack cannot be put in place
    import kiosk.core.pack

    gt = tmp_path / "gt.txt"
    gt.write_text("1,1,100,200,40,80,1,1,1\n")
    monkeypatch.setattr(kiosk.core.pack.os, "replace", _disk_full)
    out = tmp_path / "cam.pack"
    assert main(["pack", "import-mot", str(gt), "--camera", "c", "--size", "640x480", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    fault = es("the file cannot be read or written ({reason})").format(reason=es("the disk is full"))
    assert err == es("{file}: {fault}").format(file="cam.pack", fault=fault) + "\n"
    assert not out.exists()


def test_permission_denied_is_said_in_the_users_language(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    path = small_pack(tmp_path / "t.pack")
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "t.pack":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert main(["pack", "info", str(path), "--data-dir", str(tmp_path / "d")]) == 2
    said = ko("{file} cannot be read: {reason}").format(file="t.pack", reason=ko("permission denied"))
    assert capsys.readouterr().err == said + "\n"


def test_an_unexpected_fault_is_logged_in_full_and_reported_in_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    import kiosk.cli_pack

    def explode(args):
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr(kiosk.cli_pack, "_run", explode)
    data_dir = tmp_path / "d"
    assert main(["pack", "validate", "x.pack", "--data-dir", str(data_dir)]) == 1
    out, err = capsys.readouterr()
    assert err == ko("Something went wrong; the details are in the kiosk's log.") + "\n"
    log = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: a fault of ours" in log


def test_info_names_its_counts_in_the_users_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    path = small_pack(tmp_path / "t.pack")
    assert main(["pack", "info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "  " + ko("{name}: {n}").format(name=ko("positions"), n=60) in out
    assert "  " + ko("{name}: {n}").format(name=ko("events"), n=1) in out
    assert "track_points" not in out and "events" not in out


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
