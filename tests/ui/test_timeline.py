"""The timeline: scrubbing and tapping an event mark both seek; times follow the visitor's language."""

from PySide6.QtCore import QPoint, QPointF, Qt

from kiosk import i18n
from kiosk.ui.player.timeline import Row, Timeline

T0 = 1_778_634_000_000  # 2026-05-13 10:00 in Seoul (01:00 UTC)
HOUR = 3_600_000


def make(qtbot):
    tl = Timeline()
    qtbot.addWidget(tl)
    tl.resize(1200, 140)
    tl.set_range(T0, T0 + 7 * HOUR, "Asia/Seoul")
    tl.set_rows([
        Row("Events", marks=[(T0 + HOUR, "takeover-1", "Moderate"), (T0 + 4 * HOUR, "late-2", None)]),
        Row("Vehicles", spans=[(T0, T0 + 7 * HOUR)]),
    ])
    tl.show()
    qtbot.waitExposed(tl)
    return tl


def test_scrubbing_seeks_to_the_time_under_the_finger(qtbot):
    tl = make(qtbot)
    seen = []
    tl.seek_requested.connect(seen.append)
    r = tl.track_rect()
    y = int(r.top() + tl.row_height * 1.5)  # the vehicles row: no marks there
    qtbot.mousePress(tl, Qt.MouseButton.LeftButton, pos=QPoint(int(r.left() + r.width() / 2), y))
    qtbot.mouseMove(tl, QPoint(int(r.left() + r.width() * 0.75), y))
    qtbot.mouseRelease(tl, Qt.MouseButton.LeftButton, pos=QPoint(int(r.left() + r.width() * 0.75), y))
    assert abs(seen[0] - (T0 + 3.5 * HOUR)) < 60_000
    assert abs(seen[-1] - (T0 + 5.25 * HOUR)) < 60_000


def test_tapping_an_event_mark_seeks_to_its_event(qtbot):
    tl = make(qtbot)
    seeks, events = [], []
    tl.seek_requested.connect(seeks.append)
    tl.event_tapped.connect(events.append)
    r = tl.track_rect()
    x = tl.x_of(T0 + HOUR) + 4  # a finger is never exactly on the mark
    qtbot.mouseClick(tl, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(r.top() + tl.row_height / 2)))
    assert events == ["takeover-1"]
    assert seeks == [T0 + HOUR]


def test_ticks_fall_on_whole_local_hours_and_follow_the_language(qtbot):
    tl = make(qtbot)
    ticks = tl.ticks()
    assert ticks and all((t - T0) % (30 * 60_000) == 0 for t in ticks)
    i18n.set_language("ko")
    assert tl.format_time(T0 + 2 * HOUR) == i18n.format_skeleton("Hm", __import__("datetime").datetime.fromtimestamp(
        (T0 + 2 * HOUR) / 1000, __import__("zoneinfo").ZoneInfo("Asia/Seoul")), "ko")
    assert tl.format_time(T0) == "10:00"


def test_time_runs_left_to_right_even_in_arabic(qtbot):
    i18n.set_language("ar")
    tl = make(qtbot)
    assert tl.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tl.x_of(T0) < tl.x_of(T0 + HOUR)
    assert tl.mark_at(QPointF(tl.x_of(T0 + 4 * HOUR), tl.track_rect().top() + 5)) == (T0 + 4 * HOUR, "late-2")
