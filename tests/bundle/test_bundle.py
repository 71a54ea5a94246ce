"""Build the PyInstaller bundle and run it: it must pass its self-test on a machine with no Python use."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    work = tmp_path_factory.mktemp("pyi-work")
    dist = tmp_path_factory.mktemp("pyi-dist")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "kiosk.spec"), "--noconfirm",
         "--workpath", str(work), "--distpath", str(dist)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    folder = dist / "kiosk"
    assert (folder / "kiosk").exists()
    return folder


def clean_env(tmp_path):
    # The bundle must not lean on the build machine's Python: no PYTHONPATH, no site-packages.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    return env


def test_bundle_passes_its_self_test(bundle, tmp_path):
    result = subprocess.run([str(bundle / "kiosk"), "--self-test", "--data-dir", str(tmp_path / "d")],
                            env=clean_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "8 languages" in result.stdout


def test_bundle_paints_its_first_frame(bundle, tmp_path):
    result = subprocess.run([str(bundle / "kiosk"), "--exit-after-first-frame", "--data-dir", str(tmp_path / "d")],
                            env=clean_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_bundle_holds_compiled_catalogs_and_fonts_but_no_unused_qt(bundle):
    internal = bundle / "_internal"
    assert len(list((internal / "i18n").glob("*.mo"))) == 8
    assert len(list((internal / "assets" / "fonts").glob("*.[ot]tf"))) == 7
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6"):
        assert unused not in names


def test_portable_marker_keeps_data_beside_the_bundle(bundle, tmp_path):
    marker = bundle / "portable"
    marker.write_text("")
    try:
        result = subprocess.run([str(bundle / "kiosk"), "--self-test"], env=clean_env(tmp_path),
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        assert (bundle / "kiosk-data" / "data" / "kiosk.sqlite").exists()
    finally:
        marker.unlink()
