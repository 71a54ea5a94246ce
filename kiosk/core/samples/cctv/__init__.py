"""The "anyang-cctv-ai" sample: seven cameras as privacy-safe detection boxes with AI events. No Qt here.

No image is stored, only what an AI detector would output: per frame (10 fps), one normalised box
per detected person or vehicle, with a track id that stays with the object. Each scene is a small
world in metres seen by a pinhole camera (height, focal length, horizon), so boxes shrink with
distance, cars seen side-on are wider than cars seen head-on, and a person lying down becomes a
wide, low box. The same camera model draws the scene's schematic (road, lanes, crosswalks,
sidewalks, buildings) in normalised 0..1 coordinates for the view.

Boxes are (x, y, w, h) with (x, y) the top-left corner, all as fractions of the frame.

The camera model and the detector live in ``world.py``; the seven scenes in ``streets.py`` (the
school zones and the crossroads) and ``places.py`` (park, station square, market, sports complex).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np

from kiosk.core.pack import PackWriter
from kiosk.core.samples import geo
from kiosk.core.samples.basemap import ANYANG, add_anyang_basemap
from kiosk.core.samples.cctv.places import market_central, park_pyeongchon, sports_night, station_anyang
from kiosk.core.samples.cctv.streets import crossroads_beomgye, school_beomgye, school_myeonghak
from kiosk.core.samples.cctv.world import FPS, HEIGHT, WIDTH, Scene
from kiosk.core.samples.geo import local_ms
from kiosk.core.samples.notes.cctv import NOTES
from kiosk.core.samples.text import CAMERA, CCTV_EVENT, CCTV_SUMMARY, CCTV_TITLE, CH_CCTV, clock, fmt

DAY = date(2025, 9, 16)  # a Tuesday in term time
PACK_ID = "anyang-cctv-ai"

CAMERAS = [
    # id, builder, clip start (h, m), place (lat, lon; estimates near DOMAIN.md places), heading, scene kind
    ("cam-sports-night", sports_night, (1, 10), (37.4046, 126.9484), 300.0, "sports_complex_night"),
    ("cam-park-pyeongchon", park_pyeongchon, (6, 40), (37.3902, 126.9600), 110.0, "park"),
    ("cam-school-beomgye", school_beomgye, (8, 20), (37.3878, 126.9478), 0.0, "school_zone"),
    ("cam-market-central", market_central, (11, 10), ANYANG["central_market"], 90.0, "market"),
    ("cam-school-myeonghak", school_myeonghak, (14, 30), (37.3862, 126.9330), 200.0, "school_zone"),
    ("cam-crossroads-beomgye", crossroads_beomgye, (18, 0), (37.3896, 126.9505), 45.0, "crossroads"),
    ("cam-station-anyang", station_anyang, (19, 30), (37.4010, 126.9226), 30.0, "station_square"),
]


def build(path_: Path, rng: np.random.Generator, created: str) -> Path:
    w = PackWriter(path_, id=PACK_ID, kind="cctv", timezone="Asia/Seoul", title=CCTV_TITLE, summary=CCTV_SUMMARY,
                   source="sample")
    w.manifest.created = created
    add_anyang_basemap(w)
    chapters = []
    for cam_id, builder, (hh, mm), (lat, lon), heading, kind in CAMERAS:
        scene, info = builder(rng)
        t0 = local_ms(DAY, hh, mm)
        spec = {"width": WIDTH, "height": HEIGHT, "kind": kind, "layout": scene.layout.to_json(),
                "camera_model": scene.cam.model(), "boxes": "x, y = top-left corner; normalised to the frame",
                "privacy": "detections only, no images"}
        if kind == "school_zone":
            spec["speed_limit_kmh"] = 30
        w.add_camera(cam_id, name=CAMERA[cam_id], lat=lat, lon=lon, heading=heading, fps=FPS, scene=spec,
                     props={"clip_start": geo.local_iso(t0), "clip_s": scene.duration, "estimate_location": True})
        w.add_feature("camera", geo.point(lat, lon), id=f"feature-{cam_id}", kind=kind, name=CAMERA[cam_id],
                      props={"camera": cam_id, "heading": heading})
        det = scene.detections()
        order = np.lexsort((det["track"], det["frame"]))
        det = {k: v[order] for k, v in det.items()}
        t_ms = t0 + det["frame"].astype(np.int64) * (1000 // FPS)
        w.add_detections(cam_id, t_ms, det["track"], det["cls"], det["x"], det["y"], det["w"], det["h"], det["score"])
        chapter = _events(w, cam_id, kind, scene, info, t0, lat, lon)
        chapters.append(chapter)
    for t0, t1, caption, panels, focus, notes in sorted(chapters, key=lambda c: c[0]):
        w.add_chapter(t0, t1, caption, panels, focus, notes)
    return w.finish()


def _at(t_ms: int) -> str:
    return clock(*geo.hhmm(t_ms))


def _events(w: PackWriter, cam_id: str, kind: str, scene: Scene, info: dict, t0: int, lat: float, lon: float):
    """The AI event of a camera with its phases; returns the camera's story chapter
    (t_start, t_end, caption, panels, focus, the guide's notes)."""
    end = t0 + int(scene.duration * 1000)
    panels = ["camera", "events"]

    def ms(seconds: float) -> int:
        return t0 + int(round(seconds * 1000))

    def event(eid, ekind, start, stop, severity, title, detail, phases):
        w.add_event(eid, ekind, start, t_end=stop, severity=severity, lat=lat, lon=lon, title=title,
                    detail=detail, camera=cam_id)
        for phase, t, agency, unit in phases:
            w.add_phase(eid, phase, t, agency=agency, unit=unit, lat=lat, lon=lon)

    center = "Smart City Integrated Operations Center"
    if cam_id == "cam-school-beomgye":
        v = int(round(info["v_fast_kmh"]))
        start, stop = ms(info["t_fast"] + 35 / (v / 3.6) - 12 / (v / 3.6)), ms(info["fast_end"] + 8)
        event("ai-speeding", "speeding_school_zone", start, stop, "Moderate",
              fmt(CCTV_EVENT["speeding_school_zone"], v=str(v)),
              {"speed_kmh": v, "limit_kmh": 30, "track": info["fast"].track, "plate": "masked",
               "led_board": "plate and speed shown", "enforcement": "speed camera record sent"},
              [("detected", start, "city", center), ("resolved", stop, "police", "Speed enforcement record")])
        return (start - 40_000, stop + 30_000, fmt(CH_CCTV["speeding_school_zone"], time=_at(start), v=str(v)),
                panels, {"camera": cam_id, "event": "ai-speeding"}, NOTES["speeding_school_zone"])
    if cam_id == "cam-school-myeonghak":
        start, stop = ms(info["stop"] + 60), ms(info["leave"])
        event("ai-illegal-parking", "illegal_parking", start, stop, "Minor", CCTV_EVENT["illegal_parking"],
              {"stationary_s": 60, "track": info["car"].track, "rule": "no stopping or parking in school zones",
               "since": "2021-10", "fine_krw": 120_000, "plate": "masked", "speaker_warning": True},
              [("detected", start, "city", center), ("resolved", stop, "city", "Parking enforcement notice")])
        return (ms(info["stop"] - 15), stop + 10_000, fmt(CH_CCTV["illegal_parking"], time=_at(ms(info["stop"]))),
                panels, {"camera": cam_id, "event": "ai-illegal-parking"}, NOTES["illegal_parking"])
    if cam_id == "cam-crossroads-beomgye":
        start, stop = ms(info["t_start"] + 1.5), ms(info["t_end"] + 3)
        event("ai-jaywalking", "jaywalking", start, stop, "Minor", CCTV_EVENT["jaywalking"],
              {"track": info["jay"].track, "signal": "red for pedestrians crossing here", "speaker_warning": True},
              [("detected", start, "city", center), ("resolved", stop, "city", "Automatic speaker warning")])
        return (start - 45_000, stop + 25_000, fmt(CH_CCTV["jaywalking"], time=_at(start)), panels,
                {"camera": cam_id, "event": "ai-jaywalking"}, NOTES["jaywalking"])
    if cam_id == "cam-park-pyeongchon":
        start = ms(info["t_fall"] + 10)
        dispatched, on_scene = start + 50_000, start + 7 * 60_000 + 30_000
        resolved = on_scene + 16 * 60_000
        event("ai-fall", "fall", start, resolved, "Severe", CCTV_EVENT["fall"],
              {"track": info["fallen"].track, "lying_s_before_alert": 10, "bystanders": 2,
               "units": [{"agency": "fire", "unit": "Anyang Fire Station Ambulance 1"}]},
              [("detected", start, "city", center),
               ("dispatched", dispatched, "fire", "Anyang Fire Station Ambulance 1"),
               ("on_scene", on_scene, "fire", "Anyang Fire Station Ambulance 1"),
               ("resolved", resolved, "fire", "Anyang Fire Station Ambulance 1")])
        return (start - 50_000, end, fmt(CH_CCTV["fall"], time=_at(ms(info["t_fall"]))), panels,
                {"camera": cam_id, "event": "ai-fall"}, NOTES["fall"])
    if cam_id == "cam-market-central":
        start = ms(info["t_smoke"] + 8)
        dispatched, on_scene = start + 40_000, ms(331)
        resolved = t0 + 21 * 60_000
        event("ai-smoke", "smoke", start, resolved, "Severe", CCTV_EVENT["smoke"],
              {"track": info["plume"].track, "screen_blink": True, "fire_box_seen": True,
               "engine_access": "alley too narrow; crew on foot",
               "units": [{"agency": "fire", "unit": "Anyang Fire Station Pumper 1"}]},
              [("detected", start, "city", center), ("dispatched", dispatched, "fire", "Anyang Fire Station Pumper 1"),
               ("on_scene", on_scene, "fire", "Anyang Fire Station Pumper 1"),
               ("resolved", resolved, "fire", "Anyang Fire Station Pumper 1")])
        return (start - 40_000, end, fmt(CH_CCTV["smoke"], time=_at(start)), panels,
                {"camera": cam_id, "event": "ai-smoke"}, NOTES["smoke"])
    if cam_id == "cam-sports-night":
        start = t0
        dispatched, on_scene = t0 + 50_000, ms(info["t_stop"])
        resolved = local_ms(DAY, 1, 35)
        event("ai-loitering", "loitering_night", start, resolved, "Moderate", CCTV_EVENT["loitering_night"],
              {"track": info["man"].track, "loitering_min": 30, "rule": "night hours, over 30 minutes in the zone",
               "outcome": "registered missing person, returned to his family",
               "units": [{"agency": "police", "unit": "Anyang Dongan Police Patrol Car 2"}]},
              [("detected", start, "city", center),
               ("dispatched", dispatched, "police", "Anyang Dongan Police Patrol Car 2"),
               ("on_scene", on_scene, "police", "Anyang Dongan Police Patrol Car 2"),
               ("resolved", resolved, "police", "Anyang Dongan Police Patrol Car 2")])
        return (t0, end, fmt(CH_CCTV["loitering_night"], time=_at(start), t2=_at(on_scene)), panels,
                {"camera": cam_id, "event": "ai-loitering"}, NOTES["loitering_night"])
    return (t0, end, fmt(CH_CCTV["quiet"], time=_at(t0)), ["camera"], {"camera": cam_id}, NOTES["quiet"])
