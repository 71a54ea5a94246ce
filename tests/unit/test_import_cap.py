"""CAP import: the four OASIS examples read correctly, CAP 1.1 and Korean alerts, the lifecycle
log, and every refusal is one ImportFailed that leaves nothing behind."""

from __future__ import annotations

import json
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.importers import ImportFailed
from kiosk.core.importers.cap import import_cap
from kiosk.core.pack import utc_ms
from kiosk.core.pack_reader import Pack

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "cap"
EXAMPLES = [CORPUS / f"example{n}.xml" for n in range(1, 5)]
needs_corpus = pytest.mark.skipif(not all(p.is_file() for p in EXAMPLES), reason="conformance corpus absent")

#: What the OASIS examples say, read off the specification by hand.
EXPECTED = {
    "example1.xml": {
        "identifier": "43b080713727", "sender": "hsas@dhs.gov", "sent": "2003-04-02T14:39:01-05:00",
        "utc": datetime(2003, 4, 2, 19, 39, 1, tzinfo=timezone.utc), "status": "Actual", "msgType": "Alert",
        "kind": "security",
        "info": [("en-US", "Homeland Security Advisory System Update", "Immediate", "Severe", "Likely",
                  "Homeland Security Sets Code ORANGE")],
    },
    "example2.xml": {
        "identifier": "KSTO1055887203", "sender": "KSTO@NWS.NOAA.GOV", "sent": "2003-06-17T14:57:00-07:00",
        "utc": datetime(2003, 6, 17, 21, 57, tzinfo=timezone.utc), "status": "Actual", "msgType": "Alert",
        "kind": "met",
        "info": [("en-US", "SEVERE THUNDERSTORM", "Immediate", "Severe", "Observed", "SEVERE THUNDERSTORM WARNING")],
    },
    "example3.xml": {
        "identifier": "TRI13970876.2", "sender": "trinet@caltech.edu", "sent": "2003-06-11T20:56:00-07:00",
        "utc": datetime(2003, 6, 12, 3, 56, tzinfo=timezone.utc), "status": "Actual", "msgType": "Update",
        "kind": "geo",
        "info": [("en-US", "Earthquake", "Past", "Minor", "Observed", "EQ 3.4 Imperial County CA")],
    },
    "example4.xml": {
        "identifier": "KAR0-0306112239-SW", "sender": "KARO@CLETS.DOJ.CA.GOV", "sent": "2003-06-11T22:39:00-07:00",
        "utc": datetime(2003, 6, 12, 5, 39, tzinfo=timezone.utc), "status": "Actual", "msgType": "Alert",
        "kind": "rescue",
        "info": [("en-US", "Child Abduction", "Immediate", "Severe", "Likely", "Amber Alert in Los Angeles County"),
                 ("es-US", "Abducción de Niño", "Immediate", "Severe", "Likely",
                  "Alerta Amber en el condado de Los Ángeles")],
    },
}

CAP11_KO = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">
  <identifier>KR-ANYANG-2020-0806-01</identifier>
  <sender>anyang@korea.kr</sender>
  <sent>2020-08-06T07:28:00+09:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>ko-KR</language>
    <category>Met</category>
    <event>호우경보</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Observed</certainty>
    <expires>2020-08-06T12:00:00+09:00</expires>
    <senderName>안양시</senderName>
    <headline>안양천·학의천 산책로 통제</headline>
    <area>
      <areaDesc>비산교 하부도로</areaDesc>
      <polygon>37.397,126.947 37.397,126.950 37.399,126.950 37.399,126.947 37.397,126.947</polygon>
    </area>
  </info>
</alert>
"""


def alert_xml(identifier="TEST-1", *, ns="urn:oasis:names:tc:emergency:cap:1.2", sent="2024-07-01T10:00:00+09:00",
              polygon=None, circle=None, prolog="") -> str:
    area = ""
    if polygon is not None or circle is not None:
        area = "<area><areaDesc>somewhere</areaDesc>"
        area += f"<polygon>{polygon}</polygon>" if polygon is not None else ""
        area += f"<circle>{circle}</circle>" if circle is not None else ""
        area += "</area>"
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<alert xmlns="{ns}"><identifier>{identifier}</identifier>'
            f"<sender>test@example.org</sender><sent>{sent}</sent><status>Exercise</status><msgType>Alert</msgType>"
            f"<scope>Public</scope><info><category>Fire</category><event>Fire</event><urgency>Expected</urgency>"
            f"<severity>Moderate</severity><certainty>Likely</certainty><headline>A fire</headline>{area}</info>"
            "</alert>")


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def events_by_id(path: Path):
    with Pack.open(path) as pack:
        return {e.id: e for e in pack.events}, pack.features, pack.info(), {e.id: pack.phases(e.id) for e in pack.events}


# ------------------------------------------------------------------------------ the OASIS examples

@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_example_imports_and_reads_correctly(tmp_path, name):
    want = EXPECTED[name]
    out, warnings = import_cap([CORPUS / name], tmp_path / "alerts.pack")
    assert warnings == []
    events, _features, info, _phases = events_by_id(out)
    assert info["kind"] == "disaster" and info["source"] == "cap" and info["title"] == {"en": "Alerts"}
    event = events[want["identifier"]]
    d = event.detail
    assert (d["identifier"], d["sender"], d["sent"], d["status"], d["msgType"]) == (
        want["identifier"], want["sender"], want["sent"], want["status"], want["msgType"])
    assert event.t_start == utc_ms(datetime.fromisoformat(want["sent"])) == int(want["utc"].timestamp() * 1000)
    assert event.kind == want["kind"]
    got = [(i["language"], i["event"], i["urgency"], i["severity"], i["certainty"], i["headline"]) for i in d["info"]]
    assert got == want["info"]
    assert event.severity == want["info"][0][3]
    assert event.title == {lang: headline for lang, *_rest, headline in want["info"]}


@needs_corpus
def test_all_four_examples_into_one_pack(tmp_path):
    out, _warnings = import_cap([CORPUS], tmp_path / "all.pack")
    events, features, info, _phases = events_by_id(out)
    assert set(events) == {w["identifier"] for w in EXPECTED.values()}
    assert info["counts"]["events"] == 4 and info["counts"]["features"] == 2
    assert info["t_start"] == int(EXPECTED["example1.xml"]["utc"].timestamp() * 1000)

    # example2: the polygon, in [lon, lat] order, closed, and the event at its centroid.
    storm = events["KSTO1055887203"]
    polygon = next(f for f in features if f.props == {"event": "KSTO1055887203"})
    assert polygon.id == "area:KSTO1055887203:1" and polygon.layer == "area"
    assert polygon.geometry == {"type": "Polygon", "coordinates": [[
        [-120.14, 38.47], [-119.95, 38.34], [-119.74, 38.52], [-119.89, 38.62], [-120.14, 38.47]]]}
    assert polygon.name["en-US"].startswith("EXTREME NORTH CENTRAL TUOLUMNE COUNTY")
    assert 38.34 < storm.lat < 38.62 and -120.14 < storm.lon < -119.74
    assert storm.t_end == int(datetime(2003, 6, 17, 23, 0, tzinfo=timezone.utc).timestamp() * 1000)
    area = storm.detail["info"][0]["areas"][0]
    assert [g["value"] for g in area["geocodes"]] == ["006109", "006009", "006003"]
    assert area["polygons"] == [polygon.geometry["coordinates"][0]]

    # example3: the circle (radius 0 km) and its references.
    quake = events["TRI13970876.2"]
    circle = next(f for f in features if f.props == {"event": "TRI13970876.2"})
    assert circle.geometry == {"type": "Circle", "center": [-115.5527, 32.9525], "radius_m": 0.0}
    assert (quake.lat, quake.lon) == (32.9525, -115.5527)
    assert quake.detail["references"] == "trinet@caltech.edu,TRI13970876.1,2003-06-11T20:30:00-07:00"
    assert quake.detail["info"][0]["areas"][0]["circles"] == [{"center": [-115.5527, 32.9525], "radius_m": 0.0}]

    # example4: one headline in English and one in Spanish, no geometry.
    amber = events["KAR0-0306112239-SW"]
    assert amber.title == {"en-US": "Amber Alert in Los Angeles County",
                           "es-US": "Alerta Amber en el condado de Los Ángeles"}
    assert amber.lat is None and amber.t_end is None

    # example1 has no <language>: the specification's default.
    assert events["43b080713727"].detail["info"][0]["language"] == "en-US"


def test_cap_1_1_korean_alert(tmp_path):
    src = write(tmp_path, "kr.xml", CAP11_KO)
    out, _warnings = import_cap([src], tmp_path / "kr.pack", title={"ko": "안양 재난"})
    events, features, info, _phases = events_by_id(out)
    event = events["KR-ANYANG-2020-0806-01"]
    assert event.detail["cap_version"] == "1.1"
    assert event.title == {"ko-KR": "안양천·학의천 산책로 통제"}
    assert event.t_start == int(datetime(2020, 8, 5, 22, 28, tzinfo=timezone.utc).timestamp() * 1000)
    assert event.t_end == int(datetime(2020, 8, 6, 3, 0, tzinfo=timezone.utc).timestamp() * 1000)
    assert event.kind == "met" and event.severity == "Extreme"
    assert features[0].name == {"ko-KR": "비산교 하부도로"}
    assert features[0].geometry["coordinates"][0][0] == [126.947, 37.397]
    assert event.lat == pytest.approx(37.398) and event.lon == pytest.approx(126.9485)
    assert info["title"] == {"ko": "안양 재난"}


# ------------------------------------------------------------------------------ the lifecycle log

def test_lifecycle_gives_phases_in_order(tmp_path):
    src = write(tmp_path, "kr.xml", CAP11_KO)
    log = tmp_path / "life.jsonl"
    lines = [
        {"t": "2020-08-06T07:40:00+09:00", "incident_id": "KR-ANYANG-2020-0806-01", "phase": "on_scene",
         "agency": "119", "unit": "Anyang 1", "lat": 37.398, "lon": 126.948},
        {"t": "2020-08-06T07:28:00+09:00", "incident_id": "KR-ANYANG-2020-0806-01", "phase": "detected"},
        {"t": 1596666900, "incident_id": "KR-ANYANG-2020-0806-01", "phase": "dispatched", "agency": "119"},
        {"t": "2020-08-06T09:00:00+09:00", "incident_id": "KR-ANYANG-2020-0806-01", "phase": "resolved"},
        {"t": "2020-08-06T08:00:00+09:00", "incident_id": "FIRE-7", "phase": "detected", "lat": 37.40, "lon": 126.95},
        {"t": "2020-08-06T08:05:00+09:00", "incident_id": "FIRE-7", "phase": "dispatched"},
        {"t": "2020-08-06T08:30:00+09:00", "incident_id": "FIRE-7", "phase": "resolved"},
    ]
    log.write_text("\n".join(json.dumps(line) for line in lines[:3]) + "\n\n"
                   + "\n".join(json.dumps(line) for line in lines[3:]) + "\n")
    out, _warnings = import_cap([src], tmp_path / "kr.pack", lifecycle=log)
    events, _features, info, phases = events_by_id(out)
    kst = datetime.fromisoformat
    flood = phases["KR-ANYANG-2020-0806-01"]
    assert [p.phase for p in flood] == ["detected", "dispatched", "on_scene", "resolved"]
    assert [p.t for p in flood] == [utc_ms(kst("2020-08-06T07:28:00+09:00")), 1596666900000,
                                    utc_ms(kst("2020-08-06T07:40:00+09:00")), utc_ms(kst("2020-08-06T09:00:00+09:00"))]
    assert (flood[2].agency, flood[2].unit, flood[2].lat, flood[2].lon) == ("119", "Anyang 1", 37.398, 126.948)
    fire = events["FIRE-7"]
    assert fire.kind == "incident"
    assert fire.t_start == utc_ms(kst("2020-08-06T08:00:00+09:00"))
    assert fire.t_end == utc_ms(kst("2020-08-06T08:30:00+09:00"))
    assert (fire.lat, fire.lon) == (37.40, 126.95)
    assert [p.phase for p in phases["FIRE-7"]] == ["detected", "dispatched", "resolved"]
    assert info["counts"]["phases"] == 7


@pytest.mark.parametrize("bad", [
    "{not json", '["a list"]', '{"incident_id": "X", "phase": "detected"}',
    '{"t": "2020-08-06T07:28:00", "incident_id": "X", "phase": "detected"}',
    '{"t": "yesterday", "incident_id": "X", "phase": "detected"}',
    '{"t": 1596666900, "incident_id": "X", "phase": "arrived"}',
    '{"t": 1596666900, "incident_id": "X", "phase": "detected", "lat": 95, "lon": 126.9}',
    '{"t": 1596666900, "incident_id": "X", "phase": "detected", "lat": 37.4}',
    '{"t": NaN, "incident_id": "X", "phase": "detected"}',
])
def test_bad_lifecycle_line_names_its_line(tmp_path, bad):
    src = write(tmp_path, "kr.xml", CAP11_KO)
    log = tmp_path / "life.jsonl"
    good = json.dumps({"t": 1596666480, "incident_id": "X", "phase": "detected"})
    log.write_text(f"{good}\n{good}\n{bad}\n{good}\n")
    out = tmp_path / "kr.pack"
    with pytest.raises(ImportFailed) as caught:
        import_cap([src], out, lifecycle=log)
    assert caught.value.row == 3 and caught.value.file == "life.jsonl"
    assert "life.jsonl, row 3: " in str(caught.value) and caught.value.fault
    assert not out.exists()


# ------------------------------------------------------------------------------ refusals

REFUSALS = {
    "not_xml": ("plain.xml", b"this is not XML at all"),
    "truncated": ("cut.xml", alert_xml()[:200].encode()),
    "wrong_namespace": ("ns.xml", alert_xml(ns="urn:oasis:names:tc:emergency:cap:1.0").encode()),
    "wrong_root": ("root.xml", b'<feed xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>'),
    "polygon_not_closed": ("open.xml", alert_xml(polygon="37.1,126.1 37.2,126.1 37.2,126.2 37.1,126.2").encode()),
    "polygon_three_points": ("three.xml", alert_xml(polygon="37.1,126.1 37.2,126.1 37.1,126.1").encode()),
    "polygon_out_of_range": ("range.xml", alert_xml(polygon="97.1,126.1 37.2,126.1 37.2,126.2 97.1,126.1").encode()),
    "polygon_text": ("text.xml", alert_xml(polygon="north,east 37.2,126.1 37.2,126.2 north,east").encode()),
    "circle_bad_radius": ("circle.xml", alert_xml(circle="37.1,126.1 -5").encode()),
    "sent_unreadable": ("sent.xml", alert_xml(sent="yesterday at noon").encode()),
    "sent_without_offset": ("naive.xml", alert_xml(sent="2024-07-01T10:00:00").encode()),
    "no_identifier": ("noid.xml", alert_xml(identifier="").encode()),
    "doctype_entity": ("evil.xml", alert_xml(
        identifier="&xxe;", prolog='<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').encode()),
    "doctype_utf16": ("evil16.xml", alert_xml(
        identifier="&lol;", prolog='<!DOCTYPE alert [<!ENTITY lol "lol">]>').replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")),
    "empty": ("empty.xml", b""),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refusals_leave_nothing_behind(tmp_path, case):
    name, data = REFUSALS[case]
    src = write(tmp_path, name, data)
    good = write(tmp_path, "good.xml", alert_xml("GOOD-1"))
    out = tmp_path / "alerts.pack"
    with pytest.raises(ImportFailed) as caught:
        import_cap([good, src], out)
    assert caught.value.file == name and str(caught.value).startswith(name)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no partial file either

    # a pack already at `out` is left exactly as it was
    import_cap([good], out)
    before = out.read_bytes()
    with pytest.raises(ImportFailed):
        import_cap([good, src], out)
    assert out.read_bytes() == before


def test_duplicate_identifier_across_files(tmp_path):
    a = write(tmp_path, "a.xml", alert_xml("SAME-1"))
    b = write(tmp_path, "b.xml", alert_xml("SAME-1", sent="2024-07-01T11:00:00+09:00"))
    out = tmp_path / "dup.pack"
    with pytest.raises(ImportFailed) as caught:
        import_cap([a, b], out)
    assert caught.value.file == "b.xml" and "SAME-1" in caught.value.fault
    assert not out.exists()


def test_doctype_is_refused_as_unsafe_with_a_clear_fault(tmp_path):
    src = write(tmp_path, "evil.xml", REFUSALS["doctype_entity"][1])
    with pytest.raises(ImportFailed) as caught:
        import_cap([src], tmp_path / "x.pack")
    assert "DOCTYPE" in caught.value.fault and "/etc/passwd" not in str(caught.value)


BILLION_LAUGHS = ('<!DOCTYPE alert [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
                            for n in range(1, 10))
                  + "]>")


@pytest.mark.parametrize("prolog, identifier", [
    (BILLION_LAUGHS, "&lol9;"),  # a billion "lol"s once expanded
    ('<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>', "&xxe;"),  # an external entity
    ('<!DOCTYPE alert [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>', "X-1"),
    ('<!DOCTYPE alert SYSTEM "http://127.0.0.1:9/cap.dtd">', "X-1"),  # an external DTD
])
def test_entity_expansion_and_external_entities_are_refused(tmp_path, prolog, identifier):
    src = write(tmp_path, "evil.xml", alert_xml(identifier=identifier, prolog=prolog))
    with pytest.raises(ImportFailed) as caught:
        import_cap([src], tmp_path / "x.pack")
    assert caught.value.fault == "a DOCTYPE or ENTITY declaration is refused as unsafe"
    assert caught.value.file == "evil.xml" and not (tmp_path / "x.pack").exists()
    assert "lollol" not in str(caught.value) and "localhost" not in str(caught.value)


def test_the_unsafe_refusal_is_said_in_the_interface_language(tmp_path):
    from kiosk import i18n

    src = write(tmp_path, "evil.xml", alert_xml(identifier="&lol9;", prolog=BILLION_LAUGHS))
    i18n.set_language("ko")
    with pytest.raises(ImportFailed) as caught:
        import_cap([src], tmp_path / "x.pack")
    said = i18n.translate_in("ko", "a DOCTYPE or ENTITY declaration is refused as unsafe")
    assert caught.value.fault == said and any("\uac00" <= ch <= "\ud7a3" for ch in said)
    assert "evil.xml" in str(caught.value) and "refused" not in str(caught.value)


def test_not_xml_names_the_line(tmp_path):
    src = write(tmp_path, "broken.xml", "<?xml version='1.0'?>\n<alert>\n<identifier>x</identifer>\n</alert>\n")
    with pytest.raises(ImportFailed) as caught:
        import_cap([src], tmp_path / "x.pack")
    assert caught.value.row == 3


def test_nothing_to_import(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFailed):
        import_cap([tmp_path / "empty"], tmp_path / "x.pack")
    with pytest.raises(ImportFailed):
        import_cap([tmp_path / "missing.xml"], tmp_path / "x.pack")
    assert not (tmp_path / "x.pack").exists()


# ------------------------------------------------------------------------------ fuzzing

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def attempt(data: bytes, name: str = "fuzz.xml") -> None:
    """Import ``data``: it may succeed (and then the pack opens) or fail with ImportFailed, nothing else."""
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / name
        src.write_bytes(data)
        out = Path(folder) / "out.pack"
        try:
            import_cap([src], out)
        except ImportFailed as exc:
            assert exc.fault and not out.exists()
            return
        with Pack.open(out) as pack:
            assert len(pack.events) == 1


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(data):
    attempt(data)


@needs_corpus
@FUZZ
@given(st.sampled_from(EXAMPLES), st.floats(0, 1))
def test_fuzz_truncated_examples(path, fraction):
    data = path.read_bytes()
    attempt(data[: int(len(data) * fraction)])


BAD_NUMBERS = st.sampled_from(["NaN", "nan", "inf", "-inf", "Infinity", "1e9", "-1e9", "91", "181", "abc", "",
                               "1,2", "0x10", "1e400", "-0", " "])


@needs_corpus
@FUZZ
@given(st.sampled_from(["example2.xml", "example3.xml"]), BAD_NUMBERS, st.integers(0, 20))
def test_fuzz_coordinates_replaced(name, bad, which):
    text = (CORPUS / name).read_text(encoding="utf-8")
    geometry = re.search(r"<(polygon|circle)>(.*?)</\1>", text)
    numbers = list(re.finditer(r"-?\d+(?:\.\d+)?", geometry.group(2)))
    hit = numbers[which % len(numbers)]
    start = geometry.start(2) + hit.start()
    attempt((text[:start] + bad + text[start + len(hit.group()):]).encode())


@FUZZ
@given(st.lists(st.sampled_from(["NaN", "inf", "1e9", "x", "37.1", "126.1", ","]), min_size=0, max_size=12))
def test_fuzz_generated_polygons(parts):
    attempt(alert_xml(polygon=" ".join(parts)).encode())
