"""Offline base maps of Anyang and Ansan for the sample packs. No Qt here.

Coordinates given in /work/shared/DOMAIN.md are used as they are. The others (stream courses,
bridges, road alignments, police and fire stations, the Ansan pilot stops not listed there) are
estimates drawn to be plausible on a schematic map; their features carry ``"estimate": true``.
"""

from __future__ import annotations

from kiosk.core.pack import PackWriter
from kiosk.core.samples import geo
from kiosk.core.samples.text import BRIDGE, P, ROAD, STOP, T, UNDER_BRIDGE_ROAD, fmt

LOCAL_STREET = T("이면도로", "Local street", "Calle local", "Rue de desserte", "شارع محلي", "支路",
                 "Đường nội bộ", "Jalan tempatan")

# ------------------------------------------------------------------ Anyang (lat, lon)

#: From DOMAIN.md (those it marks "est." are flagged in ESTIMATED).
ANYANG = {
    "city_hall": (37.3943, 126.9569),
    "anyang_st": (37.4016, 126.9229),
    "myeonghak_st": (37.3844, 126.9356),
    "seoksu_st": (37.4351, 126.9023),
    "beomgye_st": (37.3899, 126.9509),
    "pyeongchon_st": (37.3943, 126.9639),
    "indeogwon_st": (37.4016, 126.9770),
    "pyeongchon_park": (37.3905, 126.9608),
    "art_center": (37.3848, 126.9316),
    "art_park": (37.4190, 126.9174),
    "bisan_sports_park": (37.3965, 126.9540),
    "sports_complex": (37.4042, 126.9478),
    "ssanggaeul": (37.3980, 126.9485),
    # not in DOMAIN.md: estimates
    "central_market": (37.3990, 126.9205),
    "fire_station": (37.3905, 126.9290),
    "manan_police": (37.3975, 126.9165),
    "dongan_police": (37.3970, 126.9600),
    "manan_office": (37.3920, 126.9235),
    "seoksu_dong": (37.4300, 126.9050),
}
ESTIMATED = {"bisan_sports_park", "sports_complex", "ssanggaeul", "central_market", "fire_station",
             "manan_police", "dongan_police", "manan_office", "seoksu_dong"}

#: Anyang stream from upstream (Uiwang/Gunpo side) through Anyang to Ogeum Bridge in Seoul.
ANYANG_STREAM = [
    (37.3650, 126.9500), (37.3760, 126.9455), (37.3870, 126.9430), (37.3930, 126.9460), (37.3980, 126.9485),
    (37.4020, 126.9420), (37.4060, 126.9330), (37.4120, 126.9230), (37.4230, 126.9130), (37.4350, 126.9070),
    (37.4500, 126.8960), (37.4650, 126.8870), (37.4800, 126.8790), (37.4930, 126.8720), (37.5035, 126.8690),
    (37.5150, 126.8720),
]
#: Hagui stream from the east (Uiwang) to Ssanggaeul.
HAGUI_STREAM = [
    (37.3880, 126.9990), (37.3950, 126.9880), (37.4000, 126.9790), (37.4012, 126.9700), (37.4005, 126.9630),
    (37.3990, 126.9560), (37.3982, 126.9510), (37.3980, 126.9485),
]
#: Bridges on the Anyang stream (estimates except Bisan Bridge at Ssanggaeul).
BRIDGES = {
    "suchon": (37.3870, 126.9430),
    "bisan": (37.3980, 126.9485),
    "naebisan": (37.4020, 126.9420),
    "daehan": (37.4060, 126.9330),
    "ogeum": (37.5035, 126.8690),
}

ANYANG_ROADS = {
    "simin": ("arterial", [(37.3975, 126.9440), (37.3960, 126.9500), (37.3948, 126.9560), (37.3945, 126.9640),
                           (37.3948, 126.9760)]),
    "gyeongsu": ("arterial", [(37.3700, 126.9420), (37.3840, 126.9395), (37.3950, 126.9330), (37.4016, 126.9260),
                              (37.4120, 126.9180), (37.4250, 126.9090), (37.4400, 126.9010)]),
    "pyeongchon": ("arterial", [(37.4110, 126.9420), (37.4042, 126.9495), (37.3995, 126.9560), (37.3950, 126.9610),
                                (37.3900, 126.9680)]),
    "manan": ("arterial", [(37.3900, 126.9290), (37.3960, 126.9250), (37.4016, 126.9225), (37.4080, 126.9190)]),
}

#: Response routes (station to scene) along streets; drawn as local streets on the map too.
ROUTES = {
    "fire_to_market": [ANYANG["fire_station"], (37.3922, 126.9275), (37.3960, 126.9250), (37.3985, 126.9236),
                       (37.3992, 126.9222), ANYANG["central_market"]],
    "manan_police_to_market": [ANYANG["manan_police"], (37.3982, 126.9180), (37.3993, 126.9196),
                               ANYANG["central_market"]],
    "dongan_police_to_sports": [ANYANG["dongan_police"], (37.3985, 126.9585), (37.3995, 126.9560),
                                (37.4020, 126.9527), (37.4042, 126.9495), (37.4046, 126.9484)],
    "dongan_police_to_park": [ANYANG["dongan_police"], (37.3952, 126.9607), (37.3930, 126.9618),
                              (37.3912, 126.9614), (37.3907, 126.9611)],
    "manan_police_to_daehan": [ANYANG["manan_police"], (37.3995, 126.9200), (37.4016, 126.9228),
                               (37.4040, 126.9270), (37.4052, 126.9300)],
    "missing_walk": [(37.4012, 126.9560), (37.4020, 126.9532), (37.4032, 126.9508), (37.4040, 126.9490),
                     (37.4045, 126.9482)],
}


def add_anyang_basemap(w: PackWriter) -> None:
    a = ANYANG
    est = {"estimate": True}
    # water
    w.add_feature("water", geo.line(ANYANG_STREAM), id="water-anyang-stream", kind="stream",
                  name=P["anyang_stream"], props={**est, "width_m": 60})
    w.add_feature("water", geo.line(HAGUI_STREAM), id="water-hagui-stream", kind="stream",
                  name=P["hagui_stream"], props={**est, "width_m": 30})
    # parks
    w.add_feature("park", geo.polygon(geo.ellipse(a["pyeongchon_park"], 230, 140, rot_deg=-25)),
                  id="park-pyeongchon", kind="park", name=P["pyeongchon_park"], props={"shape": "approximate"})
    w.add_feature("park", geo.polygon(geo.ellipse(a["bisan_sports_park"], 140, 90)), id="park-bisan-sports",
                  kind="sports_park", name=P["bisan_sports_park"], props={**est, "shape": "approximate"})
    w.add_feature("park", geo.polygon(geo.ellipse(a["art_park"], 450, 300, rot_deg=60)), id="park-art",
                  kind="park", name=P["art_park"], props={"shape": "approximate"})
    w.add_feature("park", geo.polygon(geo.ellipse(a["sports_complex"], 190, 150)), id="park-sports-complex",
                  kind="sports", name=P["sports_complex"], props={**est, "shape": "approximate"})
    # roads
    for key, (kind, pts) in ANYANG_ROADS.items():
        w.add_feature("road", geo.line(pts), id=f"road-{key}", kind=kind, name=ROAD[key], props=est)
    riverside = [(lat, lon - 0.00035) for lat, lon in ANYANG_STREAM[1:9]]
    w.add_feature("road", geo.line(riverside), id="road-riverside", kind="local", name=ROAD["riverside"],
                  props={**est, "under_bridge_road": True})
    for key in ("fire_to_market", "manan_police_to_market", "dongan_police_to_sports", "dongan_police_to_park",
                "manan_police_to_daehan"):
        w.add_feature("road", geo.line(ROUTES[key]), id=f"road-local-{key.replace('_', '-')}", kind="local",
                      name=LOCAL_STREET, props=est)
    # landmarks
    landmarks = [
        ("city_hall", "city_hall", "operations_center"), ("anyang_st", "anyang_st", "rail_station"),
        ("myeonghak_st", "myeonghak_st", "rail_station"), ("seoksu_st", "seoksu_st", "rail_station"),
        ("beomgye_st", "beomgye_st", "rail_station"), ("pyeongchon_st", "pyeongchon_st", "rail_station"),
        ("indeogwon_st", "indeogwon_st", "rail_station"), ("art_center", "art_center", "culture"),
        ("sports_complex", "sports_complex", "sports"), ("central_market", "central_market", "market"),
        ("ssanggaeul", "ssanggaeul", "confluence"),
    ]
    for key, name, kind in landmarks:
        lat, lon = a[key]
        w.add_feature("landmark", geo.point(lat, lon), id=f"landmark-{key.replace('_', '-')}", kind=kind,
                      name=P[name], props=est if key in ESTIMATED else {})
    w.add_feature("building", geo.polygon(geo.ellipse(a["city_hall"], 60, 40, n=4, rot_deg=45)),
                  id="building-city-hall", kind="city_hall", name=P["city_hall"], props={"shape": "approximate"})
    # under-bridge roads with automatic barriers (CCTV, sign, speaker, gate)
    for key in ("bisan", "naebisan", "suchon", "daehan"):
        lat, lon = BRIDGES[key]
        w.add_feature("landmark", geo.point(lat, lon - 0.00035), id=f"barrier-{key}", kind="under_bridge_road",
                      name=fmt(UNDER_BRIDGE_ROAD, bridge=BRIDGE[key]),
                      props={**({} if key == "bisan" else est), "barrier": ["cctv", "sign", "speaker", "gate"]})
    # response stations
    for key, kind in (("fire_station", "fire_station"), ("manan_police", "police_station"),
                      ("dongan_police", "police_station")):
        lat, lon = a[key]
        w.add_feature("station", geo.point(lat, lon), id=f"station-{key.replace('_', '-')}", kind=kind,
                      name=P[key], props=est)


# ------------------------------------------------------------------ Ansan (lat, lon)

ANSAN = {
    "city_hall": (37.3219, 126.8308),
    "jungang_st": (37.3160, 126.8385),
    "gojan_st": (37.3167, 126.8233),
    "handaeap_st": (37.3097, 126.8535),
    "hwarang_park": (37.3266, 126.8143),
    "erica": (37.2982, 126.8372),
    "lake_park": (37.3000, 126.8300),
    "choji_st": (37.3206, 126.8063),
}

#: The pilot stops in route order (DOMAIN.md gives Ansan Lake Park and Choji station; the rest
#: are estimates).
ANSAN_STOPS = [
    (37.2955, 126.8440),  # City Information Center (Sa-dong), estimate
    (37.2958, 126.8345),  # Hanyang University ERICA main gate, estimate
    (37.2930, 126.8280),  # KTL, estimate
    (37.3000, 126.8300),  # Ansan Lake Park
    (37.3027, 126.7866),  # Wonsi station, estimate
    (37.3128, 126.7960),  # Siu station, estimate
    (37.3206, 126.8063),  # Choji station
]
STOP_ESTIMATED = (True, True, True, False, True, True, False)

#: The route outbound, through the stops, along plausible roads.
ANSAN_ROUTE = [
    ANSAN_STOPS[0], (37.2957, 126.8395), ANSAN_STOPS[1], (37.2945, 126.8312), ANSAN_STOPS[2],
    (37.2962, 126.8272), (37.2985, 126.8285), ANSAN_STOPS[3], (37.3010, 126.8250), (37.3012, 126.8150),
    (37.3018, 126.8040), (37.3024, 126.7930), ANSAN_STOPS[4], (37.3060, 126.7890), (37.3100, 126.7930),
    ANSAN_STOPS[5], (37.3165, 126.8005), (37.3190, 126.8040), ANSAN_STOPS[6],
]

ANSAN_ROADS = {
    "haean": ("arterial", [(37.2950, 126.8520), ANSAN_STOPS[0], (37.2957, 126.8395), ANSAN_STOPS[1],
                           (37.2945, 126.8312), ANSAN_STOPS[2], (37.2915, 126.8200)]),
    "hanyangdaehak": ("local", [ANSAN_STOPS[1], ANSAN["erica"], (37.3050, 126.8420), ANSAN["handaeap_st"]]),
    "jungang": ("arterial", [(37.3140, 126.8600), ANSAN["jungang_st"], ANSAN["gojan_st"], ANSAN["choji_st"],
                             (37.3230, 126.7950)]),
    "lake_road": ("local", [ANSAN_STOPS[2], (37.2962, 126.8272), (37.2985, 126.8285), ANSAN_STOPS[3],
                            (37.3010, 126.8250)]),
    "pilot_west": ("arterial", ANSAN_ROUTE[8:]),
}


def add_ansan_basemap(w: PackWriter) -> None:
    est = {"estimate": True}
    w.add_feature("park", geo.polygon(geo.ellipse((37.3032, 126.8335), 450, 250, rot_deg=15)), id="park-ansan-lake",
                  kind="park", name=STOP[3][0], props={"shape": "approximate"})
    w.add_feature("water", geo.polygon(geo.ellipse((37.3036, 126.8340), 260, 120, rot_deg=15)), id="water-ansan-lake",
                  kind="lake", name=P["ansan_lake"], props={"shape": "approximate"})
    w.add_feature("park", geo.polygon(geo.ellipse(ANSAN["hwarang_park"], 380, 260)), id="park-hwarang",
                  kind="park", name=P["hwarang_park"], props={"shape": "approximate"})
    w.add_feature("park", geo.polygon(geo.ellipse(ANSAN["erica"], 420, 300)), id="campus-erica", kind="campus",
                  name=P["erica_campus"], props={"shape": "approximate"})
    for key, (kind, pts) in ANSAN_ROADS.items():
        w.add_feature("road", geo.line(pts), id=f"road-{key.replace('_', '-')}", kind=kind, name=ROAD[key], props=est)
    for key, name, kind in (("city_hall", "ansan_city_hall", "city_hall"), ("jungang_st", "jungang_st", "rail_station"),
                            ("gojan_st", "gojan_st", "rail_station"), ("handaeap_st", "handaeap_st", "rail_station")):
        lat, lon = ANSAN[key]
        w.add_feature("landmark", geo.point(lat, lon), id=f"landmark-{key.replace('_', '-')}", kind=kind,
                      name=P[name], props=est if key in ("gojan_st", "handaeap_st") else {})
    lat, lon = ANSAN_STOPS[0]
    w.add_feature("landmark", geo.point(lat, lon), id="landmark-info-center", kind="operations_center",
                  name=STOP[0][0], props=est)
