"""The visit page's tour: pick a template, then change the order, the minutes, the stops and the
guide's notes. Every change is saved at once (one transaction each), so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk import i18n
from kiosk.i18n import _, ngettext, pgettext
from kiosk.ui.forms import Stepper, clear, run_action
from kiosk.ui.widgets import button, label


class TourEditor(QFrame):
    changed = Signal()

    def __init__(self, shell, say):
        super().__init__()
        self.setObjectName("tour-editor")
        self.setProperty("role", "card")
        self.shell = shell
        self.say = say
        self.visit = None
        self.stops = []
        self.editing_notes: int | None = None  # the stop whose notes are open
        self.heading = label("heading")
        self.summary = label("muted")
        self.summary.setObjectName("tour-summary")
        # two to a line: the three side by side are wider than the column in Arabic and French
        self.templates = QGridLayout()
        self.template_buttons = {}
        from kiosk.store.tours import TEMPLATES

        for index, t in enumerate(TEMPLATES):
            b = button("choice")
            b.setObjectName(f"tour-template-{t.id}")
            b.clicked.connect(lambda _c=False, tid=t.id: self.apply_template(tid))
            self.template_buttons[t.id] = (b, t)
            self.templates.addWidget(b, index // 2, index % 2)
        self.rows = QVBoxLayout()
        self.add_row = QGridLayout()
        self.add_buttons = {}
        from kiosk.demos import registry

        for index, spec in enumerate(registry.demos()):
            b = button("nav")
            b.setObjectName(f"tour-add-{spec.id}")
            b.clicked.connect(lambda _c=False, demo_id=spec.id: self.add_stop(demo_id))
            self.add_buttons[spec.id] = (b, spec)
            self.add_row.addWidget(b, index // 2, index % 2)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.summary)
        box.addLayout(self.templates)
        box.addLayout(self.rows)
        box.addLayout(self.add_row)
        self._box = box

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        pad = m.px(20)
        self._box.setContentsMargins(pad, pad, pad, pad)

    def _repo(self):
        from kiosk.store.tours import TourRepository
        from kiosk.ui.desk import Guarded

        return Guarded(TourRepository(self.shell.desk().db))

    def show_visit(self, visit) -> None:
        self.visit = visit
        self.editing_notes = None
        self.refresh()

    def refresh(self) -> None:
        if self.visit is None:
            return
        try:
            self.stops = self._repo().stops(self.visit.id)
            shown = self._repo().shown_at(self.visit.id)
        except Exception as exc:  # noqa: BLE001 (the message is in the StorageError)
            self.say(getattr(exc, "message", str(exc)))
            return
        self.retranslate(shown)

    def retranslate(self, shown: dict | None = None) -> None:
        from kiosk.demos import registry

        self.heading.setText(_("Tour"))
        for b, t in self.template_buttons.values():
            b.setText(_("{name} ({n} min)").format(name=_(t.title), n=i18n.format_number(t.minutes)))
        for b, spec in self.add_buttons.values():
            b.setText(_("+ {demo}").format(demo=_(spec.title)))
        if self.visit is None:
            return
        planned = sum(s.minutes for s in self.stops)
        length = int((self.visit.end - self.visit.start).total_seconds() // 60)
        text = ngettext("{n} stop, {minutes} min planned of the visit's {length} min",
                        "{n} stops, {minutes} min planned of the visit's {length} min", len(self.stops)).format(
            n=i18n.format_number(len(self.stops)), minutes=i18n.format_number(planned),
            length=i18n.format_number(length))
        if planned > length:
            text += "  ⚠ " + _("The tour is longer than the visit.")
        if not self.stops:
            text = _("No tour yet: pick one to start from, then change it as you like.")
        self.summary.setText(text)
        clear(self.rows)
        shown = shown or {}
        for k, stop in enumerate(self.stops):
            try:
                title = _(registry.by_id(stop.demo_id).title)
            except KeyError:
                title = stop.demo_id
            if stop.chapter is not None:
                title = _("{demo}, chapter {n}").format(demo=title, n=i18n.format_number(stop.chapter + 1))
            row = QHBoxLayout()
            name = label("body")
            name.setObjectName(f"tour-stop-{k}")
            line = _("{n}. {stop}").format(n=i18n.format_number(k + 1), stop=title)
            if stop.id in shown:
                line += " · " + _("shown {minutes} min").format(minutes=i18n.format_number(round(shown[stop.id] / 60)))
            name.setText(line)
            minutes = Stepper(stop.minutes, 1, 240)
            minutes.setObjectName(f"tour-minutes-{k}")
            minutes.changed.connect(lambda value, k=k: self.set_minutes(k, value))
            up, down, notes, remove = button("nav"), button("nav"), button("nav"), button("danger")
            up.setText("↑")
            down.setText("↓")
            up.setEnabled(k > 0)
            down.setEnabled(k + 1 < len(self.stops))
            notes.setText(_("Notes") + (" ✓" if stop.notes else ""))
            notes.setObjectName(f"tour-notes-{k}")
            remove.setText(pgettext("tour stop", "Remove"))
            remove.setObjectName(f"tour-remove-{k}")
            up.clicked.connect(lambda _c=False, k=k: self.move(k, -1))
            down.clicked.connect(lambda _c=False, k=k: self.move(k, 1))
            notes.clicked.connect(lambda _c=False, k=k: self.open_notes(k))
            remove.clicked.connect(lambda _c=False, k=k: self.remove(k))
            for widget in (up, down, notes, remove):
                widget.setAccessibleName(widget.text())
            up.setAccessibleName(_("Earlier"))
            down.setAccessibleName(_("Later"))
            row.addWidget(name, 1)
            row.addWidget(minutes)
            for widget in (up, down, notes, remove):
                row.addWidget(widget)
            self.rows.addLayout(row)
            if self.editing_notes == k:
                self.rows.addLayout(self._notes_row(stop))

    def _notes_row(self, stop):
        row = QHBoxLayout()
        field = QLineEdit()
        field.setObjectName("tour-notes-field")
        language = i18n.current_language()
        field.setText(dict(stop.notes).get(language, ""))
        field.setPlaceholderText(_("What to say at this stop, in your language"))
        save = button("primary")
        save.setObjectName("tour-notes-save")
        save.setText(_("Save the notes"))
        save.clicked.connect(lambda: self.save_notes(stop.id, language, field.text()))
        field.returnPressed.connect(save.click)
        row.addWidget(field, 1)
        row.addWidget(save)
        return row

    # ------------------------------------------------------------------ changes, each saved at once
    def _save(self, forms) -> None:
        actor = self.shell.staff.actor
        if run_action(self.say, lambda: self._repo().set_stops(actor, self.visit.id, forms)):
            self.say("")
            self.refresh()
            self.changed.emit()

    def _forms(self):
        from kiosk.store.model import StopForm

        return [StopForm(s.demo_id, s.minutes, s.chapter, dict(s.notes)) for s in self.stops]

    def apply_template(self, template_id: str) -> None:
        from kiosk.store.tours import template

        self._save(list(template(template_id).stops))

    def add_stop(self, demo_id: str) -> None:
        from kiosk.store.model import StopForm

        self._save(self._forms() + [StopForm(demo_id, 10)])

    def remove(self, k: int) -> None:
        forms = self._forms()
        del forms[k]
        self._save(forms)

    def move(self, k: int, by: int) -> None:
        forms = self._forms()
        j = k + by
        if 0 <= j < len(forms):
            forms[k], forms[j] = forms[j], forms[k]
            self._save(forms)

    def set_minutes(self, k: int, value: int) -> None:
        from dataclasses import replace

        forms = self._forms()
        forms[k] = replace(forms[k], minutes=value)
        self._save(forms)

    def open_notes(self, k: int) -> None:
        self.editing_notes = None if self.editing_notes == k else k
        self.retranslate(self._repo().shown_at(self.visit.id))

    def save_notes(self, stop_id: int, language: str, text: str) -> None:
        actor = self.shell.staff.actor
        if run_action(self.say, lambda: self._repo().set_notes(actor, stop_id, language, text)):
            self.say("")
            self.editing_notes = None
            self.refresh()
