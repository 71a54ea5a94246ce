"""Visit mode's first screen: the delegation's welcome, with the guide's notes on what this
kiosk could not plan (a visit without languages, a stop it has no demo for)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.i18n import _
from kiosk.ui.screens.base import Screen
from kiosk.ui.visit_views import WelcomeView
from kiosk.ui.widgets import label


def guide_notes(shell, plan) -> list[str]:
    """What the guide should know before starting: a language fallen back to, stops left out."""
    from kiosk.ui.forms import language_name

    notes = []
    if plan.fell_back:
        notes.append(_("This visit names no language this kiosk speaks: it is shown in {language}, the "
                       "center's default. Add the delegation's languages on the visit page.").format(
            language=language_name(plan.languages[0])))
    notes += plan.skipped
    if not plan.stops:
        notes.append(_("This visit has no tour yet: the demos are on the home screen. Staff can pick a tour on "
                       "the visit page."))
    return notes


class WelcomeScreen(Screen):
    screen_id = "welcome"

    def __init__(self, shell):
        super().__init__(shell)
        self.view = WelcomeView(shell)
        self.notes = label("error")
        self.notes.setObjectName("welcome-notes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.notes)
        self.retranslate()

    def title(self) -> str:
        return _("Welcome")

    def on_enter(self) -> None:
        self.view.fill(self.shell.visit_mode.plan)
        self.retranslate()

    def retranslate(self) -> None:
        plan = self.shell.visit_mode.plan
        if plan is None:
            self.notes.hide()
            return
        self.view.retranslate()
        notes = guide_notes(self.shell, plan)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        m = self.shell.metrics
        self.notes.setContentsMargins(m.px(64), 0, m.px(64), m.px(16))
