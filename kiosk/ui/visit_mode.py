"""Visit mode: the kiosk knows which delegation is in front of it. From "Start the visit" (or a
check-in on the staff side) until the guide ends it, the visit is completed, or the idle reset
finds nobody there, the screens speak the delegation's language and the guide runs its tour.

The tour's clock is the wall clock: each stop has the minutes planned for it, the visit the end
the schedule gives it. Nothing here stops a visit: a stop whose demo or chapter this kiosk does
not have is skipped with a note for the guide, and a busy log is written to the kiosk's log."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.demos import registry
from kiosk.i18n import _
from kiosk.ui.desk import DemoWatch

log = logging.getLogger(__name__)

#: The guide talks while the delegation watches: the idle reset waits at least this long.
VISIT_IDLE_S = 600


@dataclass
class Stop:
    """A tour stop this kiosk can show: the stored stop, its demo and, when it names one, the
    story chapter of the demo's pack."""

    stored: object  # kiosk.store.model.TourStop
    spec: registry.DemoSpec
    chapter: object | None = None  # kiosk.core.pack.Chapter
    chapter_index: int | None = None
    chapters: tuple = ()  # every chapter of the demo's pack (a whole-demo stop's notes follow the replay)
    pack_id: str | None = None  # the pack the demo replays, as the log records it

    @property
    def minutes(self) -> int:
        return self.stored.minutes

    def title(self) -> str:
        """The demo's title, and the chapter's caption in the current language when it has one."""
        from kiosk.ui.player import text

        name = _(self.spec.title)
        if self.chapter is None:
            return name
        caption = text.pick(self.chapter.caption)[0]
        short = caption.split(" — ")[0].split(": ")[0] if len(caption) > 48 else caption
        return _("{demo}: {chapter}").format(demo=name, chapter=short)

    def notes(self, language: str, at: int | None = None) -> str:
        """The guide's notes in ``language``: the stop's own, else its pack chapter's, else (a
        stop showing the whole demo) those of the chapter the replay is in at ``at``; in Korean or
        English when there are none in ``language``."""
        own = dict(self.stored.notes)
        chapter = self.chapter
        if chapter is None and at is not None and self.chapters:
            # the chapter the replay is in; between chapters, the one coming up (else the last)
            chapter = next((c for c in self.chapters if c.t_start <= at < c.t_end), None) or \
                next((c for c in self.chapters if c.t_start > at), self.chapters[-1])
        packed = dict(getattr(chapter, "notes", None) or {})
        for notes in (own, packed):
            for key, value in notes.items():
                if i18n.language_matches(key, language):
                    return value
        for notes in (own, packed):
            key, _fallback = i18n.choose_language(list(notes), language)
            if key is not None:
                return notes[key]
        return ""


def play_stop(view, stop: Stop) -> None:
    """Start a stop's demo view: its chapter told again and again, or the whole replay."""
    player = getattr(view, "player", None)
    if player is None:
        return
    if stop.chapter_index is not None:
        player.tell_chapter(stop.chapter_index)
    else:
        player.stop_story()
        player.play()


@dataclass
class Plan:
    visit: object  # kiosk.store.model.Visit
    stops: list[Stop] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # a note for the guide per stop left out
    languages: list[str] = field(default_factory=list)  # the kiosk languages of the visit, first first
    fell_back: bool = False  # the visit named no language this kiosk speaks
    guides: list[str] = field(default_factory=list)
    interpreters: list[str] = field(default_factory=list)


def kiosk_languages(visit_languages, enabled: list[str]) -> list[str]:
    """The visit's languages as this kiosk's catalogs, in the visit's order ("zh" is zh_Hans)."""
    found: list[str] = []
    for wanted in visit_languages:
        for code in enabled:
            if i18n.language_matches(wanted, code) and code not in found:
                found.append(code)
                break
    return found


class VisitMode(QObject):
    changed = Signal()  # the stop, the plan or the time changed
    started = Signal()
    ended = Signal(str)  # why: "guide", "completed", "idle"

    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.plan: Plan | None = None
        self.index = -1  # the stop on screen; -1 before the tour starts
        self.resume_at = 0  # after a restart mid-visit: the first stop not shown yet
        self.guide_language = i18n.SOURCE_LANGUAGE
        self._stop_t0 = 0.0
        self._stop_spent: dict[int, float] = {}  # seconds already spent at each stop (coming back)
        self.watch = DemoWatch()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.changed)

    # ------------------------------------------------------------------ state
    @property
    def active(self) -> bool:
        return self.plan is not None

    @property
    def visit(self):
        return self.plan.visit if self.plan else None

    @property
    def audience_language(self) -> str:
        if self.plan and self.plan.languages:
            return self.plan.languages[0]
        return self.shell.default_language()

    def current(self) -> Stop | None:
        if self.plan and 0 <= self.index < len(self.plan.stops):
            return self.plan.stops[self.index]
        return None

    def upcoming(self) -> Stop | None:
        if self.plan and 0 <= self.index + 1 < len(self.plan.stops):
            return self.plan.stops[self.index + 1]
        return None

    # ------------------------------------------------------------------ starting and ending
    def start(self, visit_id: int) -> Plan:
        """Put the kiosk in visit mode for this visit (checked in first when it is not yet).
        A KioskError (in the interface language) when the visit cannot be run."""
        desk = self.shell.desk()
        if desk is None:
            raise KioskError(_("The visit log is not available on this kiosk."))
        visit = desk.visits.get(visit_id)
        if visit.status in ("requested", "confirmed"):
            visit = desk.visits.check_in(self.shell.staff.actor or "guide", visit_id)
        elif visit.status != "checked_in":
            from kiosk.store.model import STATUS_LABELS

            raise KioskError(_("This visit cannot be started: it is {status}.").format(
                status=_(STATUS_LABELS.get(visit.status, visit.status)).lower()))
        if self.active:
            self.end("guide", show_attract=False)
        self.guide_language = i18n.current_language()
        self.plan = self._plan(desk, visit)
        self.index = -1
        self._stop_spent.clear()
        self.resume_at = self._resume_at(desk)
        self.shell.visitor.end("visit")
        self.shell.visitor.start()
        self.shell.set_language(self.audience_language)
        self.shell.visitor.note_language(self.audience_language)
        self._ticker.start()
        self.started.emit()
        self.changed.emit()
        return self.plan

    def _plan(self, desk, visit) -> Plan:
        from kiosk.store.tours import TourRepository

        plan = Plan(visit)
        enabled = self.shell.enabled_languages()
        plan.languages = kiosk_languages(visit.languages, enabled)
        if not plan.languages:
            plan.fell_back = True
            plan.languages = [self.shell.default_language()]
        for a in desk.staff.assignments(visit.id):
            (plan.guides if a.role == "guide" else plan.interpreters).append(a.staff_name)
        from kiosk.ui.desk import Guarded

        stored = Guarded(TourRepository(desk.db)).stops(visit.id)
        for stop in stored:
            resolved, note = self._resolve(stop)
            if resolved is not None:
                plan.stops.append(resolved)
            else:
                plan.skipped.append(note)
        return plan

    def _resolve(self, stop) -> tuple[Stop | None, str]:
        position = i18n.format_number(stop.position + 1)
        try:
            spec = registry.by_id(stop.demo_id)
        except KeyError:
            return None, _("Stop {n} is left out: this kiosk has no demo “{demo}”.").format(
                n=position, demo=stop.demo_id)
        pack = self._pack_of(spec)
        chapters = pack.manifest.chapters if pack is not None else []
        pack_id = pack.manifest.id if pack is not None else None
        if stop.chapter is None:
            return Stop(stop, spec, chapters=tuple(chapters), pack_id=pack_id), ""
        if pack is None or stop.chapter >= len(chapters):
            return None, _("Stop {n} is left out: the pack of “{demo}” on this kiosk has no chapter {chapter}.").format(
                n=position, demo=_(spec.title), chapter=i18n.format_number(stop.chapter + 1))
        return Stop(stop, spec, chapters[stop.chapter], stop.chapter, tuple(chapters), pack_id), ""

    def _pack_of(self, spec):
        from kiosk.demos.packs import first_pack

        kind = getattr(spec.load_model(), "pack_kind", None)
        try:
            return first_pack(self.shell.library(), kind) if kind else None
        except LookupError:
            return None

    def _resume_at(self, desk) -> int:
        """After a restart in the middle of a visit: the stop after the last one shown."""
        shown = {d.stop_id for d in desk.activity.demos_shown(self.plan.visit.id) if d.stop_id is not None}
        positions = [i for i, s in enumerate(self.plan.stops) if s.stored.id in shown]
        return max(positions) + 1 if positions else 0

    def end(self, reason: str, show_attract: bool = True) -> None:
        if not self.active:
            return
        self._close_stop()
        log.info("visit %s leaves visit mode (%s)", self.plan.visit.id, reason)
        self.plan = None
        self.index = -1
        self._ticker.stop()
        self.ended.emit(reason)
        self.changed.emit()

    # ------------------------------------------------------------------ the tour
    def go_to(self, index: int) -> Stop | None:
        if not self.plan or not self.plan.stops:
            return None
        index = max(0, min(index, len(self.plan.stops) - 1))
        self._close_stop()
        self.index = index
        self._stop_t0 = time.monotonic()
        stop = self.current()
        self.watch.start(stop.spec.id, stop.pack_id)
        self.changed.emit()
        return stop

    def next(self) -> Stop | None:
        """The next stop, or None after the last (the tour is over). From the welcome of a visit
        already under way (the kiosk restarted), the first stop not shown yet."""
        if self.plan and self.index < 0 and self.resume_at > 0:
            self.index = self.resume_at - 1
            self.resume_at = 0
        if self.plan and self.index + 1 >= len(self.plan.stops):
            self.finish_tour()
            return None
        return self.go_to(self.index + 1)

    def finish_tour(self) -> None:
        """The tour is over (after its last stop, or the guide ended the visit): the stop on
        screen is logged and the closing question comes next."""
        if not self.plan:
            return
        self._close_stop()
        self.index = len(self.plan.stops)
        self.changed.emit()

    def previous(self) -> Stop | None:
        return self.go_to(max(0, self.index - 1))

    @property
    def finished(self) -> bool:
        return bool(self.plan) and self.index >= len(self.plan.stops)

    def _close_stop(self) -> None:
        stop = self.current()
        if stop is None or self.watch.demo_id is None:
            return
        self._stop_spent[stop.stored.id] = self.stop_elapsed_s()
        self.watch.stop_at(self.shell.desk(), stop.stored.id)

    # ------------------------------------------------------------------ the clock
    def stop_elapsed_s(self) -> float:
        stop = self.current()
        if stop is None:
            return 0.0
        return self._stop_spent.get(stop.stored.id, 0.0) + time.monotonic() - self._stop_t0

    def stop_left_s(self) -> float:
        stop = self.current()
        return stop.minutes * 60 - self.stop_elapsed_s() if stop else 0.0

    def visit_left_s(self) -> float:
        """Seconds to the visit's scheduled end (negative once past it)."""
        if not self.plan:
            return 0.0
        return (self.plan.visit.end - self.shell.desk().now()).total_seconds()

    def planned_left_s(self) -> float:
        """The tour still to run: what is left of this stop and every later one."""
        if not self.plan:
            return 0.0
        later = sum(s.minutes * 60 for s in self.plan.stops[self.index + 1:]) if self.index >= 0 else \
            sum(s.minutes * 60 for s in self.plan.stops)
        return max(0.0, self.stop_left_s()) + later

    def over_by_s(self) -> float:
        """How far the tour runs past the schedule (0 when it fits)."""
        return max(0.0, self.planned_left_s() - self.visit_left_s()) if self.plan else 0.0
