"""Audit trail (administrators): each export, report, purge of personal data and deletion of a
visit, newest first: when, who, what. It never shows personal data, because it holds none."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.ui.forms import clear
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

PAGE = 50
#: The details an entry may carry, as a reader names them.
DETAIL_LABELS = {
    "format": N_("format"),
    "rows": N_("visits"),
    "period": N_("period"),
    "start": N_("from"),
    "end": N_("to"),
    "statuses": N_("statuses"),
    "guide": N_("one guide"),
    "lang": N_("language"),
    "pages": N_("pages"),
    "visit": N_("visit"),
    "day": N_("day of the visit"),
    "status": N_("status"),
    "visitors": N_("people"),
    "contacts": N_("contacts"),
    "contacts_erased": N_("contacts erased"),
    "before": N_("visits up to"),
}


def describe(details: dict) -> str:
    """"format csv · visits 1,204 · from 2026-11-01": an entry's details, in the interface
    language where they are words of ours."""
    parts = []
    for key, value in details.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, bool):
            if not value:
                continue
            value = _("yes")
        elif isinstance(value, (int, float)):
            value = i18n.format_number(value)
        elif key in ("status", "statuses"):
            from kiosk.store.model import STATUS_LABELS

            values = value if isinstance(value, (list, tuple)) else [value]
            value = ", ".join(_(STATUS_LABELS[v]) if v in STATUS_LABELS else str(v) for v in values)
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        name = _(DETAIL_LABELS[key]) if key in DETAIL_LABELS else key
        parts.append(f"{name} {value}")
    return " · ".join(parts)


class AuditScreen(Screen):
    screen_id = "audit"

    def __init__(self, shell):
        super().__init__(shell)
        self.entries: list = []
        self.heading = label("title")
        self.intro = label("muted")
        self.empty = label("body")
        self.empty.setObjectName("audit-empty")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(24)
        self.more_button = button()
        self.more_button.setObjectName("audit-more")
        self.more_button.clicked.connect(self.show_older)
        layout = self.scroll_page()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_line())
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        more = QHBoxLayout()
        more.addStretch(1)
        more.addWidget(self.more_button)
        layout.addLayout(more)
        layout.addStretch(1)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._layout, 16)
        self.more_button.setMinimumHeight(self.shell.metrics.target(72))
        self.rows.setVerticalSpacing(self.shell.metrics.px(10))

    def title(self) -> str:
        return _("Audit trail")

    def on_enter(self) -> None:
        self.entries = []
        self.say("")
        self._load(None)

    def show_older(self) -> None:
        self._load(self.entries[-1].id if self.entries else None)

    def _load(self, before: int | None) -> None:
        from kiosk.core.errors import KioskError
        from kiosk.store import audit
        from kiosk.ui.desk import Guarded

        desk = self.shell.desk()
        if desk is None:
            self.say(_("The visit log is not available on this kiosk."))
            return
        try:
            page = Guarded(audit).entries(desk.db, limit=PAGE, before=before)
        except KioskError as exc:
            self.say(exc.message)
            return
        self.entries += page
        self.more_button.setVisible(len(page) == PAGE)
        self.retranslate()

    def retranslate(self) -> None:
        from kiosk.store.audit import ACTION_LABELS, SYSTEM
        from kiosk.store.model import STAFF_ROLE_LABELS

        self.heading.setText(_("Audit trail"))
        self.intro.setText(_("Every export, report, erasure of personal data and deletion of a visit, with who did "
                             "it. Personal data itself is never recorded here."))
        self.more_button.setText(_("Show older entries"))
        self.empty.setText(_("Nothing has been exported, reported, erased or deleted yet."))
        self.empty.setVisible(not self.entries)
        clear(self.rows)
        desk = self.shell.desk()
        tz = desk.tz if desk is not None else None
        for row, entry in enumerate(self.entries):
            when = datetime.fromisoformat(entry.at_utc.replace("Z", "+00:00"))
            if tz is not None:
                when = when.astimezone(tz)
            if entry.staff_name:
                who = f"{entry.staff_name} · {_(STAFF_ROLE_LABELS.get(entry.role, entry.role))}"
            elif entry.role == SYSTEM:
                who = _("The kiosk itself (automatic)")
            elif entry.role == "admin":
                who = _("Center's staff PIN or a terminal (administrator)")
            else:
                who = _(STAFF_ROLE_LABELS.get(entry.role, entry.role))
            cells = (i18n.format_datetime(when, "short", tz=tz), who,
                     _(ACTION_LABELS.get(entry.action, entry.action)), describe(dict(entry.details)))
            for column, text in enumerate(cells):
                cell = label("muted" if column in (0, 3) else "body")
                cell.setText(text)
                cell.setObjectName(f"audit-cell-{row}-{column}")
                self.rows.addWidget(cell, row, column)
        self.rows.setColumnStretch(3, 1)
