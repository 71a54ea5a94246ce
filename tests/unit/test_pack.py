"""The pack format: written atomically, read back exactly, refused when damaged or foreign."""

import sqlite3

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.pack import FORMAT_VERSION, PackError, PackWriter
from kiosk.core.pack_reader import Pack

TITLE = {"en": "Test", "ko": "시험"}


def small_pack(path, **extra):
    with PackWriter(path, id="t", kind="mixed", timezone="Asia/Seoul", title=TITLE, summary={"en": "s"}) as w:
        w.add_feature("road", {"type": "LineString", "coordinates": [[126.95, 37.39], [126.96, 37.40]]},
                      name={"en": "Road"})
        w.add_feature("area", {"type": "Circle", "center": [126.95, 37.39], "radius_m": 500})
        w.add_object("bus1", "bus", label="Shuttle 1")
        t = np.arange(0, 60_000, 1000)
        w.add_track("bus1", t, 37.39 + t / 1e9, 126.95 + t / 1e9, speed=np.full(len(t), 20.0), passengers=np.arange(len(t)) % 9)
        w.add_sensor("g1", "water_level", "m", lat=37.398, lon=126.948, thresholds={"advisory": 7.0, "warning": 9.0})
        w.add_series("g1", [0, 30_000, 60_000], [5.0, 8.0, 9.5])
        w.add_camera("cam1", name={"en": "School zone"}, lat=37.39, lon=126.95)
        w.add_detections("cam1", [0, 0, 100], [1, 2, 1], [0, 1, 0], [0.1, 0.5, 0.12], [0.2, 0.5, 0.2],
                         [0.05, 0.1, 0.05], [0.1, 0.1, 0.1])
        w.add_event("fire-1", "fire", 10_000, t_end=50_000, severity="Severe", lat=37.40, lon=126.92,
                    title={"en": "Market fire", "ko": "시장 화재"})
        for phase, t in (("detected", 10_000), ("dispatched", 12_000), ("on_scene", 20_000), ("resolved", 50_000)):
            w.add_phase("fire-1", phase, t, agency="fire")
        w.add_chapter(0, 30_000, {"en": "Morning", "fr": "Matin"}, ["map"])
        for key, value in extra.items():
            setattr(w.manifest, key, value)
    return path


def test_round_trip(tmp_path):
    path = small_pack(tmp_path / "t.pack")
    with Pack.open(path) as pack:
        m = pack.manifest
        assert (m.t_start, m.t_end) == (0, 60_000)
        assert m.format_version == FORMAT_VERSION and m.checksum.startswith("sha256:")
        assert m.languages() == ["en", "fr", "ko"]
        assert [p.phase for p in pack.phases("fire-1")] == ["detected", "dispatched", "on_scene", "resolved"]
        assert pack.events[0].title["ko"] == "시장 화재"
        tracks = pack.columns("tracks")
        assert tracks["t"].dtype == np.int64 and len(tracks["t"]) == 60
        assert pack.sensors[0]["thresholds"] == {"advisory": 7.0, "warning": 9.0}
        info = pack.info()
        assert info["counts"]["detections"] == 3 and info["counts"]["features"] == 2
        assert info["languages"] == ["en", "fr", "ko"]


def test_streams_are_sorted_by_key_then_time(tmp_path):
    path = tmp_path / "s.pack"
    with PackWriter(path, id="s", kind="bus", timezone="UTC", title=TITLE) as w:
        w.add_object("b", "bus")
        w.add_object("a", "bus")
        w.add_track("b", [30, 10, 20], [1, 1, 1], [1, 1, 1])
        w.add_track("a", [5, 1], [2, 2], [2, 2])
    cols = Pack.open(path).columns("tracks")
    assert cols["obj"].tolist() == [0, 0, 0, 1, 1]
    assert cols["t"].tolist() == [10, 20, 30, 1, 5]


def test_failed_write_leaves_nothing_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "t.pack"
    path.write_bytes(b"old pack")
    with pytest.raises(PackError):
        with PackWriter(path, id="t", kind="bus", timezone="UTC", title=TITLE) as w:
            w.add_object("b", "bus")
            w.add_track("b", [0, 1], [37.0, float("nan")], [127.0, 127.0])
    assert path.read_bytes() == b"old pack"
    assert [p.name for p in tmp_path.iterdir()] == ["t.pack"]


def test_empty_pack_is_refused(tmp_path):
    with pytest.raises(PackError):
        with PackWriter(tmp_path / "e.pack", id="e", kind="bus", timezone="UTC", title=TITLE):
            pass
    assert not (tmp_path / "e.pack").exists()


@pytest.mark.parametrize("bad", [
    {"type": "Point", "coordinates": [200.0, 37.0]},
    {"type": "Point", "coordinates": [float("nan"), 37.0]},
    {"type": "Circle", "center": [127.0, 37.0], "radius_m": -1},
    {"type": "Hexagon", "coordinates": []},
])
def test_impossible_geometry_is_refused(tmp_path, bad):
    w = PackWriter(tmp_path / "g.pack", id="g", kind="bus", timezone="UTC", title=TITLE)
    with pytest.raises(PackError):
        w.add_feature("area", bad)


def test_tampered_pack_is_refused_with_a_message(tmp_path):
    path = small_pack(tmp_path / "t.pack")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET t_start = t_start + 1")
    conn.commit()
    conn.close()
    with pytest.raises(PackError) as err:
        Pack.open(path)
    assert "t.pack" in str(err.value) and "checksum" in str(err.value)


def test_unknown_format_version_is_refused(tmp_path):
    path = small_pack(tmp_path / "t.pack")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE manifest SET value = '99' WHERE key = 'format_version'")
    conn.commit()
    conn.close()
    with pytest.raises(PackError) as err:
        Pack.open(path)
    assert "99" in str(err.value)


def test_missing_and_foreign_files_are_refused(tmp_path):
    with pytest.raises(PackError):
        Pack.open(tmp_path / "none.pack")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table x (y)").connection.commit()
    with pytest.raises(PackError):
        Pack.open(other)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(tmp_path, data):
    path = tmp_path / "fuzz.pack"
    path.write_bytes(data)
    with pytest.raises(PackError):
        Pack.open(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_truncated_pack_is_refused_cleanly(tmp_path, cut):
    whole = tmp_path / "whole.pack"
    if not whole.exists():
        small_pack(whole)
    data = whole.read_bytes()
    path = tmp_path / "cut.pack"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(PackError):
        Pack.open(path)
