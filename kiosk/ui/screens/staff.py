"""The staff area, behind the PIN: settings, a new PIN, and the only way out of kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk import __version__
from kiosk import i18n
from kiosk.i18n import _, ngettext
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, card, isolate, label
from kiosk.ui.workers import run_in_background


class StaffScreen(Screen):
    screen_id = "staff"

    def __init__(self, shell):
        super().__init__(shell)
        self._packs: tuple[int, list[str]] | None = None
        self._checking = 0  # packs being verified on a worker
        self._generation = 0
        self.heading = label("title")
        self.intro = label("subtitle")
        self.signed_in = label("body")
        self.signed_in.setObjectName("staff-signed-in")
        self.visits_button = button("primary")
        self.visits_button.setObjectName("staff-visits")
        self.visits_button.clicked.connect(lambda: shell.nav.go("visits"))
        self.stats_button = button("primary")
        self.stats_button.setObjectName("staff-stats")
        self.stats_button.clicked.connect(lambda: shell.nav.go("stats"))
        self.export_button = button()
        self.export_button.setObjectName("staff-export")
        self.export_button.clicked.connect(lambda: shell.nav.go("export"))
        self.audit_button = button()
        self.audit_button.setObjectName("staff-audit")
        self.audit_button.clicked.connect(lambda: shell.nav.go("audit"))
        self.members_button = button()
        self.members_button.setObjectName("staff-members")
        self.members_button.clicked.connect(lambda: shell.nav.go("staff-members"))
        self.settings_button = button()
        self.settings_button.setObjectName("staff-settings")
        self.settings_button.clicked.connect(lambda: shell.nav.go("settings"))
        self.pin_button = button()
        self.pin_button.setObjectName("staff-pin")
        self.pin_button.clicked.connect(shell.change_pin)
        self.leave_button = button()
        self.leave_button.setObjectName("staff-leave")
        self.leave_button.clicked.connect(lambda: shell.reset_to_attract("staff"))
        self.exit_button = button("danger")
        self.exit_button.setObjectName("staff-exit")
        self.exit_button.clicked.connect(shell.exit_kiosk)

        # today's delegations, for the guide to start one
        self.today = card()
        self.today.setObjectName("staff-today")
        self.today_heading = label("heading")
        self.today_rows = QVBoxLayout()
        today_box = QVBoxLayout(self.today)
        today_box.addWidget(self.today_heading)
        today_box.addLayout(self.today_rows)
        self.today_message = self.message_line()
        today_box.addWidget(self.today_message)
        self._today_box = today_box

        actions = QGridLayout()
        for index, btn in enumerate(self._buttons()):
            actions.addWidget(btn, index // 3, index % 3)
        self._actions = actions

        self.info = card()
        self.info_heading = label("heading")
        self.info_text = label("muted")
        self.info_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.info)
        box.addWidget(self.info_heading)
        box.addWidget(self.info_text)
        self._info_box = box

        # scrolls when the words need more room than the screen has (Arabic script is tall, and
        # the folders listed can be long)
        layout = self.scroll_page()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.signed_in)
        layout.addWidget(self.today)
        layout.addLayout(actions)
        layout.addWidget(self.info)
        layout.addStretch(1)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self.set_page_margins(self._layout, 24)
        self._actions.setSpacing(m.px(20))
        for btn in self._buttons():
            btn.setMinimumHeight(m.target(96))
        pad = m.px(28)
        self._info_box.setContentsMargins(pad, pad, pad, pad)
        self._today_box.setContentsMargins(pad, pad, pad, pad)

    def _buttons(self):
        return (self.visits_button, self.stats_button, self.export_button, self.members_button, self.audit_button,
                self.settings_button, self.pin_button, self.leave_button, self.exit_button)

    def title(self) -> str:
        return _("Staff area")

    def retranslate(self) -> None:
        self.heading.setText(_("Staff area"))
        self.intro.setText(_("This area closes by itself when the screen is left alone."))
        self.visits_button.setText(_("Delegation visits"))
        self.stats_button.setText(_("Statistics"))
        self.export_button.setText(_("Export"))
        self.audit_button.setText(_("Audit trail"))
        self.members_button.setText(_("Staff members"))
        self.settings_button.setText(_("Settings"))
        self.pin_button.setText(_("Change the staff PIN"))
        self.leave_button.setText(_("Close the staff area"))
        self.exit_button.setText(_("Exit kiosk"))
        actor = self.shell.staff.actor
        if actor is None or actor == "admin":
            who = _("Signed in with the center's staff PIN (administrator)")
        else:
            from kiosk.store.model import STAFF_ROLE_LABELS

            who = _("Signed in: {name} ({role})").format(name=actor.name, role=_(STAFF_ROLE_LABELS[actor.role]))
        self.signed_in.setText(who)
        # a guide runs visits; the kiosk's settings, the staff PIN and leaving kiosk mode are an
        # administrator's
        admin = self.shell.staff.role() in (None, "admin")
        # exports carry the roster's personal data: an administrator's, like the audit trail
        for btn in (self.settings_button, self.pin_button, self.exit_button, self.audit_button, self.export_button):
            btn.setVisible(admin)
        self._fill_today()
        self.info_heading.setText(_("This kiosk"))
        p = self.shell.paths
        lines = [
            _("Version: {version}").format(version=__version__),
            _("Settings file: {path}").format(path=isolate(str(p.config_file))),
            _("Data folder: {path}").format(path=isolate(str(p.data_dir))),
            _("Log folder: {path}").format(path=isolate(str(p.log_dir))),
        ]
        if self._packs is not None:
            ready, refused = self._packs
            lines.append(ngettext("Recorded data: {n} pack ready", "Recorded data: {n} packs ready",
                                  ready).format(n=i18n.format_number(ready)))
            lines += [_("Not loaded: {reason}").format(reason=reason) for reason in refused]
        if self._checking:
            lines.append(ngettext("Checking {n} new or changed pack…", "Checking {n} new or changed packs…",
                                  self._checking).format(n=i18n.format_number(self._checking)))
        self.info_text.setText("\n".join(lines))

    def _fill_today(self) -> None:
        """Today's delegations checked in or still to come, each with "Start the visit"."""
        from kiosk.core.errors import KioskError
        from kiosk.store.model import STATUS_LABELS
        from kiosk.ui.forms import clear, run_action

        clear(self.today_rows)
        self.today_heading.setText(_("Today's visits"))
        desk = self.shell.desk()
        if desk is None:
            self.today.hide()
            return
        now = desk.now()
        try:
            rows = desk.schedule.in_range(now.replace(hour=0, minute=0, second=0, microsecond=0),
                                          now.replace(hour=23, minute=59, second=59),
                                          statuses=("checked_in", "confirmed", "requested"))
        except KioskError as exc:
            self.say(exc.message)
            return
        self.today.show()
        if not rows:
            nobody = label("muted")
            nobody.setText(_("No delegation is expected today."))
            self.today_rows.addWidget(nobody)
        for r in rows:
            line = QHBoxLayout()
            text = label("body")
            text.setText(_("{time} · {organization} · {status}").format(
                time=i18n.format_skeleton("Hm", r.start), organization=r.organization_name,
                status=_(STATUS_LABELS.get(r.status, r.status))))
            start = button("primary")
            start.setObjectName(f"staff-start-{r.id}")
            start.setText(_("Start the visit"))
            start.clicked.connect(lambda _c=False, vid=r.id: run_action(self.say, lambda: self.shell.start_visit_mode(vid)))
            line.addWidget(text, 1)
            line.addWidget(start)
            self.today_rows.addLayout(line)

    def on_enter(self) -> None:
        """Check the packs each time staff come in: a damaged one is named here, not hidden.
        A pack verified before and unchanged since (same size and time) is not opened again; a
        new or changed one is checksummed on a worker while the page shows."""
        from kiosk.core.library import check_pack, pack_files

        files = pack_files(self.shell.pack_folders())
        stale = self.shell.pack_checks.stale(files)
        self._packs = self.shell.pack_checks.summary(files) if not stale or self.shell.pack_checks.known else None
        self._checking = len(stale)
        self.retranslate()
        if not stale:
            return
        self._generation += 1
        generation = self._generation

        def done(checks) -> None:
            self.shell.pack_checks.add(checks)
            if generation == self._generation:
                self._checking = 0
                self._packs = self.shell.pack_checks.summary(pack_files(self.shell.pack_folders()))
                self.retranslate()

        run_in_background(self, lambda: [check_pack(path, stamp) for path, stamp in stale], done)
