"""Countries: ISO 3166 alpha-2 codes, their names in every interface language from CLDR (babel),
and the country a member of staff means when they type a name in English or Korean. No Qt.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: The center's own country: visits from it are domestic.
HOME = "KR"

#: Two-letter codes CLDR lists that are not countries in ISO 3166-1: groupings, pseudo-locales,
#: "unknown", and the exceptionally reserved codes (Ascension, Canary Islands, ...). Kosovo (XK)
#: stays: it is not in ISO 3166 but every international body uses the code.
_NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})

#: How staff write some countries where CLDR's display name differs. CLDR keeps these as "short"
#: and "variant" alternates, which babel's data leaves out; the names themselves come from CLDR.
_ALIASES = {
    "KR": ("Korea", "Republic of Korea", "ROK", "S. Korea", "한국", "남한", "대한민국", "韓國"),
    "KP": ("DPRK", "North Korea", "조선"),
    "US": ("USA", "U.S.A.", "U.S.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Great Britain", "Britain", "England"),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "TR": ("Turkey", "Türkiye", "터키"),
    "AE": ("UAE", "U.A.E."),
    "HK": ("Hong Kong",),
    "MO": ("Macau", "Macao"),
    "PS": ("Palestine",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo"),
    "CG": ("Republic of the Congo",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "VA": ("Holy See", "Vatican"),
    "RU": ("Russian Federation",),
    "VN": ("Viet Nam",),
    "LA": ("Lao PDR",),
    "TW": ("Taiwan",),
}


def _fold(text: str) -> str:
    """Case, accents, spaces and punctuation do not matter: "Côte d’Ivoire" = "cote divoire"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    kept = unicodedata.normalize("NFC", kept).replace("&", "and")
    return re.sub(r"[\W_]+", "", kept)


@functools.lru_cache(maxsize=16)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return dict(locale.territories)


@functools.lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """Every country code: ISO 3166-1 alpha-2 (and XK), no regions such as "001", "EU", "ZZ"."""
    names = _territories("en")
    return frozenset(c for c in names if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)


def is_country(code: str) -> bool:
    return code in codes()


def country_name(code: str, lang: str | None = None) -> str:
    """The country's name in ``lang`` (default: the current interface language), from CLDR."""
    if lang is None or lang == "pseudo":
        from kiosk import i18n

        lang = i18n.babel_locale(lang)
    return _territories(lang).get(code) or _territories("en").get(code) or code


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def countries(lang: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every country for a picker, sorted by name in ``lang``.

    The order ignores case and accents; it is not a full CLDR collation (Chinese names sort by
    code point rather than by pinyin)."""
    named = [(code, country_name(code, lang)) for code in codes()]
    return sorted(named, key=lambda item: (_sort_key(item[1]), item[0]))


def _variants(name: str) -> set[str]:
    """CLDR's own name and the parts staff write alone: "Myanmar (Burma)" gives "Myanmar" and
    "Burma"; "Congo - Kinshasa" gives "Congo" (dropped later: two countries share it); "St. Lucia"
    gives "Saint Lucia"."""
    out = {name}
    bare = re.sub(r"\s*\(.*?\)", "", name).strip()
    out.add(bare)
    out.update(re.findall(r"\((.*?)\)", name))
    out.update(part.strip() for part in bare.split(" - "))
    out.update(v.replace("St. ", "Saint ") for v in list(out))
    out.update(v.replace(" SAR China", "") for v in list(out))
    return {v for v in out if v}


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Folded name -> code, from CLDR's English and Korean names and the aliases above. A name
    two countries share is left out, so it is refused rather than guessed."""
    found: dict[str, set[str]] = {}
    for lang in ("en", "ko"):
        names = _territories(lang)
        for code in codes():
            for variant in _variants(names.get(code, "")):
                found.setdefault(_fold(variant), set()).add(code)
    index = {key: next(iter(cs)) for key, cs in found.items() if len(cs) == 1 and key}
    for code, aliases in _ALIASES.items():
        for alias in aliases:
            index[_fold(alias)] = code
    return index


def resolve_country(text: str | None) -> str | None:
    """The ISO code for an ISO code or a country's name in English or Korean, or None.

    "kr", "South Korea", "Korea", "대한민국", "한국" all give "KR"; "미국" and "United States" "US".
    """
    if not text or not text.strip():
        return None
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.upper() in codes():
        return stripped.upper()
    return _index().get(_fold(stripped))
