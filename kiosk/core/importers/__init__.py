"""Importers: real formats into packs. Each import is all-or-nothing (see PackWriter).

Every refusal is an :class:`ImportFailed` whose message names the file, the row where there
is one, and the fault, in the interface language. Nothing else may escape an importer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.core.errors import KioskError, reason
from kiosk.core.pack import PackError
from kiosk.i18n import _

log = logging.getLogger(__name__)


class ImportFailed(PackError):
    def __init__(self, file: str | Path, fault: str, row: int | None = None):
        name = Path(file).name if file else ""
        if row is not None:
            message = _("{file}, row {row}: {fault}").format(file=name, row=row, fault=fault)
        else:
            message = _("{file}: {fault}").format(file=name, fault=fault)
        super().__init__(message)
        self.file, self.row, self.fault = name, row, fault


def field_name(label: str, key: str) -> str:
    """A field as the user reads it: its translated name, with the key the file spells it by
    (``label`` is marked with ``N_``)."""
    return _("{name} ({key})").format(name=_(label), key=key)


def cause(exc: BaseException) -> str:
    """Why a file could not be read or a pack written, in the interface language. The pack
    writer's refusals are their own sentence; a system, SQLite, ZIP or CSV fault becomes one."""
    import csv
    import sqlite3
    import zipfile
    import zlib

    if isinstance(exc, KioskError):
        return exc.message
    if isinstance(exc, zipfile.BadZipFile):
        return _("the file is not a ZIP archive, or it is damaged")
    if isinstance(exc, (zlib.error, EOFError)):
        return _("the ZIP archive is damaged")
    if isinstance(exc, csv.Error):
        return _("the CSV text cannot be read")
    if isinstance(exc, (UnicodeDecodeError, OSError, sqlite3.Error)):
        return reason(exc)
    if isinstance(exc, (ValueError, LookupError, TypeError, OverflowError, RecursionError)):
        log.warning("import refused: %r", exc)
        return _("the file holds a value the kiosk cannot read")
    return reason(exc)


def cannot(exc: BaseException) -> str:
    """The fault of a file that cannot be read or a pack that cannot be written."""
    if isinstance(exc, KioskError):
        return exc.message
    return _("the file cannot be read or written ({reason})").format(reason=cause(exc))
