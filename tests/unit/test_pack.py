"""The pack format: written atomically, read back exactly, refused when damaged or foreign."""

import json
import sqlite3

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk import i18n
from kiosk.core.pack import FORMAT_MINOR, FORMAT_VERSION, NOTE_MAX_CHARS, PackError, PackWriter
from kiosk.core.pack_reader import Pack

TITLE = {"en": "Test", "ko": "시험"}


def small_pack(path, notes=None, **extra):
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
        w.add_chapter(0, 30_000, {"en": "Morning", "fr": "Matin"}, ["map"], notes=notes)
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


def _edit_manifest(path, **values):
    """Set manifest keys to these JSON values, as another writer would have written them (None: no key)."""
    conn = sqlite3.connect(path)
    for key, value in values.items():
        conn.execute("DELETE FROM manifest WHERE key = ?", (key,))
        if value is not None:
            conn.execute("INSERT INTO manifest VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))
    conn.commit()
    conn.close()
    return path


def _chapters(path):
    conn = sqlite3.connect(path)
    (value,) = conn.execute("SELECT value FROM manifest WHERE key = 'chapters'").fetchone()
    conn.close()
    return json.loads(value)


def written_by_1_0(path):
    """The pack as the 1.0 writer wrote it: no format_minor, chapters without notes (the row
    tables and columns, so the checksum, are the same in both versions)."""
    chapters = [{k: v for k, v in c.items() if k != "notes"} for c in _chapters(path)]
    return _edit_manifest(path, format_minor=None, chapters=chapters)


NOTES = {"ko": "지도에서 펌프차를 가리키세요.", "en": "Point at the pumper on the map.",
         "vi": "Hãy chỉ vào xe chữa cháy trên bản đồ."}


def test_a_1_0_pack_still_opens_and_its_chapters_have_no_notes(tmp_path):
    path = written_by_1_0(small_pack(tmp_path / "old.pack", notes=NOTES))
    assert "notes" not in _chapters(path)[0]
    with Pack.open(path) as pack:  # the checksum holds
        m = pack.manifest
        assert (m.format_version, m.format_minor, m.version) == (1, 0, "1.0")
        assert [(c.caption, c.panels, c.notes) for c in m.chapters] == [({"en": "Morning", "fr": "Matin"}, ["map"], {})]
        assert pack.info()["notes_languages"] == []


def test_the_guides_notes_round_trip_in_a_1_1_pack(tmp_path):
    path = small_pack(tmp_path / "t.pack", notes=NOTES)
    with Pack.open(path) as pack:
        m = pack.manifest
        assert (FORMAT_VERSION, FORMAT_MINOR) == (1, 1) and m.version == "1.1"
        assert m.chapters[0].notes == NOTES
        # the notes are for the guide: they add no language to what the visitors can read
        assert m.languages() == ["en", "fr", "ko"] and pack.info()["languages"] == ["en", "fr", "ko"]
        assert pack.info()["notes_languages"] == ["en", "ko", "vi"]


def test_a_chapter_without_notes_reads_with_none(tmp_path):
    with Pack.open(small_pack(tmp_path / "t.pack")) as pack:
        assert pack.manifest.version == "1.1" and pack.manifest.chapters[0].notes == {}


@pytest.mark.parametrize("major, minor, shown", [(2, None, "2.0"), (2, 3, "2.3"), (99, "x", "99"), (0, 9, "0.9")])
def test_another_major_version_is_refused_whatever_else_its_manifest_says(tmp_path, major, minor, shown):
    # a major version may describe itself otherwise: here its chapters are not even a list
    path = _edit_manifest(small_pack(tmp_path / "t.pack"), format_version=major, format_minor=minor,
                          chapters={"acts": []})
    with pytest.raises(PackError) as err:
        Pack.open(path)
    assert str(err.value) == i18n._("{file} uses pack format {version}, which this kiosk cannot read.").format(
        file="t.pack", version=shown)


def test_a_newer_minor_version_opens_and_what_it_adds_is_ignored(tmp_path):
    path = small_pack(tmp_path / "t.pack", notes=NOTES)
    chapters = [{**c, "gestures": ["wave"], "notes": c["notes"]} for c in _chapters(path)]
    _edit_manifest(path, format_minor=FORMAT_MINOR + 6, chapters=chapters, sponsor={"en": "Anyang"})
    with Pack.open(path) as pack:
        m = pack.manifest
        assert m.version == "1.7"
        assert m.chapters[0].notes == NOTES and m.chapters[0].caption == {"en": "Morning", "fr": "Matin"}
        assert not hasattr(m.chapters[0], "gestures") and not hasattr(m, "sponsor")


@pytest.mark.parametrize("values", [
    {"format_minor": "one"}, {"format_minor": -1}, {"format_minor": True}, {"format_minor": 1.5},
    {"format_version": True}, {"format_version": "1"}, {"format_version": None},
    {"chapters": [{"t_start": 0, "t_end": 1, "caption": {}, "notes": ["en", "text"]}]},
    {"chapters": [{"t_start": 0, "t_end": 1, "caption": {}, "notes": {"en": 3}}]},
])
def test_a_manifest_with_a_broken_version_or_notes_is_refused(tmp_path, values):
    path = _edit_manifest(small_pack(tmp_path / "t.pack"), **values)
    with pytest.raises(PackError) as err:
        Pack.open(path)
    assert str(err.value) == i18n._("{file} is not a recorded-data pack, or it is damaged: {reason}.").format(
        file="t.pack", reason=i18n._("its pack description cannot be read"))


def _note_refusal(n, msgid, **values):
    return i18n._(msgid).format(n=n, **values)


@pytest.mark.parametrize("notes, expected", [
    (["ko", "지도를 가리키세요"],
     lambda: _note_refusal(2, "story chapter {n}: the guide's notes must map language codes to texts")),
    ({"ko": 3}, lambda: _note_refusal(2, "story chapter {n}: the guide's notes must map language codes to texts")),
    ({"Korean!": "지도를 가리키세요"},
     lambda: _note_refusal(2, "story chapter {n}: {code} is not a language code", code="'Korean!'")),
    ({"": "지도를 가리키세요"}, lambda: _note_refusal(2, "story chapter {n}: {code} is not a language code", code="''")),
    ({"en": "Point at the map.", "ko": " \n "},
     lambda: _note_refusal(2, "story chapter {n}: the guide's note in {language} is empty", language="ko")),
    ({"zh_Hans": "地" * (NOTE_MAX_CHARS + 1)},
     lambda: i18n.ngettext("story chapter {n}: the guide's note in {language} is longer than {max} character",
                           "story chapter {n}: the guide's note in {language} is longer than {max} characters",
                           NOTE_MAX_CHARS).format(n=2, language="zh_Hans", max=i18n.format_number(NOTE_MAX_CHARS))),
])
def test_bad_notes_are_refused_when_writing_with_a_message_in_the_staffs_language(tmp_path, notes, expected):
    i18n.set_language("ko")
    w = PackWriter(tmp_path / "n.pack", id="n", kind="mixed", timezone="UTC", title=TITLE)
    w.add_chapter(0, 1000, {"en": "Morning"}, notes={"en": "Fine."})
    with pytest.raises(PackError) as err:
        w.add_chapter(1000, 2000, {"en": "Noon"}, notes=notes)
    said = expected()
    assert str(err.value) == said and any("\uac00" <= ch <= "\ud7a3" for ch in said)  # said in Korean
    assert len(w.manifest.chapters) == 1


def test_notes_of_the_longest_length_and_any_language_tag_are_written(tmp_path):
    longest = "가" * NOTE_MAX_CHARS
    notes = {"ko": longest, "zh_Hans": "请指向地图。", "en-US": "Point at the map.", "und": "…"}
    with Pack.open(small_pack(tmp_path / "t.pack", notes=notes)) as pack:
        assert pack.manifest.chapters[0].notes == notes


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
