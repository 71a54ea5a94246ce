"""The iCalendar export: one VEVENT per visit, for the staff's calendars. No Qt.

UID and SEQUENCE are the visit's stored ones (every change of time, room or status bumps the
sequence), so importing a later export updates the events instead of duplicating them. Cancelled
and no-show visits stay in the file with STATUS:CANCELLED, so calendars drop them. Times carry
the center's TZID, whose VTIMEZONE the file holds. The guide and the interpreter are attendees
when they have an e-mail address. Written as it is read: the calendar's head, each event, then
its end, so a million events never sit in memory.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Timezone, vCalAddress, vDDDTypes, vText
from icalendar.parser import Contentline

from kiosk import __version__, i18n
from kiosk.core import utc
from kiosk.i18n import _, ngettext
from kiosk.store.countries import country_name
from kiosk.store.exports import Context, people

PRODID = f"-//Smart-city operations center kiosk//Visit log {__version__}//EN"
#: The visit's status -> the event's.
EVENT_STATUS = {"requested": "TENTATIVE", "confirmed": "CONFIRMED", "checked_in": "CONFIRMED",
                "completed": "CONFIRMED", "cancelled": "CANCELLED", "no_show": "CANCELLED"}
_END = b"END:VCALENDAR\r\n"


def _head(context: Context) -> bytes:
    request, tz = context.request, context.tz
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    name = (_("Visits to {center}").format(center=context.center_name) if context.center_name
            else _("Delegation visits"))
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", tz.key)
    # the zone's rules over the period exported (a day either side for the offsets)
    first = request.start - timedelta(days=1) if request.start else date(1970, 1, 1)
    last = request.end + timedelta(days=2) if request.end else date(2038, 1, 1)
    calendar.add_component(Timezone.from_tzinfo(tz, tzid=tz.key, first_date=first, last_date=max(last, first)))
    head = calendar.to_ical()
    assert head.endswith(_END)
    return head[:-len(_END)]


def _line(name: bytes, value: bytes) -> bytes:
    """One content line, folded at 75 octets as RFC 5545 asks, never inside a UTF-8 letter."""
    line = name + b":" + value
    if len(line) <= 75:
        return line + b"\r\n"
    parts, start, limit = [], 0, 75
    while len(line) - start > limit:
        end = start + limit
        while line[end] & 0xC0 == 0x80:  # a continuation byte: fold before its letter
            end -= 1
        parts.append(line[start:end])
        start, limit = end, 74  # a folded line starts with a space
    parts.append(line[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _attendee(name: str, email: str) -> bytes:
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = name
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["CUTYPE"] = "INDIVIDUAL"
    return Contentline.from_parts("ATTENDEE", address.params, address.to_ical().decode()).to_ical() + b"\r\n"


def write_ics(context: Context, path: Path) -> None:
    """Each VEVENT's lines are written with icalendar's value types (vText escapes SUMMARY,
    LOCATION and DESCRIPTION; vCalAddress and Contentline make an ATTENDEE), line by line: a
    Component per event, built and serialised whole, costs five times as much."""
    tz = context.tz
    tzid = f";TZID={tz.key}".encode()
    stamp = _line(b"DTSTAMP", vDDDTypes(utc.now().replace(microsecond=0)).to_ical())
    statuses = {s: _line(b"STATUS", v.encode()) for s, v in EVENT_STATUS.items()}
    lang = i18n.babel_locale()
    names: dict[str, str] = {}
    parse = datetime.fromisoformat
    with open(path, "wb") as handle:
        handle.write(_head(context))
        write = handle.write
        for row in context.rows():
            start, end = parse(row.start).astimezone(tz), parse(row.end).astimezone(tz)
            lines = [b"BEGIN:VEVENT\r\n", _line(b"UID", vText(row.uid).to_ical()),
                     b"SEQUENCE:%d\r\n" % row.sequence, stamp,
                     b"DTSTART" + tzid + start.strftime(":%Y%m%dT%H%M%S\r\n").encode(),
                     b"DTEND" + tzid + end.strftime(":%Y%m%dT%H%M%S\r\n").encode(),
                     _line(b"SUMMARY", vText(row.organization).to_ical())]
            if row.room:
                lines.append(_line(b"LOCATION", vText(row.room).to_ical()))
            lines.append(_line(b"DESCRIPTION", vText(_description(row, names, lang)).to_ical()))
            lines.append(statuses[row.status])
            for name, email in row.guides + row.interpreters:
                if email:
                    lines.append(_attendee(name, email))
            lines.append(b"END:VEVENT\r\n")
            write(b"".join(lines))
        write(_END)


def _description(row, names: dict[str, str], lang: str) -> str:
    parts = []
    for country in row.countries:
        code = country[0]
        name = names.get(code)
        if name is None:
            name = names[code] = country_name(code, lang)
        parts.append(f"{name} {i18n.format_number(people(country))}")
    n = row.people
    lines = [", ".join(parts), ngettext("{n} person", "{n} people", n).format(n=i18n.format_number(n))]
    if row.arranged_by:
        lines.append(_("Arranged by {name}").format(name=row.arranged_by))
    if row.guides:
        lines.append(_("Guide: {names}").format(names=", ".join(n for n, _e in row.guides)))
    if row.interpreters:
        lines.append(_("Interpreter: {names}").format(names=", ".join(n for n, _e in row.interpreters)))
    return "\n".join(lines)
