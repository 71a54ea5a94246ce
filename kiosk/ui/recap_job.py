"""Saving a take-home recap from the visit page without freezing it.

The folder is checked and the visit read at once (a refusal is said before anything starts);
then one demo still is taken per turn of the event loop (widgets live on the GUI thread), and the
PDF is painted and written on a worker. A line on the page says how far it is, then where the
file was saved, or why it was not.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.core.errors import KioskError, reason
from kiosk.i18n import _
from kiosk.ui import workers
from kiosk.ui.widgets import isolate, set_role

log = logging.getLogger(__name__)


class RecapJob(QObject):
    """One recap being saved. ``line`` shows its progress; ``button`` is disabled meanwhile (a
    second tap does not start a second one)."""

    finished = Signal(object)  # the file written, or None

    def __init__(self, owner: QObject, db, settings, library: Callable[[], object], visit_id: int, folder: Path,
                 line: QLabel | None = None, button: QPushButton | None = None, lang: str | None = None):
        super().__init__(owner)
        self.db, self.settings, self.library = db, settings, library
        self.visit_id, self.folder, self.lang = visit_id, Path(folder), lang
        self.line, self.button = line, button
        self.target: Path | None = None
        self._items: list = []
        self._stills: dict = {}
        self._maker = None
        self._recap = None

    def start(self) -> bool:
        """Check, read and begin; False (and the reason said) when the recap cannot be made."""
        from kiosk.store.recap import gather
        from kiosk.ui.desk import unavailable
        from kiosk.ui.recap import check_folder, file_name, recap_language
        from kiosk.ui.recap_stills import StillMaker, shown_items

        try:
            check_folder(self.folder)
            try:
                self._recap = gather(self.db, self.settings, self.visit_id)
            except (sqlite3.Error, OSError) as exc:
                raise unavailable(exc) from exc
            self.lang = recap_language(self._recap, self.lang)
        except KioskError as exc:
            self._end(exc.message, None)
            return False
        self.target = self.folder / file_name(self.visit_id, self.lang)
        self._items = shown_items(self._recap)
        self._maker = StillMaker(self.library() if self._items else None, self.lang)
        if self.button is not None:
            self.button.setEnabled(False)
        self._say(_("Preparing the recap…"))
        QTimer.singleShot(0, self, self._next)
        return True

    def _next(self) -> None:
        done = len(self._stills)
        if done < len(self._items):
            self._say(_("Taking picture {n} of {total}…").format(n=done + 1, total=len(self._items)))
            item = self._items[done]
            try:
                self._stills[item.key] = self._maker.still(item)
            except Exception as exc:  # a fault of ours: logged, said, and the page stays usable
                self._maker.close()
                self._failed(exc)
                return
            QTimer.singleShot(0, self, self._next)
            return
        self._maker.close()
        self._say(_("Writing the recap…"))
        from kiosk.ui.recap import write_pdf

        recap, stills, lang, target = self._recap, dict(self._stills), self.lang, self.target
        workers.run_in_background(self, lambda: write_pdf(target, recap, stills, lang), self._written, self._failed)

    def _written(self, path) -> None:
        self._end(_("The recap is saved: {file}").format(file=isolate(str(path))), path)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KioskError):
            log.error("the recap of visit %s was not written", self.visit_id, exc_info=(type(exc), exc, exc.__traceback__))
        self._end(_("The recap could not be written: {reason}").format(reason=reason(exc))
                  if not isinstance(exc, KioskError) else exc.message, None)

    def _say(self, text: str, error: bool = False) -> None:
        if self.line is not None:
            set_role(self.line, "error" if error else "muted")
            self.line.setText(text)
            self.line.setVisible(bool(text))

    def _end(self, text: str, path) -> None:
        self._say(text, error=path is None)
        if self.button is not None:
            self.button.setEnabled(True)
        self.finished.emit(path)
        self.deleteLater()
