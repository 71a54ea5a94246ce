"""One visit (staff): what was arranged, its status steps (confirm, check in with the headcount,
complete, cancel, no-show, delete for administrators), its guides and interpreters with the
staff suggested for it and any clash, and the demos it was shown."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _, ngettext
from kiosk.ui.forms import STATUS_COLORS, Stepper, clear, country_name, language_name, run_action
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)


class VisitScreen(Screen):
    screen_id = "visit"

    def __init__(self, shell):
        super().__init__(shell)
        self.visit = None
        self.headcount_mode: str | None = None  # "check_in" or "complete" while counting
        self.steppers: dict[str, Stepper] = {}

        self.heading = label("title")
        self.status_label = label("heading", wrap=False)
        self.when = label("body")
        self.details = label("muted")
        self.message_line()

        self.actions = QHBoxLayout()
        self.buttons = {}
        for key, role in (("start", "primary"), ("confirm", "primary"), ("check_in", "primary"), ("complete", "primary"),
                          ("edit", ""), ("no_show", ""), ("cancel", "danger"), ("delete", "danger")):
            b = button(role)
            b.setObjectName(f"visit-{key}")
            b.clicked.connect(lambda _c=False, key=key: self.act(key))
            self.buttons[key] = b
            self.actions.addWidget(b)
        self.buttons["recap"] = self.recap_button = button()  # the take-home recap (staff)
        self.recap_button.setObjectName("visit-recap")
        self.recap_button.clicked.connect(self.take_home_recap)
        self.actions.addWidget(self.recap_button)
        self.recap_line = label("muted")
        self.recap_line.hide()
        self.actions.addStretch(1)
        self.delete_note = label("muted")

        # counting heads at check-in or completion
        self.count_card = QFrame()
        self.count_card.setProperty("role", "panel")
        self.count_heading = label("heading")
        self.count_grid = QGridLayout()
        self.count_save = button("primary")
        self.count_save.setObjectName("visit-count-save")
        self.count_save.clicked.connect(self.save_count)
        self.count_cancel = button()
        self.count_cancel.clicked.connect(self.close_count)
        count_box = QVBoxLayout(self.count_card)
        count_box.addWidget(self.count_heading)
        count_box.addLayout(self.count_grid)
        row = QHBoxLayout()
        row.addWidget(self.count_save)
        row.addWidget(self.count_cancel)
        row.addStretch(1)
        count_box.addLayout(row)
        self.count_card.hide()

        # people
        self.people_heading = label("heading")
        self.assigned = QVBoxLayout()
        self.suggest_heading = label("muted")
        self.suggested = QVBoxLayout()
        self.conflicts = label("error")
        self.demos_heading = label("heading")
        self.demos = label("muted")
        self.feedback = label("muted")
        self.feedback.setObjectName("visit-feedback")
        from kiosk.ui.tour_editor import TourEditor

        self.tour = TourEditor(shell, self.say)
        from kiosk.ui.roster import RosterCard

        self.roster = RosterCard(shell)

        left = QVBoxLayout()
        left.addWidget(self.status_label)
        left.addWidget(self.when)
        left.addWidget(self.details)
        left.addWidget(self.tour)
        left.addWidget(self.demos_heading)
        left.addWidget(self.demos)
        left.addWidget(self.feedback)
        left.addWidget(self.roster)  # the wider column: the consent panel is read there
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.people_heading)
        right.addWidget(self.conflicts)
        right.addLayout(self.assigned)
        right.addWidget(self.suggest_heading)
        right.addLayout(self.suggested)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(24)
        columns.addLayout(right, 2)

        from kiosk.ui.keyboard import OnScreenKeyboard

        self.keyboard = OnScreenKeyboard(self)  # names on the roster, notes of the tour, on a touch-only kiosk
        self.keyboard.setObjectName("osk")
        self.keyboard.attach(self)
        self.keyboard.hide()
        column = self.scroll_page(self.keyboard)
        column.addWidget(self.heading)
        column.addLayout(self.actions)
        column.addWidget(self.delete_note)
        column.addWidget(self.message)
        column.addWidget(self.recap_line)
        column.addWidget(self.count_card)
        column.addLayout(columns)
        column.addStretch(1)
        self._column = column
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._column, 14)
        self.tour.apply_metrics()
        self.roster.apply_metrics()
        self.keyboard.apply_metrics(self.shell.metrics)

    def title(self) -> str:
        return _("Visit")

    # ------------------------------------------------------------------ showing
    def show_visit(self, visit_id: int) -> None:
        self.message.hide()
        self.close_count()
        desk = self.shell.desk()
        try:
            self.visit = desk.visits.get(visit_id)
        except KioskError as exc:
            self.visit = None
            self.say(exc.message)
        if self.isVisible():  # otherwise on_enter fills it
            self._fill()

    def on_enter(self) -> None:
        self._fill()

    def _fill(self) -> None:
        try:
            self._fill_page()
        except KioskError as exc:  # the log is busy or failing: say it here, keep the page
            self.say(exc.message)

    def retranslate(self) -> None:
        self.keyboard.retranslate()
        self.roster.retranslate()
        b = self.buttons
        b["start"].setText(_("Start the visit"))
        b["confirm"].setText(_("Confirm"))
        b["check_in"].setText(_("Check in"))
        b["complete"].setText(_("Complete"))
        b["edit"].setText(_("Edit"))
        b["no_show"].setText(_("No-show"))
        b["cancel"].setText(_("Cancel the visit"))
        b["delete"].setText(_("Delete"))
        b["recap"].setText(_("Take-home recap"))
        self.count_cancel.setText(_("Back"))
        self.count_save.setText(_("Save the headcount"))
        self.people_heading.setText(_("Guides and interpreters"))
        self.suggest_heading.setText(_("Free and speaking the delegation's languages"))
        self.demos_heading.setText(_("Demos shown"))
        if self.headcount_mode:
            self.count_heading.setText(_("Who came? Count the people of each country.")
                                       if self.headcount_mode == "check_in" else
                                       _("Final headcount of each country"))
            for stepper in self.steppers.values():
                stepper.refresh()
        if self.isVisible():  # a hidden page is filled when it is shown, not at every language switch
            self._fill()

    def _fill_page(self) -> None:
        from kiosk.store.model import STATUS_LABELS

        v = self.visit
        for btn in self.buttons.values():
            btn.setVisible(v is not None)
        if v is None:
            self.heading.setText(_("Visit"))
            for w in (self.status_label, self.when, self.details, self.demos, self.conflicts):
                w.setText("")
            clear(self.assigned)
            clear(self.suggested)
            self.roster.show_visit(None)
            return
        desk = self.shell.desk()
        self.heading.setText(v.organization.name)
        self.status_label.setText("● " + _(STATUS_LABELS.get(v.status, v.status)))
        self.status_label.setStyleSheet(f"color: {STATUS_COLORS.get(v.status, '#94a3b8')};")
        day = i18n.format_date(v.start.date(), "full")
        span = _("{start}–{end}").format(start=i18n.format_skeleton("Hm", v.start),
                                         end=i18n.format_skeleton("Hm", v.end))
        self.when.setText(_("{day}, {time}").format(day=day, time=span))
        lines = []
        for c in v.countries:
            if c.actual is not None:
                lines.append(_("{country}: {actual} came ({expected} expected)").format(
                    country=country_name(c.country), actual=i18n.format_number(c.actual),
                    expected=i18n.format_number(c.expected or 0)))
            else:
                lines.append(_("{country}: {expected} expected").format(
                    country=country_name(c.country), expected=i18n.format_number(c.expected or 0)))
        lines.append(ngettext("In all: {n} person", "In all: {n} people", v.headcount).format(
            n=i18n.format_number(v.headcount)))
        if v.arranged_by is not None:
            lines.append(_("Arranged by: {organization}").format(organization=v.arranged_by.name))
        if v.languages:
            lines.append(_("Languages: {languages}").format(
                languages=", ".join(language_name(c) for c in v.languages)))
        if v.room:
            lines.append(_("Room: {room}").format(room=v.room))
        if v.notes:
            lines.append(_("Notes: {notes}").format(notes=v.notes))
        self.details.setText("\n".join(lines))

        status = v.status
        self.buttons["start"].setVisible(status in ("requested", "confirmed", "checked_in"))
        self.buttons["confirm"].setVisible(status == "requested")
        self.buttons["check_in"].setVisible(status in ("requested", "confirmed"))
        self.buttons["complete"].setVisible(status in ("requested", "confirmed", "checked_in"))
        self.buttons["no_show"].setVisible(status in ("requested", "confirmed"))
        self.buttons["cancel"].setVisible(status in ("requested", "confirmed"))
        self.buttons["edit"].setVisible(status not in ("cancelled",))
        admin = self.shell.staff.role() == "admin"
        self.buttons["delete"].setVisible(admin)
        self.delete_note.setVisible(not admin)
        self.delete_note.setText(_("Only an administrator can delete a visit. A guide can cancel it."))

        # demos shown while the delegation was checked in
        shown = desk.activity.demos_shown(v.id)
        if shown:
            from kiosk.demos import registry

            titles = {spec.id: _(spec.title) for spec in registry.demos()}
            self.demos.setText("\n".join(
                _("{demo}: {minutes} min").format(demo=titles.get(d.demo_id, d.demo_id),
                                                  minutes=i18n.format_number(round(d.seconds / 60, 1)))
                for d in shown))
        else:
            self.demos.setText(_("None yet: demos opened while the delegation is checked in are added here."))
        from kiosk.ui.visit_views import FACES

        answers = desk.activity.feedback(v.id)
        self.feedback.setText("\n".join(
            _("The delegation's answer: {face}").format(face=_(FACES[a.rating - 1]))
            + (" · “{comment}”".format(comment=a.comment) if a.comment else "")
            for a in answers if a.rating is not None))
        self.feedback.setVisible(bool(self.feedback.text()))
        self.tour.show_visit(v)
        self.roster.show_visit(v)
        self._fill_people(desk)

    def _fill_people(self, desk) -> None:
        from kiosk.store.model import ASSIGNMENT_ROLE_LABELS

        v = self.visit
        clear(self.assigned)
        clear(self.suggested)
        warnings = [c.message() for c in desk.schedule.conflicts(v.id)]
        self.conflicts.setText("\n".join("⚠ " + w for w in warnings))
        self.conflicts.setVisible(bool(warnings))
        assignments = desk.staff.assignments(v.id)
        if not assignments:
            nobody = label("muted")
            nobody.setText(_("Nobody is assigned yet."))
            self.assigned.addWidget(nobody)
        for a in assignments:
            row = QHBoxLayout()
            text = label("body")
            role = _(ASSIGNMENT_ROLE_LABELS.get(a.role, a.role))
            text.setText(_("{name} · {role}").format(name=a.staff_name, role=role)
                         + (" · " + language_name(a.language) if a.language else ""))
            remove = button("nav")
            remove.setText(_("Remove"))
            remove.clicked.connect(lambda _c=False, a=a: self.unassign(a.id))
            row.addWidget(text, 1)
            row.addWidget(remove)
            self.assigned.addLayout(row)
        if v.status in ("cancelled", "completed", "no_show"):
            self.suggest_heading.hide()
            return
        self.suggest_heading.show()
        suggestions = desk.staff.suggest_staff(v.id)
        if not suggestions:
            empty = label("muted")
            empty.setText(_("Nobody free speaks the delegation's languages at that time."))
            self.suggested.addWidget(empty)
        for s in suggestions[:6]:
            row = QHBoxLayout()
            text = label("body")
            speaks = ", ".join(language_name(c) for c in (s.matching_languages or s.staff.languages))
            text.setText(_("{name} ({languages})").format(name=s.staff.name, languages=speaks)
                         + " · " + ngettext("{n} visit that day", "{n} visits that day", s.visits_that_day)
                         .format(n=i18n.format_number(s.visits_that_day)))
            row.addWidget(text, 1)
            for role in ("guide", "interpreter"):
                b = button("choice")
                b.setText(_(ASSIGNMENT_ROLE_LABELS[role]))
                language = s.matching_languages[0] if s.matching_languages else None
                b.clicked.connect(lambda _c=False, sid=s.staff.id, role=role, lang=language:
                                  self.assign(sid, role, lang))
                row.addWidget(b)
            self.suggested.addLayout(row)

    # ------------------------------------------------------------------ actions
    def _run(self, work) -> bool:
        return run_action(self.say, work)

    def act(self, key: str) -> None:
        v, desk, actor = self.visit, self.shell.desk(), self.shell.staff.actor
        if v is None:
            return
        if key == "edit":
            self.shell.edit_visit(v.id)
            return
        if key == "start":
            self._run(lambda: self.shell.start_visit_mode(v.id))
            return
        if key in ("check_in", "complete"):
            self.open_count(key)
            return
        if key == "delete":
            if self._run(lambda: desk.visits.delete_visit(actor, v.id)):
                self.visit = None
                self.shell.nav.back()
            return
        methods = {"confirm": desk.visits.confirm_visit, "cancel": desk.visits.cancel_visit,
                   "no_show": desk.visits.mark_no_show}
        if self._run(lambda: methods[key](actor, v.id)):
            self.show_visit(v.id)

    def open_count(self, mode: str) -> None:
        self.headcount_mode = mode
        clear(self.count_grid)
        self.steppers = {}
        for k, c in enumerate(self.visit.countries):
            name = label("body")
            name.setText(country_name(c.country))
            stepper = Stepper(c.actual if c.actual is not None else (c.expected or 0), 0, 999)
            stepper.setObjectName(f"count-{c.country}")
            self.steppers[c.country] = stepper
            self.count_grid.addWidget(name, k, 0)
            self.count_grid.addWidget(stepper, k, 1)
        self.count_card.show()
        self.retranslate()

    def close_count(self) -> None:
        self.headcount_mode = None
        self.count_card.hide()

    def save_count(self) -> None:
        v, desk, actor = self.visit, self.shell.desk(), self.shell.staff.actor
        counts = {code: s.value() for code, s in self.steppers.items()}
        checking_in = self.headcount_mode == "check_in"
        move = desk.visits.check_in if checking_in else desk.visits.complete
        self.count_save.setEnabled(False)  # a double tap saves once
        try:
            if self._run(lambda: move(actor, v.id, counts)):
                self.show_visit(v.id)
                mode = self.shell.visit_mode
                if checking_in:  # the delegation is here: the kiosk welcomes it
                    self._run(lambda: self.shell.start_visit_mode(v.id))
                elif mode.active and mode.visit.id == v.id:
                    mode.end("completed")
        finally:
            self.count_save.setEnabled(True)

    def assign(self, staff_id: int, role: str, language: str | None) -> None:
        desk = self.shell.desk()
        if self._run(lambda: desk.staff.assign(self.shell.staff.actor, self.visit.id, staff_id, role, language)):
            self._run(lambda: self._fill_people(desk))

    def unassign(self, assignment_id: int) -> None:
        desk = self.shell.desk()
        if self._run(lambda: desk.staff.unassign(self.shell.staff.actor, assignment_id)):
            self._run(lambda: self._fill_people(desk))

    def take_home_recap(self) -> None:
        """Save this visit's recap for the delegation (a PDF in its language) in the data folder's
        recaps/, written in the background; the line under the actions says where, or why not."""
        from kiosk.ui.recap import recaps_folder
        from kiosk.ui.recap_job import RecapJob

        desk = self.shell.desk()
        if self.visit is None or desk is None:
            return
        RecapJob(self, desk.db, self.shell.settings, self.shell.library, self.visit.id,
                 recaps_folder(self.shell.paths), line=self.recap_line, button=self.recap_button).start()
