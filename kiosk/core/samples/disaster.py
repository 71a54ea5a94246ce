"""The "anyang-disaster-day" sample: one simulated Saturday at Anyang's center. No Qt here.

The story, in local time: a missing elderly man found on CCTV at night (the 01:10 loitering
case of DOMAIN.md), a fire at Anyang Central Market in the morning, crowd density at a festival
in Pyeongchon Central Park at noon, then heavy rain in the afternoon that lifts Anyang Stream past
the advisory (7.00 m) and warning (9.00 m) levels at Ogeum Bridge, closes the four under-bridge
roads and sends riverside residents to a shelter; at night the water falls and the roads reopen.

Event times are derived from the generated readings (a closure happens when the gauge really
passes its level), so the story and the charts cannot disagree.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np

from kiosk.core.pack import PackWriter
from kiosk.core.samples import geo
from kiosk.core.samples.basemap import ANYANG, ANYANG_STREAM, BRIDGES, ROUTES, add_anyang_basemap
from kiosk.core.samples.geo import local_ms
from kiosk.core.samples.notes.disaster import NOTES
from kiosk.core.samples.text import (BRIDGE, CAP_WARNING, CH_DISASTER, DISASTER_SUMMARY, DISASTER_TEXT_MSG,
                                     DISASTER_TITLE, EVENT, FLOOD_AREA, SENSOR, UNIT, clock, fmt, minutes, number)

DAY = date(2025, 8, 9)  # a Saturday
PACK_ID = "anyang-disaster-day"
MINUTE = 60_000
CENTER = "Smart City Integrated Operations Center"

#: Water-level gauges: thresholds (m) and the peak the flood reaches. Ogeum Bridge advisory and
#: warning are the published 7.00 m and 9.00 m; the local gauges' levels are plausible estimates.
GAUGES = {
    "wl-suchon": dict(at=BRIDGES["suchon"], base=0.55, peak=3.25, lag=(3, 16),
                      thresholds=dict(attention=1.50, advisory=2.30, warning=3.10, severe=3.70, design=4.30)),
    "wl-bisan": dict(at=BRIDGES["bisan"], base=0.70, peak=4.30, lag=(3, 20),
                     thresholds=dict(attention=2.00, advisory=3.00, warning=4.00, severe=4.80, design=5.60)),
    "wl-daehan": dict(at=BRIDGES["daehan"], base=0.80, peak=4.62, lag=(3, 24),
                      thresholds=dict(attention=2.20, advisory=3.30, warning=4.40, severe=5.20, design=6.00)),
    "wl-hagui": dict(at=(37.4005, 126.9635), base=0.40, peak=2.20, lag=(3, 14),
                     thresholds=dict(attention=1.20, advisory=1.80, warning=2.40, severe=2.90, design=3.40)),
    "wl-ogeum": dict(at=BRIDGES["ogeum"], base=1.45, peak=9.45, lag=(4, 56),
                     thresholds=dict(attention=5.50, advisory=7.00, warning=9.00, severe=10.00, design=10.90)),
}
RAIN_GAUGES = {
    "rain-cityhall": dict(at=ANYANG["city_hall"], shift=0, scale=1.0),
    "rain-manan": dict(at=ANYANG["manan_office"], shift=10, scale=0.92),
    "rain-seoksu": dict(at=ANYANG["seoksu_dong"], shift=20, scale=0.85),
}
#: Rain intensity at City Hall (minute of the day, mm/h): a convective afternoon.
RAIN_KNOTS = np.array([
    (0, 0), (680, 0), (700, 1.5), (750, 3.5), (780, 7), (810, 15), (840, 27), (870, 36), (900, 43), (930, 49),
    (960, 40), (990, 30), (1020, 20), (1050, 11), (1080, 7), (1110, 4), (1170, 2), (1230, 0.5), (1260, 0), (1440, 0),
], float)
#: Crowd density near the festival's main stage (minute, people per m²); closed early at 12:30.
CROWD_KNOTS = np.array([
    (480, 0.15), (570, 0.3), (600, 0.8), (630, 1.8), (660, 2.7), (690, 3.45), (710, 3.8), (730, 3.6), (750, 3.2),
    (770, 1.9), (790, 0.8), (820, 0.3), (900, 0.15),
], float)
CROWD_THRESHOLDS = dict(attention=2.0, advisory=3.0, warning=4.0, severe=5.0)


def _crossing(t: np.ndarray, v: np.ndarray, level: float, rising: bool = True, after: int | None = None) -> int:
    """Time (ms) at which the readings pass ``level`` upward (or downward), linear between readings."""
    start = 0 if after is None else int(np.searchsorted(t, after))
    for i in range(max(start, 1), len(v)):
        a, b = v[i - 1], v[i]
        if (rising and a < level <= b) or (not rising and a >= level > b):
            frac = (level - a) / (b - a)
            return int(t[i - 1] + frac * (t[i] - t[i - 1]))
    raise ValueError(f"readings never pass {level}")


def _round_min(t_ms: int, up: bool = False) -> int:
    return int((np.ceil if up else np.floor)(t_ms / MINUTE) * MINUTE)


def _at(t_ms: int) -> str:
    return clock(*geo.hhmm(t_ms))


def _rain(rng: np.random.Generator, minutes_of_day: np.ndarray) -> dict[str, np.ndarray]:
    out = {}
    for sid, g in RAIN_GAUGES.items():
        base = np.interp(minutes_of_day - g["shift"], RAIN_KNOTS[:, 0], RAIN_KNOTS[:, 1]) * g["scale"]
        noisy = base * rng.lognormal(0.0, 0.22, len(base))
        out[sid] = np.round(noisy / 6 / 0.5) * 0.5 * 6  # tipping bucket: 0.5 mm per 10 minutes
    # the heavy-rain warning level (90 mm in 3 h) is the point of the story: make sure City Hall passes it
    three_h = np.convolve(out["rain-cityhall"] / 6, np.ones(18), "full")[: len(minutes_of_day)]
    if three_h.max() < 96:
        out["rain-cityhall"] = np.round(out["rain-cityhall"] * 96 / three_h.max() / 3) * 3
    return out


def _levels(rng: np.random.Generator, rain: dict[str, np.ndarray], t10: np.ndarray) -> dict[str, np.ndarray]:
    minute = np.arange(0, 1440)
    basin = np.mean([np.interp(minute, t10, r) for r in rain.values()], axis=0)
    out = {}
    for sid, g in GAUGES.items():
        k, theta = g["lag"]
        u = np.arange(0, 900, 1.0)
        kernel = u ** (k - 1) * np.exp(-u / theta)
        kernel /= kernel.sum()
        response = np.convolve(basin, kernel)[: len(minute)]
        shape = (response / response.max()) ** 0.8
        level = g["base"] + 0.03 * np.sin(minute / 1440 * 2 * np.pi) + (g["peak"] - g["base"]) * shape
        readings = np.interp(t10, minute, level) + rng.normal(0, 0.008, len(t10))
        out[sid] = np.round(readings, 2)
    return out


def _crowd(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    m = np.arange(480, 901, 5, dtype=float)
    v = np.interp(m, CROWD_KNOTS[:, 0], CROWD_KNOTS[:, 1]) * rng.normal(1.0, 0.03, len(m))
    return m, np.round(np.clip(v, 0.05, None), 2)


class _Units:
    """Response vehicles: a 1 Hz track from station to scene, then a position every 30 s on scene."""

    def __init__(self, w: PackWriter, rng: np.random.Generator):
        self.w, self.rng = w, rng

    def send(self, obj: str, kind: str, label: str, name: dict, route: list, t_dispatch: int, t_leave: int,
             v_kmh: float) -> int:
        self.w.add_object(obj, kind, label, props={"name": name})
        cols, t_arrive = geo.drive(route, t_dispatch + int(self.rng.uniform(40, 75) * 1000), v_kmh, self.rng)
        # the first seconds: crew boarding, the vehicle still at the station
        t_wait = np.arange(t_dispatch, cols["t"][0], 2000, dtype=np.int64)
        stay = np.arange(t_arrive + 30_000, t_leave + 1, 30_000, dtype=np.int64)
        lat0, lon0 = route[0]
        lat1, lon1 = float(cols["lat"][-1]), float(cols["lon"][-1])
        b0, b1 = float(cols["bearing"][0]), float(cols["bearing"][-1])
        t = np.concatenate([t_wait, cols["t"], stay])
        lat = np.concatenate([np.full(len(t_wait), lat0), cols["lat"], np.full(len(stay), lat1)])
        lon = np.concatenate([np.full(len(t_wait), lon0), cols["lon"], np.full(len(stay), lon1)])
        bearing = np.concatenate([np.full(len(t_wait), b0), cols["bearing"], np.full(len(stay), b1)])
        speed = np.concatenate([np.zeros(len(t_wait)), cols["speed"], np.zeros(len(stay))])
        self.w.add_track(obj, t, lat, lon, bearing=bearing, speed=speed)
        return t_arrive


def build(path: Path, rng: np.random.Generator, created: str) -> Path:
    w = PackWriter(path, id=PACK_ID, kind="disaster", timezone="Asia/Seoul", title=DISASTER_TITLE,
                   summary=DISASTER_SUMMARY, source="sample")
    w.manifest.created = created
    add_anyang_basemap(w)
    units = _Units(w, rng)
    day0 = local_ms(DAY, 0)
    t10_min = np.arange(0, 1440, 10, dtype=float)
    t10 = day0 + (t10_min * MINUTE).astype(np.int64)

    # ---------------------------------------------------------------- sensors
    rain = _rain(rng, t10_min)
    for sid, g in RAIN_GAUGES.items():
        lat, lon = g["at"]
        w.add_sensor(sid, "rainfall", "mm/h", name=SENSOR[sid], lat=lat, lon=lon,
                     thresholds={"advisory_3h_mm": 60.0, "warning_3h_mm": 90.0, "advisory_12h_mm": 110.0,
                                 "warning_12h_mm": 180.0},
                     props={"interval_min": 10, "estimate_location": True})
        w.add_series(sid, t10, rain[sid])
    levels = _levels(rng, rain, t10_min)
    for sid, g in GAUGES.items():
        lat, lon = g["at"]
        props = {"interval_min": 10, "stream": "hagui" if sid == "wl-hagui" else "anyang",
                 "thresholds_source": "published" if sid == "wl-ogeum" else "estimate",
                 "operator": "Han River Flood Control Office" if sid == "wl-ogeum" else "Anyang City"}
        w.add_sensor(sid, "water_level", "m", name=SENSOR[sid], lat=lat, lon=lon, thresholds=g["thresholds"],
                     props=props)
        w.add_series(sid, t10, levels[sid])
    crowd_min, crowd = _crowd(rng)
    crowd_t = day0 + (crowd_min * MINUTE).astype(np.int64)
    lat, lon = ANYANG["pyeongchon_park"]
    w.add_sensor("crowd-pyeongchon", "crowd", "people/m²", name=SENSOR["crowd-pyeongchon"], lat=lat, lon=lon,
                 thresholds=CROWD_THRESHOLDS, props={"interval_min": 5, "method": "mobile base-station data"})
    w.add_series("crowd-pyeongchon", crowd_t, crowd)

    chapters = []

    # ---------------------------------------------------------------- 00:23-01:35 missing person
    walk = geo.Polyline.of(ROUTES["missing_walk"])
    t_walk0, t_arrive_walk = local_ms(DAY, 0, 23), local_ms(DAY, 0, 40)
    detected = local_ms(DAY, 1, 10)
    dispatched = detected + 70_000
    lat_m, lon_m = ROUTES["missing_walk"][-1]
    police_arrive = units.send("police-dongan-2", "police_car", "Anyang Dongan Police Patrol Car 2",
                               fmt(UNIT["dongan_patrol"], k=2), ROUTES["dongan_police_to_sports"],
                               dispatched, local_ms(DAY, 1, 32), v_kmh=55)
    resolved = local_ms(DAY, 1, 32)
    w.add_object("person-missing", "person", "Missing person (CCTV sightings)", props={"name": UNIT["missing_route"]})
    tw = np.arange(t_walk0, t_arrive_walk, 10_000, dtype=np.int64)
    lat_w, lon_w, b_w = walk.at(np.linspace(0, walk.length, len(tw)))
    tl = np.arange(t_arrive_walk, police_arrive + 60_000, 10_000, dtype=np.int64)
    f = geo.Frame(lat_m, lon_m)
    ang = np.cumsum(rng.normal(0, 0.6, len(tl)))
    rad = 6 + 4 * np.sin(np.arange(len(tl)) / 9)
    lat_l, lon_l = f.latlon(rad * np.cos(ang), rad * np.sin(ang))
    w.add_track("person-missing", np.concatenate([tw, tl]), np.concatenate([lat_w, lat_l]),
                np.concatenate([lon_w, lon_l]), speed=np.concatenate([np.full(len(tw), 3.0), np.full(len(tl), 0.8)]))
    # camera: the CCTV pack's camera that saw him (a tap on the incident opens it)
    w.add_event("missing-0110", "missing_person", detected, t_end=resolved, severity="Moderate", lat=lat_m, lon=lon_m,
                camera="cam-sports-night",
                title=EVENT["missing_person"],
                detail={"reported_to_112": geo.local_iso(local_ms(DAY, 0, 50)), "age": 84, "condition": "dementia",
                        "found_by": "AI loitering alert, confirmed by the operator against the 112 report",
                        "loitering_min": 30, "walk_route_object": "person-missing",
                        "units": [{"object": "police-dongan-2", "agency": "police"}]})
    w.add_phase("missing-0110", "detected", detected, agency="city", unit=CENTER,
                lat=lat_m, lon=lon_m)
    w.add_phase("missing-0110", "dispatched", dispatched, agency="police", unit="Anyang Dongan Police Patrol Car 2",
                lat=ANYANG["dongan_police"][0], lon=ANYANG["dongan_police"][1])
    w.add_phase("missing-0110", "on_scene", police_arrive, agency="police", unit="Anyang Dongan Police Patrol Car 2",
                lat=lat_m, lon=lon_m)
    w.add_phase("missing-0110", "resolved", resolved, agency="police", unit="Anyang Dongan Police Patrol Car 2",
                lat=lat_m, lon=lon_m)
    police_mins = minutes(round((police_arrive - detected) / MINUTE))
    chapters.append((detected - 10 * MINUTE, resolved,
                     fmt(CH_DISASTER["missing"], time=_at(detected), mins=police_mins),
                     ["map", "events"], {"event": "missing-0110"}, fmt(NOTES["missing"], mins=police_mins)))

    # ---------------------------------------------------------------- 09:38 fire at Anyang Central Market
    lat_f, lon_f = ANYANG["central_market"]
    detected = local_ms(DAY, 9, 38, 20)
    dispatched = local_ms(DAY, 9, 39, 5)
    resolved = local_ms(DAY, 10, 52)
    pumper = units.send("fire-pumper-1", "fire_engine", "Anyang Fire Station Pumper 1", UNIT["pumper"],
                        ROUTES["fire_to_market"], dispatched, resolved, v_kmh=50)
    ambulance = units.send("fire-ambulance-1", "ambulance", "Anyang Fire Station Ambulance 1", UNIT["ambulance"],
                           ROUTES["fire_to_market"], dispatched + 25_000, resolved - 20 * MINUTE, v_kmh=50)
    police = units.send("police-manan-5", "police_car", "Anyang Manan Police Patrol Car 5",
                        fmt(UNIT["manan_patrol"], k=5), ROUTES["manan_police_to_market"], dispatched + 60_000,
                        resolved, v_kmh=45)
    response_min = max(1, round((pumper - detected) / MINUTE))
    w.add_event("fire-market", "fire", detected, t_end=resolved, severity="Severe", lat=lat_f, lon=lon_f,
                camera="cam-market-central",
                title=EVENT["fire"],
                detail={"reported_by": "119 call and AI smoke detection", "scene_video_to_119": True,
                        "route_sent_to_engines": True, "response_min": response_min,
                        "under_control": geo.local_iso(local_ms(DAY, 10, 21)), "casualties": 0,
                        "units": [{"object": "fire-pumper-1", "agency": "fire"},
                                  {"object": "fire-ambulance-1", "agency": "fire"},
                                  {"object": "police-manan-5", "agency": "police"}]})
    w.add_phase("fire-market", "detected", detected, agency="fire", unit="119 situation room", lat=lat_f, lon=lon_f)
    for t, agency, unit, obj in ((dispatched, "fire", "Anyang Fire Station Pumper 1", "fire_station"),
                                 (dispatched + 25_000, "fire", "Anyang Fire Station Ambulance 1", "fire_station"),
                                 (dispatched + 60_000, "police", "Anyang Manan Police Patrol Car 5", "manan_police")):
        w.add_phase("fire-market", "dispatched", t, agency=agency, unit=unit, lat=ANYANG[obj][0], lon=ANYANG[obj][1])
    for t, agency, unit in ((pumper, "fire", "Anyang Fire Station Pumper 1"),
                            (ambulance, "fire", "Anyang Fire Station Ambulance 1"),
                            (police, "police", "Anyang Manan Police Patrol Car 5")):
        w.add_phase("fire-market", "on_scene", t, agency=agency, unit=unit, lat=lat_f, lon=lon_f)
    w.add_phase("fire-market", "resolved", resolved, agency="fire", unit="Anyang Fire Station Pumper 1",
                lat=lat_f, lon=lon_f)
    chapters.append((detected - 3 * MINUTE, local_ms(DAY, 10, 25),
                     fmt(CH_DISASTER["fire"], time=_at(detected), mins=minutes(response_min)),
                     ["map", "events"], {"event": "fire-market"}, fmt(NOTES["fire"], mins=minutes(response_min))))

    # ---------------------------------------------------------------- festival crowd
    lat_c, lon_c = ANYANG["pyeongchon_park"]
    detected = _round_min(_crossing(crowd_t, crowd, CROWD_THRESHOLDS["advisory"]), up=True)
    dispatched = detected + 2 * MINUTE
    calm = _crossing(crowd_t, crowd, CROWD_THRESHOLDS["attention"], rising=False, after=detected)
    resolved = _round_min(calm, up=True)
    police = units.send("police-dongan-1", "police_car", "Anyang Dongan Police Patrol Car 1",
                        fmt(UNIT["dongan_patrol"], k=1), ROUTES["dongan_police_to_park"], dispatched, resolved,
                        v_kmh=40)
    w.add_event("crowd-festival", "crowd", detected, t_end=resolved, severity="Moderate", lat=lat_c, lon=lon_c,
                title=EVENT["crowd"],
                detail={"sensor": "crowd-pyeongchon", "threshold_per_m2": CROWD_THRESHOLDS["advisory"],
                        "peak_per_m2": float(crowd.max()), "method": "mobile base-station data",
                        "festival_closed_early": geo.local_iso(local_ms(DAY, 12, 30)),
                        "units": [{"object": "police-dongan-1", "agency": "police"}]})
    w.add_phase("crowd-festival", "detected", detected, agency="city", unit=CENTER,
                lat=lat_c, lon=lon_c)
    w.add_phase("crowd-festival", "dispatched", dispatched, agency="police", unit="Anyang Dongan Police Patrol Car 1",
                lat=ANYANG["dongan_police"][0], lon=ANYANG["dongan_police"][1])
    w.add_phase("crowd-festival", "on_scene", police, agency="police", unit="Anyang Dongan Police Patrol Car 1",
                lat=lat_c, lon=lon_c)
    w.add_phase("crowd-festival", "resolved", resolved, agency="city", unit="Festival organisers and police",
                lat=lat_c, lon=lon_c)
    chapters.append((detected - 40 * MINUTE, resolved, fmt(CH_DISASTER["crowd"], time=_at(detected)),
                     ["map", "chart", "events"], {"sensor": "crowd-pyeongchon"}, NOTES["crowd"]))

    # ---------------------------------------------------------------- heavy rain
    ch = rain["rain-cityhall"] / 6
    three_h = np.convolve(ch, np.ones(18), "full")[: len(ch)]
    i_end = int(np.argmax(three_h))
    rain_start = int(t10[np.argmax(rain["rain-cityhall"] >= 9)])
    rain_mm = number(float(three_h[i_end]), 1)
    chapters.append((rain_start - 20 * MINUTE, int(t10[i_end]) + 10 * MINUTE,
                     fmt(CH_DISASTER["rain"], time=_at(rain_start), mm=rain_mm),
                     ["chart", "map"], {"sensor": "rain-cityhall"}, fmt(NOTES["rain"], mm=rain_mm)))

    # ---------------------------------------------------------------- under-bridge road closures
    first_closure, last_reopen = None, 0
    for key, gauge in (("suchon", "wl-suchon"), ("bisan", "wl-bisan"), ("naebisan", "wl-bisan"),
                       ("daehan", "wl-daehan")):
        lat_b, lon_b = BRIDGES[key]
        lon_b -= 0.00035  # the riverside road, beside the stream
        th = GAUGES[gauge]["thresholds"]["attention"]
        cross = _crossing(t10, levels[gauge], th)
        detected = _round_min(cross + int(rng.uniform(1, 4) * MINUTE), up=True)
        dispatched = detected + int(rng.integers(2, 5)) * MINUTE
        on_scene = dispatched + int(rng.integers(9, 16)) * MINUTE
        fall = _crossing(t10, levels[gauge], th, rising=False, after=cross)
        resolved = _round_min(fall + int(rng.integers(70, 100)) * MINUTE, up=True)
        resolved = min(resolved, local_ms(DAY, 23, 55))
        eid = f"closure-{key}"
        w.add_event(eid, "road_closure", detected, t_end=resolved, severity="Moderate", lat=lat_b, lon=lon_b,
                    title=fmt(EVENT["road_closure"], bridge=BRIDGE[key]),
                    detail={"bridge": key, "sensor": gauge, "trigger": "attention level", "trigger_level_m": th,
                            "barrier": ["cctv", "sign", "speaker", "gate"], "feature": f"barrier-{key}",
                            "reopened_after": "cleaning"})
        w.add_phase(eid, "detected", detected, agency="city", unit=CENTER,
                    lat=lat_b, lon=lon_b)
        w.add_phase(eid, "dispatched", dispatched, agency="city", unit="Anyang City road management team",
                    lat=ANYANG["city_hall"][0], lon=ANYANG["city_hall"][1])
        w.add_phase(eid, "on_scene", on_scene, agency="city", unit="Anyang City road management team",
                    lat=lat_b, lon=lon_b)
        w.add_phase(eid, "resolved", resolved, agency="city", unit="Anyang City road management team",
                    lat=lat_b, lon=lon_b)
        first_closure = detected if first_closure is None else min(first_closure, detected)
        last_reopen = max(last_reopen, resolved)
    chapters.append((first_closure - 10 * MINUTE, first_closure + 80 * MINUTE,
                     fmt(CH_DISASTER["roads"], time=_at(first_closure)), ["map", "events"],
                     {"event": "closure-suchon"}, NOTES["roads"]))

    # ---------------------------------------------------------------- flood advisory and warning at Ogeum Bridge
    og = levels["wl-ogeum"]
    lat_o, lon_o = BRIDGES["ogeum"]
    adv_up = _crossing(t10, og, 7.0)
    warn_up = _crossing(t10, og, 9.0)
    warn_down = _crossing(t10, og, 9.0, rising=False, after=warn_up)
    adv_down = _crossing(t10, og, 7.0, rising=False, after=warn_down)
    peak = float(og.max())
    area = geo.buffer_line(ANYANG_STREAM[2:15], 180)  # Suchon Bridge down to Ogeum Bridge
    w.add_feature("area", geo.polygon(area), id="area-flood-warning", kind="flood_warning", name=FLOOD_AREA,
                  props={"event": "flood-warning", "estimate": True})

    adv_issued = _round_min(adv_up - 50 * MINUTE)
    adv_lifted = _round_min(adv_down + 20 * MINUTE, up=True)
    w.add_event("flood-advisory", "flood", adv_issued, t_end=adv_lifted, severity="Moderate", lat=lat_o, lon=lon_o,
                title=fmt(EVENT["flood_advisory"], level=number(7.0, 2)),
                detail={"sensor": "wl-ogeum", "threshold_m": 7.0, "issued_by": "Han River Flood Control Office",
                        "expected_at": geo.local_iso(adv_up), "area": "area-flood-warning",
                        "rule": "water expected to pass the level of 50 % of the design flood flow"})
    w.add_phase("flood-advisory", "detected", adv_issued, agency="city", unit=CENTER,
                lat=lat_o, lon=lon_o)
    w.add_phase("flood-advisory", "dispatched", adv_issued + 10 * MINUTE, agency="city",
                unit="Anyang disaster safety headquarters, emergency level 1",
                lat=ANYANG["city_hall"][0], lon=ANYANG["city_hall"][1])
    w.add_phase("flood-advisory", "on_scene", adv_issued + 35 * MINUTE, agency="city",
                unit="Riverside patrol teams", lat=BRIDGES["bisan"][0], lon=BRIDGES["bisan"][1])
    w.add_phase("flood-advisory", "resolved", adv_lifted, agency="city", unit="Han River Flood Control Office",
                lat=lat_o, lon=lon_o)

    warn_issued = _round_min(warn_up - 40 * MINUTE)
    warn_lifted = _round_min(warn_down + 20 * MINUTE, up=True)
    cap = {
        "identifier": f"KR.HRFCO.{DAY:%Y%m%d}.0003", "sender": "Han River Flood Control Office",
        "sent": geo.local_iso(warn_issued), "status": "Exercise", "msgType": "Alert", "scope": "Public",
        "event": CAP_WARNING["event"], "urgency": "Immediate", "severity": "Severe", "certainty": "Likely",
        "headline": CAP_WARNING["headline"],
        "description": fmt(CAP_WARNING["description"], time=_at(_round_min(warn_up))),
        "instruction": CAP_WARNING["instruction"], "areaDesc": CAP_WARNING["areaDesc"], "area": "area-flood-warning",
    }
    disaster_text = {
        "SN": 240_815, "CRT_DT": f"{DAY:%Y/%m/%d} {_at(warn_issued + 2 * MINUTE)}:00",
        "MSG_CN": DISASTER_TEXT_MSG.format(time=_at(warn_issued)), "RCPTN_RGN_NM": "경기도 안양시 전체",
        "EMRG_STEP_NM": "긴급재난", "DST_SE_NM": "홍수",
    }
    w.add_event("flood-warning", "flood", warn_issued, t_end=warn_lifted, severity="Severe", lat=lat_o, lon=lon_o,
                title=fmt(EVENT["flood_warning"], level=number(9.0, 2)),
                detail={"cap": cap, "disaster_text": disaster_text, "sensor": "wl-ogeum", "threshold_m": 9.0,
                        "peak_m": peak, "expected_at": geo.local_iso(warn_up), "area": "area-flood-warning",
                        "rule": "water expected to pass the level of 70 % of the design flood flow"})
    w.add_phase("flood-warning", "detected", warn_issued, agency="city", unit=CENTER,
                lat=lat_o, lon=lon_o)
    w.add_phase("flood-warning", "dispatched", warn_issued + 5 * MINUTE, agency="city",
                unit="Anyang disaster safety headquarters, emergency level 2",
                lat=ANYANG["city_hall"][0], lon=ANYANG["city_hall"][1])
    w.add_phase("flood-warning", "dispatched", warn_issued + 8 * MINUTE, agency="fire",
                unit="Anyang Fire Station rescue team on standby",
                lat=ANYANG["fire_station"][0], lon=ANYANG["fire_station"][1])
    w.add_phase("flood-warning", "on_scene", warn_issued + 25 * MINUTE, agency="city",
                unit="Riverside patrol teams", lat=BRIDGES["daehan"][0], lon=BRIDGES["daehan"][1])
    w.add_phase("flood-warning", "resolved", warn_lifted, agency="city", unit="Han River Flood Control Office",
                lat=lat_o, lon=lon_o)
    chapters.append((adv_issued - 10 * MINUTE, warn_up + 60 * MINUTE,
                     fmt(CH_DISASTER["flood"], t1=_at(adv_up), t2=_at(warn_up), peak=number(peak, 2)),
                     ["chart", "map", "events"], {"event": "flood-warning"}, NOTES["flood"]))

    # ---------------------------------------------------------------- evacuation near Daehan Bridge
    # decided when the gauge at Daehan Bridge passes its warning level; residents go home once it is
    # back under the advisory level and the flood warning downstream has been lifted
    lat_e, lon_e = 37.4050, 126.9300
    daehan = GAUGES["wl-daehan"]["thresholds"]
    detected = _round_min(_crossing(t10, levels["wl-daehan"], daehan["warning"]) + 4 * MINUTE, up=True)
    dispatched = detected + 4 * MINUTE
    back = _crossing(t10, levels["wl-daehan"], daehan["advisory"], rising=False, after=detected)
    resolved = _round_min(max(back, warn_down) + 40 * MINUTE, up=True)
    police = units.send("police-manan-3", "police_car", "Anyang Manan Police Patrol Car 3",
                        fmt(UNIT["manan_patrol"], k=3), ROUTES["manan_police_to_daehan"], dispatched, resolved,
                        v_kmh=45)
    w.add_event("evacuation-daehan", "evacuation", detected, t_end=resolved, severity="Severe", lat=lat_e, lon=lon_e,
                title=EVENT["evacuation"],
                detail={"shelter": "Anyang Sports Complex gymnasium", "shelter_lat": ANYANG["sports_complex"][0],
                        "shelter_lon": ANYANG["sports_complex"][1], "households": 38, "people": 71,
                        "reason": "Daehan Bridge gauge above its warning level",
                        "trigger_level_m": daehan["warning"],
                        "units": [{"object": "police-manan-3", "agency": "police"}]})
    w.add_phase("evacuation-daehan", "detected", detected, agency="city", unit=CENTER,
                lat=lat_e, lon=lon_e)
    w.add_phase("evacuation-daehan", "dispatched", dispatched, agency="city",
                unit="Manan-gu Office disaster safety team",
                lat=ANYANG["manan_office"][0], lon=ANYANG["manan_office"][1])
    w.add_phase("evacuation-daehan", "dispatched", dispatched + MINUTE, agency="police",
                unit="Anyang Manan Police Patrol Car 3", lat=ANYANG["manan_police"][0], lon=ANYANG["manan_police"][1])
    w.add_phase("evacuation-daehan", "on_scene", police, agency="police", unit="Anyang Manan Police Patrol Car 3",
                lat=lat_e, lon=lon_e)
    w.add_phase("evacuation-daehan", "on_scene", dispatched + 14 * MINUTE, agency="city",
                unit="Manan-gu Office disaster safety team", lat=lat_e, lon=lon_e)
    w.add_phase("evacuation-daehan", "resolved", resolved, agency="city", unit="Manan-gu Office disaster safety team",
                lat=lat_e, lon=lon_e)
    chapters.append((detected - 5 * MINUTE, detected + 70 * MINUTE, fmt(CH_DISASTER["evacuation"], time=_at(detected)),
                     ["map", "events"], {"event": "evacuation-daehan"}, NOTES["evacuation"]))

    # ---------------------------------------------------------------- night: levels fall, roads reopen
    chapters.append((warn_down - 20 * MINUTE, max(last_reopen, adv_lifted) + 10 * MINUTE,
                     fmt(CH_DISASTER["night"], time=_at(adv_lifted)), ["chart", "map"], {"sensor": "wl-ogeum"},
                     NOTES["night"]))

    for t0, t1, caption, panels, focus, notes in sorted(chapters, key=lambda c: c[0]):
        w.add_chapter(t0, t1, caption, panels, focus, notes)
    return w.finish()

