"""Times of visits: stored as ISO 8601 in the center's time zone (with its offset), plus a UTC
key for indexes and overlap tests. No Qt.

A time without an offset is the center's local time (``center_timezone``, Asia/Seoul by default).
UTC times are written in the one form of :mod:`kiosk.core.utc` ("2026-12-03T01:00:00Z").
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core import utc

DEFAULT_ZONE = "Asia/Seoul"
#: A visit lasts at most a day; a programme over several days is one visit a day. This bound
#: keeps overlap searches to a narrow slice of the start-time index.
MAX_DURATION = timedelta(hours=24)


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def aware(value: datetime, tz: ZoneInfo) -> datetime:
    """``value`` with a time zone: a naive time is the center's local time."""
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def local_iso(value: datetime, tz: ZoneInfo) -> str:
    """"2026-12-03T10:00:00+09:00": the stored form, in the center's zone."""
    return aware(value, tz).astimezone(tz).isoformat(timespec="seconds")


def utc_key(value: datetime, tz: ZoneInfo) -> str:
    """"2026-12-03T01:00:00Z": sorts and compares as text, for indexes."""
    return utc.stamp(aware(value, tz))


def parse_stored(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def parse_input(text: str, tz: ZoneInfo) -> datetime:
    """An ISO 8601 date and time as a person types it; raises ValueError when it is not one."""
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return aware(datetime.fromisoformat(text), tz)


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The center's local midnight of ``day`` and of the next day."""
    start = datetime.combine(day, time(0), tz)
    return start, datetime.combine(day + timedelta(days=1), time(0), tz)


def now_utc() -> datetime:
    return utc.now()


def utc_now() -> str:
    """The current time as the ``*_utc`` columns store it: "2026-12-03T01:00:00Z"."""
    return utc.stamp()


def named_period(name: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day (both included) of "this_month", "last_month", "this_year" or
    "last_year" around ``today`` (the center's day); (None, None) for any other name."""
    first_of_month = today.replace(day=1)
    if name == "this_month":
        following = (first_of_month + timedelta(days=32)).replace(day=1)
        return first_of_month, following - timedelta(days=1)
    if name == "last_month":
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if name == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if name == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None
