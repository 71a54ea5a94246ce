"""The visit page's roster: the people of the delegation who agreed to be named, and adding one
with the consent panel in the person's own language (PIPA, Articles 15(2) and 22).

The panel is read by the person, so it speaks the language picked on it (the visit's first
language to begin with), right to left for Arabic, while the rest of the page stays in the
staff's language. Without the required consent nothing about the person is saved, and the page
says they are still counted in the headcount."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.i18n import _, pgettext
from kiosk.ui.forms import Chips, clear, country_name, run_action
from kiosk.ui.symbols import CHECK
from kiosk.ui.widgets import TouchButton, button, isolate, label

FIELDS = (("name", 200), ("title", 200), ("country", 60), ("contact", 200))


class Tick(QWidget):
    """A touch-sized box with its sentence beside it; tapping either ticks it."""

    toggled = Signal(bool)

    def __init__(self, name: str):
        super().__init__()
        self.box = button("choice", checkable=True)
        self.box.setObjectName(f"tick-{name}")
        self.box.toggled.connect(self._toggled)
        self.box.setFixedWidth(TouchButton.touch_px)  # a square box, the sentence takes the rest
        self.text = label("body")
        self.text.setObjectName(f"tick-{name}-text")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def _toggled(self, on: bool) -> None:
        self.box.setText(CHECK if on else "")
        self.toggled.emit(on)

    def mousePressEvent(self, event) -> None:  # a tap on the sentence ticks too
        self.box.toggle()
        event.accept()

    def isChecked(self) -> bool:  # noqa: N802 (Qt's name)
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802
        self.box.setChecked(on)


class ConsentPanel(QFrame):
    """The consent texts and ticks, in the person's language."""

    def __init__(self):
        super().__init__()
        self.setObjectName("consent-panel")
        self.setProperty("role", "panel")
        self.language = i18n.SOURCE_LANGUAGE
        self.months = (12, 24)
        self.language_label = label("muted")
        self.languages = Chips(columns=4, single=True)
        self.languages.set_options([(lang.code, lang.native_name) for lang in i18n.languages()])
        for b in self.languages.buttons.values():
            b.setProperty("native_name", True)
        self.languages.changed.connect(self._language_picked)
        self.title = label("heading")
        self.texts = {key: label("body") for key in ("purpose", "items", "period", "refuse")}
        self.required = Tick("required")
        self.photos_text = label("muted")
        self.photos = Tick("photos")
        self.contact_text = label("muted")
        self.contact = Tick("contact")
        self.under_14_text = label("muted")
        self.under_14 = Tick("under-14")
        self.guardian = Tick("guardian")
        self.under_14.toggled.connect(self._under_14)
        self.guardian.hide()
        self.body = QVBoxLayout()  # the person's language, right to left for Arabic
        self.person = QWidget()
        self.person.setLayout(self.body)
        self.body.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, *self.texts.values(), self.required, self.photos_text, self.photos,
                  self.contact_text, self.contact, self.under_14_text, self.under_14, self.guardian):
            self.body.addWidget(w)
        box = QVBoxLayout(self)
        box.addWidget(self.language_label)
        box.addWidget(self.languages)
        box.addWidget(self.person)
        self._box = box

    def start(self, language: str, retention_months: int, contact_months: int) -> None:
        self.months = (retention_months, contact_months)
        for tick in (self.required, self.photos, self.contact, self.under_14, self.guardian):
            tick.setChecked(False)
        self.languages.set_chosen([language])  # speaks it (changed)

    def _language_picked(self) -> None:
        chosen = self.languages.chosen()
        if chosen:
            self.language = chosen[0]
            self.speak()
        else:  # a second tap on the language chosen keeps it
            self.languages.set_chosen([self.language])

    def speak(self) -> None:
        from kiosk.store.consent import consent_text

        text = consent_text(self.language, *self.months)
        self.person.setLayoutDirection(Qt.LayoutDirection.RightToLeft if text.rtl else Qt.LayoutDirection.LeftToRight)
        self.title.setText(text.title)
        for key, widget in self.texts.items():
            widget.setText(getattr(text, key))
        self.required.text.setText(text.agree)
        self.photos_text.setText(text.photos)
        self.photos.text.setText(text.agree_photos)
        self.contact_text.setText(text.contact)
        self.contact.text.setText(text.agree_contact)
        self.under_14_text.setText(text.under_14)
        self.under_14.text.setText(text.is_under_14)
        self.guardian.text.setText(text.guardian)

    def _under_14(self, on: bool) -> None:
        self.guardian.setVisible(on)
        if not on:
            self.guardian.setChecked(False)

    def form(self):
        from kiosk.store.model import ConsentForm

        return ConsentForm(given=self.required.isChecked(), language=self.language, photos=self.photos.isChecked(),
                           contact=self.contact.isChecked(), under_14=self.under_14.isChecked(),
                           guardian=self.guardian.isChecked())

    def retranslate(self) -> None:
        """Only the staff's words: the panel keeps the person's language."""
        self.language_label.setText(_("The person reads this in:"))


class RosterCard(QFrame):
    """The roster of a visit: its people, and adding or removing one."""

    changed = Signal()

    def __init__(self, shell):
        super().__init__()
        self.setObjectName("roster")
        self.setProperty("role", "card")
        self.shell = shell
        self.visit = None
        self.heading = label("heading")
        self.hint = label("muted")
        self.rows = QVBoxLayout()
        self.add_button = button("primary")
        self.add_button.setObjectName("roster-add")
        self.add_button.clicked.connect(self.open_form)
        self.message = label("error")
        self.message.setObjectName("roster-message")
        self.message.hide()

        self.form = QWidget()
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        self.field_labels, self.fields = {}, {}
        for k, (key, limit) in enumerate(FIELDS):
            self.field_labels[key] = label("body")
            edit = QLineEdit()
            edit.setObjectName(f"roster-{key}")
            edit.setMaxLength(limit)
            self.fields[key] = edit
            grid.addWidget(self.field_labels[key], k, 0)
            grid.addWidget(edit, k, 1)
        grid.setColumnStretch(1, 1)
        self.consent = ConsentPanel()
        self.save_button = button("primary")
        self.save_button.setObjectName("roster-save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button("nav")
        self.cancel_button.clicked.connect(self.close_form)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        grid.addWidget(self.consent, len(FIELDS), 0, 1, 2)
        grid.addLayout(actions, len(FIELDS) + 1, 0, 1, 2)
        self.form.hide()

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.hint)
        box.addLayout(self.rows)
        box.addLayout(add_row)
        box.addWidget(self.message)
        box.addWidget(self.form)
        self._box = box
        self._grid = grid
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        pad = m.px(20)
        self._box.setContentsMargins(pad, pad, pad, pad)
        self._box.setSpacing(m.px(12))
        self._grid.setSpacing(m.px(12))
        for edit in self.fields.values():
            edit.setMinimumHeight(m.target(64))

    def retranslate(self) -> None:
        self.heading.setText(_("Roster"))
        self.hint.setText(_("Optional. A person is named here only with their consent; everyone who came is "
                            "counted in the headcount either way."))
        self.add_button.setText(_("Add a person"))
        for key, text in (("name", _("Name")), ("title", _("Title")), ("country", _("Country")),
                          ("contact", _("Contact (e-mail or telephone)"))):
            self.field_labels[key].setText(text)
        self.fields["country"].setPlaceholderText(_("e.g. {name} or {code}").format(name=country_name("PE"), code="PE"))
        self.save_button.setText(_("Save the person"))
        self.cancel_button.setText(_("Cancel"))
        self.consent.retranslate()
        if self.visit is not None:
            self._fill_rows()

    # ------------------------------------------------------------------ showing
    def show_visit(self, visit) -> None:
        if visit is None or self.visit is None or visit.id != self.visit.id:
            self.close_form()
        self.visit = visit
        self.setVisible(visit is not None)
        if visit is not None:
            self._fill_rows()

    def _fill_rows(self) -> None:
        clear(self.rows)
        desk = self.shell.desk()
        people = desk.activity.visitors(self.visit.id) if desk is not None else []
        if not people:
            nobody = label("muted")
            nobody.setText(_("Nobody is named yet."))
            self.rows.addWidget(nobody)
        for person in people:
            row = QHBoxLayout()
            text = label("muted" if person.purged else "body")
            text.setObjectName(f"roster-person-{person.id}")
            text.setText(self.describe(person))
            remove = button("nav")
            remove.setObjectName(f"roster-remove-{person.id}")
            remove.setText(pgettext("roster", "Remove"))
            remove.clicked.connect(lambda _c=False, pid=person.id: self.remove(pid))
            row.addWidget(text, 1)
            row.addWidget(remove)
            self.rows.addLayout(row)

    @staticmethod
    def describe(person) -> str:
        if person.purged:
            return _("Name erased (retention period over)")
        parts = [isolate(person.name)]
        if person.title:
            parts.append(isolate(person.title))
        if person.country:
            parts.append(country_name(person.country))
        consents = []
        if person.consent_photos:
            consents.append(CHECK + " " + _("photos"))
        if person.consent_contact:
            consents.append(CHECK + " " + _("invitations"))
        return " · ".join(parts) + ("\n" + "   ".join(consents) if consents else "")

    # ------------------------------------------------------------------ adding, removing
    def person_language(self) -> str:
        """The visit's first language the kiosk speaks; else Korean for a Korean delegation, else English."""
        known = [lang.code for lang in i18n.languages()]
        for wanted in self.visit.languages:
            for code in known:
                if i18n.language_matches(wanted, code):
                    return code
        countries = {c.country for c in self.visit.countries}
        return "ko" if countries == {"KR"} and "ko" in known else i18n.SOURCE_LANGUAGE

    def open_form(self) -> None:
        from kiosk.store.consent import months

        if self.visit is None:
            return
        for edit in self.fields.values():
            edit.clear()
        s = self.shell.settings
        self.consent.start(self.person_language(), months(s.get("roster_retention_days")),
                           months(s.get("contact_consent_days")))
        self.say("")
        self.add_button.hide()
        self.form.show()
        self.fields["name"].setFocus()

    def close_form(self) -> None:
        self.form.hide()
        self.add_button.show()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        from kiosk.store.model import VisitorForm

        desk = self.shell.desk()
        if desk is None or self.visit is None:
            return
        text = {key: edit.text().strip() or None for key, edit in self.fields.items()}
        person = VisitorForm(text["name"] or "", title=text["title"], country=text["country"], contact=text["contact"])
        consent = self.consent.form()
        work = lambda: desk.activity.add_visitor(self.shell.staff.actor, self.visit.id, person, consent,  # noqa: E731
                                                 contact_days=self.shell.settings.get("contact_consent_days"))
        self.save_button.setEnabled(False)  # a double tap saves once
        try:
            if run_action(self.say, work):
                self.close_form()
                self._fill_rows()
                self.changed.emit()
        finally:
            self.save_button.setEnabled(True)

    def remove(self, visitor_id: int) -> None:
        desk = self.shell.desk()
        if run_action(self.say, lambda: desk.activity.remove_visitor(self.shell.staff.actor, visitor_id)):
            self._fill_rows()
            self.changed.emit()
