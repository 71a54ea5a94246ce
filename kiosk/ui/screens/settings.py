"""Settings, for staff: idle timeout, languages, theme, the center's name, and the contact and
web address its take-home recaps give."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _, ngettext
from kiosk.settings import BY_KEY, THEME_LABELS, THEMES
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, card, isolate, label

log = logging.getLogger(__name__)

IDLE_CHOICES = (30, 60, 90, 120, 180, 300)
#: How long roster names and invitation contacts are kept (days), offered to administrators.
RETENTION_CHOICES = (90, 180, 365, 730, 1095, 1825)
RETENTION_KEYS = ("roster_retention_days", "contact_consent_days")
COLUMNS = 4
#: The contact a delegation's recap gives, and where the center publishes recaps: (setting, limit).
CONTACT_FIELDS = (("contact_name", 120), ("contact_phone", 40), ("contact_email", 120), ("contact_web", 200),
                  ("contact_address", 200), ("recap_url", 300))
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_WEB = re.compile(r"(https?://)?[^\s/]+\.[^\s]+")


def contact_problem(key: str, value: str) -> str | None:
    """Why a contact field cannot be saved as typed, or None (empty is always allowed)."""
    if not value:
        return None
    if key == "recap_url" and not BY_KEY["recap_url"].validate(value):
        return _("The recap web address must start with {https} or {http}, without spaces, e.g. {example}.").format(
            https="https://", http="http://", example="https://example.go.kr/recap/{id}")
    if key == "contact_email" and not _EMAIL.fullmatch(value):
        return _("Enter an e-mail address such as {example}.").format(example="visits@example.go.kr")
    if key == "contact_web" and not _WEB.fullmatch(value):
        return _("Enter a web address such as {example}.").format(example="https://www.example.go.kr")
    return None


def period_text(days: int) -> str:
    """"1 year", "6 months", "100 days": a retention period as staff read it."""
    if days % 365 == 0:
        years = days // 365
        return ngettext("{n} year", "{n} years", years).format(n=i18n.format_number(years))
    if days % 30 == 0:
        months = round(days / 30)
        return ngettext("{n} month", "{n} months", months).format(n=i18n.format_number(months))
    return ngettext("{n} day", "{n} days", days).format(n=i18n.format_number(days))


class ChoiceRow(QWidget):
    """Touch-friendly choices in rows of four: exclusive (one) or not (several)."""

    def __init__(self, exclusive: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[object, object] = {}

    def set_choices(self, values: list[object], native: bool = False) -> None:
        for btn in self.buttons.values():
            self.group.removeButton(btn)
            btn.deleteLater()
        self.buttons = {}
        for index, value in enumerate(values):
            btn = button("choice", checkable=True)
            btn.setSizePolicy(btn.sizePolicy().horizontalPolicy(), btn.sizePolicy().verticalPolicy())
            if native:
                btn.setProperty("native_name", True)
            self.group.addButton(btn)
            self.grid.addWidget(btn, index // COLUMNS, index % COLUMNS)
            self.buttons[value] = btn

    def selected(self) -> list[object]:
        return [value for value, btn in self.buttons.items() if btn.isChecked()]

    def select(self, values) -> None:
        for value, btn in self.buttons.items():
            btn.setChecked(value in values)


class SettingsScreen(Screen):
    screen_id = "settings"

    def __init__(self, shell):
        super().__init__(shell)
        self.heading = label("title")
        self.sections: list[tuple[object, str]] = []

        self.name_label = label("heading")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("settings-center-name")
        self.name_edit.setMaxLength(120)

        self.idle_label = label("heading")
        self.idle = ChoiceRow(exclusive=True)
        self.idle.set_choices(list(IDLE_CHOICES))

        self.default_label = label("heading")
        self.default_language = ChoiceRow(exclusive=True)
        self.enabled_label = label("heading")
        self.enabled_hint = label("muted")
        self.enabled = ChoiceRow(exclusive=False)
        codes = [lang.code for lang in i18n.languages()]
        self.default_language.set_choices(codes, native=True)
        self.enabled.set_choices(codes, native=True)
        for row in (self.default_language, self.enabled):
            for code, btn in row.buttons.items():
                btn.setText(i18n.language(code).native_name)
        self.default_language.group.buttonClicked.connect(self._default_clicked)

        self.theme_label = label("heading")
        self.theme = ChoiceRow(exclusive=True)
        self.theme.set_choices(list(THEMES))

        # presenter mode: which connected screen is the guide's (the others show the audience)
        self.console_label = label("heading")
        self.console_hint = label("muted")
        self.console_screen = ChoiceRow(exclusive=True)

        # personal data on visit rosters (PIPA): administrators only
        self.retention_heading = label("heading")
        self.retention_hint = label("muted")
        self.retention_labels = {key: label("body") for key in RETENTION_KEYS}
        self.retention = {key: ChoiceRow(exclusive=True) for key in RETENTION_KEYS}
        for key, row in self.retention.items():
            row.set_choices(list(RETENTION_CHOICES))
            for days, btn in row.buttons.items():
                btn.setObjectName(f"settings-{key.replace('_', '-')}-{days}")

        self.contact_heading = label("heading")
        self.contact_hint = label("muted")
        self.contact_labels: dict[str, object] = {}
        self.contact_edits: dict[str, QLineEdit] = {}
        for key, limit in CONTACT_FIELDS:
            self.contact_labels[key] = label("body")
            edit = QLineEdit()
            edit.setObjectName(f"settings-{key.replace('_', '-')}")
            edit.setMaxLength(limit)
            self.contact_edits[key] = edit

        self.status = label("body")
        self.status.setObjectName("settings-status")
        self.save_button = button("primary")
        self.save_button.setObjectName("settings-save")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button("nav")
        self.cancel_button.clicked.connect(shell.nav.back)

        form = QWidget()
        form.setObjectName("screen")
        column = QVBoxLayout(form)
        column.addWidget(self.heading)
        self.cards = []
        for widgets in (
            (self.name_label, self.name_edit),
            (self.idle_label, self.idle),
            (self.default_label, self.default_language),
            (self.enabled_label, self.enabled_hint, self.enabled),
            (self.theme_label, self.theme),
            (self.console_label, self.console_hint, self.console_screen),
            (self.retention_heading, self.retention_hint,
             *[w for key in RETENTION_KEYS for w in (self.retention_labels[key], self.retention[key])]),
            (self.contact_heading, self.contact_hint,
             *[w for key, _limit in CONTACT_FIELDS for w in (self.contact_labels[key], self.contact_edits[key])]),
        ):
            frame = card()
            if self.retention_heading in widgets:
                self._retention_card = len(self.cards)
            box = QVBoxLayout(frame)
            for widget in widgets:
                box.addWidget(widget)
            column.addWidget(frame)
            self.cards.append(frame)
        column.addStretch(1)
        self._column = column

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        self._actions = actions

        from kiosk.ui.keyboard import OnScreenKeyboard

        self.keyboard = OnScreenKeyboard(self)  # for the center's name, on a touch-only kiosk
        self.keyboard.attach(self)
        self.keyboard.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(actions)
        outer.addWidget(self.keyboard)
        self._outer = outer
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self.keyboard.apply_metrics(m)
        margin = m.px(64)
        self._column.setContentsMargins(margin, m.px(32), margin, m.px(16))
        self._column.setSpacing(m.px(18))
        self._outer.setContentsMargins(0, 0, margin, m.px(24))
        self._actions.setContentsMargins(margin, 0, 0, 0)
        self._actions.setSpacing(m.px(16))
        for frame in self.cards:
            frame.layout().setContentsMargins(m.px(28), m.px(20), m.px(28), m.px(24))
            frame.layout().setSpacing(m.px(12))
        for row in (self.idle, self.default_language, self.enabled, self.theme, *self.retention.values()):
            row.grid.setSpacing(m.px(12))
        self.save_button.setMinimumWidth(m.px(220))
        self.name_edit.setMinimumHeight(m.target(72))
        for edit in self.contact_edits.values():
            edit.setMinimumHeight(m.target(72))

    def title(self) -> str:
        return _("Settings")

    def retranslate(self) -> None:
        self.keyboard.retranslate()
        self.heading.setText(_("Settings"))
        self.name_label.setText(_("Center name"))
        self.name_edit.setPlaceholderText(self.shell.default_center_name())
        self.idle_label.setText(_("Return to the start screen after"))
        for seconds, btn in self.idle.buttons.items():
            if seconds % 60 == 0:
                minutes = seconds // 60
                btn.setText(ngettext("{n} minute", "{n} minutes", minutes).format(n=i18n.format_number(minutes)))
            else:
                btn.setText(ngettext("{n} second", "{n} seconds", seconds).format(n=i18n.format_number(seconds)))
        self.default_label.setText(_("Default language"))
        self.enabled_label.setText(_("Languages offered to visitors"))
        self.enabled_hint.setText(_("The default language is always offered."))
        self.theme_label.setText(_("Theme"))
        for key, btn in self.theme.buttons.items():
            btn.setText(_(THEME_LABELS[key]))
        self.console_label.setText(_("Guide's screen"))
        self.console_hint.setText(_("With a second screen attached, the guide's console is on this one and the "
                                    "delegation sees the demos on the other."))
        for name, btn in self.console_screen.buttons.items():
            btn.setText(_("The primary screen") if name == "" else isolate(name))
        self.retention_heading.setText(_("Personal data on visit rosters"))
        self.retention_hint.setText(_("Names, titles and contacts are erased when their period is over, at start-up "
                                      "and once a day; the published figures do not change. A person who agreed to "
                                      "invitations keeps their name and contact until that consent lapses."))
        for key in RETENTION_KEYS:
            self.retention_labels[key].setText(_(BY_KEY[key].label))
            for days, btn in self.retention[key].buttons.items():
                btn.setText(period_text(days))
        self.contact_heading.setText(_("Contact on the take-home recap"))
        self.contact_hint.setText(_("A delegation's recap gives this contact. With a recap web address, its QR "
                                    "code opens the visit's recap there ({id} stands for the visit's number); "
                                    "without one, it holds this contact."))
        for key, _limit in CONTACT_FIELDS:
            self.contact_labels[key].setText(_(BY_KEY[key].label))
        self.contact_edits["recap_url"].setPlaceholderText("https://example.go.kr/recap/{id}")
        self.save_button.setText(_("Save"))
        self.cancel_button.setText(_("Cancel"))
        self._status_refresh()

    # -- data
    def on_enter(self) -> None:
        self._status = ""
        self.load()

    def load(self) -> None:
        s = self.shell.settings
        self.name_edit.setText(s.get("center_name"))
        timeout = s.get("idle_timeout_s")
        if timeout not in self.idle.buttons:
            self.idle.set_choices(sorted(set(IDLE_CHOICES) | {timeout}))
            self.retranslate()
        self.idle.select([timeout])
        self.default_language.select([s.get("default_language")])
        self.enabled.select(s.get("enabled_languages"))
        self.theme.select([s.get("theme")])
        from PySide6.QtGui import QGuiApplication

        names = [""] + [screen.name() for screen in QGuiApplication.screens() if screen.name()]
        if s.get("console_screen") and s.get("console_screen") not in names:
            names.append(s.get("console_screen"))  # a screen set before and not plugged in now
        if list(self.console_screen.buttons) != names:
            self.console_screen.set_choices(names)
            self.retranslate()
        self.console_screen.select([s.get("console_screen")])
        for key, edit in self.contact_edits.items():
            edit.setText(s.get(key))
        admin = self.shell.staff.role() == "admin"
        self.cards[self._retention_card].setVisible(admin)
        for key, row in self.retention.items():
            if s.get(key) not in row.buttons:  # a period set in the file, not one of the choices
                row.set_choices(sorted(set(RETENTION_CHOICES) | {s.get(key)}))
                self.retranslate()
            row.select([s.get(key)])
        self._status_refresh()

    def _default_clicked(self, btn) -> None:
        for code, other in self.default_language.buttons.items():
            if other is btn:
                self.enabled.buttons[code].setChecked(True)

    def values(self) -> dict:
        default = (self.default_language.selected() or [self.shell.settings.get("default_language")])[0]
        enabled = [c for c in self.enabled.selected()]
        if default not in enabled:
            enabled.insert(0, default)
        return {
            "center_name": self.name_edit.text().strip(),
            "idle_timeout_s": (self.idle.selected() or [self.shell.settings.get("idle_timeout_s")])[0],
            "default_language": default,
            "enabled_languages": enabled,
            "theme": (self.theme.selected() or [self.shell.settings.get("theme")])[0],
            "console_screen": (self.console_screen.selected() or [self.shell.settings.get("console_screen")])[0],
            **{key: edit.text().strip() for key, edit in self.contact_edits.items()},
            # only an administrator changes how long personal data is kept
            **({key: (row.selected() or [self.shell.settings.get(key)])[0] for key, row in self.retention.items()}
               if self.shell.staff.role() == "admin" else {}),
        }

    def save(self) -> None:
        values = self.values()
        for key, _limit in CONTACT_FIELDS:
            if contact_problem(key, values[key]):  # refused with the reason, and nothing saved
                self._status, self._refused = "refused", key
                self.contact_edits[key].setFocus()
                self._status_refresh()
                return
        try:
            self.shell.apply_settings(values)
        except (KioskError, OSError) as exc:
            log.error("settings not saved: %s", exc)
            self._status = "failed"
        else:
            self._status = "saved"
            self.load()
        self._status_refresh()

    def _status_refresh(self) -> None:
        status = getattr(self, "_status", "")
        if status == "saved":
            self.status.setProperty("role", "body")
            self.status.setText(_("Settings saved."))
        elif status == "failed":
            self.status.setProperty("role", "error")
            self.status.setText(_("The settings could not be saved. Nothing was changed."))
        elif status == "refused":
            self.status.setProperty("role", "error")
            key = getattr(self, "_refused", "recap_url")
            problem = contact_problem(key, self.contact_edits[key].text().strip()) or ""
            self.status.setText(_("{reason} Nothing was changed.").format(reason=problem))
        else:
            self.status.setText("")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
