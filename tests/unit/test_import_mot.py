"""MOTChallenge import: boxes come back frame by frame, classes map, refusals name the line, and
the pack does not depend on the order of the lines."""

from __future__ import annotations

import functools
import math
import random
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.mot import import_mot
from kiosk.core.pack import DETECTION_CLASSES
from kiosk.core.pack_reader import Pack
from kiosk.core.streams import DetectionStream

W, H = 1920, 1080
DEFAULT_START_MS = int(datetime(2026, 1, 1, 0, 0, tzinfo=timezone.utc).timestamp() * 1000)  # 09:00 KST


def gt_rows(frames: int = 50) -> list[tuple]:
    """(frame, id, left, top, w, h, flag, class, visibility): people, a car, a bicycle, and rows to skip."""
    rng = random.Random(7)
    rows = []
    for frame in range(1, frames + 1):
        for track, cls in ((1, 1), (2, 1), (3, 3), (4, 4)):
            if track == 4 and frame > 30:  # the bicycle leaves
                continue
            rows.append((frame, track, 100 * track + 3 * frame, 200 + rng.randint(-5, 5), 40 + track, 90, 1, cls,
                         round(rng.random(), 2)))
        rows.append((frame, 9, 500, 500, 30, 30, 0, 1, 1.0))  # flag 0: ignore
        rows.append((frame, 10, 700, 300, 20, 60, 1, 8, 1.0))  # distractor
    return rows


def text_of(rows) -> str:
    return "".join(",".join(str(v) for v in row) + "\n" for row in rows)


def kept(rows):
    return [r for r in rows if r[6] != 0 and r[7] in (1, 2, 3, 4, 5, 7)]


def write(folder: Path, text: str | bytes, name: str = "gt.txt") -> Path:
    path = folder / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def test_ground_truth_boxes_frame_by_frame(tmp_path):
    rows = gt_rows()
    src = write(tmp_path, text_of(rows))
    out, warnings = import_mot(src, tmp_path / "cam.pack", camera="anyang-cctv-0412", fps=10, width=W, height=H)
    assert len(warnings) == 1 and "100" in warnings[0]  # 2 rows skipped per frame
    with Pack.open(out) as pack:
        info = pack.info()
        assert (info["kind"], info["source"]) == ("cctv", "mot")
        assert info["t_start"] == DEFAULT_START_MS and info["t_end"] == DEFAULT_START_MS + 49 * 100
        assert pack.cameras[0]["id"] == "anyang-cctv-0412" and pack.cameras[0]["fps"] == 10
        assert pack.cameras[0]["scene"] == {"width": W, "height": H}
        assert pack.cameras[0]["name"] == {"und": "anyang-cctv-0412"}
        stream = DetectionStream.from_pack(pack)
        for k in range(1, 51):
            t = DEFAULT_START_MS + (k - 1) * 100
            boxes = stream.boxes_at(0, t)
            want = sorted((r for r in kept(rows) if r[0] == k), key=lambda r: r[1])
            assert boxes.t == t
            assert boxes.track.tolist() == [r[1] for r in want]
            np.testing.assert_allclose(boxes.x, [r[2] / W for r in want], rtol=1e-6)
            np.testing.assert_allclose(boxes.y, [r[3] / H for r in want], rtol=1e-6)
            np.testing.assert_allclose(boxes.w, [r[4] / W for r in want], rtol=1e-6)
            np.testing.assert_allclose(boxes.h, [r[5] / H for r in want], rtol=1e-6)
            labels = {1: "person", 3: "car", 4: "bicycle"}
            assert boxes.labels() == [labels[r[7]] for r in want]
            # half-way to the next frame still shows frame k
            assert stream.boxes_at(0, t + 50).track.tolist() == [r[1] for r in want]


def test_start_and_fps(tmp_path):
    src = write(tmp_path, "1,1,10,10,5,5,1,1,1\n26,1,12,10,5,5,1,1,1\n")
    start = datetime(2024, 4, 22, 10, 0, tzinfo=timezone(timedelta(hours=9)))
    out, _w = import_mot(src, tmp_path / "c.pack", camera="c", fps=25, start=start, width=100, height=100)
    with Pack.open(out) as pack:
        t = pack.columns("detections")["t"].tolist()
    assert t == [int(start.timestamp() * 1000), int(start.timestamp() * 1000) + 1000]


def test_results_format_with_confidence_and_no_size(tmp_path):
    text = "1,1,100,50,20,40,0.9,-1,-1,-1\n1,2,300,100,50,100,0.25,-1,-1,-1\n2,1,110,50,20,40,0.8,-1,-1,-1\n"
    src = write(tmp_path, text, "results.txt")
    out, warnings = import_mot(src, tmp_path / "r.pack", camera="c")
    assert len(warnings) == 1 and "350" in warnings[0] and "200" in warnings[0]  # largest right and bottom edges
    with Pack.open(out) as pack:
        assert pack.cameras[0]["scene"] == {"width": 350, "height": 200}
        stream = DetectionStream.from_pack(pack)
        first = stream.boxes_at(0, DEFAULT_START_MS)
        assert first.track.tolist() == [1, 2]
        np.testing.assert_allclose(first.score, [0.9, 0.25], rtol=1e-6)
        np.testing.assert_allclose(first.x, [100 / 350, 300 / 350], rtol=1e-6)
        np.testing.assert_allclose(first.h, [40 / 200, 100 / 200], rtol=1e-6)
        assert first.labels() == ["person", "person"]
        assert stream.boxes_at(0, DEFAULT_START_MS + 100).x.tolist() == pytest.approx([110 / 350])


@pytest.mark.parametrize("columns", [6, 7, 8, 10])
def test_short_and_long_result_lines_are_people(tmp_path, columns):
    row = [1, 5, 10, 10, 5, 5, 0.5, -1, -1, -1][:columns]
    src = write(tmp_path, ",".join(map(str, row)) + "\n")
    out, _w = import_mot(src, tmp_path / "c.pack", camera="c", width=100, height=100)
    with Pack.open(out) as pack:
        c = pack.columns("detections")
        assert c["cls"].tolist() == [DETECTION_CLASSES.index("person")]
        assert c["score"].tolist() == [0.5 if columns > 6 else 1.0]


def test_class_mapping(tmp_path):
    text = "".join(f"1,{cls},{10 * cls},10,5,5,1,{cls},1\n" for cls in range(1, 13)) + "1,13,10,10,5,5,1,13,1\n"
    out, warnings = import_mot(write(tmp_path, text), tmp_path / "c.pack", camera="c", width=200, height=100)
    assert any(w.endswith(": 7") for w in warnings)  # 6, 8, 9, 10, 11, 12, 13
    with Pack.open(out) as pack:
        c = pack.columns("detections")
    got = {int(track): DETECTION_CLASSES[int(cls)] for track, cls in zip(c["track"], c["cls"])}
    assert got == {1: "person", 2: "person", 3: "car", 4: "bicycle", 5: "motorcycle", 7: "person"}


def test_space_separated_lines(tmp_path):
    out, _w = import_mot(write(tmp_path, "1 1 10 10 5 5\n"), tmp_path / "c.pack", camera="c", width=100, height=100)
    with Pack.open(out) as pack:
        assert pack.columns("detections")["x"].tolist() == pytest.approx([0.1])


# ------------------------------------------------------------------------------ refusals

GOOD = "1,1,10,10,5,5,1,1,1\n2,1,11,10,5,5,1,1,1\n"


@pytest.mark.parametrize("line", [
    "3,1,10,10,5", "3,1,10,ten,5,5,1,1,1", "3,1,10,10,5,5,1,1,NaN", "3,1,inf,10,5,5,1,1,1", "3,1,10,10,5,5,-inf",
    "0,1,10,10,5,5,1,1,1", "-4,1,10,10,5,5,1,1,1", "2.5,1,10,10,5,5,1,1,1", "3,1.5,10,10,5,5,1,1,1",
    "3,-7,10,10,5,5,1,1,1", "3,1,10,10,0,5,1,1,1", "3,1,10,10,5,-2,1,1,1", "3,1,10,,5,5,1,1,1",
    "3,1,1e300,10,5,5,1,1,1", "99999999999,1,10,10,5,5,1,1,1",
])
def test_refusals_name_the_line(tmp_path, line):
    src = write(tmp_path, GOOD + line + "\n" + GOOD)
    out = tmp_path / "c.pack"
    with pytest.raises(ImportFailed) as caught:
        import_mot(src, out, camera="c")
    assert caught.value.row == 3 and caught.value.file == "gt.txt"
    assert str(caught.value).startswith("gt.txt, row 3: ")
    assert not out.exists()


@pytest.mark.parametrize("kwargs", [{"fps": 0}, {"fps": -10}, {"fps": math.nan}, {"fps": math.inf},
                                    {"width": 0, "height": 100}, {"width": 100, "height": -1},
                                    {"start": datetime(2026, 1, 1, 9, 0)}, {"camera": ""}])
def test_refused_arguments(tmp_path, kwargs):
    src = write(tmp_path, GOOD)
    out = tmp_path / "c.pack"
    with pytest.raises(ImportFailed) as caught:
        import_mot(src, out, **{"camera": "c", **kwargs})
    assert caught.value.file == "gt.txt" and caught.value.row is None
    assert not out.exists()


@pytest.mark.parametrize("text", ["", "\n\n  \n", "1,1,10,10,5,5,0,1,1\n1,2,10,10,5,5,1,9,1\n"])
def test_nothing_to_import(tmp_path, text):
    with pytest.raises(ImportFailed):
        import_mot(write(tmp_path, text), tmp_path / "c.pack", camera="c")


def test_refusal_keeps_an_existing_pack(tmp_path):
    out = tmp_path / "c.pack"
    import_mot(write(tmp_path, GOOD), out, camera="c")
    before = out.read_bytes()
    with pytest.raises(ImportFailed):
        import_mot(write(tmp_path, GOOD + "3,1,10,10,5,0\n", "bad.txt"), out, camera="c")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "c.pack", "gt.txt"]


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(ImportFailed):
        import_mot(tmp_path / "nope.txt", tmp_path / "c.pack", camera="c")
    with pytest.raises(ImportFailed):
        import_mot(write(tmp_path, b"\xff\xfe\x00garbage"), tmp_path / "c.pack", camera="c")


# ------------------------------------------------------------------------------ fuzzing

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAMPLE = text_of(gt_rows(12))


def attempt(data: bytes) -> str | None:
    """Import ``data``; return the pack's content checksum, or None when refused. Nothing else may escape."""
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "gt.txt"
        src.write_bytes(data)
        out = Path(folder) / "c.pack"
        try:
            import_mot(src, out, camera="c", width=W, height=H)
        except ImportFailed as exc:
            assert exc.fault and not out.exists()
            return None
        with Pack.open(out) as pack:
            return pack.manifest.checksum


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(data):
    attempt(data)


@FUZZ
@given(st.integers(0, len(SAMPLE)))
def test_fuzz_truncated(cut):
    attempt(SAMPLE[:cut].encode())


@FUZZ
@given(st.randoms(use_true_random=False))
def test_fuzz_shuffled_lines_give_the_same_pack(rnd):
    lines = SAMPLE.splitlines()
    rnd.shuffle(lines)
    assert reference() is not None
    assert attempt("\n".join(lines).encode()) == reference()


@functools.cache
def reference() -> str | None:
    return attempt(SAMPLE.encode())


@FUZZ
# Fields 0-7 (frame, id, box, flag, class); the ninth, visibility, is not used by the kiosk.
@given(st.integers(0, 10_000), st.integers(0, 7), st.sampled_from(["NaN", "nan", "inf", "-Infinity", "", "x"]))
def test_fuzz_nan_fields(line_pick, field, bad):
    lines = SAMPLE.splitlines()
    n = line_pick % len(lines)
    parts = lines[n].split(",")
    parts[field] = bad
    lines[n] = ",".join(parts)
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "gt.txt"
        src.write_text("\n".join(lines))
        with pytest.raises(ImportFailed) as caught:
            import_mot(src, Path(folder) / "c.pack", camera="c")
        assert caught.value.row == n + 1
