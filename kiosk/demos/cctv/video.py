"""Recorded footage on a camera tile, where a center ships it and Qt can play it.

A pack may name a video per camera (``scene.video``, a file beside the pack). The tile then
shows the footage in step with the replay clock, the AI's boxes over it, and people blurred when
the pack asks (``scene.blur_people``). Qt Multimedia is not part of PySide6-Essentials: where it
cannot be loaded, where the file is missing or lies outside the pack's folder, or where FFmpeg
cannot decode it, the tile keeps its schematic and the log says why, once per camera.
"""

from __future__ import annotations

import functools
import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRectF, QUrl, Qt, Signal
from PySide6.QtGui import QImage, QPainter

from kiosk.demos.cctv.model import Camera

log = logging.getLogger(__name__)

#: How far the footage may drift from the clock before it is sought again (ms, per 1x of speed).
DRIFT_MS = 400
#: Paused: how close a still frame must be to the clock's time.
STILL_MS = 60

_logged: set[tuple[str, str]] = set()


@functools.lru_cache(maxsize=1)
def backend_error() -> str | None:
    """None when Qt Multimedia can be loaded, else why it cannot."""
    try:
        importlib.import_module("PySide6.QtMultimedia")
    except ImportError as exc:
        return f"Qt Multimedia cannot be loaded ({exc}); it comes with PySide6-Addons"
    return None


def log_fallback(pack_path: str, camera: Camera, reason: str) -> None:
    key = (pack_path, camera.id)
    if key not in _logged:
        _logged.add(key)
        log.info("camera %s: scene names video %r but %s; drawing the schematic", camera.id, camera.video, reason)


def resolve(camera: Camera, pack_path: str) -> tuple[Path | None, str]:
    """(the video file to play, "") or (None, why it will not be played). No video: (None, "")."""
    if not camera.video:
        return None, ""
    if not pack_path:
        return None, "the pack's folder is not known"
    folder = Path(pack_path).resolve().parent
    target = (folder / camera.video).resolve()
    if folder != target.parent and folder not in target.parents:
        return None, f"{target} lies outside the pack's folder"
    if not target.is_file():
        return None, f"{target} does not exist"
    reason = backend_error()
    if reason:
        return None, reason
    return target, ""


class VideoFeed(QObject):
    """One camera's footage, decoded by Qt Multimedia into images the tile paints itself (so the
    boxes and the blur go over it). ``follow`` keeps it at the replay clock's time."""

    frame_ready = Signal()
    failed = Signal(str)

    def __init__(self, path: Path, start_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        self._states = QMediaPlayer.PlaybackState
        self._invalid = QMediaPlayer.MediaStatus.InvalidMedia
        self._loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        self.path = path
        self.start = int(start_ms)
        self.image: QImage | None = None
        self.failed_reason = ""
        self.player = QMediaPlayer(self)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.player.errorOccurred.connect(self._error)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.pause()  # loads the file and shows its first frame

    # -- what the tile asks
    @property
    def ok(self) -> bool:
        return not self.failed_reason

    def covers(self, t: int) -> bool:
        """The footage has a frame for clock time ``t`` (unknown length: from its start on)."""
        offset = int(t) - self.start
        duration = self.player.duration()
        return offset >= 0 and (duration <= 0 or offset <= duration)

    def follow(self, t: int, playing: bool, speed: float) -> None:
        """Play, pause and seek so the frame shown is the one taken at clock time ``t``."""
        if not self.ok:
            return
        player = self.player
        if not self.covers(t):
            if player.playbackState() == self._states.PlayingState:
                player.pause()
            return
        offset = int(t) - self.start
        drift = abs(player.position() - offset)
        if playing:
            if abs(player.playbackRate() - speed) > 1e-6:
                player.setPlaybackRate(float(speed))
            if player.playbackState() != self._states.PlayingState:
                player.setPosition(offset)
                player.play()
            elif drift > DRIFT_MS * max(1.0, speed):
                player.setPosition(offset)
        else:
            if player.playbackState() == self._states.PlayingState:
                player.pause()
            if drift > STILL_MS:
                player.setPosition(offset)

    def pause(self) -> None:
        if self.player.playbackState() == self._states.PlayingState:
            self.player.pause()

    def stop(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        self.image = None

    # -- Qt Multimedia
    def _frame(self, frame) -> None:
        image = frame.toImage() if frame.isValid() else QImage()
        if not image.isNull():
            self.image = image
            self.frame_ready.emit()

    def _error(self, _error, message: str) -> None:
        self._fail(message or "the video cannot be played")

    def _status(self, status) -> None:
        if status == self._invalid:
            self._fail("FFmpeg cannot decode the file")
        elif status in self._loaded and not self.player.hasVideo():
            self._fail("the file holds no video stream FFmpeg can decode")

    def _fail(self, reason: str) -> None:
        if not self.failed_reason:
            self.failed_reason = reason
            self.image = None
            self.player.stop()
            self.failed.emit(reason)


def blur(p: QPainter, image: QImage, target: QRectF, regions: list[QRectF]) -> None:
    """Blur the parts of ``image`` (drawn at ``target``) under ``regions`` (tile coordinates):
    each is shrunk to a few pixels and stretched back, so nobody can be recognised."""
    sx, sy = image.width() / max(1.0, target.width()), image.height() / max(1.0, target.height())
    for region in regions:
        area = region.intersected(target)
        if area.isEmpty():
            continue
        source = QRect(int((area.x() - target.x()) * sx), int((area.y() - target.y()) * sy),
                       max(1, int(area.width() * sx)), max(1, int(area.height() * sy)))
        patch = image.copy(source)
        tiny = patch.scaled(max(1, patch.width() // 12), max(1, patch.height() // 12),
                            Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        p.drawImage(area, tiny.scaled(patch.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
