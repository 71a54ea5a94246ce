"""Importers: real formats into packs. Each import is all-or-nothing (see PackWriter).

Every refusal is an :class:`ImportFailed` whose message names the file, the row where there
is one, and the fault, in the interface language. Nothing else may escape an importer.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.core.pack import PackError
from kiosk.i18n import _


class ImportFailed(PackError):
    def __init__(self, file: str | Path, fault: str, row: int | None = None):
        name = Path(file).name if file else ""
        if row is not None:
            message = _("{file}, row {row}: {fault}").format(file=name, row=row, fault=fault)
        else:
            message = _("{file}: {fault}").format(file=name, fault=fault)
        super().__init__(message)
        self.file, self.row, self.fault = name, row, fault
