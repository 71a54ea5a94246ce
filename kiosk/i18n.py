"""Languages and translated text, through gettext catalogs managed with babel. No Qt here.

Every catalog is one ``i18n/<code>.po`` file; the languages offered are the catalogs found, so
a ninth language is one more file. Catalogs are compiled to ``.mo`` when missing or older than
their ``.po`` (next to them when that folder is writable, otherwise in the cache folder).

Use ``_()`` at render time, ``N_()`` to mark text at module level, ``ngettext`` for plurals,
``pgettext(context, message)`` where one English word names two things ("Severe" is a CAP
severity and a water level) and ``str.format`` for values: ``_("{n} visitors").format(n=n)``.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import logging
import math
import os
import threading
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Callable

from kiosk import paths

log = logging.getLogger(__name__)

DOMAIN = "kiosk"
SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "ko"
#: The order of the language bar; catalogs not listed here follow, sorted by code.
PREFERRED_ORDER = ("ko", "en", "es", "fr", "ar", "zh_Hans", "vi", "ms")
#: A development language that lengthens every string by 40 % to find clipped text.
PSEUDO = "pseudo"
#: The message whose translation is the language's name in its own script.
NATIVE_NAME_CONTEXT = "native language name"
NATIVE_NAME_MSGID = "English"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    rtl: bool
    locale: str  # babel locale identifier


class _State:
    def __init__(self) -> None:
        self.translations: dict[str, gettext.NullTranslations] = {}
        self.languages: dict[str, Language] = {}
        self.current: str = SOURCE_LANGUAGE
        self.listeners: list[Callable[[str], None]] = []
        self.loaded_from: Path | None = None


_state = _State()
#: A language spoken on one thread only, for one block (:func:`speaking`).
_thread = threading.local()


# ---------------------------------------------------------------- catalogs

def catalog_files(folder: Path | None = None) -> dict[str, Path]:
    folder = folder or paths.i18n_dir()
    return {p.stem: p for p in sorted(folder.glob("*.po"))}


def _mo_target(po: Path, cache_dir: Path | None) -> Path:
    beside = po.with_suffix(".mo")
    if os.access(po.parent, os.W_OK) or beside.exists() and os.access(beside, os.W_OK):
        return beside
    base = cache_dir or Path(os.environ.get("TMPDIR", "/tmp"))
    return base / "i18n" / f"{po.stem}.mo"


def _stale(po: Path, mo: Path) -> bool:
    return not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime


def compile_catalog(po: Path, mo: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from kiosk.core import atomic
    import io

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=po.stem, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    atomic.write_bytes(mo, buffer.getvalue())


def _written_right_to_left(native_name: str) -> bool:
    """Whether a language is written right to left: the direction of its own name's first
    strongly directional letter (Unicode bidi classes R and AL). No locale data is loaded,
    so a new catalog for Hebrew, Persian or Urdu is right to left with no code change."""
    import unicodedata

    for ch in native_name:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def load_catalogs(folder: Path | None = None, cache_dir: Path | None = None) -> dict[str, Language]:
    """Compile stale catalogs and load every language. Returns the languages found."""
    found = catalog_files(folder)
    translations: dict[str, gettext.NullTranslations] = {}
    languages: dict[str, Language] = {}
    for code, po in found.items():
        mo = po.with_suffix(".mo")
        if _stale(po, mo):
            mo = _mo_target(po, cache_dir)
            if _stale(po, mo):
                compile_catalog(po, mo)
        with mo.open("rb") as handle:
            translations[code] = gettext.GNUTranslations(handle)
        native = translations[code].pgettext(NATIVE_NAME_CONTEXT, NATIVE_NAME_MSGID)
        if native == NATIVE_NAME_MSGID and code != SOURCE_LANGUAGE:
            from babel import Locale

            locale = Locale.parse(code)
            native = locale.get_display_name(locale) or code
            native = native[:1].upper() + native[1:]
        languages[code] = Language(code, native, _written_right_to_left(native), code)
    if SOURCE_LANGUAGE not in translations:
        translations[SOURCE_LANGUAGE] = gettext.NullTranslations()
        languages[SOURCE_LANGUAGE] = Language(SOURCE_LANGUAGE, "English", False, "en")
    translations[PSEUDO] = _PseudoTranslations()
    _state.translations = translations
    _state.languages = languages
    _state.loaded_from = folder or paths.i18n_dir()
    if _state.current not in translations:
        _state.current = SOURCE_LANGUAGE
    return dict(languages)


def ensure_loaded(cache_dir: Path | None = None) -> None:
    """Load the catalogs once: the command line does it before parsing, and the kiosk's start
    then finds them loaded."""
    if not _state.languages:
        load_catalogs(cache_dir=cache_dir)


def languages(enabled: list[str] | None = None) -> list[Language]:
    """Languages in language-bar order, limited to ``enabled`` when given."""
    ensure_loaded()
    ordered = [c for c in PREFERRED_ORDER if c in _state.languages]
    ordered += sorted(c for c in _state.languages if c not in PREFERRED_ORDER)
    if enabled is not None:
        ordered = [c for c in ordered if c in enabled]
    return [_state.languages[c] for c in ordered]


def language(code: str) -> Language:
    ensure_loaded()
    if code == PSEUDO:
        return Language(PSEUDO, "Pseudo", False, "en")
    return _state.languages[code]


def is_known(code: str) -> bool:
    ensure_loaded()
    return code in _state.languages or code == PSEUDO


# ---------------------------------------------------------------- the current language

def current_language() -> str:
    return getattr(_thread, "code", None) or _state.current


@contextlib.contextmanager
def speaking(code: str):
    """Within the block, ``_()``, the formats and :func:`is_rtl` speak ``code`` on this thread
    only; the interface keeps its language and its listeners are not told. For a document written
    in a visitor's language (the take-home recap) while the screen stays in the staff's."""
    ensure_loaded()
    if code not in _state.translations:
        raise KeyError(code)
    before = getattr(_thread, "code", None)
    _thread.code = code
    try:
        yield
    finally:
        _thread.code = before


def set_language(code: str) -> None:
    """Switch every later ``_()`` to ``code`` and tell the listeners."""
    ensure_loaded()
    if code not in _state.translations:
        raise KeyError(code)
    changed = code != _state.current
    _state.current = code
    if changed:
        for listener in list(_state.listeners):
            listener(code)


def on_language_changed(listener: Callable[[str], None]) -> Callable[[], None]:
    _state.listeners.append(listener)

    def remove() -> None:
        if listener in _state.listeners:
            _state.listeners.remove(listener)

    return remove


def is_rtl(code: str | None = None) -> bool:
    code = code or current_language()
    if code == PSEUDO:
        return False
    ensure_loaded()
    lang = _state.languages.get(code)
    return bool(lang and lang.rtl)


def babel_locale(code: str | None = None) -> str:
    code = code or current_language()
    if code == PSEUDO:
        return "en"
    ensure_loaded()
    lang = _state.languages.get(code)
    return lang.locale if lang else "en"


def _translations() -> gettext.NullTranslations:
    return _state.translations.get(current_language()) or gettext.NullTranslations()


def _(message: str) -> str:
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations().pgettext(context, message)


#: Where a text lacks the visitor's language: Korean (the centers' own), then English.
TEXT_FALLBACKS = ("ko", "en")


def language_matches(key: str, lang: str) -> bool:
    """A text's language tag ("es-US", "zh_Hans", "und") against a kiosk language: exact, else by
    base language; Simplified Chinese never matches the Traditional forms."""
    key, lang = key.replace("-", "_").lower(), lang.replace("-", "_").lower()
    if key == lang:
        return True
    base_key, base_lang = key.split("_")[0], lang.split("_")[0]
    if base_lang == "zh":
        return base_key == "zh" and not any(t in key for t in ("hant", "tw", "hk", "mo"))
    return base_key == base_lang


def choose_language(available: list[str], lang: str | None = None) -> tuple[str | None, bool]:
    """(the tag to use, is_original): the visitor's language, else Korean, else English, else any.
    ``is_original`` is True when the visitor's language was not available."""
    lang = lang or current_language()
    for key in available:
        if language_matches(key, lang):
            return key, False
    for fallback in TEXT_FALLBACKS:
        for key in available:
            if language_matches(key, fallback):
                return key, True
    return (available[0], True) if available else (None, False)


def translate_in(code: str, message: str) -> str:
    """``message`` in another language than the current one (the attract screen's cycle)."""
    ensure_loaded()
    return (_state.translations.get(code) or gettext.NullTranslations()).gettext(message)


# ---------------------------------------------------------------- numbers and dates (CLDR)

def format_number(value: float | int, code: str | None = None) -> str:
    return _format_decimal(value, babel_locale(code))


@functools.lru_cache(maxsize=8192)
def _format_decimal(value: float | int, locale: str) -> str:
    # Cached: a replay formats the same gauge readings and counts many times a second.
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale)


def format_percent(value: float, code: str | None = None) -> str:
    from babel.numbers import format_percent as _format_percent

    return _format_percent(value, locale=babel_locale(code))


def format_date(value: date, fmt: str = "long", code: str | None = None) -> str:
    from babel.dates import format_date as _format_date

    return _format_date(value, format=fmt, locale=babel_locale(code))


def format_datetime(value: datetime, fmt: str = "medium", tz: tzinfo | str | None = None, code: str | None = None) -> str:
    from babel.dates import format_datetime as _format_datetime

    return _format_datetime(value, format=fmt, tzinfo=tz, locale=babel_locale(code))


def format_time(value: datetime, fmt: str = "short", tz: tzinfo | str | None = None, code: str | None = None) -> str:
    from babel.dates import format_time as _format_time

    return _format_time(value, format=fmt, tzinfo=tz, locale=babel_locale(code))


_SKELETONS: dict[tuple[str, str], str] = {}


def format_skeleton(skeleton: str, value: datetime, code: str | None = None) -> str:
    """A date in the locale's own pattern for ``skeleton`` (CLDR), e.g. "MMMEd" or "Hm".

    The pattern is matched once per locale and skeleton: a replay clock formats 60 times a second."""
    from babel import Locale
    from babel.dates import format_datetime as _format_datetime
    from babel.dates import match_skeleton

    locale = babel_locale(code)
    key = (locale, skeleton)
    pattern = _SKELETONS.get(key)
    if pattern is None:
        skeletons = Locale.parse(locale).datetime_skeletons
        name = match_skeleton(skeleton, skeletons) or skeleton
        pattern = _SKELETONS[key] = str(skeletons[name]) if name in skeletons else skeleton
    return _format_datetime(value, pattern, tzinfo=value.tzinfo, locale=locale)


# ---------------------------------------------------------------- pseudo-localisation

_PSEUDO_MAP = str.maketrans(
    "aeiouAEIOUcnsyCNSY",
    "āēīōūĀĒĪŌŪçñšÿÇÑŠŸ",
)


def pseudo(message: str) -> str:
    """Lengthen ``message`` by at least 40 %, keeping ``{placeholders}`` intact."""
    if not message:
        return message
    out, depth = [], 0
    for ch in message:
        if ch == "{":
            depth += 1
        if depth:
            out.append(ch)
        else:
            out.append(ch.translate(_PSEUDO_MAP))
        if ch == "}":
            depth = max(0, depth - 1)
    extra = max(2, math.ceil(len(message) * 0.4) - 2)
    padding = ("ŵxŷz" * (extra // 4 + 1))[:extra]
    return "[" + "".join(out) + padding + "]"


class _PseudoTranslations(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)


def own_name() -> str:
    """The current language's name in its own script (translators: "English" becomes 한국어, ...)."""
    return pgettext("native language name", "English")
