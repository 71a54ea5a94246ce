"""Saving the statistics report from the Statistics screen: a period (this month, last month,
this year, last year, all years), a language (Korean unless another is chosen) and a button.

The report is read and written on a worker with a connection of its own to the visit log (the
UI thread's connection stays the UI thread's), while a bar says it is busy; then a line says where
it was saved, or why it was not, in the interface language.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QVBoxLayout

from kiosk import i18n
from kiosk.core.errors import KioskError, reason
from kiosk.i18n import N_, _
from kiosk.ui import workers
from kiosk.ui.widgets import button, isolate, label, set_role

log = logging.getLogger(__name__)

PERIODS = {
    "this_month": N_("This month"),
    "last_month": N_("Last month"),
    "this_year": N_("This year"),
    "last_year": N_("Last year"),
    "all": N_("All years"),
}


def period_for(choice: str, today: date, years: tuple[int, int] | None):
    """The :class:`~kiosk.store.report.Period` a choice means on ``today`` (the center's day);
    ``years``: the first and last years with a completed visit, for "all"."""
    from kiosk.store.report import NothingToReport, Period
    from kiosk.store.times import named_period

    first, last = named_period(choice, today)
    if first is not None:
        month = first.month if first.month == last.month else None
        return Period(first.year, last.year, month)
    if years is None:
        raise NothingToReport(_("No visit has been completed yet: there is nothing to report."))
    return Period(*years)


def _write(db_file: str, settings: dict, choice: str, today: date, lang: str, folder: Path, actor):
    """On the worker: its own connection, the period, the report. Returns (file, pages)."""
    import sqlite3

    from kiosk.store.db import open_database
    from kiosk.store.report import first_and_last_year
    from kiosk.ui.desk import unavailable
    from kiosk.ui.report import check_folder, file_name, write_report

    check_folder(folder)
    db = open_database(Path(db_file), backup=False)
    try:
        try:
            period = period_for(choice, today, first_and_last_year(db) if choice == "all" else None)
            return write_report(db, settings, period, lang, folder / file_name(period, lang), actor)
        except sqlite3.Error as exc:
            raise unavailable(exc) from exc
    finally:
        db.close()


class ReportPanel(QFrame):
    """The "Save a report (PDF)" card of the Statistics screen."""

    def __init__(self, shell):
        super().__init__()
        from kiosk.ui.screens.settings import ChoiceRow

        self.shell = shell
        self.setProperty("role", "card")
        self.heading = label("heading")
        self.period_label = label("muted")
        self.periods = ChoiceRow(exclusive=True)
        self.periods.set_choices(list(PERIODS))
        self.periods.select(["last_month"])
        self.language_label = label("muted")
        self.languages = ChoiceRow(exclusive=True)
        codes = [lang.code for lang in i18n.languages()]
        self.languages.set_choices(codes, native=True)
        for code, btn in self.languages.buttons.items():
            btn.setText(i18n.language(code).native_name)
        self.languages.select(["ko" if "ko" in codes else codes[0]])
        self.save = button("primary")
        self.save.setObjectName("stats-report-save")
        self.save.clicked.connect(self.start)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: it moves while the report is written
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.line = label("muted")
        self.line.setObjectName("stats-report-line")
        self.line.hide()
        self.busy.setMaximumWidth(320)
        actions = QHBoxLayout()
        actions.addWidget(self.save)
        actions.addWidget(self.busy)
        actions.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 12)
        for widget in (self.heading, self.period_label, self.periods, self.language_label, self.languages):
            box.addWidget(widget)
        box.addLayout(actions)
        box.addWidget(self.line)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(_("Save a report (PDF)"))
        self.period_label.setText(_("Period"))
        for key, btn in self.periods.buttons.items():
            btn.setText(_(PERIODS[key]))
        self.language_label.setText(_("Language of the report"))
        self.save.setText(_("Save the report"))

    @property
    def running(self) -> bool:
        return not self.save.isEnabled()

    def start(self) -> None:
        """Write the chosen report on a worker; the button waits meanwhile."""
        desk = self.shell.desk()
        if desk is None:
            self._say(_("The visit log is not available: the database could not be opened."), error=True)
            return
        from kiosk.ui.report import reports_folder

        try:
            db_file = str(desk.database_file())
        except Exception as exc:  # a busy or failing log: said here, nothing started
            self._failed(exc)
            return
        settings = {key: self.shell.settings.get(key) for key in ("center_name", "center_timezone")}
        choice = (self.periods.selected() or ["last_month"])[0]
        lang = (self.languages.selected() or ["ko"])[0]
        today, folder, actor = desk.now().date(), reports_folder(self.shell.paths), self.shell.staff.actor or "admin"
        self.save.setEnabled(False)
        self.busy.show()
        self._say(_("Writing the report…"))
        workers.run_in_background(self, lambda: _write(db_file, settings, choice, today, lang, folder, actor),
                                  self._written, self._failed)

    def _written(self, result) -> None:
        path, _pages = result
        self._end(_("Report saved: {file}").format(file=isolate(str(path))))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KioskError):
            log.error("the statistics report was not written", exc_info=(type(exc), exc, exc.__traceback__))
            self._end(_("The report could not be written: {reason}").format(reason=reason(exc)), error=True)
            return
        self._end(exc.message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        set_role(self.line, "error" if error else "muted")
        self.line.setText(text)
        self.line.setVisible(bool(text))

    def _end(self, text: str, error: bool = False) -> None:
        self.busy.hide()
        self.save.setEnabled(True)
        self._say(text, error)
