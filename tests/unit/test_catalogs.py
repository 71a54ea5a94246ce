"""Every catalog is complete, none fuzzy, placeholders kept, and every character has a glyph."""

import re
import shutil

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from kiosk import i18n, paths

I18N = paths.i18n_dir()
LANGS = ["ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms"]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def catalog(code):
    with (I18N / f"{code}.po").open("rb") as handle:
        return read_po(handle, locale=code)


def template_ids():
    with (I18N / "kiosk.pot").open("rb") as handle:
        return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}


def strings(message):
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


def ids(message):
    return list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]


def test_all_eight_catalogs_exist():
    assert sorted(p.stem for p in I18N.glob("*.po")) == sorted(LANGS)


@pytest.mark.parametrize("code", LANGS)
def test_every_message_translated_none_fuzzy_placeholders_kept(code):
    cat = catalog(code)
    problems = []
    seen = set()
    for m in cat:
        if not m.id:
            continue
        seen.add((m.context, ids(m)[0]))
        if m.fuzzy:
            problems.append(f"fuzzy: {ids(m)[0]!r}")
        want = sorted(PLACEHOLDER.findall(ids(m)[0]))
        for s in strings(m):
            if not s:
                problems.append(f"untranslated: {ids(m)[0]!r}")
            elif sorted(PLACEHOLDER.findall(s)) != want:
                problems.append(f"placeholders differ: {ids(m)[0]!r} -> {s!r}")
    missing = template_ids() - seen
    problems += [f"missing: {mid!r}" for _ctx, mid in sorted(missing)]
    assert not problems, "\n".join(problems)


#: printf-style conversions, as argparse's own messages use them ("%(prog)s", "%s", "%r").
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[srd]")


@pytest.mark.parametrize("code", LANGS)
def test_printf_conversions_kept(code):
    """argparse fills its translated messages with ``%``: a lost or renamed conversion would turn
    a usage error into a traceback."""
    problems = []
    for m in catalog(code):
        if not m.id or "python-format" not in m.flags:
            continue
        want = sorted(PERCENT.findall(ids(m)[0]))
        for s in strings(m):
            if sorted(PERCENT.findall(s)) != want or s.count("%") != ids(m)[0].count("%"):
                problems.append(f"{ids(m)[0]!r} -> {s!r}")
    assert not problems, "\n".join(problems)


#: Words that are spelled the same in English and in that language.
SAME_AS_ENGLISH = {"fr": {"{n} minute", "Pause", "Ambulance", "Total", "Minutes", "format", "Format", "pages",
                          "contacts", "photos", "invitations"},
                   "es": {"Total"}, "ms": {"Demo", "format", "Format", "status", "Folder"}, "vi": {"Shift"}}


@pytest.mark.parametrize("code", [c for c in LANGS if c != "en"])
def test_translations_are_not_english_copies(code):
    cat = catalog(code)
    allowed = SAME_AS_ENGLISH.get(code, set())
    copies = [ids(m)[0] for m in cat if m.id and len(ids(m)[0]) > 3 and strings(m)[0] == ids(m)[0]
              and ids(m)[0] not in allowed]
    assert not copies, copies


def test_french_punctuation_never_starts_a_line_and_one_apostrophe_is_used():
    """A narrow no-break space (U+202F) before : ; ! ? and inside « », so that the mark never wraps
    to a line of its own; a colon between digits (10:00) takes none. Apostrophes are all '."""
    problems = []
    for m in catalog("fr"):
        for s in strings(m) if m.id else ():
            if re.search(r"(?<!\u202f)[;!?»]|(?<!\u202f):(?!\d)|«(?!\u202f)", s):
                problems.append(f"spacing: {s!r}")
            if "\u2019" in s:
                problems.append(f"apostrophe: {s!r}")
    assert not problems, "\n".join(problems)


def test_languages_named_in_their_own_script():
    names = {lang.code: lang.native_name for lang in i18n.load_catalogs().values()}
    assert names == {
        "ko": "한국어", "en": "English", "es": "Español", "fr": "Français", "ar": "العربية",
        "zh_Hans": "简体中文", "vi": "Tiếng Việt", "ms": "Bahasa Melayu",
    }
    assert [lang.code for lang in i18n.languages() if lang.rtl] == ["ar"]


def test_every_character_has_a_glyph_in_the_shipped_fonts():
    cmaps = []
    for file in sorted((paths.assets_dir() / "fonts").glob("*.[ot]tf")):
        cmaps.append(set(TTFont(file, fontNumber=0, lazy=True).getBestCmap()))
    covered = set().union(*cmaps)
    missing = {}
    for code in LANGS:
        for m in catalog(code):
            for s in strings(m):
                for ch in s or "":
                    if not ch.isspace() and ord(ch) >= 0x20 and ord(ch) not in covered and ord(ch) not in (0x200C, 0x200D, 0x200E, 0x200F):
                        missing.setdefault(code, set()).add(ch)
    assert not missing, {k: "".join(sorted(v)) for k, v in missing.items()}


def test_a_ninth_language_is_one_po_file(tmp_path):
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder, ignore=shutil.ignore_patterns("*.mo"))
    po = (folder / "fr.po").read_text(encoding="utf-8")
    po = po.replace('"Language: fr\\n"', '"Language: pt_BR\\n"').replace('msgstr "Français"', 'msgstr "Português (Brasil)"')
    (folder / "pt_BR.po").write_text(po, encoding="utf-8")
    try:
        langs = i18n.load_catalogs(folder, cache_dir=tmp_path / "cache")
        assert "pt_BR" in langs
        assert langs["pt_BR"].native_name == "Português (Brasil)"
        assert i18n.languages()[-1].code == "pt_BR"
        i18n.set_language("pt_BR")
        assert i18n._("Settings") == i18n.translate_in("fr", "Settings")
    finally:
        i18n.load_catalogs()


def test_stale_catalog_is_recompiled(tmp_path):
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder, ignore=shutil.ignore_patterns("*.mo"))
    i18n.load_catalogs(folder)
    po = folder / "es.po"
    text = po.read_text(encoding="utf-8")
    cat = catalog("es")
    old = next(m for m in cat if m.id == "Settings").string
    po.write_text(text.replace(f'msgstr "{old}"', 'msgstr "Preferencias"', 1), encoding="utf-8")
    import os, time
    future = time.time() + 5
    os.utime(po, (future, future))
    try:
        i18n.load_catalogs(folder)
        assert i18n.translate_in("es", "Settings") == "Preferencias"
    finally:
        i18n.load_catalogs()


def test_numbers_and_dates_follow_the_locale():
    from datetime import date

    assert i18n.format_number(21633, "en") == "21,633"
    assert i18n.format_number(21633, "fr") == "21\u202f633"
    assert i18n.format_number(21633, "es") == "21.633"
    assert i18n.format_date(date(2026, 11, 21), "long", "ko") == "2026년 11월 21일"
    assert "نوفمبر" in i18n.format_date(date(2026, 11, 21), "long", "ar")


def test_pseudo_locale_lengthens_by_forty_percent_and_keeps_placeholders():
    for text in ("Settings", "Version: {version}", "OK"):
        out = i18n.pseudo(text)
        assert len(out) >= 1.4 * len(text)
        assert PLACEHOLDER.findall(out) == PLACEHOLDER.findall(text)


def test_interface_symbols_have_glyphs_in_the_shipped_fonts():
    import importlib.util

    spec = importlib.util.spec_from_file_location("symbols", paths.resource_root() / "kiosk" / "ui" / "symbols.py")
    symbols = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(symbols)  # plain constants; loaded without importing Qt
    covered = set()
    for file in sorted((paths.assets_dir() / "fonts").glob("*.[ot]tf")):
        covered |= set(TTFont(file, lazy=True).getBestCmap())
    assert symbols.ALL and all(ord(ch) in covered for ch in symbols.ALL)


def test_the_template_holds_every_string_the_code_marks(tmp_path):
    """A string marked for translation in the code but missing from kiosk.pot would show in
    English in every language: the committed template is what extraction gives today."""
    import os

    from babel.messages.frontend import CommandLineInterface

    root = paths.i18n_dir().parent
    out = tmp_path / "fresh.pot"
    here = os.getcwd()
    os.chdir(root)
    try:
        CommandLineInterface().run(["pybabel", "-q", "extract", "-F", "babel.cfg", "--no-default-keywords",
                                    "-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2",
                                    "-o", str(out), "kiosk"])
    finally:
        os.chdir(here)
    with out.open("rb") as handle:
        fresh = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}
    missing = sorted(i for _c, i in fresh - template_ids())
    assert not missing, f"run python build/catalogs.py extract and translate: {missing[:10]}"
