"""The command line: ``kiosk`` runs the kiosk; subcommands do staff work without a screen."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk import __version__, cli_common
from kiosk.core.errors import KioskError
from kiosk.i18n import _


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--config", metavar=_("FILE"), default=default, help=_("settings file to use"))
    parser.add_argument("--data-dir", metavar=_("FOLDER"), default=default,
                        help=_("folder for the database, logs and caches"))


def build_parser() -> argparse.ArgumentParser:
    """The parser, in the current language (call :func:`cli_common.use_terminal_language` first)."""
    parser = argparse.ArgumentParser(prog="kiosk", description=_("Smart-city operations center showcase kiosk"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show the version number and exit"))
    _common(parser, suppress=False)
    parser.add_argument("--windowed", action="store_true", help=_("run in a normal window (staff desktops)"))
    parser.add_argument("--lang", metavar=_("CODES"), help=_("start language; with --screenshot, a comma list"))
    parser.add_argument("--screenshot", metavar=_("FOLDER"),
                        help=_("render every screen to %(metavar)s/<screen>-<lang>.png"))
    parser.add_argument("--size", metavar=_("WxH"), default="1920x1080", help=_("screenshot size"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check fonts, catalogs, settings, database, demos"))
    parser.add_argument("--exit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    set_pin = sub.add_parser("set-pin", help=_("set the staff PIN"), description=_("Set the staff PIN."))
    _common(set_pin, suppress=True)
    set_pin.add_argument("--stdin", action="store_true", help=_("read the PIN from standard input"))
    from kiosk import cli_db, cli_pack, cli_visits

    cli_pack.add_parser(sub, _common)
    cli_visits.add_parser(sub, _common)
    cli_db.add_parser(sub, _common)
    return parser


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(_("kiosk: --size must look like 1920x1080, not {value}").format(value=text)) from None
    if w < 320 or h < 240:
        raise SystemExit(_("kiosk: --size is too small (at least 320x240)"))
    return w, h


def set_pin_command(args) -> int:
    from kiosk.app import prepare
    from kiosk.core import pin as pins

    paths, settings = prepare(args.config, args.data_dir, console=False)
    if args.stdin:
        line = sys.stdin.readline()
        if not line:
            print(_("No PIN was given on standard input."), file=sys.stderr)
            return 2
        first = second = line.strip()
    else:
        if not sys.stdin.isatty():
            print(_("There is no terminal to type the PIN in: run kiosk set-pin in a terminal, or give the "
                    "PIN on standard input with --stdin."), file=sys.stderr)
            return 2
        try:
            first = getpass.getpass(_("New staff PIN (4 to 8 digits): "))
            second = getpass.getpass(_("Enter the same PIN again: "))
        except EOFError:
            print(file=sys.stderr)
            print(_("No PIN was given."), file=sys.stderr)
            return 2
    if not pins.valid_pin(first):
        print(_("A PIN has 4 to 8 digits."), file=sys.stderr)
        return 2
    if first != second:
        print(_("The two PINs differ. Please start again."), file=sys.stderr)
        return 2
    try:
        settings.set("staff_pin_hash", _center_pin_hash(paths, first))
    except KioskError as exc:  # a member has this PIN as their own (whose is not said)
        print(exc.message, file=sys.stderr)
        return 2
    except OSError as exc:
        print(_("The PIN could not be saved: {reason}").format(reason=cli_common.where_and_why(exc)), file=sys.stderr)
        return 1
    print(_("The staff PIN is set."))
    return 0


def _center_pin_hash(paths, pin: str) -> str:
    """The hash of a new center PIN, refused (ValidationError) when a member of staff has it:
    one PIN, one person, as on the PIN pad."""
    from kiosk.core import pin as pins
    from kiosk.store.db import open_database
    from kiosk.store.staff import StaffRepository

    if not paths.database.exists():
        return pins.hash_pin(pin)  # no visit log yet: no member either
    db = open_database(paths.database)
    try:
        return StaffRepository(db).hash_center_pin(pin)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    cli_common.use_terminal_language()
    args = build_parser().parse_args(argv)
    if args.command == "set-pin":
        return cli_common.run_guarded(lambda: set_pin_command(args), args)
    if args.command == "pack":
        from kiosk import cli_pack

        return cli_pack.run(args)
    if args.command == "db":
        from kiosk import cli_db

        return cli_db.run(args)
    if args.command in ("visits", "stats", "report"):
        from kiosk import cli_visits

        return cli_visits.run(args)
    # The kiosk itself starts its own logging (prepare()); a fault before that is logged on the way out.
    return cli_common.run_guarded(lambda: _start(args), args, start_log=False)


def _start(args) -> int:
    if args.screenshot or args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.self_test:
        from kiosk.selftest import run_self_test

        return run_self_test(args.config, args.data_dir)
    if args.screenshot:
        from kiosk.screenshots import render_all

        langs = [c.strip() for c in (args.lang or "").split(",") if c.strip()] or None
        return render_all(args.screenshot, langs, _parse_size(args.size), args.config, args.data_dir)
    from kiosk.app import Options, run

    return run(Options(args.config, args.data_dir, args.windowed, args.exit_after_first_frame, args.lang))
