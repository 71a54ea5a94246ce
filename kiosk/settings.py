"""Settings: one JSON file, each setting declared once here with its default. No Qt.

A file that cannot be read is set aside (``settings.json.broken-<time>``) and the defaults are
used, so a damaged file never keeps the kiosk from starting; a value that is out of range falls
back to its default and the log says so.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from kiosk.core import atomic
from kiosk.core.errors import SettingsError
from kiosk.i18n import N_, PREFERRED_ORDER, _

log = logging.getLogger(__name__)

#: What the center is called where the ``center_name`` setting is empty (translated where shown).
DEFAULT_CENTER_NAME = N_("Smart City Integrated Operations Center")

#: How long a roster's personal data is kept after the visit, and an invitation consent lasts (days).
ROSTER_RETENTION_DAYS, CONTACT_CONSENT_DAYS = 365, 730
RETENTION_BOUNDS = (30, 3650)

THEMES = ("dark", "light", "high_contrast")
THEME_LABELS = {"dark": N_("Dark"), "light": N_("Light"), "high_contrast": N_("High contrast")}


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    validate: Callable[[Any], bool]
    label: str = ""  # marked with N_, translated where shown


def _time_zone(value) -> bool:
    """A time zone the system knows ("Asia/Seoul"). Looked up by name: listing every zone to
    check it would cost 80 ms at each start."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(value, str) or not value or value.startswith(("/", ".")) or ".." in value:
        return False
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _int_between(lo: int, hi: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _language_list(v: Any) -> bool:
    return isinstance(v, list) and bool(v) and all(isinstance(c, str) and c for c in v) and len(set(v)) == len(v)


def _text(limit: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, str) and len(v) <= limit and "\x00" not in v


def _url(v: Any) -> bool:
    return v == "" or (isinstance(v, str) and len(v) <= 300 and v.startswith(("https://", "http://"))
                       and not any(c.isspace() for c in v))


DECLARED: tuple[Setting, ...] = (
    Setting("idle_timeout_s", 90, _int_between(15, 3600), N_("Idle timeout")),
    Setting("idle_countdown_s", 10, _int_between(3, 60), N_("Countdown before reset")),
    Setting("default_language", "ko", lambda v: isinstance(v, str) and bool(v), N_("Default language")),
    Setting("enabled_languages", list(PREFERRED_ORDER), _language_list, N_("Languages offered")),
    Setting("theme", "dark", lambda v: v in THEMES, N_("Theme")),
    Setting("center_name", "", lambda v: isinstance(v, str) and len(v) <= 120, N_("Center name")),
    Setting("logo_path", "", lambda v: isinstance(v, str), N_("Logo")),
    Setting("staff_pin_hash", "", lambda v: isinstance(v, str), N_("Staff PIN")),
    Setting("center_timezone", "Asia/Seoul", _time_zone, N_("Center time zone")),
    # the contact a delegation takes home (recap, and its QR code as a vCard when no recap_url)
    Setting("contact_name", "", _text(120), N_("Contact: office or person")),
    Setting("contact_phone", "", _text(40), N_("Contact: telephone")),
    Setting("contact_email", "", _text(120), N_("Contact: e-mail")),
    Setting("contact_web", "", _text(200), N_("Contact: web site")),
    Setting("contact_address", "", _text(200), N_("Contact: address")),
    # where a center publishes its recaps: "https://…/recap/{id}" (or the id is appended)
    Setting("recap_url", "", _url, N_("Recap web address")),
    # presenter mode: the screen (by name) the guide works on; empty is the primary screen
    Setting("console_screen", "", _text(120), N_("Guide's screen")),
    # personal data on visit rosters (PIPA): erased this many days after the visit, and how long a
    # person's consent to invitations to future programmes lasts
    Setting("roster_retention_days", ROSTER_RETENTION_DAYS, _int_between(*RETENTION_BOUNDS),
            N_("Keep the names on visit rosters for")),
    Setting("contact_consent_days", CONTACT_CONSENT_DAYS, _int_between(*RETENTION_BOUNDS),
            N_("Keep contacts for invitations for")),
)
BY_KEY = {s.key: s for s in DECLARED}


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:59] + "…"


@dataclass
class Settings:
    path: Path
    values: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Settings":
        values: dict[str, Any] = {}
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(raw, dict):
                    raise ValueError("not an object")
                values = raw
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                broken = path.with_name(f"{path.name}.broken-{int(time.time())}")
                log.error("settings file %s unreadable (%s); moved to %s, using defaults", path, exc, broken)
                try:
                    path.replace(broken)
                except OSError:
                    log.exception("could not set the unreadable settings file aside")
        settings = cls(path=path)
        for key, value in values.items():
            spec = BY_KEY.get(key)
            if spec is None:
                log.warning("unknown setting %r ignored", key)
                continue
            if spec.validate(value):
                settings.values[key] = value
            else:
                log.warning("setting %s=%r is invalid; using the default %r", key, value, spec.default)
        return settings

    def get(self, key: str) -> Any:
        spec = BY_KEY[key]
        value = self.values.get(key, spec.default)
        return list(value) if isinstance(value, list) else value

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    def set(self, key: str, value: Any) -> None:
        self.update({key: value})

    def update(self, changes: dict[str, Any]) -> None:
        """Validate every change, then write them all at once (or none)."""
        for key, value in changes.items():
            spec = BY_KEY.get(key)
            if spec is None:
                raise SettingsError(_("This kiosk has no such setting: {name}.").format(name=key))
            if not spec.validate(value):
                raise SettingsError(_("{setting}: this value is not allowed ({value}).").format(
                    setting=_(spec.label), value=_shown(value)))
        merged = dict(self.values)
        merged.update(changes)
        self.save(merged)
        self.values = merged

    def save(self, values: dict[str, Any] | None = None) -> None:
        data = values if values is not None else self.values
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    def as_dict(self) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in DECLARED}
