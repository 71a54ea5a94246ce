"""Export (staff): the visit log as a spreadsheet (CSV or Excel) or a calendar (iCalendar), for a
period, some statuses, one guide, in a chosen language, into a folder (a USB stick's, or the data
folder's ``exports/``).

The export runs on a worker with its own connection to the database, so a million visits never
freeze the screen: a progress bar follows it and Cancel stops it. A cancelled or failed export
leaves no file (kiosk.store.exports writes a temporary file and renames it at the end), and the
reason is said on the page in the interface language.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.store.model import STATUS_LABELS
from kiosk.store.times import named_period
from kiosk.ui.forms import Chips, language_name
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import button, card, isolate, label

log = logging.getLogger(__name__)

FORMAT_LABELS = {
    "csv": N_("Spreadsheet (CSV)"),
    "xlsx": N_("Excel workbook (XLSX)"),
    "ics": N_("Calendar (iCalendar)"),
}
PERIOD_LABELS = {
    "this_month": N_("This month"),
    "last_month": N_("Last month"),
    "this_year": N_("This year"),
    "last_year": N_("Last year"),
    "all": N_("Everything"),
    "dates": N_("Between two dates"),
}
ALL_GUIDES = "*"


def file_name(request) -> str:
    """"visits-2026-11-01-2026-11-30.csv", "visits-all.ics", a guide's with their number."""
    span = f"{request.start.isoformat()}-{request.end.isoformat()}" if request.start and request.end else "all"
    return f"visits-{span}.{request.format}"


class _Progress(QObject):
    """Carries the worker's progress to the screen (it lives on the UI thread, so the signal is
    queued there)."""

    moved = Signal(int, int)


class ExportScreen(Screen):
    screen_id = "export"

    def __init__(self, shell):
        super().__init__(shell)
        self.folder: Path = shell.paths.data_dir / "exports"
        self.written: Path | None = None
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)

        self.heading = label("title")
        self.intro = label("muted")
        self.format_label = label("heading")
        self.formats = Chips(columns=3, single=True)
        self.formats.setObjectName("export-formats")
        self.period_label = label("heading")
        self.periods = Chips(columns=6, single=True)
        self.periods.setObjectName("export-periods")
        self.periods.changed.connect(self._period_changed)
        self.from_label = label("muted")
        self.to_label = label("muted")
        self.start = self._date_edit()
        self.end = self._date_edit()
        self.status_label = label("heading")
        self.statuses = Chips(columns=6)
        self.statuses.setObjectName("export-statuses")
        self.guide_label = label("heading")
        self.guides = Chips(columns=5, single=True)
        self.guides.setObjectName("export-guides")
        self.language_label = label("heading")
        self.languages = Chips(columns=8, single=True)
        self.languages.setObjectName("export-languages")
        self.folder_label = label("muted")
        self.folder_text = label("body")
        self.folder_text.setObjectName("export-folder")
        # the path reads left to right, but sits at the start of the line in Arabic too
        self.folder_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.folder_button = button()
        self.folder_button.setObjectName("export-choose-folder")
        self.folder_button.clicked.connect(self.choose_folder)

        self.export_button = button("primary")
        self.export_button.setObjectName("export-start")
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = button("danger")
        self.cancel_button.setObjectName("export-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.bar = QProgressBar()
        self.bar.setObjectName("export-progress")
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.result = label("body")
        self.result.setObjectName("export-result")
        self.result.hide()

        form = card()
        box = QVBoxLayout(form)
        box.addWidget(self.format_label)
        box.addWidget(self.formats)
        box.addWidget(self.period_label)
        box.addWidget(self.periods)
        dates = QGridLayout()
        dates.addWidget(self.from_label, 0, 0)
        dates.addWidget(self.to_label, 0, 1)
        dates.addWidget(self.start, 1, 0)
        dates.addWidget(self.end, 1, 1)
        box.addLayout(dates)
        box.addWidget(self.status_label)
        box.addWidget(self.statuses)
        box.addWidget(self.guide_label)
        box.addWidget(self.guides)
        box.addWidget(self.language_label)
        box.addWidget(self.languages)
        self._form_box = box

        # the button, its progress and what came of it stay in sight under the form, which scrolls
        footer = QWidget()
        footer.setObjectName("screen")
        below = QVBoxLayout(footer)
        actions = QHBoxLayout()
        folder = QVBoxLayout()
        folder.addWidget(self.folder_label)
        folder.addWidget(self.folder_text)
        actions.addLayout(folder, 1)
        actions.addWidget(self.folder_button)
        actions.addWidget(self.bar, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.export_button)
        below.addWidget(self.result)
        below.addWidget(self.message_line())
        below.addLayout(actions)
        self._below = below

        layout = self.scroll_page(footer)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(form)
        layout.addStretch(1)
        self._layout = layout
        self.formats.set_options([(k, k) for k in FORMAT_LABELS])
        self.formats.set_chosen(["xlsx"])
        self.periods.set_options([(k, k) for k in PERIOD_LABELS])
        self.periods.set_chosen(["last_month"])
        self.statuses.set_options([(k, k) for k in STATUS_LABELS])
        self.statuses.set_chosen(list(STATUS_LABELS))
        self.apply_metrics()
        self.retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.dateChanged.connect(lambda _d: self._dates_typed())
        return edit

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self.set_page_margins(self._layout, 16)
        pad = m.px(24)
        self._form_box.setContentsMargins(pad, pad, pad, pad)
        margin = m.px(64)
        self._below.setContentsMargins(margin, m.px(12), margin, m.px(24))
        for widget in (self.start, self.end, self.bar):
            widget.setMinimumHeight(m.target(64))
        for widget in (self.export_button, self.cancel_button, self.folder_button):
            widget.setMinimumHeight(m.target(80))
        self.export_button.setMinimumWidth(m.px(360))
        self.export_button.setMaximumWidth(m.px(560))

    def title(self) -> str:
        return _("Export")

    # ------------------------------------------------------------ what is offered

    def on_enter(self) -> None:
        self.say("")
        self._fill_choices()
        self._period_changed()

    def _today(self) -> date:
        desk = self.shell.desk()
        return desk.now().date() if desk is not None else date.today()

    def _fill_choices(self) -> None:
        codes = [language.code for language in i18n.languages()]
        chosen_lang = self.languages.chosen() or ["ko" if "ko" in codes else i18n.SOURCE_LANGUAGE]
        self.languages.set_options([(code, language_name(code)) for code in codes])
        self.languages.set_chosen(chosen_lang)
        guides: list[tuple[str, str]] = [(ALL_GUIDES, _("Every guide"))]
        desk = self.shell.desk()
        if desk is not None:
            from kiosk.core.errors import KioskError

            try:
                guides += [(member.name, member.name) for member in desk.staff.list_staff() if member.active]
            except KioskError as exc:
                self.say(exc.message)
        chosen_guide = self.guides.chosen() or [ALL_GUIDES]
        self.guides.set_options(guides)
        self.guides.set_chosen(chosen_guide if chosen_guide[0] in dict(guides) else [ALL_GUIDES])

    def _period_changed(self) -> None:
        period = (self.periods.chosen() or ["all"])[0]
        first, last = named_period(period, self._today())
        custom = period == "dates"
        for widget in (self.start, self.end, self.from_label, self.to_label):
            widget.setVisible(custom)
        if first is not None:
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def _dates_typed(self) -> None:
        if "dates" not in self.periods.chosen():
            self.periods.set_chosen(["dates"])

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Where should the export be saved?"), str(self.folder))
        if chosen:
            self.folder = Path(chosen)
            self.retranslate()

    def request(self):
        """The export the form describes."""
        from kiosk.store.exports import ExportRequest

        period = (self.periods.chosen() or ["all"])[0]
        if period == "all":
            start = end = None
        elif period == "dates":
            start, end = self.start.date().toPython(), self.end.date().toPython()
        else:
            start, end = named_period(period, self._today())
        statuses = tuple(self.statuses.chosen())
        guide = (self.guides.chosen() or [ALL_GUIDES])[0]
        return ExportRequest(
            format=(self.formats.chosen() or ["xlsx"])[0], start=start, end=end,
            statuses=None if len(statuses) == len(STATUS_LABELS) else statuses,
            lang=(self.languages.chosen() or ["ko"])[0], guide=None if guide == ALL_GUIDES else guide)

    # ------------------------------------------------------------ exporting

    def start_export(self) -> None:
        from kiosk.core.errors import KioskError
        from kiosk.store import exports
        from kiosk.ui.workers import run_in_background

        if self._cancel is not None:
            return  # one export at a time: a second tap does nothing
        self.say("")
        self.result.hide()
        desk = self.shell.desk()
        if desk is None:
            self.say(_("The visit log is not available on this kiosk."))
            return
        request = self.request()
        if not request.statuses and request.statuses is not None:
            self.say(_("Choose at least one status."))
            return
        try:
            exports.check(request)
        except KioskError as exc:
            self.say(exc.message)
            return
        if self.folder == self.shell.paths.data_dir / "exports":
            try:  # the kiosk's own folder is made when first used; a folder chosen must exist
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # said by the export, which names the folder and why
        target = self.folder / file_name(request)
        try:
            database = desk.database_file()
        except KioskError as exc:
            self.say(exc.message)
            return
        actor = self.shell.staff.actor or "admin"
        tz = desk.tz
        center = self.shell.settings.get("center_name")
        cancel = threading.Event()
        self._cancel = cancel
        progress = self._progress
        lang = i18n.current_language()

        def work():
            from kiosk.store.db import open_database

            # this thread's own connection, and the interface's language for the messages it may raise
            db = open_database(database, backup=False)
            try:
                with i18n.speaking(lang):
                    return exports.export_visits(db, request, target, actor, tz, center_name=center,
                                                 progress=progress.moved.emit, cancelled=cancel.is_set)
            finally:
                db.close()

        self._busy(True)
        self.bar.setRange(0, 0)  # until the first count arrives
        self.bar.setFormat(_("Counting the visits…"))
        run_in_background(self, work, self._done, self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.bar.setFormat(_("Cancelling…"))

    def _moved(self, done: int, total: int) -> None:
        if self._cancel is None or self._cancel.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(_("{done} of {total} visits").format(
            done=i18n.format_number(done), total=i18n.format_number(total)))

    def _done(self, result) -> None:
        self._busy(False)
        self.written = result.path
        self.result.setText(_("Saved {n} visits: {file}").format(
            n=i18n.format_number(result.rows), file=isolate(str(result.path))))
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        from kiosk.core.errors import KioskError

        self._busy(False)
        if isinstance(exc, KioskError):
            self.say(exc.message)
        else:
            log.error("an export failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.say(_("The export could not be finished; no file was written. The details are in the kiosk's log."))

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._cancel = None
        self.export_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.bar.setVisible(busy)

    def on_leave(self) -> None:
        self.cancel()  # leaving the page (or the idle reset) stops an export in flight

    # ------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.heading.setText(_("Export the visit log"))
        self.intro.setText(_("A spreadsheet for the city's reports, or a calendar for the guides. Each export is "
                             "recorded in the audit trail."))
        self.format_label.setText(_("Format"))
        for key, b in self.formats.buttons.items():
            b.setText(_(FORMAT_LABELS[key]))
        self.period_label.setText(_("Period"))
        for key, b in self.periods.buttons.items():
            b.setText(_(PERIOD_LABELS[key]))
        self.from_label.setText(_("First day"))
        self.to_label.setText(_("Last day"))
        self.status_label.setText(_("Status"))
        for key, b in self.statuses.buttons.items():
            b.setText(_(STATUS_LABELS[key]))
        self.guide_label.setText(_("Guide"))
        if ALL_GUIDES in self.guides.buttons:
            self.guides.buttons[ALL_GUIDES].setText(_("Every guide"))
        self.language_label.setText(_("Language of the file"))
        for code, b in self.languages.buttons.items():
            b.setText(language_name(code))
        self.folder_label.setText(_("Folder"))
        self.folder_text.setText(isolate(str(self.folder)))
        self.folder_button.setText(_("Choose a folder…"))
        self.export_button.setText(_("Export"))
        self.cancel_button.setText(_("Cancel"))

