"""Staff members (administrators): the guides and administrators, the languages they speak (for
the suggestions on each visit) and their own PINs. Guides see the list but change nothing."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.i18n import _
from kiosk.ui.forms import Chips, clear, language_name, run_action
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.visit_form import LANGUAGE_CHOICES
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)


class StaffMembersScreen(Screen):
    screen_id = "staff-members"

    def __init__(self, shell):
        super().__init__(shell)
        self.editing: int | None = None  # the member being edited; None: a new one
        self.heading = label("title")
        self.note = label("muted")
        self.add_button = button("primary")
        self.add_button.setObjectName("members-add")
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(18)

        self.panel = QFrame()
        self.panel.setProperty("role", "panel")
        self.panel_heading = label("heading")
        self.name_label = label("muted")
        self.name = QLineEdit()
        self.name.setMinimumHeight(56)
        self.role_label = label("muted")
        self.role = Chips(columns=2, single=True)
        self.lang_label = label("muted")
        self.languages = Chips(columns=5)
        self.pin_label = label("muted")
        self.pin = QLineEdit()
        self.pin.setMinimumHeight(56)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setMaxLength(8)
        self.active = button("choice", checkable=True)
        self.save_button = button("primary")
        self.save_button.setObjectName("members-save")
        self.save_button.clicked.connect(self.save)
        self.close_button = button()
        self.close_button.clicked.connect(lambda: self.panel.hide())
        self.message_line()
        box = QVBoxLayout(self.panel)
        for w in (self.panel_heading, self.name_label, self.name, self.role_label, self.role, self.lang_label,
                  self.languages, self.pin_label, self.pin):
            box.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.active)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        box.addLayout(row)
        self.panel.hide()

        from kiosk.ui.keyboard import OnScreenKeyboard

        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.attach(self)
        self.keyboard.hide()

        column = self.scroll_page(self.keyboard)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        column.addLayout(top)
        column.addWidget(self.note)
        column.addWidget(self.message)
        column.addLayout(self.rows)
        column.addWidget(self.panel)
        column.addStretch(1)
        self._column = column
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._column, 12)
        self.keyboard.apply_metrics(self.shell.metrics)

    def title(self) -> str:
        return _("Staff members")

    def admin(self) -> bool:
        return self.shell.staff.role() == "admin"

    def on_enter(self) -> None:
        self.panel.hide()
        self.say("")
        self.retranslate()

    def retranslate(self) -> None:
        from kiosk.store.model import STAFF_ROLE_LABELS

        self.keyboard.retranslate()
        self.heading.setText(_("Staff members"))
        self.add_button.setText(_("Add a member of staff"))
        self.add_button.setVisible(self.admin())
        self.note.setText(_("Guides sign in with their own PIN. The languages each member speaks decide "
                            "who is suggested for a delegation.") if self.admin() else
                          _("Only an administrator can manage staff."))
        self.name_label.setText(_("Name"))
        self.role_label.setText(_("Role"))
        self.role.set_options([(k, _(v)) for k, v in STAFF_ROLE_LABELS.items()])
        self.lang_label.setText(_("Languages spoken"))
        self.languages.set_options([(c, language_name(c)) for c in LANGUAGE_CHOICES])
        self.pin_label.setText(_("Own PIN (4 to 8 digits; leave empty to keep it)"))
        self.active.setText(_("Active"))
        self.save_button.setText(_("Save"))
        self.close_button.setText(_("Close"))
        self.panel_heading.setText(_("New member of staff") if self.editing is None else _("Edit member of staff"))
        if self.isVisible():  # filled when shown (on_enter), not at every language switch
            self._fill()

    def _fill(self) -> None:
        from kiosk.store.model import STAFF_ROLE_LABELS

        clear(self.rows)
        desk = self.shell.desk()
        if desk is None:
            return
        # a PIN two people share signs nobody in: the administrators see whose to change
        shared = {m.id for c in desk.staff.pin_clashes() for m in c.members} if self.admin() else set()
        for k, member in enumerate(desk.staff.list_staff(include_inactive=True)):
            name = label("body")
            name.setText(member.name if member.active else _("{name} (inactive)").format(name=member.name))
            details = label("error" if member.id in shared else "muted")
            pin_state = _("own PIN set") if member.has_pin else _("no PIN yet")
            if member.id in shared:
                pin_state = _("PIN shared with someone else: it signs nobody in; give a new one")
            details.setText(" · ".join([_(STAFF_ROLE_LABELS.get(member.role, member.role)),
                                        ", ".join(language_name(c) for c in member.languages), pin_state]))
            self.rows.addWidget(name, k, 0)
            self.rows.addWidget(details, k, 1)
            if self.admin():
                edit = button("nav")
                edit.setText(_("Edit"))
                edit.clicked.connect(lambda _c=False, m=member.id: self.edit(m))
                self.rows.addWidget(edit, k, 2)
        self.rows.setColumnStretch(1, 1)

    def edit(self, member_id: int | None) -> None:
        desk = self.shell.desk()
        self.editing = member_id
        self.pin.clear()
        if member_id is None:
            self.name.clear()
            self.role.set_chosen(["guide"])
            self.languages.set_chosen(["ko"])
            self.active.setChecked(True)
        else:
            member = desk.staff.get(member_id)
            self.name.setText(member.name)
            self.role.set_chosen([member.role])
            self.languages.set_chosen([c.split("_")[0] for c in member.languages])
            self.active.setChecked(member.active)
        self.panel_heading.setText(_("New member of staff") if member_id is None else _("Edit member of staff"))
        self.say("")
        self.panel.show()
        self.name.setFocus()

    def save(self) -> None:
        from kiosk.core import pin as pins

        desk, actor = self.shell.desk(), self.shell.staff.actor
        pin = self.pin.text().strip()
        if pin and not pins.valid_pin(pin):
            self.say(_("A PIN has 4 to 8 digits."))
            return
        role = (self.role.chosen() or ["guide"])[0]
        self.save_button.setEnabled(False)

        def work():
            desk.staff.save_member(actor, self.editing, self.name.text(), role, tuple(self.languages.chosen()),
                                   active=self.active.isChecked(), pin=pin or None)

        try:
            if not run_action(self.say, work):
                return
        finally:
            self.save_button.setEnabled(True)
        self.pin.clear()
        self.panel.hide()
        self.say("")
        self._fill()
