"""CAP alerts (OASIS Common Alerting Protocol 1.2, and 1.1 which Korea's national standard
follows) plus an optional incident lifecycle log, into a "disaster" pack. No Qt here.

Each ``<alert>`` becomes one event: its id is the alert's identifier, its kind the first info
block's first category in lower case ("met", "geo", ...; "alert" when there is none), its start the
``sent`` time (UTC, honouring the offset), its end the latest ``expires`` of its info blocks (none
when absent, or when it lies before ``sent``). The event sits at the first area that has a polygon
(its centroid) or a circle (its centre). Every polygon and circle is also an "area" feature.

Title and area-name languages are kept exactly as the alert gives them ("en-US", "es-US",
"ko-KR"; "en-US" where an info block names none, as the specification says): a consumer matches
the interface language by prefix, so "es" finds "es-US".

The lifecycle log is JSON lines: ``{"t", "incident_id", "phase", "agency", "unit", "lat", "lon"}``
with ``t`` in ISO 8601 with its offset or in epoch seconds. A phase of an incident that is not an
alert's identifier creates an event of kind "incident" spanning its phases.

XML is read through defusedxml and never resolves anything external: a file with a DOCTYPE or
an ENTITY declaration is refused as unsafe. Every refusal is an ImportFailed, and a
refusal leaves no pack behind (PackWriter replaces ``out`` only when the whole import succeeded).
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

import defusedxml.ElementTree as defused
from defusedxml import DefusedXmlException

from kiosk.core.importers import ImportFailed, cannot, field_name
from kiosk.core.pack import PHASES, PackError, PackWriter, utc_ms, valid_coordinate
from kiosk.i18n import N_, _

CAP_NAMESPACES = {
    "urn:oasis:names:tc:emergency:cap:1.2": "1.2",
    "urn:oasis:names:tc:emergency:cap:1.1": "1.1",
}
#: The language of an info block that names none (CAP 1.2, section 3.2.2).
DEFAULT_LANGUAGE = "en-US"
#: Epoch seconds a lifecycle time may take (years 1 to 9999).
_EPOCH_RANGE = (-62135596800, 253402300799)

#: The fields a refusal names: their name for the reader, and the key the file spells them by.
_IDENTIFIER = (N_("the alert's identifier"), "identifier")
_SENT = (N_("the time the alert was sent"), "sent")
_LIFECYCLE_FIELDS = {"t": N_("the time"), "incident_id": N_("the incident"), "phase": N_("the phase")}

R = TypeVar("R")


@dataclass
class _Alert:
    path: Path
    identifier: str
    t_start: int
    t_end: int | None
    detail: dict[str, Any]
    areas: list[tuple[str, str | None, dict]] = field(default_factory=list)  # (language, areaDesc, geometry)


@dataclass
class _Phase:
    row: int
    incident: str
    phase: str
    t: int
    agency: str | None
    unit: str | None
    lat: float | None
    lon: float | None


# ------------------------------------------------------------------------------ the import

def import_cap(sources: list[str | Path], out: str | Path, *, lifecycle: str | Path | None = None,
               pack_id: str | None = None, title: dict[str, str] | None = None,
               timezone: str = "Asia/Seoul") -> tuple[Path, list[str]]:
    """Write the alerts of ``sources`` (XML files, or folders of ``*.xml``) to the pack ``out``.

    Returns the pack's path and the warnings (none so far for CAP: every fault is a refusal).
    """
    out = Path(out)
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    files = _xml_files(sources)
    alerts: list[_Alert] = []
    seen: dict[str, Path] = {}
    for path in files:
        alert = _guarded(path, _read_alert, path)
        if alert.identifier in seen:
            raise ImportFailed(path, _("the alert {identifier} appears more than once").format(
                identifier=alert.identifier))
        seen[alert.identifier] = path
        alerts.append(alert)
    if not alerts:
        raise ImportFailed(Path(sources[0]) if sources else out, _("there is nothing to import"))
    phases: list[_Phase] = []
    if lifecycle is not None:
        phases = _guarded(Path(lifecycle), _read_lifecycle, Path(lifecycle))

    writer = PackWriter(out, id=pack_id or out.stem, kind="disaster", timezone=timezone,
                        title=dict(title or {"en": "Alerts"}), source="cap")
    features = 0
    for alert in alerts:
        features += _guarded(alert.path, _write_alert, writer, alert)
    if lifecycle is not None:
        _guarded(Path(lifecycle), _write_phases, writer, phases, set(seen))
    writer.set_source_counts({"alerts": len(alerts), "areas": features, "phases": len(phases)})
    _finish(writer, out)
    return out, []


def _xml_files(sources: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    known: set[Path] = set()
    for source in sources:
        path = Path(source)
        try:
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml" and p.is_file()) \
                if path.is_dir() else [path]
        except OSError as exc:
            raise ImportFailed(path, cannot(exc)) from exc
        for item in found:
            key = Path(os.path.abspath(item))
            if key not in known:  # the same file named twice (alone and in its folder) is read once
                known.add(key)
                files.append(item)
    return files


def _guarded(path: Path, work: Callable[..., R], *args: Any) -> R:
    """Run ``work``; any fault it meets becomes an ImportFailed that names ``path``."""
    try:
        return work(*args)
    except ImportFailed:
        raise
    except ET.ParseError as exc:
        raise ImportFailed(path, _("not well-formed {format}").format(format="XML"), row=exc.position[0]) from exc
    except UnicodeDecodeError as exc:
        raise ImportFailed(path, _("the file is not UTF-8 text")) from exc
    except OSError as exc:
        raise ImportFailed(path, cannot(exc)) from exc
    except (PackError, ValueError, LookupError, TypeError, OverflowError, RecursionError) as exc:
        raise ImportFailed(path, cannot(exc)) from exc


def _finish(writer: PackWriter, out: Path) -> None:
    try:
        writer.finish()
    except ImportFailed:
        raise
    except (PackError, OSError, sqlite3.Error) as exc:
        raise ImportFailed(out, cannot(exc)) from exc


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------ reading XML

def _parse(path: Path, data: bytes) -> ET.Element:
    """Parse ``data`` with defusedxml: a DOCTYPE, an entity declaration (entity expansion, the
    "billion laughs") or an external reference is refused, in any encoding, before it is expanded."""
    try:
        return defused.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportFailed(path, _("a DOCTYPE or ENTITY declaration is refused as unsafe")) from None


class _Reader:
    """Text of CAP elements in one namespace."""

    def __init__(self, ns: str):
        self.ns = ns

    def one(self, element: ET.Element, name: str) -> str | None:
        child = element.find(f"{{{self.ns}}}{name}")
        text = (child.text or "").strip() if child is not None else ""
        return text or None

    def all(self, element: ET.Element, name: str) -> list[str]:
        texts = ((c.text or "").strip() for c in element.findall(f"{{{self.ns}}}{name}"))
        return [t for t in texts if t]

    def raw(self, element: ET.Element, name: str) -> list[str]:
        """Every such element's text, empty ones included (an empty polygon is a fault, not nothing)."""
        return [c.text or "" for c in element.findall(f"{{{self.ns}}}{name}")]

    def pairs(self, element: ET.Element, name: str) -> list[dict[str, str | None]]:
        return [{"valueName": self.one(c, "valueName"), "value": self.one(c, "value")}
                for c in element.findall(f"{{{self.ns}}}{name}")]


def _read_alert(path: Path) -> _Alert:
    root = _parse(path, path.read_bytes())
    ns, _sep, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local != "alert" or ns not in CAP_NAMESPACES:
        raise ImportFailed(path, _("not a CAP 1.1 or 1.2 alert (root element {element})").format(element=root.tag))
    r = _Reader(ns)
    identifier, sent = r.one(root, "identifier"), r.one(root, "sent")
    if identifier is None or sent is None:
        missing = field_name(*(_IDENTIFIER if identifier is None else _SENT))
        raise ImportFailed(path, _("{field} is missing").format(field=missing))
    t_start = _cap_time(path, sent)

    detail: dict[str, Any] = {"cap_version": CAP_NAMESPACES[ns], "identifier": identifier}
    for name in ("sender", "status", "msgType", "scope"):
        detail[name] = r.one(root, name)
    detail["sent"] = sent
    for name in ("source", "restriction", "addresses", "note", "references", "incidents"):
        if (value := r.one(root, name)) is not None:
            detail[name] = value
    if codes := r.all(root, "code"):
        detail["code"] = codes

    alert = _Alert(path, identifier, t_start, None, detail)
    infos, ends = [], []
    for info_el in root.findall(f"{{{ns}}}info"):
        info = _read_info(path, r, info_el, alert)
        if "expires" in info:
            ends.append(_cap_time(path, info["expires"]))
        infos.append(info)
    detail["info"] = infos
    latest = max(ends, default=None)
    alert.t_end = latest if latest is not None and latest >= t_start else None
    return alert


def _read_info(path: Path, r: _Reader, element: ET.Element, alert: _Alert) -> dict[str, Any]:
    language = r.one(element, "language") or DEFAULT_LANGUAGE
    info: dict[str, Any] = {
        "language": language, "category": r.all(element, "category"), "event": r.one(element, "event"),
        "responseType": r.all(element, "responseType"), "urgency": r.one(element, "urgency"),
        "severity": r.one(element, "severity"), "certainty": r.one(element, "certainty"),
        "audience": r.one(element, "audience"), "eventCode": r.pairs(element, "eventCode"),
    }
    for name in ("effective", "onset", "expires"):
        if (value := r.one(element, name)) is not None:
            _cap_time(path, value)  # refuse an unreadable time even where the pack does not use it
            info[name] = value
    for name in ("senderName", "headline", "description", "instruction", "web", "contact"):
        info[name] = r.one(element, name)
    info["parameters"] = r.pairs(element, "parameter")
    areas = []
    for area_el in element.findall(f"{{{r.ns}}}area"):
        desc = r.one(area_el, "areaDesc")
        polygons = [_polygon(path, text) for text in r.raw(area_el, "polygon")]
        circles = [_circle(path, text) for text in r.raw(area_el, "circle")]
        area: dict[str, Any] = {"areaDesc": desc, "polygons": polygons, "circles": circles,
                                "geocodes": r.pairs(area_el, "geocode")}
        for name in ("altitude", "ceiling"):
            if (value := r.one(area_el, name)) is not None:
                area[name] = value
        areas.append(area)
        alert.areas += [(language, desc, {"type": "Polygon", "coordinates": [ring]}) for ring in polygons]
        alert.areas += [(language, desc, {"type": "Circle", "center": c["center"], "radius_m": c["radius_m"]})
                        for c in circles]
    info["areas"] = areas
    return info


def _cap_time(path: Path, text: str) -> int:
    """A CAP time ("2003-06-17T14:57:00-07:00") as UTC epoch milliseconds; it must carry its offset."""
    try:
        value = datetime.fromisoformat(text.strip())
        if value.tzinfo is not None:
            return utc_ms(value)
    except (ValueError, OverflowError):
        pass
    raise ImportFailed(path, _time_fault(text))


def _time_fault(value: Any) -> str:
    return _("the time {value} cannot be read; ISO 8601 with a time zone offset is expected").format(
        value=_short(value))


def _point(path: Path, token: str) -> list[float]:
    """One "lat,lon" pair as [lon, lat]."""
    parts = token.split(",")
    try:
        lat, lon = (float(v) for v in parts) if len(parts) == 2 else (math.nan, math.nan)
    except ValueError:
        lat = lon = math.nan
    if not valid_coordinate(lat, lon):
        raise ImportFailed(path, _("{value} is not a valid latitude,longitude pair").format(value=_short(token)))
    return [lon, lat]


def _tokens(text: str) -> list[str]:
    return re.sub(r"\s*,\s*", ",", text.strip()).split()


def _polygon(path: Path, text: str) -> list[list[float]]:
    ring = [_point(path, token) for token in _tokens(text)]
    if len(ring) < 4:
        raise ImportFailed(path, _("the polygon needs at least 4 points"))
    if ring[0] != ring[-1]:
        raise ImportFailed(path, _("the polygon is not closed: its first and last points differ"))
    return ring


def _circle(path: Path, text: str) -> dict[str, Any]:
    tokens = _tokens(text)
    if len(tokens) != 2:
        raise ImportFailed(path, _("the circle {value} needs a centre and a radius in kilometres").format(
            value=_short(text)))
    center = _point(path, tokens[0])
    try:
        radius_km = float(tokens[1])
    except ValueError:
        radius_km = math.nan
    if not (math.isfinite(radius_km) and 0 <= radius_km <= 40_075):
        raise ImportFailed(path, _("the circle {value} needs a centre and a radius in kilometres").format(
            value=_short(text)))
    return {"center": center, "radius_m": radius_km * 1000}


# ------------------------------------------------------------------------------ writing alerts

def _write_alert(writer: PackWriter, alert: _Alert) -> int:
    infos = alert.detail["info"]
    first = infos[0] if infos else {}
    kind = first["category"][0].lower() if first.get("category") else "alert"
    title: dict[str, str] = {}
    for info in infos:
        text = info["headline"] or info["event"]
        if text:
            title.setdefault(info["language"], text)
    # One feature per distinct geometry; the same area in several languages gets one name per language.
    features: dict[str, tuple[dict, dict[str, str]]] = {}
    for language, desc, geometry in alert.areas:
        _geometry, names = features.setdefault(json.dumps(geometry, sort_keys=True), (geometry, {}))
        if desc:
            names.setdefault(language, desc)
    lat = lon = None
    if features:
        lat, lon = _position(next(iter(features.values()))[0])
    writer.add_event(alert.identifier, kind, alert.t_start, t_end=alert.t_end, severity=first.get("severity"),
                     lat=lat, lon=lon, title=title or None, detail=alert.detail)
    for n, (geometry, names) in enumerate(features.values(), 1):
        writer.add_feature("area", geometry, id=f"area:{alert.identifier}:{n}", name=names or None,
                           props={"event": alert.identifier})
    return len(features)


def _position(geometry: dict) -> tuple[float, float]:
    """(lat, lon) of a circle's centre or a polygon's centroid (its vertices' mean when degenerate)."""
    if geometry["type"] == "Circle":
        return geometry["center"][1], geometry["center"][0]
    ring = geometry["coordinates"][0]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) > 1e-12:
        lat, lon = cy / (3 * area), cx / (3 * area)
        if valid_coordinate(lat, lon):
            return lat, lon
    points = ring[:-1]
    return sum(p[1] for p in points) / len(points), sum(p[0] for p in points) / len(points)


# ------------------------------------------------------------------------------ the lifecycle log

def _read_lifecycle(path: Path) -> list[_Phase]:
    text = path.read_bytes().decode("utf-8-sig")
    phases = []
    for row, line in enumerate(text.split("\n"), 1):
        if line.strip():
            phases.append(_lifecycle_line(path, row, line))
    return phases


def _lifecycle_line(path: Path, row: int, line: str) -> _Phase:
    def fail(fault: str) -> ImportFailed:
        return ImportFailed(path, fault, row=row)

    try:
        item = json.loads(line)
    except (ValueError, RecursionError):
        item = None
    if not isinstance(item, dict):
        raise fail(_("not well-formed {format}").format(format="JSON"))
    for name in ("t", "incident_id", "phase"):
        if item.get(name) in (None, ""):
            raise fail(_("{field} is missing").format(field=field_name(_LIFECYCLE_FIELDS[name], name)))
    incident = item["incident_id"]
    if isinstance(incident, bool) or not isinstance(incident, (str, int)):
        raise fail(_("{field} is missing").format(field=field_name(_LIFECYCLE_FIELDS["incident_id"], "incident_id")))
    phase = item["phase"]
    if phase not in PHASES:
        raise fail(_("{field} must be one of {choices}, not {value}").format(
            field=field_name(_LIFECYCLE_FIELDS["phase"], "phase"), choices=", ".join(PHASES), value=_short(phase)))
    lat, lon = item.get("lat"), item.get("lon")
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    if not ((lat is None and lon is None) or (numbers and valid_coordinate(lat, lon))):
        raise fail(_("{value} is not a valid latitude,longitude pair").format(value=_short(f"{lat},{lon}")))
    t = _lifecycle_time(item["t"])
    if t is None:
        raise fail(_time_fault(item["t"]))
    agency, unit = (None if item.get(k) is None else str(item[k]) for k in ("agency", "unit"))
    return _Phase(row, str(incident), phase, t, agency, unit,
                  None if lat is None else float(lat), None if lon is None else float(lon))


def _lifecycle_time(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if math.isfinite(value) and _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
            return int(round(value * 1000))
        return None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
            return utc_ms(parsed) if parsed.tzinfo is not None else None
        except (ValueError, OverflowError):
            return None
    return None


def _write_phases(writer: PackWriter, phases: list[_Phase], alerts: set[str]) -> None:
    incidents: dict[str, list[_Phase]] = {}
    for phase in phases:
        if phase.incident not in alerts:
            incidents.setdefault(phase.incident, []).append(phase)
    for incident, own in incidents.items():
        own = sorted(own, key=lambda p: p.t)
        resolved = [p.t for p in own if p.phase == "resolved"]
        located = next((p for p in own if p.lat is not None), None)
        writer.add_event(incident, "incident", own[0].t, t_end=max(resolved) if resolved else None,
                         lat=located.lat if located else None, lon=located.lon if located else None,
                         detail={"incident_id": incident})
    for p in phases:
        writer.add_phase(p.incident, p.phase, p.t, agency=p.agency, unit=p.unit, lat=p.lat, lon=p.lon)
