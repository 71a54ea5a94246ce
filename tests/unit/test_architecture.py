"""The core never imports Qt: checked by import-linter and by importing it with Qt hidden."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_imports_without_qt():
    code = textwrap.dedent(
        """
        import sys
        for name in ("PySide6", "pyqtgraph", "qt_material"):
            sys.modules[name] = None  # any import of Qt now fails
        import kiosk.core.pin, kiosk.core.atomic, kiosk.core.errors
        import kiosk.i18n, kiosk.settings, kiosk.paths, kiosk.logs
        import kiosk.store.db, kiosk.store.sessions, kiosk.demos.registry
        kiosk.i18n.load_catalogs()
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
