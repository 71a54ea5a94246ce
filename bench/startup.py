"""Start-up benchmark: process start to first painted frame, and bundle size. Prints one JSON line.

    python bench/startup.py [--runs 15] [--build] [--json]

Measures, in the same run and alternating so that machine noise hits both alike:
  * ``python -m kiosk --exit-after-first-frame`` against ``python bench/bare_window.py``;
  * with --build (or when both bundles exist under bench/out/), ``kiosk --exit-after-first-frame``
    from the bundle against a bare PySide6 bundle of bare_window.py, and both bundles' sizes.
Goals: first frame at most 2.5x the bare window; bundle at most 1.6x the bare bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def timed(cmd: list[str], env: dict) -> float:
    # No timeout here: with one, Popen.wait() polls every 50 ms and the timings come out in 50 ms steps.
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    code = process.wait()
    elapsed = (time.perf_counter() - start) * 1000
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with {code}")
    return elapsed


def pair(a: list[str], b: list[str], env: dict, runs: int) -> tuple[list[float], list[float]]:
    timed(a, env), timed(b, env)  # warm-up: disk cache, theme cache, compiled catalogs
    ta, tb = [], []
    for _ in range(runs):
        ta.append(timed(a, env))
        tb.append(timed(b, env))
    return ta, tb


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundles() -> None:
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-pyi-"))
    common = ["--noconfirm", "--workpath", str(work), "--distpath", str(OUT)]
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "kiosk.spec"), *common], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--onedir", "--windowed", "--name", "bare",
                    "--specpath", str(work), *common, str(ROOT / "bench" / "bare_window.py")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    essentials_only(OUT / "bare")


#: What PyInstaller adds to any PySide6 bundle when PySide6-Addons is installed (the tests need it
#: for CCTV footage): Qt's virtual-keyboard input plugin and the Qt Quick it loads. A bare
#: PySide6-Essentials window has none of it, so the baseline leaves it out.
ADDONS_ONLY = re.compile(r"/platforminputcontexts/libqtvirtualkeyboardplugin|/libQt6VirtualKeyboard|"
                         r"/libQt6Qml|/libQt6Quick")


def essentials_only(bundle: Path) -> None:
    for path in list(bundle.rglob("*")):
        if (path.is_file() or path.is_symlink()) and ADDONS_ONLY.search("/" + path.relative_to(bundle).as_posix()):
            path.unlink()


def summary(kiosk: list[float], bare: list[float]) -> dict:
    k, b = statistics.median(kiosk), statistics.median(bare)
    return {"median_ms": round(k, 1), "bare_median_ms": round(b, 1), "ratio": round(k / b, 2),
            "p90_ms": round(sorted(kiosk)[int(0.9 * (len(kiosk) - 1))], 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", action="store_true", help="build both bundles into bench/out first")
    parser.add_argument("--json", action="store_true", help="(the output is always one JSON line)")
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="kiosk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result: dict = {"runs": args.runs, "platform": "offscreen"}

    kiosk_cmd = [sys.executable, "-m", "kiosk", "--data-dir", data, "--exit-after-first-frame"]
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    result["python"] = summary(*pair(kiosk_cmd, bare_cmd, env, args.runs))

    if args.build:
        build_bundles()
    kiosk_bin, bare_bin = OUT / "kiosk" / "kiosk", OUT / "bare" / "bare"
    if kiosk_bin.exists() and bare_bin.exists():
        result["bundle"] = summary(*pair([str(kiosk_bin), "--data-dir", data, "--exit-after-first-frame"],
                                         [str(bare_bin)], env, args.runs))
        size, bare_size = folder_bytes(OUT / "kiosk"), folder_bytes(OUT / "bare")
        result["bundle_size"] = {"bytes": size, "bare_bytes": bare_size, "ratio": round(size / bare_size, 2)}
    result["goals"] = {"first_frame_ratio_max": 2.5, "bundle_size_ratio_max": 1.6}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
