"""The sample packs: they open, tell a consistent story, speak eight languages and stay small."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from kiosk.core.pack import DETECTION_CLASSES, PHASES
from kiosk.core.pack_reader import Pack
from kiosk.core.samples import CREATED, FILES, make_samples
from kiosk.core.samples.bus import DAY as BUS_DAY
from kiosk.core.samples.geo import Frame, local_ms
from kiosk.core.samples.text import LANGS
from kiosk.core.streams import SeriesStream, TrackStream

ROOT = Path(__file__).resolve().parents[2]
INCIDENT_KINDS = {"flood", "fire", "missing_person", "crowd", "road_closure", "evacuation"}


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    paths = make_samples(out)
    assert [p.name for p in paths] == list(FILES)
    return out


@pytest.fixture(scope="module")
def packs(sample_dir):
    opened = {name.removesuffix(".pack"): Pack.open(sample_dir / name) for name in FILES}
    yield opened
    for pack in opened.values():
        pack.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------ files


def test_three_packs_under_30_mb_in_total(sample_dir):
    sizes = {name: (sample_dir / name).stat().st_size for name in FILES}
    print({name: f"{size / 1e6:.2f} MB" for name, size in sizes.items()})
    assert sum(sizes.values()) < 30_000_000
    assert sizes["anyang-cctv-ai.pack"] < 15_000_000


def test_same_seed_gives_byte_identical_files(sample_dir, tmp_path):
    again = make_samples(tmp_path / "again")
    for path in again:
        assert _digest(path) == _digest(sample_dir / path.name), path.name


def test_another_seed_gives_other_recordings(sample_dir, tmp_path):
    other = make_samples(tmp_path / "other", seed=7)
    assert _digest(other[2]) != _digest(sample_dir / other[2].name)
    with Pack.open(other[0]) as pack:  # a different seed still tells the whole story
        assert {e.kind for e in pack.events} == INCIDENT_KINDS


def test_packs_open_with_their_checksum_and_fixed_manifest(packs):
    kinds = {"anyang-disaster-day": "disaster", "anyang-cctv-ai": "cctv", "ansan-autonomous-bus": "bus"}
    for pack_id, pack in packs.items():
        m = pack.manifest
        assert m.id == pack_id and m.kind == kinds[pack_id]
        assert m.timezone == "Asia/Seoul"
        assert m.created == CREATED
        assert m.checksum.startswith("sha256:")
        assert m.t_start < m.t_end
        assert m.languages() == sorted(LANGS)
        assert len(m.chapters) >= 5 if pack_id == "anyang-disaster-day" else len(m.chapters) >= 3


def test_samples_import_without_qt():
    code = textwrap.dedent(
        """
        import sys
        for name in ("PySide6", "pyqtgraph", "qt_material"):
            sys.modules[name] = None
        import kiosk.core.samples, kiosk.core.samples.disaster, kiosk.core.samples.cctv, kiosk.core.samples.bus
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


# ------------------------------------------------------------------ languages

SCRIPT = {"ko": re.compile("[\uac00-\ud7a3]"), "ar": re.compile("[\u0600-\u06ff]"),
          "zh_Hans": re.compile("[\u4e00-\u9fff]")}


def _check_text(text, where: str, strict: bool = True) -> None:
    assert isinstance(text, dict), where
    assert tuple(sorted(text)) == tuple(sorted(LANGS)), f"{where}: keys {sorted(text)}"
    for lang in LANGS:
        value = text[lang]
        assert isinstance(value, str) and value.strip(), f"{where}: empty {lang}"
        if lang in SCRIPT:
            assert SCRIPT[lang].search(value), f"{where}: {lang} is not in its script: {value!r}"
        if lang == "zh_Hans":  # common simplified characters only (GB2312)
            for char in SCRIPT["zh_Hans"].findall(value):
                char.encode("gb2312")
        if strict and lang != "en":
            assert value != text["en"], f"{where}: {lang} is a copy of the English"


def _texts(pack: Pack):
    m = pack.manifest
    yield "title", m.title
    yield "summary", m.summary
    for i, chapter in enumerate(m.chapters):
        yield f"chapter {i}", chapter.caption
        yield f"chapter {i} notes", chapter.notes
    for event in pack.events:
        yield f"event {event.id}", event.title
        cap = event.detail.get("cap")
        if cap:
            for key in ("headline", "description", "instruction", "areaDesc", "event"):
                yield f"event {event.id} cap {key}", cap[key]


def _names(pack: Pack):
    for feature in pack.features:
        if feature.name:
            yield f"feature {feature.id}", feature.name
    for table in (pack.sensors, pack.cameras):
        for row in table:
            yield f"{row['id']} name", row["name"]
    for obj in pack.objects:
        yield f"object {obj['id']} name", obj["props"]["name"]


@pytest.mark.parametrize("pack_id", ["anyang-disaster-day", "anyang-cctv-ai", "ansan-autonomous-bus"])
def test_every_visible_text_in_eight_real_languages(packs, pack_id):
    pack = packs[pack_id]
    seen = 0
    for where, text in _texts(pack):
        _check_text(text, f"{pack_id} {where}")
        seen += 1
    for where, text in _names(pack):
        _check_text(text, f"{pack_id} {where}")
        seen += 1
    assert seen > 20


def test_every_feature_sensor_and_camera_has_a_name(packs):
    for pack in packs.values():
        assert all(f.name for f in pack.features)
        assert all(s["name"] for s in pack.sensors)
        assert all(c["name"] for c in pack.cameras)


# ------------------------------------------------------------------ the flood day


def _series(pack: Pack, sensor_id: str):
    index = [s["id"] for s in pack.sensors].index(sensor_id)
    return pack.sensors[index], *SeriesStream.from_pack(pack).samples(index)


def test_anyang_stream_passes_advisory_then_warning_in_the_afternoon_and_falls_at_night(packs):
    pack = packs["anyang-disaster-day"]
    sensor, t, level = _series(pack, "wl-ogeum")
    th = sensor["thresholds"]
    assert (th["advisory"], th["warning"]) == (7.0, 9.0)  # DOMAIN.md, Ogeum Bridge
    assert set(th) == {"attention", "advisory", "warning", "severe", "design"}
    assert sensor["kind"] == "water_level" and sensor["unit"] == "m"
    assert np.all(np.diff(t) == 600_000) and len(t) == 144  # 10-minute readings for the whole day
    day = pack.manifest.t_start
    first_advisory = int(t[np.argmax(level >= 7.0)])
    first_warning = int(t[np.argmax(level >= 9.0)])
    assert level[0] < 7.0 and level.max() > 9.0
    assert 12 * 3600_000 <= first_advisory - day < first_warning - day <= 20 * 3600_000
    assert level[-1] < 7.0  # back under the advisory level by midnight
    for s in pack.sensors:
        if s["kind"] == "water_level":
            _, _, v = _series(pack, s["id"])
            assert v.max() > s["thresholds"]["advisory"], s["id"]


def test_rain_reaches_the_heavy_rain_warning_level(packs):
    pack = packs["anyang-disaster-day"]
    gauges = [s for s in pack.sensors if s["kind"] == "rainfall"]
    assert 2 <= len(gauges) <= 3 and all(s["unit"] == "mm/h" for s in gauges)
    _, t, rate = _series(pack, "rain-cityhall")
    three_hours = np.convolve(rate / 6, np.ones(18))[: len(rate)]  # mm/h over 10 minutes
    assert three_hours.max() >= 90.0


def test_every_incident_has_its_four_phases_in_order(packs):
    pack = packs["anyang-disaster-day"]
    assert {e.kind for e in pack.events} == INCIDENT_KINDS
    closures = [e for e in pack.events if e.kind == "road_closure"]
    assert len(closures) == 4
    for event in pack.events:
        phases = pack.phases(event.id)
        first = {}
        for p in phases:
            first.setdefault(p.phase, p.t)
        assert set(first) == set(PHASES), event.id
        times = [first[name] for name in PHASES]
        assert times == sorted(times) and len(set(times)) == 4, (event.id, times)
        assert event.t_start == first["detected"] and event.t_end == max(p.t for p in phases if p.phase == "resolved")
        assert all(p.agency in ("fire", "police", "city") and p.unit for p in phases)
        assert event.lat is not None and event.title


def test_119_arrives_within_seven_minutes_and_units_drive_to_the_scene(packs):
    pack = packs["anyang-disaster-day"]
    fire = next(e for e in pack.events if e.kind == "fire")
    phases = pack.phases(fire.id)
    first_arrival = min(p.t for p in phases if p.phase == "on_scene" and p.agency == "fire")
    assert first_arrival - fire.t_start <= 7 * 60_000
    tracks = TrackStream.from_pack(pack)
    units = [(i, o) for i, o in enumerate(pack.objects) if o["kind"] in ("fire_engine", "police_car", "ambulance")]
    assert {o["kind"] for _, o in units} == {"fire_engine", "police_car", "ambulance"}
    for index, obj in units:
        samples = tracks.samples(index)
        event = next(e for e in pack.events if obj["id"] in [u["object"] for u in e.detail.get("units", [])])
        frame = Frame(event.lat, event.lon)
        start = np.hypot(*frame.xy(samples["lat"][0], samples["lon"][0]))
        end = np.hypot(*frame.xy(samples["lat"][-1], samples["lon"][-1]))
        assert start > 300 and end < 60, obj["id"]
        moving = samples["speed"] > 0
        assert np.median(np.diff(samples["t"][moving])) <= 2000  # 1 Hz while driving


def test_crowd_sensor_and_missing_person(packs):
    pack = packs["anyang-disaster-day"]
    sensor, t, density = _series(pack, "crowd-pyeongchon")
    assert sensor["unit"] == "people/m²" and density.max() > sensor["thresholds"]["advisory"]
    missing = next(e for e in pack.events if e.kind == "missing_person")
    assert missing.detail["loitering_min"] == 30
    assert (missing.t_start - pack.manifest.t_start) == (60 + 10) * 60_000  # 01:10, as in DOMAIN.md


# ------------------------------------------------------------------ the shuttles


def test_buses_respect_speed_and_seats(packs):
    pack = packs["ansan-autonomous-bus"]
    buses = [o for o in pack.objects if o["kind"] == "bus"]
    assert len(buses) == 3
    tracks = TrackStream.from_pack(pack)
    stops = [f for f in pack.features if f.layer == "stop"]
    assert len(stops) == 7
    for index, bus in enumerate(pack.objects):
        samples = tracks.samples(index)
        assert samples["speed"].max() <= 40.0
        assert samples["speed"].max() > 30.0
        assert samples["passengers"].min() >= 0 and samples["passengers"].max() <= bus["props"]["seats"]
        assert set(np.unique(samples["stop"])) == set(range(len(stops)))
        assert np.all(np.diff(samples["t"]) == 1000)  # 1 Hz from start to end of service
        bearing = samples["bearing"]
        assert np.isfinite(bearing).all() and (bearing >= 0).all() and (bearing < 360).all()
        # the shuttles really stop at stops: speed 0 near each stop
        for stop in stops:
            lon, lat = stop.geometry["coordinates"]
            dist = np.hypot(*Frame(lat, lon).xy(samples["lat"], samples["lon"]))
            assert np.any((dist < 15) & (samples["speed"] < 0.5)), (bus["id"], stop.id)


def test_all_three_buses_run_at_noon(packs):
    pack = packs["ansan-autonomous-bus"]
    state = TrackStream.from_pack(pack).state_at(local_ms(BUS_DAY, 12))
    assert state.active.all() and len(state.active) == 3


def test_bus_events_point_at_a_bus_and_agree_with_its_motion(packs):
    pack = packs["ansan-autonomous-bus"]
    kinds = {e.kind for e in pack.events}
    assert {"manual_takeover", "obstacle_stop", "late_departure"} <= kinds
    tracks = TrackStream.from_pack(pack)
    ids = [o["id"] for o in pack.objects]
    for event in pack.events:
        samples = tracks.samples(ids.index(event.object))
        during = (samples["t"] >= event.t_start) & (samples["t"] <= event.t_end)
        if event.kind == "obstacle_stop":
            assert samples["speed"][during].min() < 0.5
        if event.kind == "manual_takeover":
            assert samples["speed"][during].max() <= event.detail["speed_limit_kmh"] + 0.5
        if event.kind == "late_departure":
            assert samples["speed"][during].max() < 0.5 and event.t_end - event.t_start >= 5 * 60_000


# ------------------------------------------------------------------ the cameras


def test_each_camera_records_several_minutes_at_ten_fps(packs):
    pack = packs["anyang-cctv-ai"]
    assert 6 <= len(pack.cameras) <= 9
    det = pack.columns("detections")
    for index, camera in enumerate(pack.cameras):
        assert camera["fps"] == 10
        scene = camera["scene"]
        assert (scene["width"], scene["height"]) == (1920, 1080) and scene["layout"]["shapes"]
        mine = det["camera"] == index
        frames = np.unique(det["t"][mine])
        span = (frames[-1] - frames[0]) / 1000
        assert 240 <= span <= 400, camera["id"]
        assert np.all(np.diff(frames) % 100 == 0) and np.median(np.diff(frames)) == 100
        assert len(frames) >= 0.9 * span * 10, camera["id"]
        for col in ("x", "y"):
            assert det[col][mine].min() >= 0 and det[col][mine].max() <= 1
        assert (det["x"][mine] + det["w"][mine]).max() <= 1.01 and (det["y"][mine] + det["h"][mine]).max() <= 1.01
        # a track id keeps its class, and a person is taller than wide unless lying down
        tracks, cls = det["track"][mine], det["cls"][mine]
        for track in np.unique(tracks):
            assert len(np.unique(cls[tracks == track])) == 1


def _track(pack: Pack, event):
    det = pack.columns("detections")
    index = [c["id"] for c in pack.cameras].index(event.camera)
    sel = (det["camera"] == index) & (det["track"] == event.detail["track"])
    return {k: v[sel] for k, v in det.items()}


def test_ai_events_agree_with_the_detections(packs):
    pack = packs["anyang-cctv-ai"]
    kinds = {e.kind for e in pack.events}
    assert kinds == {"speeding_school_zone", "fall", "loitering_night", "smoke", "illegal_parking", "jaywalking"}
    det = pack.columns("detections")
    for event in pack.events:
        assert event.camera in [c["id"] for c in pack.cameras]
        box = _track(pack, event)
        assert len(box["t"]) > 10, event.kind
        name = DETECTION_CLASSES[int(box["cls"][0])]
        if event.kind == "speeding_school_zone":
            assert name == "car"
            index = [c["id"] for c in pack.cameras].index(event.camera)
            cars = (det["camera"] == index) & (det["cls"] == DETECTION_CLASSES.index("car"))
            on_screen = [np.ptp(det["t"][cars & (det["track"] == tr)]) for tr in np.unique(det["track"][cars])]
            others = [v for v in on_screen if v > 0]
            assert np.ptp(box["t"]) < np.median(others) * 0.75  # it crosses the view much faster
            assert event.detail["speed_kmh"] > 30
        if event.kind == "fall":
            after = box["t"] >= event.t_start
            assert name == "person" and np.all(box["w"][after] / box["h"][after] > 1.0)  # lying down
            assert np.median(box["w"][~after] / box["h"][~after]) < 0.6  # walking before
        if event.kind == "loitering_night":
            assert name == "person" and np.ptp(box["t"]) >= 4 * 60_000
            assert np.ptp(box["x"]) < 0.5
        if event.kind == "smoke":
            assert name == "smoke"
            area = box["w"] * box["h"]
            assert area[box["t"] < event.t_start + 60_000].mean() < area.max() / 3  # it grows
        if event.kind == "illegal_parking":
            parked = (box["t"] >= event.t_start) & (box["t"] <= event.t_end - 2000)
            assert name == "car" and np.ptp(box["x"][parked]) < 0.02  # it does not move
        if event.kind == "jaywalking":
            inside = (box["t"] >= event.t_start) & (box["t"] <= event.t_end)
            assert name == "person" and np.ptp(box["x"][inside]) > 0.4  # across the road
