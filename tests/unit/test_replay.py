"""The replay clock and the stream readers ("state at t")."""

import numpy as np
import pytest

from kiosk.core.clock import MAX_SPEED, MIN_SPEED, ReplayClock, presets_for
from kiosk.core.streams import DetectionStream, EventIndex, SeriesStream, TrackStream


# ------------------------------------------------------------------ clock

def test_clock_advances_with_wall_time_and_speed():
    c = ReplayClock(0, 600_000)
    c.advance(1.0)
    assert c.position == 0  # paused: nothing moves
    c.play()
    c.set_speed(4)
    assert c.advance(0.5) == 2000
    c.set_speed(0.25)
    for _ in range(4):
        c.advance(0.001)  # sub-millisecond steps accumulate instead of being lost
    assert c.position == 2001


def test_speed_is_clamped():
    c = ReplayClock(0, 10)
    assert c.set_speed(1000) == MAX_SPEED
    assert c.set_speed(0.01) == MIN_SPEED


def test_clock_stops_at_the_end_and_play_restarts():
    c = ReplayClock(0, 1000)
    c.play()
    c.advance(5)
    assert c.position == 1000 and not c.playing
    c.play()
    assert c.position == 0 and c.playing


def test_loop_wraps_inside_its_range():
    c = ReplayClock(0, 100_000)
    c.set_loop(10_000, 20_000)
    assert c.position == 10_000
    c.play()
    c.advance(15)  # 15 s into a 10 s loop
    assert c.position == 15_000
    c.set_loop(None)
    c.advance(100)
    assert c.position == 100_000


def test_seek_is_clamped_and_notifies():
    seen = []
    c = ReplayClock(1000, 2000)
    c.listeners.append(seen.append)
    assert c.seek(5000) == 2000
    assert c.seek(-5) == 1000
    assert seen == [2000, 1000]


def test_jump_to_next_and_previous_event():
    events = EventIndex(["a", "b", "c"], np.array([10_000, 20_000, 30_000]), np.array([10_000, 25_000, 30_000]))
    c = ReplayClock(0, 60_000)
    assert c.next_event(events) == 10_000
    assert c.next_event(events) == 20_000
    c.seek(20_500)  # just after b: "previous" goes to a, as in a media player
    assert c.previous_event(events) == 10_000
    c.seek(60_000)
    assert c.next_event(events) is None and c.position == 60_000


def test_speed_presets_suit_the_recording():
    assert presets_for(10 * 60_000) == [1.0, 2.0, 4.0]
    day = presets_for(24 * 3600_000)
    assert day[-1] >= 120.0 or day[-1] * 600 >= 24 * 3600


# ------------------------------------------------------------------ events

def test_active_events_and_recent_instants():
    idx = EventIndex(["long", "instant", "late"], np.array([0, 5000, 90_000]), np.array([100_000, 5000, 95_000]))
    assert idx.active(6000) == ["long"]
    assert idx.active(6000, recent_ms=2000) == ["long", "instant"]
    assert idx.active(92_000) == ["long", "late"]
    assert idx.active(200_000) == []


# ------------------------------------------------------------------ tracks

def track_columns():
    # object 0 moves north at 1 Hz for 10 s; object 1 has a 10-minute gap.
    t0 = np.arange(0, 11_000, 1000)
    t1 = np.array([0, 1000, 601_000, 602_000])
    obj = np.r_[np.zeros(len(t0)), np.ones(len(t1))].astype("<i4")
    t = np.r_[t0, t1].astype("<i8")
    lat = np.r_[37.0 + t0 / 1e7, np.full(len(t1), 37.5)]
    lon = np.r_[np.full(len(t0), 127.0), 127.0 + np.arange(len(t1)) * 1e-4]
    n = len(t)
    return {"obj": obj, "t": t, "lat": lat, "lon": lon, "bearing": np.full(n, np.nan, "<f4"),
            "speed": np.r_[np.full(len(t0), 36.0), np.zeros(len(t1))].astype("<f4"),
            "passengers": np.full(n, 3, "<i4"), "stop": np.full(n, -1, "<i4")}


def test_positions_are_interpolated_between_samples():
    stream = TrackStream(track_columns(), 2)
    s = stream.state_at(2500)
    assert s.active[0]
    assert s.lat[0] == pytest.approx(37.0 + 2500 / 1e7)
    assert s.bearing[0] == pytest.approx(0.0, abs=1e-6)  # heading north, from the motion
    assert s.speed[0] == pytest.approx(36.0)


def test_objects_are_hidden_before_after_and_across_gaps():
    stream = TrackStream(track_columns(), 2, gap_ms=120_000)
    assert not stream.state_at(-1).active.any()
    assert not stream.state_at(300_000).active[1]  # inside the 10-minute gap
    assert stream.state_at(601_500).active[1]
    assert not stream.state_at(700_000).active.any()


def test_recorded_bearing_interpolates_the_short_way_round():
    cols = track_columns()
    cols["bearing"][:] = 0
    cols["bearing"][0], cols["bearing"][1] = 350, 10
    s = TrackStream(cols, 2).state_at(500)
    assert s.bearing[0] == pytest.approx(0.0, abs=1e-3) or s.bearing[0] == pytest.approx(360.0, abs=1e-3)


# ------------------------------------------------------------------ series and detections

def test_series_value_and_window():
    cols = {"sensor": np.array([0, 0, 0, 1], "<i4"), "t": np.array([0, 600_000, 1_200_000, 0], "<i8"),
            "value": np.array([5.0, 7.0, 9.0, 1.0])}
    s = SeriesStream(cols, 2)
    assert s.value_at(0, 300_000) == pytest.approx(6.0)
    assert np.isnan(s.value_at(0, 2_000_000))
    times, values = s.window(0, 500_000, 1_300_000)
    assert times.tolist() == [600_000, 1_200_000] and values.tolist() == [7.0, 9.0]


def test_boxes_at_t_are_that_frames_detections():
    t = np.array([0, 0, 100, 100, 100, 200], "<i8")
    cols = {"camera": np.zeros(6, "<i4"), "t": t, "track": np.array([1, 2, 1, 2, 3, 1], "<i4"),
            "cls": np.zeros(6, "<i2"), "x": np.linspace(0, 0.5, 6).astype("<f4"), "y": np.zeros(6, "<f4"),
            "w": np.full(6, 0.1, "<f4"), "h": np.full(6, 0.2, "<f4"), "score": np.ones(6, "<f4")}
    d = DetectionStream(cols, 1, hold_ms=500)
    assert d.boxes_at(0, 150).track.tolist() == [1, 2, 3]
    assert d.boxes_at(0, 150).t == 100
    assert d.boxes_at(0, 200).track.tolist() == [1]
    assert d.boxes_at(0, 5000).t == -1 and len(d.boxes_at(0, 5000).track) == 0
    assert d.boxes_at(0, 150).labels() == ["person"] * 3
