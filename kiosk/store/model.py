"""What the visit repositories return: frozen dataclasses, never rows. No Qt.

Times are aware ``datetime`` objects in the center's zone; headcounts are per country.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping, NamedTuple

from kiosk.i18n import N_
from kiosk.store.vocabulary import STATUSES  # one list, the command line's parser's too

STATUS_LABELS = {
    "requested": N_("Requested"),
    "confirmed": N_("Confirmed"),
    "checked_in": N_("Checked in"),
    "completed": N_("Completed"),
    "cancelled": N_("Cancelled"),
    "no_show": N_("No-show"),
}
#: The statuses a visit may be created with (history is entered as completed).
CREATE_STATUSES = ("requested", "confirmed", "completed")

ORGANIZATION_TYPES = ("city", "ministry", "agency", "company", "university", "international_body",
                      "intermediary", "other")
ORGANIZATION_TYPE_LABELS = {
    "city": N_("City or local government"),
    "ministry": N_("Ministry"),
    "agency": N_("Public agency"),
    "company": N_("Company"),
    "university": N_("University or research institute"),
    "international_body": N_("International body"),
    "intermediary": N_("Intermediary (e.g. WeGO, NIA, KOICA)"),
    "other": N_("Other"),
}

STAFF_ROLES = ("guide", "admin")
STAFF_ROLE_LABELS = {"guide": N_("Guide"), "admin": N_("Administrator")}
ASSIGNMENT_ROLES = ("guide", "interpreter")
ASSIGNMENT_ROLE_LABELS = {"guide": N_("Guide"), "interpreter": N_("Interpreter")}


@dataclass(frozen=True)
class Organization:
    id: int
    name: str
    country: str
    type: str = "other"
    name_ko: str | None = None
    name_en: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "country": self.country, "type": self.type,
                "name_ko": self.name_ko, "name_en": self.name_en}


@dataclass(frozen=True)
class CountryCount:
    country: str
    expected: int | None
    actual: int | None

    @property
    def people(self) -> int:
        """The people counted: the actual headcount once taken, else the expected one."""
        return self.actual if self.actual is not None else (self.expected or 0)


@dataclass(frozen=True)
class Visit:
    id: int
    status: str
    start: datetime
    end: datetime
    organization: Organization
    expected_headcount: int
    countries: tuple[CountryCount, ...]
    ical_uid: str
    ical_sequence: int
    arranged_by: Organization | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    actual_headcount: int | None = None
    languages: tuple[str, ...] = ()
    room: str | None = None
    notes: str | None = None
    created_utc: str = ""
    updated_utc: str = ""

    @property
    def headcount(self) -> int:
        return sum(c.people for c in self.countries)

    def to_json(self) -> dict:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "id": self.id, "status": self.status, "start": iso(self.start), "end": iso(self.end),
            "actual_start": iso(self.actual_start), "actual_end": iso(self.actual_end),
            "organization": self.organization.to_json(),
            "arranged_by": self.arranged_by.to_json() if self.arranged_by else None,
            "headcount": {"expected": self.expected_headcount, "actual": self.actual_headcount},
            "countries": {c.country: {"expected": c.expected, "actual": c.actual} for c in self.countries},
            "languages": list(self.languages), "room": self.room, "notes": self.notes,
            "uid": self.ical_uid, "sequence": self.ical_sequence,
            "created_utc": self.created_utc, "updated_utc": self.updated_utc,
        }


class VisitRow(NamedTuple):
    """A line of the visit list or a block in the calendar: no per-country detail.

    Immutable like the dataclasses here, but a named tuple: a month of the calendar can hold
    thousands of rows, and a tuple is five times quicker to build than a frozen dataclass."""

    id: int
    status: str
    start: datetime
    end: datetime
    organization_id: int
    organization_name: str
    headcount: int
    room: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "status": self.status, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "organization": self.organization_name,
                "organization_id": self.organization_id, "headcount": self.headcount, "room": self.room}


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: the last row's UTC start and id (keyset paging)."""

    start_utc: str
    id: int


@dataclass(frozen=True)
class Page:
    rows: tuple[VisitRow, ...]
    next_key: PageKey | None  # None on the last page


@dataclass(frozen=True)
class VisitForm:
    """What a member of staff fills in to create or edit a visit.

    ``organization`` and ``arranged_by`` are an organization's id, or a name: a name not yet
    known creates the organization (in ``organization_country``, else the country with the most
    people; an arranging organization new to the kiosk is taken to be Korean). ``countries`` maps
    an ISO code (or a name in English or Korean) to the expected headcount. Naive times are the
    center's local time."""

    organization: int | str
    start: datetime
    end: datetime
    countries: Mapping[str, int]
    arranged_by: int | str | None = None
    languages: tuple[str, ...] = ()
    room: str | None = None
    notes: str | None = None
    organization_country: str | None = None
    organization_type: str | None = None


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    role: str
    languages: tuple[str, ...]
    active: bool = True
    has_pin: bool = False
    email: str | None = None  # a calendar export invites them at this address


@dataclass(frozen=True)
class PinClash:
    """Members of staff found sharing one PIN, with each other or with the center's staff PIN
    (``with_center``): that PIN signs nobody in until one of them gets a new one."""

    members: tuple[Staff, ...]
    with_center: bool
    found_utc: str


@dataclass(frozen=True)
class Assignment:
    id: int
    visit_id: int
    staff_id: int
    staff_name: str
    role: str
    language: str | None = None


@dataclass(frozen=True)
class Suggestion:
    staff: Staff
    matching_languages: tuple[str, ...]
    visits_that_day: int


@dataclass(frozen=True)
class Conflict:
    """Another visit at the same time that needs the same member of staff or the same room."""

    kind: str  # "staff" or "room"
    visit_id: int
    other_visit_id: int
    other_start: datetime
    other_end: datetime
    other_organization: str
    staff_id: int | None = None
    staff_name: str | None = None
    room: str | None = None

    def message(self) -> str:
        from kiosk.i18n import _, format_skeleton

        when = "{start}–{end}".format(start=format_skeleton("Hm", self.other_start),
                                      end=format_skeleton("Hm", self.other_end))
        if self.kind == "room":
            return _("Room {room} is also booked for {organization} ({time}).").format(
                room=self.room, organization=self.other_organization, time=when)
        return _("{name} is also assigned to {organization} ({time}).").format(
            name=self.staff_name, organization=self.other_organization, time=when)


@dataclass(frozen=True)
class DemoShown:
    id: int
    visit_id: int | None
    demo_id: str
    pack_id: str | None
    started_utc: str
    seconds: float
    stop_id: int | None = None


@dataclass(frozen=True)
class Feedback:
    id: int
    visit_id: int
    rating: int | None
    comment: str | None
    created_utc: str


@dataclass(frozen=True)
class Visitor:
    """A person on a visit's roster. Once the retention period is over, ``name``, ``title`` and
    ``contact`` are None and ``purged_utc`` says when they were erased; the row stays, so the
    roster still shows how many people were named."""

    id: int
    visit_id: int
    name: str | None
    title: str | None = None
    organization_id: int | None = None
    country: str | None = None
    contact: str | None = None
    consent_photos: bool = False
    consent_contact: bool = False
    purged_utc: str | None = None
    consent_id: int | None = None

    @property
    def purged(self) -> bool:
        return self.purged_utc is not None


@dataclass(frozen=True)
class VisitorForm:
    """Who a person on the roster is. What they agreed to is their :class:`ConsentForm`."""

    name: str
    title: str | None = None
    organization_id: int | None = None
    country: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class ConsentForm:
    """What a person agreed to, on the consent panel read in ``language``: ``given`` is the
    required consent to the collection and use; ``photos`` and ``contact`` (invitations to the
    center's future programmes) are optional; a person ``under_14`` needs their ``guardian``'s."""

    given: bool
    language: str
    photos: bool = False
    contact: bool = False
    under_14: bool = False
    guardian: bool = False


@dataclass(frozen=True)
class ConsentRecord:
    """A consent as it was given: the text's version and language, when, who entered it (a
    member of staff's id, or None for a bare role) and which consents."""

    id: int
    visit_id: int
    visitor_id: int | None
    text_version: str
    language: str
    given_utc: str
    entered_by: int | None
    entered_role: str
    required: bool
    photos: bool
    contact: bool
    under_14: bool
    guardian: bool
    contact_until_utc: str | None = None


@dataclass(frozen=True)
class TourStop:
    """One stop of a visit's tour: a demo, or one story chapter of its pack (``chapter`` is the
    chapter's index), with the minutes planned for it and the guide's notes per language."""

    id: int
    visit_id: int
    position: int
    demo_id: str
    chapter: int | None
    minutes: int
    notes: Mapping[str, str]

    def to_json(self) -> dict:
        return {"id": self.id, "position": self.position, "demo": self.demo_id, "chapter": self.chapter,
                "minutes": self.minutes, "notes": dict(self.notes)}


@dataclass(frozen=True)
class StopForm:
    demo_id: str
    minutes: int
    chapter: int | None = None
    notes: Mapping[str, str] = ()  # type: ignore[assignment]  # an empty mapping


@dataclass(frozen=True)
class FeedbackFigures:
    """The delegations' answers for one month or one country: how many, and how many of each
    face (1 = unhappy … 4 = delighted)."""

    key: str  # "2026-11" or a country code
    answers: int
    faces: tuple[int, int, int, int]

    @property
    def mean(self) -> float:
        return sum((i + 1) * n for i, n in enumerate(self.faces)) / self.answers if self.answers else 0.0

    @property
    def happy_share(self) -> float:
        """The part of the answers that were one of the two happy faces."""
        return (self.faces[2] + self.faces[3]) / self.answers if self.answers else 0.0
