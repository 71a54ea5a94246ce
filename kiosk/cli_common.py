"""What every terminal command shares: the terminal's language (argparse's own words included),
the kiosk's log file, and one guard so that no command ever prints a traceback.

Exit codes: 0 done, 2 refused (bad input; the message says what to fix), 1 the command could not
finish (a file or the database could not be read or written, or a fault of ours, logged in full),
130 interrupted with Ctrl-C.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Callable

from kiosk.i18n import N_, _

log = logging.getLogger("kiosk.cli")

#: argparse's own words that our commands can show. argparse asks for them through gettext
#: (its module-level ``_``), which :func:`use_terminal_language` routes to our catalogs; they are
#: listed here so that catalog extraction finds them.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
)


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


def use_terminal_language() -> None:
    """Speak the terminal's language from here on, argparse's usage, help and errors included."""
    from kiosk import i18n

    i18n.ensure_loaded()
    i18n.set_language(terminal_language())
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


# ---------------------------------------------------------------- argument types

def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a whole number: {value}").format(value=text)) from None


def number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("not a number: {value}").format(value=text)) from None
    return value


# ---------------------------------------------------------------- logging and the guard

def start_logging(config: str | None, data_dir: str | None) -> None:
    """Log to the kiosk's log file, never to the terminal. Where the log folder cannot be made,
    log nowhere rather than print English log lines (the command itself says what went wrong)."""
    from kiosk import logs
    from kiosk import paths as paths_mod

    try:
        logs.setup(paths_mod.resolve(config, data_dir).log_dir, console=False)
    except OSError:
        root = logging.getLogger()
        if not root.handlers:
            root.addHandler(logging.NullHandler())


def _print_message(exc) -> None:
    print(exc.message, file=sys.stderr)


def where_and_why(exc: BaseException) -> str:
    """A system or database fault as "file: cause", in the interface language."""
    from kiosk.core.errors import reason

    name = getattr(exc, "filename", None)
    why = reason(exc)
    return _("{file}: {fault}").format(file=os.fsdecode(name), fault=why) if name else why


def _logging_started() -> bool:
    return any(getattr(h, "_kiosk", False) for h in logging.getLogger().handlers)


def _log_fault(args) -> None:
    if not _logging_started():
        start_logging(getattr(args, "config", None), getattr(args, "data_dir", None))
    log.exception("%s command failed", getattr(args, "command", None) or "kiosk")


def run_guarded(work: Callable[[], int], args, *, refusal: Callable | None = None,
                cannot: str | None = None, start_log: bool = True) -> int:
    """Run a command: a refusal (KioskError) is printed by ``refusal`` with exit code 2, a file or
    database fault is one line with exit code 1 (``cannot``: its sentence, with ``{reason}``), and
    any other fault is logged with its traceback and reported in one line. ``start_log``: log to
    the kiosk's log file from the start (else only once a fault is met)."""
    import sqlite3

    from kiosk.core.errors import KioskError, StorageError

    if start_log:
        start_logging(getattr(args, "config", None), getattr(args, "data_dir", None))
    try:
        return work()
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``kiosk visits list | head``)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except StorageError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except KioskError as exc:
        (refusal or _print_message)(exc)
        return 2
    except (OSError, sqlite3.Error) as exc:
        _log_fault(args)
        sentence = cannot or _("The command could not finish: {reason}")
        print(sentence.format(reason=where_and_why(exc)), file=sys.stderr)
        return 1
    except Exception:  # a fault of ours: logged in full, never a traceback in the terminal
        _log_fault(args)
        print(_("Something went wrong; the details are in the kiosk's log."), file=sys.stderr)
        return 1
