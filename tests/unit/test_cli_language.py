"""The command line speaks the terminal's language, argparse's own words included, and every
refusal is one line in that language with a non-zero exit code: never English, never a traceback.

Each test runs ``python -m kiosk`` as staff would, with LANG set and LC_ALL, LC_MESSAGES and
LANGUAGE unset, and compares what it prints with the catalog of that language.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {"ko": "ko_KR.UTF-8", "es": "es_ES.UTF-8"}
#: English that must never reach a Korean or Spanish terminal.
ENGLISH = ("usage:", "positional arguments", "options:", "show this help message", ": error:", "required",
           "invalid choice", "not a pack", "recorded-data pack", "file is not a database", "no such",
           "Traceback", "Error", "PIN has", "differ")
_CATALOGS: dict[str, dict[str, str]] = {}


def tr(code: str, msgid: str) -> str:
    """``msgid`` as the catalog of ``code`` translates it."""
    if code not in _CATALOGS:
        with (ROOT / "i18n" / f"{code}.po").open("rb") as handle:
            _CATALOGS[code] = {m.id: m.string for m in read_po(handle, locale=code) if isinstance(m.id, str)}
    text = _CATALOGS[code][msgid]
    assert text and text != msgid, f"{msgid!r} is not translated in {code}"
    return text


def kiosk(code: str, *args: str, data: Path, input: str | None = None, stdin=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=LOCALES[code], PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kiosk", *args, "--data-dir", str(data)], cwd=ROOT, env=env,
                          input=input, stdin=stdin, capture_output=True, text=True, timeout=60)


def assert_no_english(text: str) -> None:
    found = [word for word in ENGLISH if word in text]
    assert not found, f"English {found} in:\n{text}"


def assert_one_line(text: str) -> None:
    assert len(text.strip().splitlines()) == 1, text


def korean_only(text: str, allowed: set[str]) -> None:
    """In Korean output, any Latin word is a command, an option or a name the user typed."""
    words = set(re.findall(r"[A-Za-z]{3,}", text)) - allowed
    assert not words, f"Latin words {sorted(words)} in:\n{text}"


@pytest.fixture(params=sorted(LOCALES))
def lang(request):
    return request.param


def test_help_is_in_the_terminal_language(lang, tmp_path):
    for args, summary in ((["--help"], "set the staff PIN"), (["pack", "--help"], "check a pack's format version and checksum")):
        result = kiosk(lang, *args, data=tmp_path)
        assert result.returncode == 0, result.stderr
        out = " ".join(result.stdout.split())  # help is wrapped to the terminal's width
        for msgid in ("usage: ", "positional arguments", "options", "show this help message and exit",
                      "folder for the database, logs and caches", summary):
            assert " ".join(tr(lang, msgid).split()) in out, (msgid, out)
        assert_no_english(out)
        assert result.stderr == ""


def test_a_missing_required_argument(lang, tmp_path):
    result = kiosk(lang, "pack", "info", data=tmp_path)
    assert result.returncode == 2
    required = tr(lang, "the following arguments are required: %s") % tr(lang, "PACK")
    assert required in result.stderr and tr(lang, "usage: ").strip() in result.stderr
    assert_no_english(result.stderr)
    if lang == "ko":
        korean_only(result.stderr, {"kiosk", "pack", "info", "json", "config", "data", "dir"})


def test_an_unknown_choice(lang, tmp_path):
    result = kiosk(lang, "pack", "frob", data=tmp_path)
    assert result.returncode == 2
    choices = ", ".join(repr(c) for c in ("import-gtfs", "import-cap", "import-mot", "validate", "info", "make-samples"))
    invalid = tr(lang, "invalid choice: %(value)r (choose from %(choices)s)") % {"value": "frob", "choices": choices}
    assert invalid in result.stderr
    assert_no_english(result.stderr)


def test_a_damaged_pack_is_refused_in_one_line(lang, tmp_path):
    garbage = tmp_path / "bad.pack"
    garbage.write_bytes(b"\x00\x13 this was never a pack " * 200)
    result = kiosk(lang, "pack", "validate", str(garbage), data=tmp_path / "d")
    assert result.returncode == 2
    refusal = tr(lang, "{file} is not a recorded-data pack, or it is damaged: {reason}.")
    assert result.stderr.strip() == refusal.format(file="bad.pack", reason=tr(lang, "the file is not a pack database"))
    assert result.stdout == ""
    assert_no_english(result.stderr)
    if lang == "ko":
        korean_only(result.stderr, {"bad", "pack"})

    # an SQLite file that is not a pack, and a pack whose pages were cut off
    foreign = tmp_path / "foreign.pack"
    sqlite3.connect(foreign).executescript("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
    result = kiosk(lang, "pack", "info", str(foreign), data=tmp_path / "d")
    assert result.returncode == 2
    assert result.stderr.strip() == refusal.format(file="foreign.pack", reason=tr(lang, "it has no pack description"))
    cut = tmp_path / "cut.pack"
    cut.write_bytes(foreign.read_bytes()[:100] + b"\xff" * 3000)
    result = kiosk(lang, "pack", "validate", str(cut), data=tmp_path / "d")
    assert result.returncode == 2
    assert_one_line(result.stderr)
    assert "cut.pack" in result.stderr
    assert_no_english(result.stderr)


def test_a_missing_file_and_a_folder_are_refused(lang, tmp_path):
    result = kiosk(lang, "pack", "validate", str(tmp_path / "none.pack"), data=tmp_path / "d")
    assert result.returncode == 2
    assert result.stderr.strip() == tr(lang, "{file}: no such pack file").format(file="none.pack")
    folder = tmp_path / "folder.pack"
    folder.mkdir()
    result = kiosk(lang, "pack", "info", str(folder), data=tmp_path / "d")
    assert result.returncode == 2
    assert result.stderr.strip() == tr(lang, "{file} cannot be read: {reason}").format(
        file="folder.pack", reason=tr(lang, "it is a folder, not a file"))
    result = kiosk(lang, "pack", "import-cap", str(tmp_path / "none.xml"), "-o", str(tmp_path / "out.pack"),
                   data=tmp_path / "d")
    assert result.returncode == 2
    assert_one_line(result.stderr)
    assert tr(lang, "the file or folder does not exist") in result.stderr and "none.xml" in result.stderr
    assert_no_english(result.stderr)


def test_set_pin_refuses_an_invalid_pin_and_an_empty_input(lang, tmp_path):
    result = kiosk(lang, "set-pin", "--stdin", data=tmp_path, input="12ab\n")
    assert result.returncode == 2
    assert result.stderr.strip() == tr(lang, "A PIN has 4 to 8 digits.")
    result = kiosk(lang, "set-pin", "--stdin", data=tmp_path, input="")
    assert result.returncode == 2
    assert result.stderr.strip() == tr(lang, "No PIN was given on standard input.")
    assert not (tmp_path / "settings.json").exists() or "scrypt" not in (tmp_path / "settings.json").read_text()


def test_set_pin_without_a_terminal_says_to_use_stdin(lang, tmp_path):
    result = kiosk(lang, "set-pin", data=tmp_path, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.strip() == tr(lang, "There is no terminal to type the PIN in: run kiosk set-pin in a "
                                             "terminal, or give the PIN on standard input with --stdin.")
    assert_no_english(result.stderr.replace("kiosk set-pin", "").replace("--stdin", ""))


def _on_a_terminal(code: str, data: Path, answers: list[bytes]) -> subprocess.CompletedProcess:
    """``kiosk set-pin`` with its standard input on a pseudo-terminal: each answer is typed once
    the next prompt has appeared (a prompt discards what was typed before it)."""
    import pty  # the kiosk and CI run on Linux, which always has it
    import selectors
    import time

    prompts = [tr(code, "New staff PIN (4 to 8 digits): "), tr(code, "Enter the same PIN again: ")]
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=LOCALES[code], PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "kiosk", "set-pin", "--data-dir", str(data)], cwd=ROOT,
                               env=env, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    os.close(slave)
    err = b""
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(process.stderr, selectors.EVENT_READ)
            deadline = time.monotonic() + 60
            for prompt, answer in zip(prompts, answers):
                while prompt.encode() not in err:
                    assert time.monotonic() < deadline, err.decode()
                    if selector.select(timeout=1):
                        chunk = os.read(process.stderr.fileno(), 4096)
                        assert chunk, err.decode()  # the command ended before asking
                        err += chunk
                os.write(master, answer)
        out, rest = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return subprocess.CompletedProcess(process.args, process.returncode, out.decode(), (err + rest).decode())


def test_set_pin_refuses_two_different_pins_typed_at_a_terminal(lang, tmp_path):
    result = _on_a_terminal(lang, tmp_path, [b"1234\n", b"5678\n"])
    assert result.returncode == 2
    assert tr(lang, "New staff PIN (4 to 8 digits): ") in result.stderr
    assert tr(lang, "Enter the same PIN again: ") in result.stderr
    assert result.stderr.strip().splitlines()[-1].endswith(tr(lang, "The two PINs differ. Please start again."))
    assert "1234" not in result.stderr + result.stdout  # never echoed
    assert_no_english(result.stderr)


def test_set_pin_at_a_terminal_stops_cleanly_at_end_of_input(lang, tmp_path):
    result = _on_a_terminal(lang, tmp_path, [b"\x04"])  # Ctrl-D
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == tr(lang, "No PIN was given.")
    assert_no_english(result.stderr)
