"""Recorded footage on a camera tile: played in step with the clock where Qt Multimedia can, the
boxes over it, people blurred when the pack asks; the schematic, and a log line saying why,
wherever it cannot (no Qt Multimedia, a missing file, a file outside the pack's folder, a file
FFmpeg cannot decode). Never a crash."""

import json
import logging
import shutil
import sqlite3
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.core.pack import content_checksum
from kiosk.core.pack_reader import Pack
from kiosk.demos.cctv import video
from kiosk.demos.cctv.model import CctvModel
from kiosk.demos.cctv.view import CctvView
from tests.demos.avi import write_mjpeg_avi
from tests.painted import assert_a_picture

PACK = Path(__file__).resolve().parents[2] / "data" / "anyang-cctv-ai.pack"
FPS, FRAMES, W, H = 10, 60, 320, 180


def frame_color(k: int) -> QColor:
    return QColor(4 * k, 90, 160)


def jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 90)
    return bytes(data.data())


def write_clip(path: Path, checker: bool = False) -> None:
    """Six seconds at 10 fps; frame k is one flat colour (red = 4k), or a fine checkerboard."""
    frames = []
    for k in range(FRAMES):
        image = QImage(W, H, QImage.Format.Format_RGB32)
        image.fill(frame_color(k))
        if checker:
            p = QPainter(image)
            for y in range(0, H, 4):
                for x in range((y // 4) % 2 * 4, W, 8):
                    p.fillRect(x, y, 4, 4, QColor("white"))
            p.end()
        frames.append(jpeg(image))
    write_mjpeg_avi(path, frames, W, H, FPS)


def pack_with_video(tmp_path: Path, **scene_changes) -> Path:
    path = tmp_path / "video.pack"
    shutil.copy(PACK, path)
    conn = sqlite3.connect(path)
    scene = json.loads(conn.execute("SELECT scene FROM cameras WHERE idx=0").fetchone()[0])
    scene.update(scene_changes)
    conn.execute("UPDATE cameras SET scene=? WHERE idx=0", (json.dumps(scene),))
    conn.commit()
    conn.execute("UPDATE manifest SET value=? WHERE key='checksum'", (json.dumps(content_checksum(conn)),))
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def open_view(qtbot):
    opened = []

    def make(path: Path):
        pack = Pack.open(path)
        view = CctvView(CctvModel(pack))
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
        QApplication.processEvents()
        opened.append((view, pack))
        return view

    yield make
    for view, pack in opened:
        view.stop()
        view.hide()
        pack.close()


def pixel_off_the_boxes(tile) -> QPointF:
    """A point of the picture under no box and no words (the middle band of the frame)."""
    r = tile.image_rect()
    b = tile.boxes
    for fx in np.linspace(0.1, 0.9, 33):
        for fy in (0.45, 0.55, 0.65, 0.35):
            inside = ((b.x <= fx) & (fx <= b.x + b.w) & (b.y <= fy) & (fy <= b.y + b.h)).any() if len(b.cls) else False
            if not inside:
                return QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())
    raise AssertionError("every sampled point is under a box")


def test_footage_follows_the_clock_with_the_boxes_over_it(qtbot, tmp_path, open_view, caplog):
    write_clip(tmp_path / "clip-0.avi")
    view = open_view(pack_with_video(tmp_path, video="clip-0.avi"))
    tile = view.tiles[0]
    start = view.model.clip(0)[0]
    assert tile.feed is not None and tile.fallback_reason == ""

    view.player.seek(start + 2000)  # paused: the still frame taken two seconds in
    qtbot.waitUntil(lambda: tile.feed.image is not None and abs(tile.feed.image.pixelColor(5, 5).red() - 80) <= 6,
                    timeout=5000)
    assert not tile.uses_schematic and tile.badge_text() == "Recorded footage"
    picture = tile.grab().toImage()
    assert abs(picture.pixelColor(pixel_off_the_boxes(tile).toPoint()).red() - 80) <= 8
    assert len(tile.boxes.cls) and tile.boxes.t == view.model.boxes(0, start + 2000).t  # the AI's boxes on it

    view.player.seek(start + 4500)
    qtbot.waitUntil(lambda: abs(tile.feed.image.pixelColor(5, 5).red() - 180) <= 6, timeout=5000)

    view.player.clock.set_speed(4)
    view.player.clock.play()
    view.player.advance(1 / 60)
    assert tile.feed.player.playbackRate() == pytest.approx(4)
    assert tile.feed.player.playbackState() == tile.feed.player.PlaybackState.PlayingState
    view.player.clock.pause()
    view.player.advance(1 / 60)
    view.update_frame(view.player.clock.position)
    assert tile.feed.player.playbackState() != tile.feed.player.PlaybackState.PlayingState

    view.player.seek(start + 60_000)  # after the six seconds of footage: the drawing again
    assert tile.uses_schematic and tile.badge_text() == "Anonymised replay"


def test_people_are_blurred_when_the_pack_asks(qtbot, tmp_path, open_view):
    write_clip(tmp_path / "clip-0.avi", checker=True)

    with Pack.open(PACK) as sample:  # the biggest person camera 0 sees, and when
        model = CctvModel(sample)
        start, end = model.clip(0)
        best = (0.0, None, None)
        for t in range(start, end, 500):
            b = model.boxes(0, t)
            for i, cls in enumerate(b.labels()):
                if cls == "person" and b.w[i] * b.h[i] > best[0]:
                    best = (float(b.w[i] * b.h[i]), t, i)
    _area, t, i = best
    assert t is not None

    def spread_inside(blur: bool) -> float:
        (tmp_path / "pack").mkdir(exist_ok=True)
        folder = tmp_path / ("blur" if blur else "plain")
        folder.mkdir()
        shutil.copy(tmp_path / "clip-0.avi", folder / "clip-0.avi")
        view = open_view(pack_with_video(folder, video="clip-0.avi", blur_people=blur, video_start=t - 2000))
        tile = view.tiles[0]
        view.player.seek(t)
        qtbot.waitUntil(lambda: tile.feed.image is not None and not tile.uses_schematic, timeout=5000)
        qtbot.wait(200)
        b, r = tile.boxes, tile.image_rect()
        box = (r.x() + float(b.x[i]) * r.width(), r.y() + float(b.y[i]) * r.height(),
               float(b.w[i]) * r.width(), float(b.h[i]) * r.height())
        picture = tile.grab().toImage()
        # the middle of the body, away from the outline
        xs = np.linspace(box[0] + box[2] * 0.3, box[0] + box[2] * 0.7, 12)
        ys = np.linspace(box[1] + box[3] * 0.45, box[1] + box[3] * 0.8, 12)
        values = [picture.pixelColor(int(x), int(y)).lightness() for x in xs for y in ys]
        assert tile.badge_text() == ("Recorded footage · people blurred" if blur else "Recorded footage")
        return float(np.std(values))

    sharp, blurred = spread_inside(False), spread_inside(True)
    assert sharp > 40  # the checkerboard shows through an unblurred box
    assert blurred < sharp / 3


def test_without_qt_multimedia_the_schematic_is_drawn_and_the_log_says_why(qtbot, tmp_path, open_view, caplog,
                                                                           monkeypatch):
    write_clip(tmp_path / "clip-0.avi")
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as with PySide6-Essentials alone
    video.backend_error.cache_clear()
    try:
        with caplog.at_level(logging.INFO, logger="kiosk.demos.cctv.video"):
            view = open_view(pack_with_video(tmp_path, video="clip-0.avi"))
        tile = view.tiles[0]
        assert tile.feed is None and tile.uses_schematic and "Qt Multimedia" in tile.fallback_reason
        assert sum("clip-0.avi" in r.getMessage() for r in caplog.records) == 1
        view.player.seek(view.model.clip(0)[0] + 5000)
        assert len(tile.boxes.cls) > 0
        assert_a_picture(tile)  # the schematic scene under the boxes
        view.open_camera(0)
        assert view.big_tile.uses_schematic and "Qt Multimedia" in view.big_tile.fallback_reason
        assert sum("clip-0.avi" in r.getMessage() for r in caplog.records) == 1  # once per camera
    finally:
        video.backend_error.cache_clear()


@pytest.mark.parametrize("name, why", [("missing.avi", "does not exist"), ("../outside.avi", "outside")])
def test_a_missing_or_outside_file_keeps_the_schematic(qtbot, tmp_path, open_view, name, why):
    folder = tmp_path / "packs"
    folder.mkdir()
    write_clip(tmp_path / "outside.avi")
    view = open_view(pack_with_video(folder, video=name))
    tile = view.tiles[0]
    assert tile.feed is None and tile.uses_schematic and why in tile.fallback_reason


def test_a_file_ffmpeg_cannot_decode_falls_back_without_a_crash(qtbot, tmp_path, open_view, caplog):
    (tmp_path / "clip-0.avi").write_bytes(b"RIFF\x00\x00\x00\x00AVI not really a video" * 50)
    with caplog.at_level(logging.INFO, logger="kiosk.demos.cctv.video"):
        view = open_view(pack_with_video(tmp_path, video="clip-0.avi"))
        tile = view.tiles[0]
        view.player.seek(view.model.clip(0)[0] + 3000)
        qtbot.waitUntil(lambda: tile.fallback_reason != "", timeout=5000)
    assert tile.uses_schematic and not tile.feed.ok
    assert any("clip-0.avi" in r.getMessage() for r in caplog.records)
    view.player.seek(view.model.clip(0)[0] + 4000)
    assert len(tile.boxes.cls) > 0
    assert_a_picture(tile)
