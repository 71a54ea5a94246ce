"""A visit's tour: the ordered stops a guide runs with next and previous, made from a template
and edited on the visit page. No Qt.

A stop names a registered demo's id and, optionally, one story chapter of that demo's pack by
its index. The store does not open packs: a stop that names a demo or a chapter the kiosk no
longer has is kept here (the pack may come back) and skipped at the screen with a note."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import sqlite_utils

from kiosk.i18n import N_, _
from kiosk.store.errors import NotFound, ValidationError
from kiosk.store.model import StopForm, TourStop
from kiosk.store.permissions import Actor, authorize

MAX_STOPS, MAX_MINUTES, MAX_NOTE = 30, 240, 2000


@dataclass(frozen=True)
class TourTemplate:
    id: str
    title: str  # marked with N_()
    stops: tuple[StopForm, ...]

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.stops)


#: The tours staff start from. Chapter indexes are the sample packs' (docs/pack-format.md): in
#: the disaster day 1 is the market fire, 4 the under-bridge road closures, 5 the flood warning;
#: in the CCTV pack 0 is the missing person found at night, 2 the school-zone speeding; in the
#: shuttle pack 1 is the kick scooter, 3 the safety driver's takeover.
TEMPLATES: tuple[TourTemplate, ...] = (
    TourTemplate("overview", N_("30-minute overview"), (
        StopForm("disaster", 12), StopForm("cctv", 10), StopForm("bus", 8))),
    TourTemplate("safety", N_("Disaster and safety"), (
        StopForm("disaster", 8, chapter=1), StopForm("disaster", 8, chapter=4), StopForm("disaster", 7, chapter=5),
        StopForm("cctv", 6, chapter=0), StopForm("cctv", 6, chapter=2))),
    TourTemplate("mobility", N_("Mobility"), (
        StopForm("bus", 12), StopForm("bus", 6, chapter=1), StopForm("bus", 6, chapter=3),
        StopForm("cctv", 6, chapter=2))),
)


def template(template_id: str) -> TourTemplate:
    for t in TEMPLATES:
        if t.id == template_id:
            return t
    raise NotFound(_("There is no tour template named {name}.").format(name=template_id))


def _clean_notes(notes: Mapping[str, str] | Iterable | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for language, text in dict(notes or {}).items():
        if not isinstance(language, str) or not isinstance(text, str):
            raise ValidationError("notes", _("Notes are text in a language."))
        text = text.strip()
        if len(text) > MAX_NOTE:
            raise ValidationError("notes", _("At most {n} characters.").format(n=MAX_NOTE))
        if text:
            out[language] = text
    return out


def _clean(stop: StopForm) -> tuple[str, int | None, int, dict[str, str]]:
    if not isinstance(stop.demo_id, str) or not stop.demo_id.strip():
        raise ValidationError("demo", _("A stop shows a demo."))
    minutes = stop.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError("minutes", _("A stop takes 1 to {n} minutes.").format(n=MAX_MINUTES))
    chapter = stop.chapter
    if chapter is not None and (isinstance(chapter, bool) or not isinstance(chapter, int) or chapter < 0):
        raise ValidationError("chapter", _("A story chapter is a number from 1."))
    return stop.demo_id.strip(), chapter, minutes, _clean_notes(stop.notes)


class TourRepository:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def stops(self, visit_id: int) -> list[TourStop]:
        return [TourStop(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}")) for r in self.db.execute(
            "SELECT id, visit_id, position, demo_id, chapter, minutes, notes FROM tour_stops WHERE visit_id = ?"
            " ORDER BY position", [visit_id])]

    def set_stops(self, actor: Actor, visit_id: int, stops: Sequence[StopForm]) -> list[TourStop]:
        """Replace the visit's tour with these stops, in this order. Stops kept in place keep their
        id, so the demos already shown at them stay attached."""
        authorize(self.db, actor, "edit")
        if len(stops) > MAX_STOPS:
            raise ValidationError("stops", _("A tour has at most {n} stops.").format(n=MAX_STOPS))
        clean = [_clean(s) for s in stops]
        with self.db.atomic():
            self._visit_exists(visit_id)
            old = self.stops(visit_id)
            # park the old positions out of the way of the unique (visit, position) key
            self.db.execute("UPDATE tour_stops SET position = position + 100000 WHERE visit_id = ?", [visit_id])
            reusable = {(s.demo_id, s.chapter): s.id for s in reversed(old)}
            used: set[int] = set()
            for position, (demo_id, chapter, minutes, notes) in enumerate(clean):
                stop_id = reusable.get((demo_id, chapter))
                if stop_id is not None and stop_id not in used:
                    used.add(stop_id)
                    self.db.execute("UPDATE tour_stops SET position = ?, minutes = ?, notes = ? WHERE id = ?",
                                    [position, minutes, json.dumps(notes, ensure_ascii=False), stop_id])
                else:
                    self.db.execute(
                        "INSERT INTO tour_stops (visit_id, position, demo_id, chapter, minutes, notes)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [visit_id, position, demo_id, chapter, minutes, json.dumps(notes, ensure_ascii=False)])
            for stop in old:
                if stop.id not in used:
                    self.db.execute("UPDATE demos_shown SET stop_id = NULL WHERE stop_id = ?", [stop.id])
                    self.db.execute("DELETE FROM tour_stops WHERE id = ?", [stop.id])
        return self.stops(visit_id)

    def apply_template(self, actor: Actor, visit_id: int, template_id: str) -> list[TourStop]:
        return self.set_stops(actor, visit_id, template(template_id).stops)

    def set_notes(self, actor: Actor, stop_id: int, language: str, text: str) -> TourStop:
        """The guide's notes for one stop in one language (empty text removes them)."""
        authorize(self.db, actor, "edit")
        with self.db.atomic():
            row = self.db.execute("SELECT visit_id, notes FROM tour_stops WHERE id = ?", [stop_id]).fetchone()
            if row is None:
                raise NotFound(_("This tour stop is no longer there."))
            notes = json.loads(row[1] or "{}")
            notes.update({language: text})
            notes = _clean_notes(notes)
            self.db.execute("UPDATE tour_stops SET notes = ? WHERE id = ?",
                            [json.dumps(notes, ensure_ascii=False), stop_id])
        return next(s for s in self.stops(row[0]) if s.id == stop_id)

    def shown_at(self, visit_id: int) -> dict[int, float]:
        """Seconds of demo shown at each stop of the visit's tour, by stop id."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT stop_id, sum(seconds) FROM demos_shown WHERE visit_id = ? AND stop_id IS NOT NULL"
            " GROUP BY stop_id", [visit_id])}

    def _visit_exists(self, visit_id: int) -> None:
        if self.db.execute("SELECT 1 FROM visits WHERE id = ?", [visit_id]).fetchone() is None:
            raise NotFound(_("There is no visit number {id}.").format(id=visit_id))
