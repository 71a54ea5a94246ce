"""The CCTV-wall demo's model: cameras, their detection boxes and their AI alerts. No Qt here.

Everything the view asks per tick (``boxes``, ``active_alerts``) is answered with binary
searches over arrays built once in ``__init__``: ``boxes`` is ``DetectionStream.boxes_at``
(a search inside the camera's own run) and ``active_alerts`` searches each camera's own
``EventIndex``; the work depends on the number of cameras and on the events running, never on
the recording's length.

Privacy: a pack holds detections only (boxes, classes, track numbers), never images. A scene
may name a ``video`` file; the tile decides whether it can show it (see ``video.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from kiosk.core.pack_reader import Event, Pack
from kiosk.core.streams import Boxes, DetectionStream, EventIndex
from kiosk.demos.packs import FromLibrary

T = np.int64

#: The AI detections a city's video-analytics system raises (the events a visitor browses).
AI_EVENT_KINDS = frozenset({"speeding_school_zone", "fall", "loitering_night", "smoke", "illegal_parking",
                            "jaywalking"})

#: An instant or just-ended alert stays lit this long after it ends, so a visitor sees it.
RECENT_MS = 5_000


@dataclass(frozen=True)
class Camera:
    index: int  # the ``camera`` value in the detections stream
    id: str
    name: dict[str, str]
    lat: float
    lon: float
    heading: float | None
    fps: float | None
    scene: dict

    @property
    def video(self) -> str | None:
        video = self.scene.get("video") if isinstance(self.scene, dict) else None
        return str(video) if video else None

    @property
    def video_start(self) -> int | None:
        """When the video's first frame was taken (ms UTC), from the scene's ``video_start``:
        milliseconds, or ISO 8601 with its offset. None: the camera's first detection."""
        value = self.scene.get("video_start") if isinstance(self.scene, dict) else None
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, (int, float)):
            return int(value)
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return None
        return int(moment.timestamp() * 1000) if moment.tzinfo is not None else None

    @property
    def blur_people(self) -> bool:
        """The pack asks that people be blurred wherever a video shows them."""
        return isinstance(self.scene, dict) and self.scene.get("blur_people") is True

    @property
    def aspect(self) -> float:
        """Frame width over height (16:9 when the scene does not say)."""
        try:
            w, h = float(self.scene.get("width") or 0), float(self.scene.get("height") or 0)
        except (TypeError, ValueError):
            return 16 / 9
        return w / h if w > 0 and h > 0 else 16 / 9


class CctvModel(FromLibrary):
    pack_kind = "cctv"

    def __init__(self, pack: Pack):
        self.pack = pack
        self.detections = DetectionStream.from_pack(pack)
        self.cameras: list[Camera] = []
        for c in pack.cameras:
            name = c.get("name") if isinstance(c.get("name"), dict) and c.get("name") else {"und": c["id"]}
            scene = c.get("scene") if isinstance(c.get("scene"), dict) else {}
            self.cameras.append(Camera(int(c["idx"]), str(c["id"]), dict(name), float(c.get("lat") or 0.0),
                                       float(c.get("lon") or 0.0),
                                       None if c.get("heading") is None else float(c["heading"]),
                                       None if c.get("fps") is None else float(c["fps"]), dict(scene)))
        self.cameras.sort(key=lambda cam: cam.index)
        self._by_id = {cam.id: cam for cam in self.cameras}

        self.ai_events: list[Event] = [e for e in pack.events if e.kind in AI_EVENT_KINDS]
        self._events: dict[str, list[Event]] = {cam.id: [] for cam in self.cameras}
        for e in sorted(self.ai_events, key=lambda e: (e.t_start, e.id)):
            if e.camera in self._events:
                self._events[e.camera].append(e)
        self._event_by_id = {e.id: e for e in self.ai_events}
        self._index: dict[str, EventIndex] = {}
        self._changes: dict[int, np.ndarray] = {}  # recent_ms -> when any camera's alerts change
        self._active: tuple | None = None  # (recent_ms, since, until, the alerts over that span)
        for cam_id, events in self._events.items():
            if events:
                self._index[cam_id] = EventIndex(
                    [e.id for e in events], np.array([e.t_start for e in events], T),
                    np.array([e.t_end if e.t_end is not None else e.t_start for e in events], T))

    # ------------------------------------------------------------------ cameras

    def camera(self, index: int) -> Camera:
        for cam in self.cameras:
            if cam.index == index:
                return cam
        raise IndexError(f"no camera with index {index}")

    def camera_by_id(self, camera_id: str) -> Camera | None:
        return self._by_id.get(camera_id)

    def clip(self, camera_index: int) -> tuple[int, int] | None:
        """First and last detection frame of a camera (ms), None when it has none."""
        s, e = int(self.detections.start[camera_index]), int(self.detections.end[camera_index])
        if e <= s:
            return None
        times = self.detections.c["t"]
        return int(times[s]), int(times[e - 1])

    # ------------------------------------------------------------------ per tick

    def boxes(self, camera_index: int, t: int) -> Boxes:
        return self.detections.boxes_at(camera_index, int(t))

    def events_for(self, camera_id: str) -> list[Event]:
        """The AI events of one camera, in start order."""
        return list(self._events.get(camera_id, ()))

    def event(self, event_id: str) -> Event | None:
        return self._event_by_id.get(event_id)

    def active_alerts(self, t: int, recent_ms: int = RECENT_MS) -> dict[str, list[Event]]:
        """Camera id -> the AI events running at ``t`` or ended within ``recent_ms`` before it.
        Cameras without an alert are left out.

        The answer only changes where an alert starts or stops being shown, so it is kept for the
        span of time between two such moments: most ticks answer with one comparison."""
        t = int(t)
        kept = self._active
        if kept is None or kept[0] != recent_ms or not kept[1] <= t < kept[2]:
            changes = self._changes.get(recent_ms)
            if changes is None:
                changes = self._changes[recent_ms] = np.unique(np.concatenate(
                    [np.empty(0, T)] + [np.concatenate((ix.t_start, ix.t_end + recent_ms + 1))
                                        for ix in self._index.values()]))
            i = int(np.searchsorted(changes, T(t), "right"))
            since = int(changes[i - 1]) if i > 0 else -(1 << 62)
            until = int(changes[i]) if i < len(changes) else 1 << 62
            out: dict[str, list[Event]] = {}
            for cam_id, index in self._index.items():
                ids = index.active(t, recent_ms)
                if ids:
                    out[cam_id] = [self._event_by_id[i] for i in ids]
            kept = self._active = (recent_ms, since, until, out)
        return {cam_id: list(events) for cam_id, events in kept[3].items()}
