"""The tour's strip under the top bar in visit mode: which stop of how many, the time left for
the stop and for the visit against the schedule, a gentle warning when the tour runs over, and
Previous, Next and End for the guide. Also the words the console uses for the same figures."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk import i18n
from kiosk.i18n import _, ngettext
from kiosk.ui.widgets import ElidedLabel, button, label


def minutes_text(seconds: float) -> str:
    """'6 min left' or '2 min over' for a stop."""
    if seconds >= 0:
        n = max(1, math.ceil(seconds / 60)) if seconds > 0 else 0
        return ngettext("{n} min left", "{n} min left", n).format(n=i18n.format_number(n))
    n = math.ceil(-seconds / 60)
    return ngettext("{n} min over", "{n} min over", n).format(n=i18n.format_number(n))


def visit_time_text(seconds: float) -> str:
    if seconds >= 0:
        n = math.ceil(seconds / 60)
        return ngettext("The visit ends in {n} min", "The visit ends in {n} min", n).format(n=i18n.format_number(n))
    n = math.ceil(-seconds / 60)
    return ngettext("The visit was due to end {n} min ago", "The visit was due to end {n} min ago", n).format(
        n=i18n.format_number(n))


def position_text(mode) -> str:
    plan = mode.plan
    total = len(plan.stops)
    if mode.finished:
        return _("Tour finished")
    if mode.index < 0 and 0 < mode.resume_at < total:
        return _("Next: stop {n} of {total}").format(n=i18n.format_number(mode.resume_at + 1),
                                                   total=i18n.format_number(total))
    if mode.index < 0:
        return ngettext("{n} stop planned", "{n} stops planned", total).format(n=i18n.format_number(total))
    return _("Stop {n} of {total}").format(n=i18n.format_number(mode.index + 1), total=i18n.format_number(total))


def next_words(mode) -> str:
    """What the guide's Next button says."""
    if mode.index < 0:
        return _("Continue the tour") if mode.resume_at > 0 else _("Start the tour")
    return _("Finish the tour") if mode.index + 1 >= len(mode.plan.stops) else _("Next stop")


def over_text(mode) -> str:
    over = mode.over_by_s()
    if over < 60:
        return ""
    n = math.ceil(over / 60)
    return ngettext("At this pace the tour runs {n} min past the schedule.",
                    "At this pace the tour runs {n} min past the schedule.", n).format(n=i18n.format_number(n))


class TourBar(QFrame):
    def __init__(self, shell):
        super().__init__()
        self.shell = shell
        self.mode = shell.visit_mode
        self.setObjectName("tour-bar")
        self.setProperty("role", "card")
        self.position = label("heading", wrap=False)
        self.position.setObjectName("tour-position")
        self.stop_title = ElidedLabel("body")
        self.stop_title.setObjectName("tour-stop")
        self.stop_time = label("heading", wrap=False)
        self.stop_time.setObjectName("tour-stop-time")
        self.visit_time = label("muted", wrap=False)
        self.visit_time.setObjectName("tour-visit-time")
        self.warning = ElidedLabel("muted")
        self.warning.setObjectName("tour-warning")
        self.previous_button = button("nav")
        self.previous_button.setObjectName("tour-previous")
        self.previous_button.clicked.connect(shell.tour_previous)
        self.next_button = button("primary")
        self.next_button.setObjectName("tour-next")
        self.next_button.clicked.connect(shell.tour_next)
        self.end_button = button("nav")
        self.end_button.setObjectName("tour-end")
        self.end_button.clicked.connect(shell.end_visit)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.stop_title)
        words.addWidget(self.warning)
        times = QVBoxLayout()
        times.setSpacing(0)
        times.addWidget(self.stop_time)
        times.addWidget(self.visit_time)
        layout = QHBoxLayout(self)
        layout.addWidget(self.position)
        layout.addLayout(words, 1)
        layout.addLayout(times)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.end_button)
        self._layout = layout
        self.mode.changed.connect(self.refresh)
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self._layout.setContentsMargins(m.px(24), m.px(2), m.px(24), m.px(2))
        self._layout.setSpacing(m.px(18))

    def retranslate(self) -> None:
        self.previous_button.setText(_("Previous stop"))
        self.end_button.setText(_("End the visit"))
        self.refresh()

    def refresh(self) -> None:
        mode = self.mode
        if not mode.active or not self.isVisible():
            return
        self.position.setText(position_text(mode))
        stop = mode.current()
        self.next_button.setText(next_words(mode))
        self.previous_button.setEnabled(mode.index > 0)
        self.next_button.setEnabled(not mode.finished)
        if stop is not None:
            nxt = mode.upcoming()
            title = stop.title()
            if nxt is not None:
                title = _("{current} · next: {next}").format(current=title, next=nxt.title())
            self.stop_title.setText(title)
            left = mode.stop_left_s()
            self.stop_time.setText(minutes_text(left))
            self.stop_time.setProperty("role", "heading" if left >= 0 else "error")
            self.stop_time.style().polish(self.stop_time)
        else:
            self.stop_title.setText("")
            self.stop_time.setText("")
        self.visit_time.setText(visit_time_text(mode.visit_left_s()))
        warning = over_text(mode)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
