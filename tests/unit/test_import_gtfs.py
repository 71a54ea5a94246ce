"""The GTFS importer against the conformance corpus, recorded positions, and fuzzed feeds.

Row numbers in refusals are physical line numbers (the header is line 1).
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.gtfs import import_gtfs
from kiosk.core.pack_reader import Pack
from kiosk.core.streams import TrackStream

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "gtfs"
if not CORPUS.is_dir():
    pytest.skip("the GTFS conformance corpus (../shared/conformance/gtfs) is absent", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
VALID = ["good_feed", "flatten_feed", "filter_unusual_trips", "unrecognized_columns", "utf8bom"]
#: feed -> (file named, row named or None, a text the message must hold)
REFUSED = {
    "bad_utf8": ("agency.txt", 1, "UTF-8"),
    "contains_null": ("stops.txt", 9, "NUL"),
    "empty_file": ("agency.txt", None, "no data rows"),
    "missing_column": ("agency.txt", None, "agency_name"),
    "missing_stops": ("stops.txt", None, "missing"),
    "missing_routes": ("routes.txt", None, "missing"),
    "missing_stop_times": ("stop_times.txt", None, "missing"),
    "undefined_stop": ("stop_times.txt", 11, "NADAR"),
    "bad_date_format": ("calendar.txt", 2, "2007.01.01"),
}
EITHER = ["utf16", "duplicate_stop", "missing_row_cells", "extra_row_cells", "negative_stop_sequence"]
LA = ZoneInfo("America/Los_Angeles")


# ------------------------------------------------------------------------------ helpers

def csv_rows(path: Path) -> list[list[str]]:
    """Data rows of a GTFS file (header and blank rows left out), read independently of the importer."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.reader(handle) if any(c.strip() for c in r)]
    return rows[1:]


def expected_counts(folder: Path) -> dict[str, int]:
    shapes = csv_rows(folder / "shapes.txt")
    return {
        "agencies": len(csv_rows(folder / "agency.txt")),
        "stops": len(csv_rows(folder / "stops.txt")),
        "routes": len(csv_rows(folder / "routes.txt")),
        "trips": len(csv_rows(folder / "trips.txt")),
        "stop_times": len(csv_rows(folder / "stop_times.txt")),
        "shapes": len({r[0] for r in shapes}),
    }


def stop_bbox(folder: Path, margin: float = 0.05) -> tuple[float, float, float, float]:
    with (folder / "stops.txt").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lats = [float(r["stop_lat"]) for r in rows]
    lons = [float(r["stop_lon"]) for r in rows]
    return min(lats) - margin, max(lats) + margin, min(lons) - margin, max(lons) + margin


def ms(moment: datetime) -> int:
    return int(round(moment.timestamp() * 1000))


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, prefix + file.name)
    return target


GOOD = CORPUS / "good_feed"
GOOD_FILES = {p.name: p.read_bytes() for p in GOOD.iterdir()}


def write_feed(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def import_or_refuse(feed: Path, out: Path):
    """Import; a refusal must be an ImportFailed diagnosed on purpose (not a converted crash)."""
    try:
        return import_gtfs(feed, out)
    except ImportFailed as exc:
        assert exc.__cause__ is None, f"an undiagnosed failure: {exc} ({exc.__cause__!r})"
        assert not out.exists()
        return None


# ------------------------------------------------------------------------------ valid feeds

@pytest.mark.parametrize("name", VALID)
def test_valid_feed_imports_with_the_counts_of_its_files(name, tmp_path):
    folder = CORPUS / name
    path, warnings = import_gtfs(folder, tmp_path / "out.pack")
    assert isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)
    with Pack.open(path) as pack:
        info = pack.info()
        assert info["kind"] == "bus" and info["source"] == "gtfs"
        assert info["timezone"] == "America/Los_Angeles"
        want = expected_counts(folder)
        assert {k: info[k] for k in want} == want
        assert info["gtfs"] == want
        assert info["counts"]["schedule_rows"] == want["stop_times"]
        assert info["counts"]["track_points"] > 0
        assert all(o["kind"] == "bus" and o["id"].startswith("trip:") for o in pack.objects)
        stops = [f for f in pack.features if f.layer == "stop"]
        assert stops and all(f.id.startswith("stop:") and f.geometry["type"] == "Point" for f in stops)
        routes = [f for f in pack.features if f.layer == "route"]
        assert routes and all(f.geometry["type"] == "LineString" for f in routes)

        t_mid = (info["t_start"] + info["t_end"]) // 2
        state = TrackStream.from_pack(pack).state_at(t_mid)
        lat0, lat1, lon0, lon1 = stop_bbox(folder)
        inside = state.active & (state.lat >= lat0) & (state.lat <= lat1) & (state.lon >= lon0) & (state.lon <= lon1)
        assert inside.any(), f"no vehicle among the stops at {t_mid}"
        assert np.all(state.speed[state.active] >= 0)


def test_good_feed_details(tmp_path):
    path, warnings = import_gtfs(GOOD, tmp_path / "good.pack")
    assert warnings == []
    with Pack.open(path) as pack:
        info = pack.info()
        assert info["id"] == "good_feed"
        # agency.txt names no agency_lang, so the name is kept as of unknown language
        assert info["title"] == {"und": "Autorité de passage de démonstration"}
        # 2007-01-01 is the first service day; the first trips leave at 6:00 Los Angeles time.
        assert info["t_start"] == ms(datetime(2007, 1, 1, 6, 0, tzinfo=LA))
        assert info["t_end"] == ms(datetime(2007, 1, 1, 12, 15, tzinfo=LA))
        features = {f.id: f for f in pack.features}
        stop = features["stop:FUR_CREEK_RES"]
        assert stop.geometry == {"type": "Point", "coordinates": [-117.133162, 36.425288]}
        assert stop.name == {"und": "Furnace Creek Resort (Demo)"}
        assert stop.props == {"stop_id": "FUR_CREEK_RES", "code": "1234"}
        city = features["route:CITY"]
        assert city.name == {"und": "Ō"} and city.props == {"route_id": "CITY", "type": 3}
        assert len(city.geometry["coordinates"]) == 5  # the stops of its longest trip
        assert features["route:AB"].name == {"und": "Airport ⇒ Bullfrog"}
        # Only the FULLW trips run on a Monday; AAMV (weekends) does not.
        ids = sorted(o["id"] for o in pack.objects)
        assert ids == sorted("trip:" + t for t in ["AB1", "AB2", "STBA", "CITY1", "CITY2", "BFC1", "BFC2"])
        schedule = pack.schedule()
        assert ("CITY1", "CITY", "FULLW", 5, "NANAA", 6 * 3600 + 5 * 60, 6 * 3600 + 7 * 60, None) in schedule

        stream = TrackStream.from_pack(pack)
        objects = {o["id"]: o["idx"] for o in pack.objects}
        stop_order = [f.id for f in pack.features if f.layer == "stop"]
        k = objects["trip:CITY1"]
        samples = stream.samples(k)
        assert np.all(np.diff(samples["t"]) <= 5000) and np.all(np.diff(samples["t"]) > 0)
        # Dwelling at NANAA between 6:05 and 6:07: standing still, last stop NANAA.
        state = stream.state_at(ms(datetime(2007, 1, 1, 6, 6, tzinfo=LA)))
        assert state.active[k]
        assert state.lat[k] == pytest.approx(36.914944, abs=1e-6)
        assert state.lon[k] == pytest.approx(-116.761472, abs=1e-6)
        assert state.speed[k] == pytest.approx(0, abs=0.01)
        assert stop_order[state.stop[k]] == "stop:NANAA"
        # Between two stops: moving, at a sensible bus speed, heading roughly from one to the next.
        state = stream.state_at(ms(datetime(2007, 1, 1, 8, 50, tzinfo=LA)))
        b = objects["trip:BFC1"]
        assert state.active[b] and 10 < state.speed[b] < 120
        assert 180 < state.bearing[b] < 270  # Bullfrog -> Furnace Creek is south-west
        assert stop_order[state.stop[b]] == "stop:BULLFROG"
        # Before the first departure and after the last arrival no vehicle shows.
        assert not stream.state_at(info["t_start"] - 60_000).active.any()
        assert not stream.state_at(info["t_end"] + 60_000).active.any()


def test_a_zip_imports_like_the_folder(tmp_path):
    from_folder = Pack.open(import_gtfs(GOOD, tmp_path / "a.pack")[0]).info()
    for prefix in ("", "good_feed/"):
        archive = zip_folder(GOOD, tmp_path / f"good{len(prefix)}.zip", prefix)
        with Pack.open(import_gtfs(archive, tmp_path / "b.pack")[0]) as pack:
            info = pack.info()
            assert info["gtfs"] == from_folder["gtfs"] == expected_counts(GOOD)
            assert info["counts"] == from_folder["counts"]
            assert info["id"] == f"good{len(prefix)}"


def test_options_and_service_day(tmp_path):
    path, _warnings = import_gtfs(GOOD, tmp_path / "x.pack", pack_id="demo-bus", title={"en": "Demo", "ko": "데모"},
                                  service_date=date(2010, 6, 5))  # a Saturday: AAMV runs too
    with Pack.open(path) as pack:
        info = pack.info()
        assert info["id"] == "demo-bus" and info["title"] == {"en": "Demo", "ko": "데모"}
        assert len(pack.objects) == 11
        assert info["t_start"] == ms(datetime(2010, 6, 5, 6, 0, tzinfo=LA))  # summer time: UTC-7
    old = tmp_path / "old.pack"
    old.write_bytes(b"old pack")
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(GOOD, old, service_date=date(2030, 1, 1))  # after every calendar
    assert "2030-01-01" in str(caught.value) and "good_feed" in str(caught.value)
    assert old.read_bytes() == b"old pack"


def test_a_shape_that_fits_its_stops_is_followed(tmp_path):
    files = dict(GOOD_FILES)
    # A shape for BFC1 (Bullfrog -> Furnace Creek) bending west of the straight line.
    shape = "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n" + "".join(
        f"bend,{lat},{lon},{i}\n" for i, (lat, lon) in enumerate(
            [(36.88108, -116.81797), (36.80, -116.95), (36.60, -117.10), (36.425288, -117.133162)], start=1))
    files["shapes.txt"] = shape.encode()
    files["trips.txt"] = GOOD_FILES["trips.txt"].replace(b"BFC,FULLW,BFC1,to Furnace Creek Resort,0,1,",
                                                         b"BFC,FULLW,BFC1,to Furnace Creek Resort,0,1,bend")
    feed = write_feed(tmp_path / "feed", files)
    path, warnings = import_gtfs(feed, tmp_path / "s.pack")
    assert warnings == []
    with Pack.open(path) as pack:
        assert pack.info()["gtfs"]["shapes"] == 1
        route = next(f for f in pack.features if f.id == "route:BFC")
        assert route.geometry["coordinates"][1] == [-116.95, 36.80]
        k = next(o["idx"] for o in pack.objects if o["id"] == "trip:BFC1")
        samples = TrackStream.from_pack(pack).samples(k)
        # Near the bend point at some time: the vehicle follows the shape, not the straight line.
        near = np.hypot(samples["lat"] - 36.80, samples["lon"] + 116.95)
        assert near.min() < 0.01


def test_stops_are_placed_in_order_on_a_shape_that_comes_back():
    from kiosk.core.importers.gtfs._feed import _cumulative, _Shape
    from kiosk.core.importers.gtfs._motion import _project

    # Out along a street and back along the same street: every stop lies on both legs.
    lat = np.array([37.50, 37.51, 37.52, 37.51, 37.50])
    lon = np.full(5, 127.0)
    shape = _Shape(lat, lon, _cumulative(lat, lon), None)
    stops_lat = np.array([37.50, 37.505, 37.52, 37.505, 37.50])
    along = _project(shape, stops_lat, np.full(5, 127.0001))
    leg = shape.cum[2]
    assert along == pytest.approx([0, leg / 4, leg, leg * 7 / 4, leg * 2], abs=20)
    assert _project(shape, np.array([37.50, 38.0]), np.array([127.0, 127.0])) is None  # 50 km away


# ------------------------------------------------------------------------------ refused feeds

@pytest.mark.parametrize("name", sorted(REFUSED))
def test_broken_feed_is_refused_and_nothing_is_written(name, tmp_path):
    file, row, text = REFUSED[name]
    out = tmp_path / "new.pack"
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(CORPUS / name, out)
    message = str(caught.value)
    assert file in message and text in message
    assert caught.value.file == file and caught.value.row == row
    if row is not None:
        assert f"row {row}" in message
    assert not out.exists()
    assert not list(tmp_path.iterdir())  # no temporary file left either

    existing = tmp_path / "existing.pack"
    existing.write_bytes(b"old pack")
    with pytest.raises(ImportFailed):
        import_gtfs(CORPUS / name, existing)
    assert existing.read_bytes() == b"old pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.pack"]


@pytest.mark.parametrize("name", EITHER)
def test_questionable_feed_imports_with_a_warning_or_is_refused(name, tmp_path):
    out = tmp_path / "q.pack"
    try:
        path, warnings = import_gtfs(CORPUS / name, out)
    except ImportFailed as exc:
        assert exc.file.endswith(".txt") and str(exc)
        assert not out.exists()
        assert name == "utf16"  # the one this importer refuses
        return
    assert name != "utf16"
    assert warnings, "an accepted fault must be shown as a warning"
    with Pack.open(path) as pack:
        assert pack.info()["gtfs"] == expected_counts(CORPUS / name)


def test_warnings_name_file_row_and_fault(tmp_path):
    _path, warnings = import_gtfs(CORPUS / "negative_stop_sequence", tmp_path / "n.pack")
    assert warnings == ["stop_times.txt, row 9: stop_sequence -2 is negative; "
                        "the stops are still taken in increasing order"]
    _path, warnings = import_gtfs(CORPUS / "duplicate_stop", tmp_path / "d.pack")
    assert "stops.txt, row 5: stops BULLFROG and FROG are at the same place" in warnings


@pytest.mark.parametrize("change, file, row, text", [
    (("stops.txt", b"36.425288", b"north"), "stops.txt", 2, "stop_lat"),
    (("stops.txt", b"-117.133162", b"-190"), "stops.txt", 2, "stop_lon"),
    (("stop_times.txt", b"AB1,8:10:00", b"AB1,8:1O:00"), "stop_times.txt", 15, "8:1O:00"),
    (("trips.txt", b"AB,FULLW,AB2", b"XX,FULLW,AB2"), "trips.txt", 3, "XX"),
    (("stop_times.txt", b"AB2,12:05:00", b"ZZ9,12:05:00"), "stop_times.txt", 16, "ZZ9"),
    (("agency.txt", b"America/Los_Angeles", b"Mars/Olympus"), "agency.txt", 2, "Mars/Olympus"),
    (("stops.txt", b"NADAV,", b"STAGECOACH,"), "stops.txt", 7, "STAGECOACH"),
    (("calendar_dates.txt", b"FULLW,20070604,2", b"FULLW,20070604,3"), "calendar_dates.txt", 2, "exception_type"),
    (("stop_times.txt", b"AB1,8:10:00,8:15:00,BULLFROG,2", b"AB1,8:10:00,8:15:00,BULLFROG,1"),
     "stop_times.txt", 15, "stop_sequence"),
])
def test_other_faults_are_refused(change, file, row, text, tmp_path):
    name, old, new = change
    files = dict(GOOD_FILES)
    assert old in files[name]
    files[name] = files[name].replace(old, new, 1)
    feed = write_feed(tmp_path / "feed", files)
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(feed, tmp_path / "out.pack")
    assert caught.value.file == file and caught.value.row == row and text in str(caught.value)
    assert caught.value.__cause__ is None
    assert not (tmp_path / "out.pack").exists()


def test_empty_times_are_interpolated_and_backward_times_raised(tmp_path):
    files = dict(GOOD_FILES)
    files["stop_times.txt"] = (GOOD_FILES["stop_times.txt"]
                               .replace(b"CITY1,6:12:00,6:14:00,NADAV", b"CITY1,,,NADAV")
                               .replace(b"CITY2,6:42:00,6:44:00,NADAV", b"CITY2,6:32:00,6:33:00,NADAV"))
    feed = write_feed(tmp_path / "feed", files)
    path, warnings = import_gtfs(feed, tmp_path / "t.pack")
    assert warnings == ["stop_times.txt, row 11: trip CITY2 goes back in time; "
                        "its times are taken as no earlier than the stop before"]
    with Pack.open(path) as pack:
        rows = {(r[0], r[4]): r for r in pack.schedule()}
        _trip, _route, _service, _seq, _stop, arrival, departure, _shape = rows[("CITY1", "NADAV")]
        assert 6 * 3600 + 7 * 60 < arrival == departure < 6 * 3600 + 19 * 60
        assert rows[("CITY2", "NADAV")][5:7] == (6 * 3600 + 37 * 60, 6 * 3600 + 37 * 60)


def test_a_feed_without_any_service_day_is_refused(tmp_path):
    files = {k: v for k, v in GOOD_FILES.items() if k not in ("calendar.txt", "calendar_dates.txt")}
    feed = write_feed(tmp_path / "feed", files)
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(feed, tmp_path / "out.pack")
    assert caught.value.file == "calendar.txt"
    files["calendar_dates.txt"] = b"service_id,date,exception_type\n"
    feed = write_feed(tmp_path / "feed2", files)
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(feed, tmp_path / "out.pack")
    assert "any day" in str(caught.value)
    assert not (tmp_path / "out.pack").exists()


def test_not_a_feed_is_refused(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(junk, tmp_path / "out.pack")
    assert caught.value.file == "junk.zip"
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(tmp_path / "nowhere", tmp_path / "out.pack")
    assert caught.value.file == "nowhere"
    assert not (tmp_path / "out.pack").exists()


# ------------------------------------------------------------------------------ recorded positions

POSITIONS_CSV = """t,vehicle_id,lat,lon,bearing,speed,trip_id,stop_id,occupancy
2007-01-01T08:00:00-08:00,bus-1,36.868446,-116.784582,300,20,AB1,BEATTY_AIRPORT,12
2007-01-01T08:02:00-08:00,bus-1,36.88108,-116.81797,,,AB1,BULLFROG,
{t0},bus-2,36.90,-116.76,,,,,
{t1},bus-2,36.92,-116.74,90,40,,,3
"""


def test_positions_from_csv(tmp_path):
    t0 = ms(datetime(2007, 1, 1, 8, 0, tzinfo=LA)) // 1000
    positions = tmp_path / "positions.csv"
    positions.write_text(POSITIONS_CSV.format(t0=t0, t1=t0 + 60), encoding="utf-8")
    path, _warnings = import_gtfs(GOOD, tmp_path / "p.pack", [positions])
    with Pack.open(path) as pack:
        objects = {o["id"]: o for o in pack.objects}
        assert sorted(objects) == ["bus-1", "bus-2"]
        assert objects["bus-1"]["kind"] == "bus" and objects["bus-1"]["label"] == "Airport ⇒ Bullfrog"
        assert objects["bus-2"]["label"] == "bus-2"
        assert pack.info()["counts"]["track_points"] == 4
        stream = TrackStream.from_pack(pack)
        state = stream.state_at((t0 + 30) * 1000)  # half way for bus-2, a quarter for bus-1
        one, two = objects["bus-1"]["idx"], objects["bus-2"]["idx"]
        assert state.active[one] and state.active[two]
        assert state.lat[two] == pytest.approx(36.91) and state.lon[two] == pytest.approx(-116.75)
        assert state.lat[one] == pytest.approx(36.868446 + (36.88108 - 36.868446) / 4)
        assert state.passengers[one] == 12 and state.passengers[two] == -1
        stops = [f.id for f in pack.features if f.layer == "stop"]
        assert stops[state.stop[one]] == "stop:BEATTY_AIRPORT"
        first = stream.samples(one)
        assert first["speed"][0] == pytest.approx(20)  # km/h, as given
        assert first["bearing"][0] == pytest.approx(300)


def _feed_message(stamp: int, vehicles: list[tuple[str, float, float, float, float]]) -> bytes:
    from google.transit import gtfs_realtime_pb2

    message = gtfs_realtime_pb2.FeedMessage()
    message.header.gtfs_realtime_version = "2.0"
    message.header.timestamp = stamp
    for n, (vid, lat, lon, bearing, speed) in enumerate(vehicles):
        entity = message.entity.add()
        entity.id = f"e{n}"
        vp = entity.vehicle
        vp.vehicle.id = vid
        vp.trip.trip_id = "BFC1"
        vp.position.latitude = lat
        vp.position.longitude = lon
        vp.position.bearing = bearing
        vp.position.speed = speed
        if n == 0:
            vp.timestamp = stamp - 5  # its own time stamp wins over the header's
        vp.stop_id = "BULLFROG"
    return message.SerializeToString()


def test_positions_from_gtfs_realtime(tmp_path):
    t0 = ms(datetime(2007, 1, 1, 8, 30, tzinfo=LA)) // 1000
    first = tmp_path / "vp-1.pb"
    second = tmp_path / "vp-2.pb"
    first.write_bytes(_feed_message(t0, [("A", 36.80, -116.90, 200, 10.0), ("B", 36.70, -116.50, 90, 5.0)]))
    second.write_bytes(_feed_message(t0 + 60, [("A", 36.78, -116.92, 220, 10.0), ("B", 36.70, -116.48, 90, 5.0)]))
    path, _warnings = import_gtfs(GOOD, tmp_path / "rt.pack", [first, second])
    with Pack.open(path) as pack:
        objects = {o["id"]: o for o in pack.objects}
        assert sorted(objects) == ["A", "B"]
        assert objects["A"]["label"] == "Bullfrog ⇒ Furnace Creek Resort"
        stream = TrackStream.from_pack(pack)
        a, b = objects["A"]["idx"], objects["B"]["idx"]
        assert list(stream.samples(a)["t"]) == [(t0 - 5) * 1000, (t0 + 55) * 1000]
        assert list(stream.samples(b)["t"]) == [t0 * 1000, (t0 + 60) * 1000]
        assert stream.samples(a)["speed"][0] == pytest.approx(36.0)  # 10 m/s
        state = stream.state_at((t0 + 30) * 1000)
        assert state.active[a] and state.active[b]
        assert state.lat[b] == pytest.approx(36.70) and state.lon[b] == pytest.approx(-116.49)
        assert state.speed[b] == pytest.approx(18.0)
        assert state.lat[a] == pytest.approx(36.80 - 0.02 * 35 / 60)


@pytest.mark.parametrize("name, data", [
    ("garbage.pb", b"\xff\x00 definitely not a protocol buffer \x12\x34"),
    ("empty.pb", b""),
    ("garbage.csv", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("columns.csv", b"time,vehicle,lat,lon\n1,2,3,4\n"),
    ("values.csv", b"t,vehicle_id,lat,lon\n2007-01-01T08:00:00,bus,36.9,-116.8\n"),
])
def test_a_malformed_positions_file_is_refused(name, data, tmp_path):
    bad = tmp_path / name
    bad.write_bytes(data)
    out = tmp_path / "p.pack"
    with pytest.raises(ImportFailed) as caught:
        import_gtfs(GOOD, out, [bad])
    assert caught.value.file == name and name in str(caught.value)
    assert not out.exists()


# ------------------------------------------------------------------------------ fuzzing

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=600))
def test_fuzz_random_stops_file(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = write_feed(tmp / "feed", {**GOOD_FILES, "stops.txt": data})
        import_or_refuse(feed, tmp / "out.pack")


@FUZZ
@given(st.data())
def test_fuzz_truncated_files(data):
    name = data.draw(st.sampled_from(sorted(GOOD_FILES)))
    cut = data.draw(st.integers(0, len(GOOD_FILES[name])))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = write_feed(tmp / "feed", {**GOOD_FILES, name: GOOD_FILES[name][:cut]})
        import_or_refuse(feed, tmp / "out.pack")


_HEADER, *_STOP_TIMES = GOOD_FILES["stop_times.txt"].decode("utf-8").splitlines()
_BASELINE: dict[str, object] = {}


def _baseline_schedule():
    if "schedule" not in _BASELINE:
        with tempfile.TemporaryDirectory() as tmp:
            with Pack.open(import_gtfs(GOOD, Path(tmp) / "b.pack")[0]) as pack:
                _BASELINE["schedule"] = pack.schedule()
                _BASELINE["counts"] = pack.info()["counts"]
    return _BASELINE["schedule"], _BASELINE["counts"]


@FUZZ
@given(st.permutations(_STOP_TIMES))
def test_fuzz_shuffled_stop_times_import_the_same(rows):
    schedule, counts = _baseline_schedule()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        text = "\n".join([_HEADER, *rows]) + "\n"
        feed = write_feed(tmp / "feed", {**GOOD_FILES, "stop_times.txt": text.encode()})
        path, _warnings = import_gtfs(feed, tmp / "out.pack")
        with Pack.open(path) as pack:
            assert pack.schedule() == schedule
            assert pack.info()["counts"] == counts


_STOPS = list(csv.reader(io.StringIO(GOOD_FILES["stops.txt"].decode("utf-8"))))


_IMPOSSIBLE = ["NaN", "nan", "inf", "-inf", "Infinity", "1e9", "-1e9", "1e400", "north", "36,4", "", " ",
               "0x1F", "1_0", "١٢", "36.4.1", "--36"]
_OUT_OF_RANGE = {"stop_lat": ["91", "-90.01", "1e2"], "stop_lon": ["180.5", "-181", "-1.8e3"]}


@FUZZ
@given(st.integers(1, len(_STOPS) - 1), st.sampled_from(["stop_lat", "stop_lon"]), st.data())
def test_fuzz_impossible_stop_coordinates_are_refused(row, column, data):
    value = data.draw(st.sampled_from(_IMPOSSIBLE + _OUT_OF_RANGE[column]))
    rows = [list(r) for r in _STOPS]
    rows[row][rows[0].index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = write_feed(tmp / "feed", {**GOOD_FILES, "stops.txt": buffer.getvalue().encode()})
        with pytest.raises(ImportFailed) as caught:
            import_gtfs(feed, tmp / "out.pack")
        assert caught.value.file == "stops.txt" and caught.value.row == row + 1
        assert caught.value.__cause__ is None
        assert not (tmp / "out.pack").exists()


# ------------------------------------------------------------------------------ no Qt

def test_the_importer_imports_without_qt():
    code = textwrap.dedent(
        """
        import sys
        for name in ("PySide6", "pyqtgraph", "qt_material"):
            sys.modules[name] = None
        import kiosk.core.importers.gtfs
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
