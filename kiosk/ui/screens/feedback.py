"""The closing question at the end of the tour, on the kiosk's one screen."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.i18n import _
from kiosk.ui.screens.base import Screen
from kiosk.ui.visit_views import FeedbackView


class FeedbackScreen(Screen):
    screen_id = "feedback"

    def __init__(self, shell):
        super().__init__(shell)
        self.view = FeedbackView(shell)
        self.view.finished.connect(lambda: shell.finish_visit("guide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)

    def title(self) -> str:
        return _("Your opinion")

    def start(self, visit_id: int) -> None:
        self.view.start(visit_id)

    def retranslate(self) -> None:
        self.view.retranslate()
