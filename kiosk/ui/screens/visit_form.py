"""Create or edit a visit (staff), by touch: pickers for the organization (search as you type),
the countries with their headcounts, the day, the times, the languages and the room; typing only
for a new organization's name and the notes. Saving twice by a double tap saves once."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QGridLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QScrollArea, \
    QSizePolicy, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _
from kiosk.ui.forms import Chips, SearchPicker, Stepper, clear, country_name, language_name, run_action
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

#: Languages offered for a delegation: the kiosk's eight, then others delegations often need.
LANGUAGE_CHOICES = ("ko", "en", "es", "fr", "ar", "zh", "vi", "ms", "ja", "ru", "pt", "id", "th", "mn")
DAY_START, DAY_END, STEP = 6 * 60, 22 * 60, 15  # minutes: the times a visit may be set to


def clock_text(minutes: int) -> str:
    return i18n.format_skeleton("Hm", datetime.combine(date(2026, 1, 1), time(minutes // 60, minutes % 60)))


class VisitFormScreen(Screen):
    screen_id = "visit-form"

    def __init__(self, shell):
        super().__init__(shell)
        self.visit_id: int | None = None
        self.token = ""
        self.organization: tuple[object, str] | None = None  # (id or None for a new one, name)
        self.arranged_by: tuple[object, str] | None = None
        self.countries: dict[str, Stepper] = {}
        self._rooms: list[str] = []  # the rooms offered as chips, read when the form opens

        self.heading = label("title")
        self.message_line()

        self.org_heading = label("heading")
        self.org_chosen = label("body")
        self.org_picker = SearchPicker(self._search_organizations, allow_new=True, rows=4)
        self.org_picker.setObjectName("form-organization")
        self.org_picker.picked.connect(self._organization_picked)
        self.org_type_heading = label("muted")
        self.org_type = Chips(columns=4, single=True)

        self.by_heading = label("heading")
        self.by_chosen = label("body")
        self.by_picker = SearchPicker(self._search_organizations, allow_new=True, rows=3)
        self.by_picker.picked.connect(self._arranged_picked)
        self.by_clear = button("nav")
        self.by_clear.clicked.connect(lambda: self._arranged_picked(None, ""))

        self.country_heading = label("heading")
        self.country_rows = QGridLayout()
        self.country_picker = SearchPicker(self._search_countries, rows=4)
        self.country_picker.setObjectName("form-country")
        self.country_picker.picked.connect(lambda code, _name: self.add_country(code, 1))

        self.when_heading = label("heading")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumHeight(340)
        self.start_label = label("muted")
        self.start = Stepper(10 * 60, DAY_START, DAY_END, STEP, clock_text)
        self.start.setObjectName("form-start")
        self.end_label = label("muted")
        self.end = Stepper(11 * 60 + 30, DAY_START, DAY_END, STEP, clock_text)
        self.end.setObjectName("form-end")
        self.start.changed.connect(self._start_moved)

        self.lang_heading = label("heading")
        self.languages = Chips(columns=5)
        self.room_heading = label("heading")
        self.rooms = Chips(columns=3, single=True)
        self.room_field = QLineEdit()
        self.room_field.setMinimumHeight(56)
        self.rooms.changed.connect(self._room_chip)
        self.clash = label("error")  # the room already booked then: a warning, not a refusal
        self.clash.setObjectName("form-clash")
        self.clash.hide()
        self.calendar.selectionChanged.connect(self.check_clashes)
        self.start.changed.connect(lambda _v: self.check_clashes())
        self.end.changed.connect(lambda _v: self.check_clashes())
        self.room_field.textChanged.connect(lambda _t: self.check_clashes())
        self.notes_heading = label("heading")
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(120)

        self.save_button = button("primary")
        self.save_button.setObjectName("form-save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.shell.nav.back)

        left = QVBoxLayout()
        for w in (self.org_heading, self.org_chosen, self.org_picker, self.org_type_heading, self.org_type,
                  self.country_heading):
            left.addWidget(w)
        left.addLayout(self.country_rows)
        left.addWidget(self.country_picker)
        left.addWidget(self.by_heading)
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_chosen, 1)
        by_row.addWidget(self.by_clear)
        left.addLayout(by_row)
        left.addWidget(self.by_picker)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.when_heading)
        right.addWidget(self.calendar)
        times = QGridLayout()
        times.addWidget(self.start_label, 0, 0)
        times.addWidget(self.start, 1, 0)
        times.addWidget(self.end_label, 0, 1)
        times.addWidget(self.end, 1, 1)
        right.addLayout(times)
        for w in (self.lang_heading, self.languages, self.room_heading, self.rooms, self.room_field, self.clash,
                  self.notes_heading, self.notes):
            right.addWidget(w)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(32)
        columns.addLayout(right, 1)

        content = QWidget()
        content.setObjectName("screen")
        column = QVBoxLayout(content)
        column.addLayout(columns)
        column.addStretch(1)
        self._column = column
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.message)
        outer.addWidget(scroll, 1)
        # typing by touch: Korean and Latin letters for the fields of this form, shown when one
        # of them is touched
        from kiosk.ui.keyboard import OnScreenKeyboard

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.setObjectName("osk")
        self.keyboard.attach(self)
        self.keyboard.submitted.connect(self._keyboard_enter)
        self.keyboard.hide()
        outer.addWidget(self.keyboard)
        self._outer = outer
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._outer, 10)
        self.keyboard.apply_metrics(self.shell.metrics)

    def _keyboard_enter(self) -> None:
        """Enter on the keyboard: in a search field, pick what it found first."""
        for picker in (self.org_picker, self.by_picker, self.country_picker):
            if self.keyboard.target() is picker.field:
                picker._enter()
                return

    def title(self) -> str:
        return _("Visit")

    # ------------------------------------------------------------------ opening
    def start_new(self, day: date | None = None) -> None:
        self.visit_id = None
        self.token = uuid.uuid4().hex  # the same form saved twice makes one visit
        self.organization = self.arranged_by = None
        self._clear_countries()
        desk = self.shell.desk()
        self._rooms = desk.schedule.rooms_in_use() if desk is not None else []
        day = day or (desk.now().date() + timedelta(days=1))
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.start.set_value(10 * 60)
        self.end.set_value(11 * 60 + 30)
        self.languages.set_chosen(["ko", "en"])
        self.room_field.clear()
        self.notes.clear()
        self.org_picker.field.clear()
        self.by_picker.field.clear()
        self.country_picker.field.clear()
        self.say("")
        self.retranslate()
        for picker in (self.org_picker, self.by_picker, self.country_picker):
            picker.refresh()

    def start_edit(self, visit_id: int) -> None:
        desk = self.shell.desk()
        v = desk.visits.get(visit_id)
        self.start_new(v.start.date())
        self.visit_id = visit_id
        self.organization = (v.organization.id, v.organization.name)
        self.arranged_by = (v.arranged_by.id, v.arranged_by.name) if v.arranged_by else None
        for c in v.countries:
            self.add_country(c.country, c.expected or 1)
        self.start.set_value(v.start.hour * 60 + v.start.minute)
        self.end.set_value(v.end.hour * 60 + v.end.minute)
        self.languages.set_chosen([c.split("_")[0] for c in v.languages])
        self.room_field.setText(v.room or "")
        self.notes.setPlainText(v.notes or "")
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        from kiosk.store.model import ORGANIZATION_TYPE_LABELS

        self.keyboard.retranslate()
        for picker in (self.org_picker, self.by_picker, self.country_picker):
            picker.retranslate()
        self.heading.setText(_("New visit") if self.visit_id is None else _("Edit the visit"))
        self.save_button.setText(_("Save"))
        self.cancel_button.setText(_("Cancel"))
        self.org_heading.setText(_("Delegation (lead organization)"))
        self.org_picker.field.setPlaceholderText(_("Search by name, in Korean or English"))
        self.org_picker.new_caption = _("New organization: {text}")
        self.org_type_heading.setText(_("Type of the new organization"))
        self.org_type.set_options([(k, _(v)) for k, v in ORGANIZATION_TYPE_LABELS.items()])
        self.by_heading.setText(_("Arranged by (optional)"))
        self.by_picker.field.setPlaceholderText(_("e.g. WeGO, NIA, KOICA"))
        self.by_picker.new_caption = _("New organization: {text}")
        self.by_clear.setText(_("None"))
        self.country_heading.setText(_("Countries and people expected"))
        self.country_picker.field.setPlaceholderText(_("Add a country: type its name"))
        self.when_heading.setText(_("Day and time"))
        self.start_label.setText(_("Starts"))
        self.end_label.setText(_("Ends"))
        self.lang_heading.setText(_("Languages needed"))
        self.languages.set_options([(c, language_name(c)) for c in LANGUAGE_CHOICES])
        self.room_heading.setText(_("Room"))
        self.room_field.setPlaceholderText(_("Another room: type its name"))
        self.notes_heading.setText(_("Notes"))
        self.rooms.set_options([(r, r) for r in self._rooms])
        self.rooms.set_chosen([self.room_field.text()])
        self._show_organization()
        for code, stepper in self.countries.items():
            stepper.refresh()
            name = stepper.property("name_label")
            if name is not None:
                name.setText(country_name(code))
        self.start.refresh()
        self.end.refresh()
        self.calendar.setLocale(_qt_locale())

    def _show_organization(self) -> None:
        org = self.organization
        self.org_chosen.setText(_("Chosen: {name}").format(name=org[1]) if org else _("Nobody chosen yet"))
        new = org is not None and org[0] is None
        self.org_type_heading.setVisible(new)
        self.org_type.setVisible(new)
        by = self.arranged_by
        self.by_chosen.setText(by[1] if by else _("Nobody"))
        self.by_clear.setVisible(by is not None)

    # ------------------------------------------------------------------ pickers
    def _search_organizations(self, text: str) -> list[tuple[object, str]]:
        desk = self.shell.desk()
        if desk is None:
            return []
        return [(o.id, o.name) for o in desk.organizations.search(text, limit=30)]

    def _search_countries(self, text: str) -> list[tuple[object, str]]:
        from kiosk.store.countries import countries, resolve_country

        lang = i18n.current_language()
        folded = text.strip().casefold()
        found = [(code, name) for code, name in countries(lang)
                 if not folded or folded in name.casefold() or folded == code.casefold()]
        exact = resolve_country(text) if text.strip() else None  # English or Korean names too
        if exact and all(code != exact for code, _n in found):
            found.insert(0, (exact, country_name(exact)))
        return found[:60]

    def _organization_picked(self, key, name: str) -> None:
        self.organization = (key, name)
        if key is None and not self.org_type.chosen():
            self.org_type.set_chosen(["city"])
        self._show_organization()

    def _arranged_picked(self, key, name: str) -> None:
        self.arranged_by = (key, name) if name else None
        self._show_organization()

    def add_country(self, code: str, people: int) -> None:
        if code in self.countries:
            return
        row = len(self.countries)
        name = label("body")
        name.setText(country_name(code))
        stepper = Stepper(people, 1, 999)
        stepper.setObjectName(f"form-country-{code}")
        stepper.setProperty("name_label", name)
        remove = button("nav")
        remove.setText("✕")
        remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        remove.clicked.connect(lambda _c=False, code=code: self.remove_country(code))
        self.country_rows.addWidget(name, row, 0)
        self.country_rows.addWidget(stepper, row, 1)
        self.country_rows.addWidget(remove, row, 2)
        self.countries[code] = stepper
        self.country_picker.field.clear()

    def remove_country(self, code: str) -> None:
        kept = {c: s.value() for c, s in self.countries.items() if c != code}
        self._clear_countries()
        for c, n in kept.items():
            self.add_country(c, n)

    def _clear_countries(self) -> None:
        clear(self.country_rows)
        self.countries = {}

    def _start_moved(self, value: int) -> None:
        if self.end.value() <= value:
            self.end.set_value(value + 60)

    def _times(self, tz) -> tuple[datetime, datetime]:
        """The start and end the form shows: the day picked, at the times of the two steppers."""
        q = self.calendar.selectedDate()
        day = date(q.year(), q.month(), q.day())
        return tuple(datetime.combine(day, time(m // 60, m % 60), tz) for m in (self.start.value(), self.end.value()))

    def check_clashes(self) -> None:
        """Warn, as the form changes, when the room is booked for another visit at that time."""
        desk = self.shell.desk()
        room = self.room_field.text().strip()
        if desk is None or not room:
            self.clash.hide()
            return
        start, end = self._times(desk.tz)
        try:
            found = desk.schedule.conflicts_at(start, end, room=room, visit_id=self.visit_id)
        except KioskError:
            found = []
        self.clash.setText("\n".join("⚠ " + c.message() for c in found))
        self.clash.setVisible(bool(found))

    def _room_chip(self) -> None:
        chosen = self.rooms.chosen()
        if chosen:
            self.room_field.setText(chosen[0])

    # ------------------------------------------------------------------ saving
    def form(self):
        from kiosk.store.model import VisitForm

        start, end = self._times(self.shell.desk().tz)
        org = self.organization
        by = self.arranged_by
        types = self.org_type.chosen()
        return VisitForm(
            organization=(org[0] if org[0] is not None else org[1]) if org else "",
            start=start, end=end,
            countries={code: s.value() for code, s in self.countries.items()},
            arranged_by=(by[0] if by[0] is not None else by[1]) if by else None,
            languages=tuple(self.languages.chosen()),
            room=self.room_field.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
            organization_type=types[0] if types and org and org[0] is None else None,
        )

    def save(self) -> None:
        desk, actor = self.shell.desk(), self.shell.staff.actor
        if desk is None:
            self.say(_("The visit log is not available: the database could not be opened."))
            return
        if self.organization is None:
            self.say(_("Choose the organization leading the delegation."))
            return
        if not self.countries:
            self.say(_("Add at least one country and its number of people."))
            return
        self.save_button.setEnabled(False)  # a double tap submits once
        saved = []

        def work():
            form = self.form()
            if self.visit_id is None:
                saved.append(desk.visits.create_visit(actor, form, client_token=self.token))
            else:
                saved.append(desk.visits.edit_visit(actor, self.visit_id, form))

        try:
            if not run_action(self.say, work):
                return
        finally:
            self.save_button.setEnabled(True)
        visit = saved[0]
        self.shell.show_visit(visit.id, replace=True)


def _qt_locale():
    """The calendar's month and day names in the interface language (Qt knows Chinese as zh_CN)."""
    from PySide6.QtCore import QLocale

    code = i18n.babel_locale()
    return QLocale("zh_CN" if code.startswith("zh") else code)
