"""What a delegation's take-home recap shows, gathered in one read of the visit log. No Qt.

:func:`gather` returns a :class:`Recap`: the center, the day, the delegation as it was written
down, the people who hosted it, the tour's stops with what was shown at each and for how long
(and what was shown outside any stop), the center's published figures and its contact. Nothing
here is translated: names of countries and demos are looked up in the recap's language when it
is written (:mod:`kiosk.ui.recap`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Mapping, Protocol

import sqlite_utils

from kiosk.store.activity import ActivityRepository
from kiosk.store.countries import HOME
from kiosk.store.model import DemoShown
from kiosk.store.staff import StaffRepository
from kiosk.store.stats import stats
from kiosk.store.tours import TourRepository
from kiosk.store.visits import VisitRepository


class SettingsLike(Protocol):
    def get(self, key: str) -> Any: ...


@dataclass(frozen=True)
class Contact:
    """How a delegation reaches the center afterwards (the settings ``contact_*``)."""

    center_name: str = ""
    name: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    address: str = ""
    recap_url: str = ""

    @classmethod
    def from_settings(cls, settings: SettingsLike) -> "Contact":
        def text(key: str) -> str:
            value = settings.get(key)
            return value.strip() if isinstance(value, str) else ""

        return cls(text("center_name"), text("contact_name"), text("contact_phone"), text("contact_email"),
                   text("contact_web"), text("contact_address"), text("recap_url"))

    @property
    def lines(self) -> tuple[str, ...]:
        """The contact as printed, one item a line (an address may take several)."""
        out = [self.name, self.phone, self.email, self.web, *self.address.splitlines()]
        return tuple(line.strip() for line in out if line.strip())

    def recap_link(self, visit_id: int) -> str | None:
        """The web page of this visit's recap: the ``recap_url`` setting with the visit's number
        in place of ``{id}``, or after it (a separating "/" added when the address does not end
        in one of / = ? # already); None when the center publishes none."""
        url = self.recap_url
        if not url:
            return None
        if "{id}" in url:
            return url.replace("{id}", str(visit_id))
        return url + ("" if url.endswith(("/", "=", "?", "#")) else "/") + str(visit_id)


@dataclass(frozen=True)
class Seen:
    """A demo shown, in all, for ``seconds`` (``pack_id``: the recording it replayed, when known)."""

    demo_id: str
    seconds: float
    pack_id: str | None = None


@dataclass(frozen=True)
class Stop:
    """One stop of the tour: its demo (and story chapter), the minutes planned, and what was shown
    at it (normally its own demo; ``seconds`` is their sum)."""

    position: int  # from 1, as the guide counts them
    demo_id: str
    chapter: int | None
    minutes: int
    shown: tuple[Seen, ...]

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.shown)

    @property
    def pack_id(self) -> str | None:
        return next((s.pack_id for s in self.shown if s.demo_id == self.demo_id and s.pack_id), None)


@dataclass(frozen=True)
class Figures:
    """The figures the center publishes (:func:`kiosk.store.stats.stats`)."""

    visits: int
    people: int
    domestic_institutions: int
    domestic_people: int
    foreign_countries: int
    foreign_people: int
    since: int | None  # the first year counted


@dataclass(frozen=True)
class Recap:
    visit_id: int
    status: str
    day: date
    start: datetime
    end: datetime
    organization: str  # the lead organization, as written down
    organization_country: str
    countries: tuple[tuple[str, int], ...]  # (ISO code, people), most people first
    languages: tuple[str, ...]
    guides: tuple[str, ...]
    interpreters: tuple[str, ...]
    stops: tuple[Stop, ...]  # every stop of the tour, shown or not
    outside: tuple[Seen, ...]  # demos shown at no stop of the tour, one entry per demo
    figures: Figures
    contact: Contact

    @property
    def center_name(self) -> str:
        return self.contact.center_name

    @property
    def headcount(self) -> int:
        return sum(n for _c, n in self.countries)

    @property
    def stops_shown(self) -> tuple[Stop, ...]:
        return tuple(s for s in self.stops if s.seconds > 0)

    @property
    def nothing_shown(self) -> bool:
        return not self.stops_shown and not self.outside

    @property
    def domestic(self) -> bool:
        """A Korean delegation (every person counted is from the center's own country)."""
        return bool(self.countries) and all(c == HOME for c, _n in self.countries)


def _summed(shown: list[DemoShown]) -> tuple[Seen, ...]:
    """The demos shown, summed per demo, in the order each was first shown."""
    seconds: dict[str, float] = {}
    packs: dict[str, str | None] = {}
    for d in shown:
        seconds[d.demo_id] = seconds.get(d.demo_id, 0.0) + d.seconds
        packs[d.demo_id] = packs.get(d.demo_id) or d.pack_id
    return tuple(Seen(demo_id, s, packs[demo_id]) for demo_id, s in seconds.items() if s > 0)


def figures(db: sqlite_utils.Database) -> Figures:
    f = stats(db)
    return Figures(f["visits"], f["people"], f["domestic"]["institutions"], f["domestic"]["people"],
                   f["foreign"]["countries"], f["foreign"]["people"], min(f["by_year"]) if f["by_year"] else None)


def gather(db: sqlite_utils.Database, settings: SettingsLike | Mapping[str, Any], visit_id: int,
           tz: str | None = None) -> Recap:
    """Everything the recap of ``visit_id`` shows (NotFound when there is no such visit). One
    quick read: call it on the database's thread and hand the result to the worker that writes."""
    tz = tz or settings.get("center_timezone")
    visit = VisitRepository(db, tz).get(visit_id)
    assignments = StaffRepository(db).assignments(visit_id)
    stops = TourRepository(db).stops(visit_id)
    shown = ActivityRepository(db, tz).demos_shown(visit_id)
    stop_ids = {s.id for s in stops}
    people = sorted(((c.country, c.people) for c in visit.countries if c.people > 0), key=lambda cn: (-cn[1], cn[0]))
    if not people:  # nobody counted yet (a visit still to come): the countries expected
        people = [(c.country, 0) for c in visit.countries]
    when = visit.actual_start or visit.start
    return Recap(
        visit_id=visit.id, status=visit.status, day=when.date(), start=when, end=visit.actual_end or visit.end,
        organization=visit.organization.name, organization_country=visit.organization.country,
        countries=tuple(people), languages=visit.languages,
        guides=tuple(a.staff_name for a in assignments if a.role == "guide"),
        interpreters=tuple(a.staff_name for a in assignments if a.role == "interpreter"),
        stops=tuple(Stop(n, s.demo_id, s.chapter, s.minutes, _summed([d for d in shown if d.stop_id == s.id]))
                    for n, s in enumerate(stops, 1)),
        outside=_summed([d for d in shown if d.stop_id not in stop_ids]),
        figures=figures(db),
        contact=Contact.from_settings(settings),
    )
