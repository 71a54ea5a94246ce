"""``kiosk db ...``: the visit log's file itself. ``kiosk db metadata`` writes the Datasette
metadata that describes it (Datasette itself is not needed by the kiosk)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.cli_common import run_guarded
from kiosk.i18n import _


def add_parser(sub, common) -> None:
    db = sub.add_parser("db", help=_("the visit log's database file: metadata for browsing it"),
                        description=_("The visit log's database file."))
    common(db, suppress=True)
    cmds = db.add_subparsers(dest="db_command", required=True, metavar=_("COMMAND"))
    meta = cmds.add_parser(
        "metadata", help=_("write Datasette metadata describing the visit log's tables and views"),
        description=_("Write Datasette metadata (tables and columns described in English and Korean, the views "
                      "staff use) for browsing the visit log with Datasette."))
    meta.add_argument("-o", "--output", required=True, metavar=_("FILE"), help=_("the JSON file to write"))
    common(meta, suppress=True)


def run(args) -> int:
    return run_guarded(lambda: _metadata(args), args, cannot=_("The metadata could not be written: {reason}"))


def _metadata(args) -> int:
    from kiosk.app import prepare
    from kiosk.core import atomic
    from kiosk.store.metadata import database_name, metadata

    paths, settings = prepare(args.config, args.data_dir, console=False)
    target = Path(args.output).expanduser()
    data = metadata(database_name(paths.database), settings.get("center_name"))
    atomic.write_text(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    print(_("Metadata written: {file}").format(file=target))
    print(_("Browse the visit log with: datasette \"{database}\" -m \"{file}\"").format(
        database=paths.database, file=target))
    return 0
