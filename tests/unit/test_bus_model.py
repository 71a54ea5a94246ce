"""The bus demo's model on the sample pack and on a GTFS-made pack. No Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kiosk.core.library import Library
from kiosk.core.pack_reader import Pack
from kiosk.core.samples import CREATED, DEFAULT_SEED, FILES, bus
from kiosk.core.samples.geo import local_ms
from kiosk.demos.bus.model import BusModel, Figures, VehicleCard

ROOT = Path(__file__).resolve().parents[2]
GOOD_FEED = Path("/work/shared/conformance/gtfs/good_feed")


@pytest.fixture(scope="module")
def pack_path(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bus") / FILES[2]
    return bus.build(out, np.random.default_rng([DEFAULT_SEED, 2]), CREATED)  # as make_samples seeds it


@pytest.fixture(scope="module")
def model(pack_path):
    pack = Pack.open(pack_path)
    yield BusModel(pack)
    pack.close()


def test_model_imports_without_qt():
    code = ("import sys\n"
            "for name in ('PySide6', 'pyqtgraph', 'qt_material'):\n"
            "    sys.modules[name] = None\n"
            "import kiosk.demos.bus.model\n"
            "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_vehicles_and_stops(model):
    assert [v.id for v in model.vehicles] == ["bus-1", "bus-2", "bus-3"]
    assert all(v.seats == 15 and v.name["ko"] and v.name["en"] for v in model.vehicles)
    assert [s.id for s in model.stops] == [f"stop-{i}" for i in range(7)]
    assert model.clock.t_start == model.pack.manifest.t_start


def test_card_in_the_middle_of_service(model):
    t = local_ms(bus.DAY, 13, 7)
    for v in model.vehicles:
        card = model.card(v.index, t)
        assert isinstance(card, VehicleCard) and card.active
        assert 0 <= card.speed_kmh <= 40.0
        assert card.passengers is not None and 0 <= card.passengers <= v.seats
        assert card.next_stop is not None and card.next_stop.name["ko"]
        assert card.delay_s is not None and abs(card.delay_s) < 15 * 60
        assert 0 <= card.bearing < 360


def test_next_stop_and_delay_follow_the_arrivals(model):
    v = model.vehicles[0]
    arrivals = [e for e in model.pack.events if e.kind == "stop_arrival" and e.object == v.id]
    a, b = arrivals[5], arrivals[6]
    t = (a.t_start + a.t_end) // 2  # dwelling at a's stop, before its scheduled departure or not
    card = model.card(v.index, a.t_start)
    assert card.next_stop.index == b.detail["stop"]
    assert card.delay_s == a.detail["delay_s"]
    assert model.card(v.index, t).next_stop.index == b.detail["stop"]


def test_late_departure_reads_late(model):
    late = next(e for e in model.pack.events if e.kind == "late_departure")
    index = next(v.index for v in model.vehicles if v.id == late.object)
    card = model.card(index, late.t_end - 5_000)
    assert card.delay_s >= 300
    assert card.speed_kmh < 0.5
    # and the next stops after it are late too
    after = [e for e in model.pack.events if e.kind == "stop_arrival" and e.object == late.object
             and e.t_start > late.t_end][:3]
    assert all(e.detail["delay_s"] >= 240 for e in after)


def test_figures_over_the_day_agree_with_the_last_caption(model):
    m = model.pack.manifest
    fig = model.figures(m.t_start, m.t_end)
    assert isinstance(fig, Figures)
    caption = m.chapters[-1].caption["en"]
    trips = int(caption.split(" round trips")[0].split()[-1])
    km = float(caption.split(" km driven")[0].split()[-1])
    assert fig.trips_run == trips == 21
    assert abs(fig.km_driven - km) <= 0.01 * km
    takeovers = sum(1 for e in model.pack.events if e.kind == "manual_takeover")
    assert fig.manual_takeovers == takeovers == 2
    assert fig.on_time_share is not None and 0.5 < fig.on_time_share < 1.0


def test_figures_over_a_window(model):
    m = model.pack.manifest
    noon = local_ms(bus.DAY, 12)
    morning = model.figures(m.t_start, noon)
    afternoon = model.figures(noon + 1, m.t_end)
    whole = model.figures(m.t_start, m.t_end)
    assert morning.trips_run + afternoon.trips_run == whole.trips_run
    assert abs(morning.km_driven + afternoon.km_driven - whole.km_driven) < 0.01
    assert model.figures(m.t_start - 10 * 3600_000, m.t_start - 3600_000) == Figures(0, None, 0, 0.0)


def test_series_for_the_fleet_and_one_vehicle(model):
    m = model.pack.manifest
    t0, t1 = local_ms(bus.DAY, 11), local_ms(bus.DAY, 15)
    ft, fs, fp = model.series(None, t0, t1)
    vt, vs, vp = model.series(model.vehicles[1].index, t0, t1)
    assert len(ft) == len(fs) == len(fp) == len(vt) == len(vs) == len(vp) == 4 * 60 + 1
    assert np.array_equal(ft, vt)
    assert np.nanmax(fs) <= 40.0 and np.nanmax(vs) <= 40.0 and np.nanmax(vs) > 10.0
    assert np.nanmax(vp) <= 15 and np.nanmax(fp) <= 45 and np.nanmin(fp) >= 0
    # the same as state_at at a sample time
    k = 37
    state = model.state(int(ft[k]))
    speeds = [float(state.speed[v.index]) for v in model.vehicles if state.active[v.index]]
    assert fs[k] == pytest.approx(np.mean(speeds))
    # a whole day is coarsened to at most 2000 points; outside the recording: NaN
    dt, ds, _ = model.series(None, m.t_start, m.t_end, step_s=1)
    assert 1000 < len(dt) <= 2000 and len(ds) == len(dt)
    _, far, _ = model.series(None, m.t_start - 7200_000, m.t_start - 3600_000)
    assert np.isnan(far).all()


def test_events_between(model):
    takeover = next(e for e in model.pack.events if e.kind == "manual_takeover")
    mid = (takeover.t_start + takeover.t_end) // 2
    got = model.events_between(mid, mid + 1000, kinds=["manual_takeover"])
    assert [e.id for e in got] == [takeover.id]
    everything = model.events_between(model.pack.manifest.t_start, model.pack.manifest.t_end)
    assert len(everything) == len(model.pack.events)
    assert {e.kind for e in model.events_between(0, 2**62, kinds="stop_arrival")} == {"stop_arrival"}


def test_from_library(pack_path):
    lib = Library.load([pack_path.parent])
    try:
        assert BusModel.from_library(lib).pack.manifest.id == "ansan-autonomous-bus"
    finally:
        lib.close()
    with pytest.raises(LookupError):
        BusModel.from_library(Library())


@pytest.fixture(scope="module")
def gtfs_model(tmp_path_factory):
    if not GOOD_FEED.is_dir():
        pytest.skip("the GTFS conformance corpus is not here")
    from kiosk.core.importers.gtfs import import_gtfs

    path, _warnings = import_gtfs(GOOD_FEED, tmp_path_factory.mktemp("gtfs") / "good.pack")
    pack = Pack.open(path)
    yield BusModel(pack)
    pack.close()


def test_gtfs_synthesised_vehicle_runs_on_the_timetable(gtfs_model):
    model = gtfs_model
    feed_stops = {row.split(",")[0] for row in (GOOD_FEED / "stops.txt").read_text().splitlines()[1:] if row}
    checked = 0
    for v in model.vehicles:
        assert v.id.startswith("trip:")
        times = model.tracks.samples(v.index)["t"]
        t = int(times[len(times) // 3])
        card = model.card(v.index, t)
        if not card.active:
            continue
        assert card.delay_s == 0
        assert card.next_stop is not None and card.next_stop.id.removeprefix("stop:") in feed_stops
        assert card.next_stop.name
        checked += 1
    assert checked > 0
    m = model.pack.manifest
    fig = model.figures(m.t_start, m.t_end)
    assert fig.trips_run == len(model.vehicles) > 0
    assert fig.on_time_share is None and fig.manual_takeovers == 0 and fig.km_driven > 0
