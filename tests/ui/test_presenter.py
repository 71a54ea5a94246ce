"""Presenter mode with two screens: the console on the guide's screen, the audience's view on the
other, full screen and without controls; the audience's display unplugged and plugged in again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False, "screens": [
    {"name": "audience", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "console", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
]}


def run_probe(tmp_path) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "presenter_probe.py"), str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_screens_make_a_console_and_an_audience_view_that_survives_unplugging(tmp_path):
    found = run_probe(tmp_path)
    assert found["screens"] == ["audience", "console"]
    assert found["settings_offers"] == ["", "audience", "console"] and found["console_setting"] == "console"
    # the setting names the guide's screen; the audience's view goes to the other one, full screen
    assert found["console_screen"] == "console" and found["window_on"] == "console"
    assert found["audience_visible"] and found["audience_on"] == "audience" and found["audience_fills_its_screen"]
    assert found["audience_page"] == "welcome"
    step = found["after_next"]
    assert step["page"] == "demo" and step["demo"] == "disaster" and step["chapter"] == 1
    assert not step["controls_shown"] and step["caption"]  # the demo and its caption, no buttons
    assert found["thumbnail"] is not None and found["thumbnail"][0] > 300
    assert found["console_notes"] and "Staff can write them" not in found["console_notes"]  # the pack's notes
    assert found["console_moves_the_audience_player"]
    # unplugged: hidden at once, never moved onto the console; the guide is told
    gone = found["after_removal"]
    assert not gone["audience_visible"] and gone["window_on"] == "console"
    assert gone["console_says"]
    assert not found["half_a_second_later_visible"]  # the display is given time to settle
    back = found["after_return"]
    assert back == {"audience_visible": True, "audience_on": "audience", "page": "demo"}
    assert found["after_end"]["audience_page"] == "feedback"
    assert found["after_finish"] == {"audience_visible": False, "screen": "attract"}
