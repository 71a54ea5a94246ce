"""Choosing the visitor's language in a pack's multilingual text, and formatting its times."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from kiosk import i18n

FALLBACKS = ("ko", "en")


def _matches(key: str, lang: str) -> bool:
    key, lang = key.replace("-", "_").lower(), lang.replace("-", "_").lower()
    if key == lang:
        return True
    base_key, base_lang = key.split("_")[0], lang.split("_")[0]
    if base_lang == "zh":
        # Simplified Chinese: zh, zh_Hans, zh_CN, zh_SG; never the Traditional forms.
        return base_key == "zh" and not any(t in key for t in ("hant", "tw", "hk", "mo"))
    return base_key == base_lang


def pick(names: dict[str, str] | None, lang: str | None = None) -> tuple[str, bool]:
    """The text in ``lang`` (or a regional form of it); else Korean, else English, else any.
    Returns (text, is_original): True when the visitor's language was not available."""
    if not names:
        return "", False
    lang = lang or i18n.current_language()
    for key, text in names.items():
        if text and _matches(key, lang):
            return text, False
    for fallback in FALLBACKS:
        for key, text in names.items():
            if text and _matches(key, fallback):
                return text, True
    for text in names.values():
        if text:
            return text, True
    return "", False


def text(names: dict[str, str] | None) -> str:
    return pick(names)[0]


def local(t_ms: int, tz: str) -> datetime:
    return datetime.fromtimestamp(t_ms / 1000, timezone.utc).astimezone(ZoneInfo(tz or "UTC"))


def clock_text(t_ms: int, tz: str) -> str:
    """"Wed, May 13  14:12:05" in the visitor's language, in the recording's time zone."""
    moment = local(t_ms, tz)
    return f"{i18n.format_skeleton('MMMEd', moment)}  {i18n.format_skeleton('HHmmss', moment)}"


def time_text(t_ms: int, tz: str) -> str:
    return i18n.format_skeleton("Hm", local(t_ms, tz))
