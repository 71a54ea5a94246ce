"""Maintain the gettext catalogs in i18n/.

    python build/catalogs.py extract   # refresh i18n/kiosk.pot from the code and merge it into every .po
    python build/catalogs.py compile   # write i18n/<code>.mo for every .po (the bundle build does this)
    python build/catalogs.py add CODE  # start a catalog for a new language (e.g. th, ja, pt_BR)

The kiosk itself compiles stale catalogs at start, so a translator only edits the .po file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
POT = I18N / "kiosk.pot"
KEYWORDS = ["_", "N_", "ngettext:1,2", "pgettext:1c,2"]


def pybabel(*args: str) -> None:
    import os

    here = os.getcwd()
    os.chdir(ROOT)  # source references in the catalogs stay relative: kiosk/app.py:12
    try:
        CommandLineInterface().run(["pybabel", "-q", *args])
    finally:
        os.chdir(here)


def extract() -> None:
    keywords = [arg for kw in KEYWORDS for arg in ("-k", kw)]
    pybabel("extract", "-F", "babel.cfg", "--no-default-keywords", *keywords,
            "--project", "smartcity-kiosk", "--sort-by-file", "--no-wrap",
            "-o", str(POT), "kiosk")
    for po in sorted(I18N.glob("*.po")):
        pybabel("update", "-i", str(POT), "-o", str(po), "-l", po.stem, "--no-wrap", "--ignore-obsolete")


def compile_all() -> None:
    sys.path.insert(0, str(ROOT))
    from kiosk.i18n import compile_catalog

    for po in sorted(I18N.glob("*.po")):
        compile_catalog(po, po.with_suffix(".mo"))
        print(f"compiled {po.with_suffix('.mo').relative_to(ROOT)}")


def add(code: str) -> None:
    target = I18N / f"{code}.po"
    if target.exists():
        raise SystemExit(f"{target} exists already")
    pybabel("init", "-i", str(POT), "-o", str(target), "-l", code, "--no-wrap")
    print(f"created {target.relative_to(ROOT)}: translate every msgstr, then start the kiosk")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["extract", "compile", "add"])
    parser.add_argument("code", nargs="?")
    args = parser.parse_args()
    if args.command == "extract":
        extract()
    elif args.command == "compile":
        compile_all()
    else:
        if not args.code:
            parser.error("add needs a language code")
        add(args.code)


if __name__ == "__main__":
    main()
