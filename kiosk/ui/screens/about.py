"""About the center: what an integrated operations center does, in the visitor's language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import label

log = logging.getLogger(__name__)

# The national Smart City Integrated Platform links these five services (see DOMAIN.md).
SERVICES = (
    (N_("Emergency video for police"),
     N_("When a report reaches the police, the center streams the nearest cameras to the "
        "police situation room and to patrol cars, with privacy masking.")),
    (N_("Support for police dispatch"),
     N_("Operators who notice something abnormal hand a still image to the police officer "
        "stationed in the center and send the suspect's route to officers on the way.")),
    (N_("Support for fire dispatch"),
     N_("On a fire report the center sends scene video, the route of the fire engines and "
        "the traffic ahead of them.")),
    (N_("Disaster response"),
     N_("Flood gauges, rainfall and camera views are shared with the national disaster "
        "management system, and barriers close flooded underpasses.")),
    (N_("Protection of vulnerable people"),
     N_("When a child or a person with dementia leaves a safe zone or presses an emergency "
        "button, operators check nearby cameras and alert the police or fire services.")),
)


class AboutScreen(Screen):
    screen_id = "about"

    def __init__(self, shell):
        super().__init__(shell)
        self.heading = label("title")
        self.intro = label("body")
        self.visitors = QFrame()
        self.visitors.setProperty("role", "card")
        self.visitors.setObjectName("about-visitors")
        self.visitors_heading = label("heading")
        self.visitors_figure = label("display", wrap=False)
        self.visitors_text = label("body")
        box = QVBoxLayout(self.visitors)
        box.addWidget(self.visitors_heading)
        box.addWidget(self.visitors_figure)
        box.addWidget(self.visitors_text)
        self.visitors.hide()
        self.figures: dict | None = None
        self.services_heading = label("heading")
        self.cards: list[tuple[QFrame, object, object]] = []
        grid = QGridLayout()
        self.grid = grid
        for index, (title, text) in enumerate(SERVICES):
            frame = QFrame()
            frame.setProperty("role", "card")
            t, b = label("heading"), label("muted")
            box = QVBoxLayout(frame)
            box.addWidget(t)
            box.addWidget(b)
            box.addStretch(1)
            grid.addWidget(frame, index // 3, index % 3)
            self.cards.append((frame, t, b))

        column = self.scroll_page()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.visitors)
        column.addWidget(self.services_heading)
        column.addLayout(grid)
        column.addStretch(1)
        self._column = column
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self.set_page_margins(self._column, 22)
        self.grid.setSpacing(m.px(24))
        for frame in [c[0] for c in self.cards] + [self.visitors]:
            frame.layout().setContentsMargins(m.px(28), m.px(24), m.px(28), m.px(24))

    def title(self) -> str:
        return _("About the center")

    def retranslate(self) -> None:
        self.heading.setText(self.shell.center_name())
        self.intro.setText(
            _("The integrated operations center watches over the city 24 hours a day. "
              "Operators and police officers work side by side, linked to the police, the fire "
              "service and the disaster room, so that one screen shows what every agency needs.")
        )
        self.services_heading.setText(_("Five services linked to police, fire and disaster response"))
        for (frame, t, b), (title, text) in zip(self.cards, SERVICES):
            t.setText(_(title))
            b.setText(_(text))
        self._show_visitors()

    def on_enter(self) -> None:
        """The totals the center publishes, live from the visit log (no personal data)."""
        desk = self.shell.desk()
        try:
            self.figures = desk.stats() if desk is not None else None
        except Exception:  # the figures are a bonus: the page shows without them
            log.exception("visitor figures unavailable")
            self.figures = None
        self._show_visitors()

    def _show_visitors(self) -> None:
        from kiosk.ui.screens.stats import breakdown

        f = self.figures
        self.visitors.setVisible(bool(f and f["visits"]))
        if not f or not f["visits"]:
            return
        since = min(int(y) for y in f["by_year"]) if f["by_year"] else None
        self.visitors_heading.setText(_("Visitors since {year}").format(year=since) if since else _("Visitors"))
        self.visitors_figure.setText(i18n.format_number(f["people"]))
        self.visitors_text.setText(breakdown(f))
