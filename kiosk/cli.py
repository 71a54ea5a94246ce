"""The command line: ``kiosk`` runs the kiosk; subcommands do staff work without a screen."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from kiosk import __version__


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--config", metavar="FILE", default=default, help="settings file to use")
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder for the database, logs and caches")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Smart-city operations center showcase kiosk")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser, suppress=False)
    parser.add_argument("--windowed", action="store_true", help="run in a normal window (staff desktops)")
    parser.add_argument("--lang", metavar="CODES", help="start language; with --screenshot, a comma list")
    parser.add_argument("--screenshot", metavar="DIR", help="render every screen to DIR/<screen>-<lang>.png")
    parser.add_argument("--size", metavar="WxH", default="1920x1080", help="screenshot size")
    parser.add_argument("--self-test", action="store_true", help="check fonts, catalogs, settings, database, demos")
    parser.add_argument("--exit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    set_pin = sub.add_parser("set-pin", help="set the staff PIN")
    _common(set_pin, suppress=True)
    set_pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input")
    from kiosk import cli_pack, cli_visits

    cli_pack.add_parser(sub, _common)
    cli_visits.add_parser(sub, _common)
    return parser


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"kiosk: --size must look like 1920x1080, not {text!r}")
    if w < 320 or h < 240:
        raise SystemExit("kiosk: --size is too small")
    return w, h


def terminal_language() -> str:
    """The interface language for terminal commands, from the usual locale variables."""
    from kiosk import i18n

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        code = value.split(".")[0].split(":")[0]
        if not code or code in ("C", "POSIX"):
            continue
        lang = code.split("_")[0]
        if code.startswith("zh") and code not in ("zh_TW", "zh_HK", "zh_Hant"):
            lang = "zh_Hans"
        if i18n.is_known(lang):
            return lang
    return i18n.SOURCE_LANGUAGE


def set_pin_command(args) -> int:
    from kiosk.app import prepare
    from kiosk.core import pin as pins
    from kiosk.i18n import _

    paths, settings = prepare(args.config, args.data_dir, console=False)
    if args.stdin:
        first = sys.stdin.readline().strip()
        second = first
    else:
        first = getpass.getpass(_("New staff PIN (4 to 8 digits): "))
        second = getpass.getpass(_("Enter the same PIN again: "))
    if not pins.valid_pin(first):
        print(_("A PIN has 4 to 8 digits."), file=sys.stderr)
        return 2
    if first != second:
        print(_("The two PINs differ. Please start again."), file=sys.stderr)
        return 2
    try:
        settings.set("staff_pin_hash", pins.hash_pin(first))
    except OSError as exc:
        print(_("The PIN could not be saved: {reason}").format(reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(_("The staff PIN is set."))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in ("set-pin", "pack", "visits", "stats"):
        from kiosk import i18n

        i18n.load_catalogs()
        i18n.set_language(terminal_language())
    if args.command == "set-pin":
        return set_pin_command(args)
    if args.command == "pack":
        from kiosk import cli_pack

        return cli_pack.run(args)
    if args.command in ("visits", "stats"):
        from kiosk import cli_visits

        return cli_visits.run(args)
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
