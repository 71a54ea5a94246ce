"""The disaster-response demo: phases and durations from the pack, alert texts in the visitor's
language with a fallback, gauge levels, the board of active incidents, and the view's card."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.core.pack_reader import Pack
from kiosk.demos.disaster.model import DisasterModel
from kiosk.demos.disaster.names import gap_text, level_name, severity_name
from kiosk.demos.disaster.view import DisasterView
from kiosk.ui.player import text
from tests.painted import assert_a_picture

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "anyang-disaster-day.pack"
CAP = ROOT.parent / "shared" / "conformance" / "cap" / "example4.xml"


@pytest.fixture(scope="module")
def model():
    pack = Pack.open(SAMPLE)
    yield DisasterModel(pack)
    pack.close()


@pytest.fixture
def view(qtbot, model):
    v = DisasterView(model)
    qtbot.addWidget(v)
    v.resize(1870, 980)
    v.show()
    yield v
    v.stop()
    v.hide()


def test_phases_and_durations_match_the_pack(model):
    for event in model.incidents:
        rows = model.pack.phases(event.id)
        assert model.phases(event.id) == [(p.phase, p.t, p.agency, p.unit) for p in rows]
        first = {}
        for p in rows:
            first.setdefault(p.phase, p.t)
        durations = model.phase_durations(event.id)
        for before, after in (("detected", "dispatched"), ("dispatched", "on_scene"), ("on_scene", "resolved")):
            if before in first and after in first:
                assert durations[after] == pytest.approx((first[after] - first[before]) / 1000)
        assert model.agencies(event.id) == sorted(set(model.agencies(event.id)))
    fire = model.phase_durations("fire-market")
    assert round(fire["on_scene"] / 60) == 3  # "the first pumper arrives in 3 minutes"
    assert model.agencies("fire-market") == ["fire", "police"]


def test_alert_text_in_the_visitors_language_else_korean(model):
    cap = model.incident("flood-warning").detail["cap"]
    headline, description, instruction, used, original = model.cap_text("flood-warning", "fr")
    assert (headline, description, instruction) == (cap["headline"]["fr"], cap["description"]["fr"],
                                                    cap["instruction"]["fr"])
    assert used == "fr" and not original
    headline, _d, _i, used, original = model.cap_text("flood-warning", "ja")
    assert headline == cap["headline"]["ko"] and used == "ko" and original


def test_imported_cap_alert_picks_spanish_and_falls_back_to_english(tmp_path):
    if not CAP.is_file():
        pytest.skip("the conformance corpus is not beside the project")
    from kiosk.core.importers.cap import import_cap

    path, _warnings = import_cap([CAP], tmp_path / "cap.pack")
    with Pack.open(path) as pack:
        m = DisasterModel(pack)
        assert len(m.incidents) == 1
        alert = m.incidents[0]
        headline, _d, _i, used, original = m.cap_text(alert, "es")
        assert headline == "Alerta Amber en el condado de Los Ángeles" and used == "es-US" and not original
        headline, _d, _i, used, original = m.cap_text(alert, "ko")
        assert headline == "Amber Alert in Los Angeles County" and used == "en-US" and original


def test_gauge_levels_cross_advisory_and_warning_when_the_readings_do(model):
    g = model.default_gauge()
    assert g.id == "wl-ogeum"
    crossings = dict(model.crossings(g.index))
    tz = model.pack.manifest.timezone
    assert text.local(crossings["advisory"], tz).strftime("%H:%M") == "16:51"
    assert text.local(crossings["warning"], tz).strftime("%H:%M") == "17:56"
    assert model.level(g.index, crossings["advisory"] - 60_000) == "attention"
    assert model.level(g.index, crossings["advisory"] + 60_000) == "advisory"
    assert model.level(g.index, crossings["warning"] + 60_000) == "warning"
    rain = model.rain_gauge()
    peak = max(range(model.t_start, model.t_end, 600_000), key=lambda t: model.rain_total(rain.index, t, 3))
    assert model.rain_total(rain.index, peak, 3) > 90 and model.level(rain.index, peak) == "warning"


def test_the_board_counts_the_market_fire(model):
    fire = model.incident("fire-market")
    assert model.active_by_type(fire.t_start + 60_000)["fire"] == 1
    assert model.active_by_type(fire.t_start - 60_000)["fire"] == 0
    t, counts = model.board_series(600)
    i = int(((fire.t_start + 600_000 - model.t_start) // 600_000))
    assert counts["fire"][i] == model.active_by_type(int(t[i]))["fire"] == 1


def test_the_card_shows_the_lane_with_the_minutes(view, model):
    i18n.set_language("en")
    view.retranslate()
    view.player.select_event("fire-market")
    assert view.selected == "fire-market" and view.card_scroll.isVisible()
    times = model.phase_times("fire-market")
    lane = view.card.lane
    assert [lane.names[p].text() for p in ("detected", "dispatched", "on_scene", "resolved")] == \
        ["Detected", "Dispatched", "On scene", "Resolved"]
    assert lane.times["on_scene"].text() == text.time_text(times["on_scene"], model.pack.manifest.timezone)
    durations = model.phase_durations("fire-market")
    assert [g.text() for g in lane.gaps] == [gap_text(durations[p]) for p in ("dispatched", "on_scene", "resolved")]
    assert lane.gaps[1].text() == "+3 min" and lane.gaps[2].text() == "+1 h 10 min"
    assert view.card.headline.text() == model.incident("fire-market").title["en"]
    assert "Fire service (119)" in view.card.agencies.text() and "Police (112)" in view.card.agencies.text()
    # tapping the map near an active incident selects it too
    view.select_incident(None)
    fire = model.incident("fire-market")
    view.player.seek(fire.t_start + 60_000)
    QApplication.processEvents()
    view.map.incident_tapped.emit("fire-market")
    assert view.selected == "fire-market"


@pytest.mark.parametrize("code, alert_word, level_word", [("es", "Grave", "Crítico"), ("ms", "Teruk", "Bahaya")])
def test_a_severe_alert_and_a_severe_water_level_are_two_words(view, code, alert_word, level_word):
    """"Severe" is a CAP severity (the flood warning's) and a gauge's level above Warning: in
    Spanish and Malay they are different words, and each shows where it belongs."""
    i18n.set_language(code)
    view.retranslate()
    view.player.select_event("flood-warning")
    assert view.model.incident("flood-warning").severity == "Severe"
    assert view.card.kind.text().endswith("  ·  " + alert_word)
    assert "severe" in dict(view.model.gauge(view.gauge_index).thresholds)
    lines = [line.label.format for line in view._threshold_lines]
    assert level_word in lines and alert_word not in lines
    assert (severity_name("Severe"), level_name("severe")) == (alert_word, level_word)


def test_renders_in_arabic_and_a_language_switch_keeps_time_and_incident(view):
    view.player.select_event("flood-warning")
    view.player.seek(view.player.clock.position + 600_000)
    position = view.player.clock.position
    i18n.set_language("ar")
    view.retranslate()
    QApplication.processEvents()
    assert_a_picture(view.map)  # districts, roads, gauges and units: not one colour
    assert view.player.clock.position == position and view.selected == "flood-warning"
    cap = view.model.incident("flood-warning").detail["cap"]
    assert view.card.headline.text() == cap["headline"]["ar"]
    assert not view.card.original.isVisible()


def test_the_board_shows_each_type_across_the_day(view, model):
    t, counts = model.board_series(600)
    for kind, chip in view.board.items():
        assert list(chip.day.counts) == list(counts[kind])
    fire = view.board["fire"].day
    assert fire.counts.max() >= 1 and fire.top == max(int(c.max()) for c in counts.values())
    # its mark follows the replay's time
    view.player.seek(model.incident("fire-market").t_start)
    x_fire = fire._x(fire.position)
    view.player.seek(model.t_end)
    assert fire._x(fire.position) > x_fire
