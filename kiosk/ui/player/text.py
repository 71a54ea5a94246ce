"""Choosing the visitor's language in a pack's multilingual text, and formatting its times."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from kiosk import i18n

def pick(names: dict[str, str] | None, lang: str | None = None) -> tuple[str, bool]:
    """The text in ``lang`` (or a regional form of it); else Korean, else English, else any.
    Returns (text, is_original): True when the visitor's language was not available."""
    key, original = i18n.choose_language([k for k, v in (names or {}).items() if v], lang)
    return (names[key], original) if key is not None else ("", False)


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


def event_line(event, tz: str) -> str:
    """One line of an event list: its local time and title, marked when not in the visitor's language."""
    title, original = pick(event.title)
    line = f"{time_text(event.t_start, tz)}  {title}"
    return line + "  " + i18n._("(original language)") if original else line
