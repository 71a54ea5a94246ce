"""UTC timestamps as the kiosk writes them: "2026-12-03T01:00:00Z". No Qt.

Every UTC time the kiosk stores (the database's ``*_utc`` columns, a pack's ``created``) has this
one form: whole seconds and a ``Z``, always 20 characters, so text order is time order and a
stored time compares as text with the keys the visit indexes are built on.

Earlier versions also wrote "2026-12-03T01:00:00+00:00" (the rows' ``created_utc`` and
``updated_utc``, the visitor sessions, a pack's ``created``): ``parse`` reads both forms.
"""

from __future__ import annotations

from datetime import datetime, timezone

FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def now() -> datetime:
    """The current time, with its zone: UTC."""
    return datetime.now(timezone.utc)


def stamp(value: datetime | None = None) -> str:
    """``value`` (a time with a zone; the current time when left out) as "2026-12-03T01:00:00Z".
    Fractions of a second are dropped."""
    if value is None:
        value = now()
    if value.tzinfo is None:
        raise ValueError("a time without a time zone")
    return value.astimezone(timezone.utc).strftime(FORMAT)


def parse(text: str) -> datetime:
    """A stored UTC time back as a ``datetime`` in UTC: "…Z" and "…+00:00" both read, and so
    does any other offset. A time written without an offset is taken to be UTC. Raises
    ValueError when ``text`` is no ISO 8601 time."""
    text = text.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def normalised(text: str | None) -> str | None:
    """A stored UTC time in today's form ("…Z"), whichever form it was written in; None and ""
    stay as they are."""
    return stamp(parse(text)) if text else text
