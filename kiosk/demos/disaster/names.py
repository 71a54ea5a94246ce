"""The disaster demo's words in the visitor's language: incident kinds, CAP severities, warning
levels, agencies, response phases and the time between two phases. No Qt here."""

from __future__ import annotations

from kiosk import i18n
from kiosk.i18n import _, pgettext


def severity_name(severity: str | None) -> str:
    """CAP severity words (Extreme, Severe, Moderate, Minor, Unknown) in the visitor's language.
    Their context tells them from a gauge's levels: "Severe" is both, and Spanish says "Grave" for
    the one and "Crítico" for the other."""
    names = {"extreme": pgettext("CAP severity", "Extreme"), "severe": pgettext("CAP severity", "Severe"),
             "moderate": pgettext("CAP severity", "Moderate"), "minor": pgettext("CAP severity", "Minor"),
             "unknown": pgettext("CAP severity", "Unknown")}
    return names.get((severity or "").lower(), severity or "")


def kind_name(kind: str) -> str:
    names = {
        "flood": _("Flood"), "fire": _("Fire"), "missing_person": _("Missing person"), "crowd": _("Crowd"),
        "road_closure": _("Road closed"), "evacuation": _("Evacuation"),
    }
    return names.get(kind, _("Alert"))


def level_name(level: str | None) -> str:
    """A gauge's level (water, crowd or rain) in the visitor's language."""
    names = {None: pgettext("water level", "Normal"), "attention": pgettext("water level", "Attention"),
             "advisory": pgettext("water level", "Advisory"), "warning": pgettext("water level", "Warning"),
             "severe": pgettext("water level", "Severe"), "design": pgettext("water level", "Design flood level")}
    return names.get(level, level or "")


def agency_name(agency: str) -> str:
    names = {"fire": _("Fire service (119)"), "police": _("Police (112)"), "city": _("City operations center")}
    return names.get(agency, agency)


def phase_name(phase: str) -> str:
    return {"detected": _("Detected"), "dispatched": _("Dispatched"), "on_scene": _("On scene"),
            "resolved": _("Resolved")}[phase]


def gap_text(seconds: float) -> str:
    """"+4 min"; "+5 h 40 min" from an hour on."""
    minutes = max(0, round(seconds / 60))
    if minutes < 60:
        return _("+{minutes} min").format(minutes=i18n.format_number(minutes))
    hours, rest = divmod(minutes, 60)
    return _("+{hours} h {minutes} min").format(hours=i18n.format_number(hours), minutes=i18n.format_number(rest))
