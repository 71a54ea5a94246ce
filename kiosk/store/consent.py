"""The consent a person gives before their name goes on a visit's roster (PIPA, Articles 15(2)
and 22): the texts, their version, and the checks a consent must pass. No Qt.

The texts live in the catalogs like every other string, so each language has its own legal
wording; the consent panel speaks the person's language, not the staff's. The version of the
texts is a hash of their English source: changing a word of any of them makes a new version,
and each consent record keeps the version its person read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.store.errors import ValidationError
from kiosk.store.model import ConsentForm

#: The panel, in reading order. ``{period}`` is a number of months, written by CLDR.
TEXTS = {
    "title": N_("Consent to the collection and use of personal information"),
    "purpose": N_("Purpose: to introduce the center to your delegation and to report visit statistics."),
    "items": N_("Items collected: name, title, organization, country and contact details."),
    "period": N_("Retention: kept for {period} after the visit, then erased."),
    "refuse": N_("You may refuse. Refusing does not stop your visit: you are still counted in the number "
                 "of visitors, but not named."),
    "agree": N_("I agree to the collection and use of my personal information as described above. "
                "(required)"),
    "photos": N_("Photos (optional): photos of you taken during the visit may be used in the center's "
                 "reports and publications. You may refuse; your visit is not affected."),
    "agree_photos": N_("I agree to the use of photos of me. (optional)"),
    "contact": N_("Invitations (optional): your name and contact details are kept for {period} from today "
                  "to invite you to the center's future programmes, then erased. You may refuse; your "
                  "visit is not affected."),
    "agree_contact": N_("I agree to receive invitations to future programmes. (optional)"),
    "under_14": N_("A child under 14 may be named only with the consent of a parent or legal guardian."),
    "is_under_14": N_("This person is under 14."),
    "guardian": N_("A parent or legal guardian has agreed."),
}


def text_version() -> str:
    """The version of the consent texts: a short hash of their source, in reading order."""
    joined = "\x1f".join(f"{key}\x1e{text}" for key, text in TEXTS.items())
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def months(days: int) -> int:
    """A period in days as the whole months the panel states, never shorter than the period
    (365 days are 12 months, 730 are 24, 100 are 4)."""
    return max(1, -(-days * 12 // 365))


@dataclass(frozen=True)
class ConsentText:
    """The panel's texts in one language, as the person reads them."""

    language: str
    version: str
    rtl: bool
    title: str
    purpose: str
    items: str
    period: str
    refuse: str
    agree: str
    photos: str
    agree_photos: str
    contact: str
    agree_contact: str
    under_14: str
    is_under_14: str
    guardian: str


def _months(n: int) -> str:
    from babel.units import format_unit

    return format_unit(n, "duration-month", length="long", locale=i18n.babel_locale())


def consent_text(lang: str, retention_months: int, contact_months: int) -> ConsentText:
    """The panel in ``lang`` (the interface keeps its own language)."""
    with i18n.speaking(lang):
        texts = {key: _(text) for key, text in TEXTS.items()}
        texts["period"] = texts["period"].format(period=_months(retention_months))
        texts["contact"] = texts["contact"].format(period=_months(contact_months))
        rtl = i18n.is_rtl(lang)
    return ConsentText(language=lang, version=text_version(), rtl=rtl, **texts)


def check(consent: ConsentForm) -> None:
    """ValidationError (field "consent") when the consent given does not allow saving a name."""
    if not isinstance(consent, ConsentForm) or not consent.given:
        raise ValidationError("consent", _("Without the person's consent to the collection and use of their "
                                           "personal information, nothing about them is saved. They are still "
                                           "counted in the headcount."))
    if consent.under_14 and not consent.guardian:
        raise ValidationError("consent", _("A person under 14 can be named only with a parent's or legal "
                                           "guardian's consent. Nothing was saved; they are still counted in "
                                           "the headcount."))
    if not i18n.is_known(consent.language):
        raise ValidationError("consent", _("The consent was read in a language the kiosk does not have: "
                                           "{code}.").format(code=consent.language))
