"""Checks shared by the forms: each raises ValidationError naming the field. No Qt."""

from __future__ import annotations

import re

from kiosk.i18n import _
from kiosk.store.countries import resolve_country
from kiosk.store.errors import ValidationError

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})*$")


def clean_country(text, field: str) -> str:
    """An ISO code, or a country's name in English or Korean, as its ISO code."""
    code = resolve_country(text) if isinstance(text, str) else None
    if code is None:
        raise ValidationError(field, _("Unknown country: {value}. Use an ISO code such as PE, or the "
                                       "country's name in English or Korean.").format(value=text))
    return code


def clean_language(value, field: str) -> str:
    tag = str(value).strip().replace("-", "_")
    if not _LANGUAGE_TAG.match(tag):
        raise ValidationError(field, _("Not a language code: {value}. Use codes such as es, en "
                                       "or zh_Hans.").format(value=value))
    return tag


def clean_languages(values, field: str = "languages") -> list[str]:
    """Language codes ("es", "zh-Hans", or "es, en" as one text), each once, in order."""
    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    out: list[str] = []
    for value in values or ():
        tag = clean_language(value, field)
        if tag not in out:
            out.append(tag)
    return out


def clean_text(value, field: str, limit: int) -> str | None:
    """Trimmed text of at most ``limit`` characters; empty is None."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, _("Enter text here."))
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(field, _("At most {n} characters.").format(n=limit))
    return value or None


def clean_count(value, field: str, minimum: int, message: str) -> int:
    """A whole number of at least ``minimum`` (not a bool, not a float)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(field, message)
    return value
