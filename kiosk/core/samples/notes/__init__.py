"""What the guide reads on the console during each chapter of the sample stories. No Qt here.

Notes are for the guide, not captions for the visitors: what to point at on the screen, and a
figure to quote. A figure is either a published one about the real centers (the same facts the
recordings are built on) or the recording's own, and then the note says the recording is
simulated. One module per pack; each note is in the kiosk's eight languages, like the captions.
"""

from __future__ import annotations

import re

from kiosk.core.samples.text import T, Text

#: French puts a narrow no-break space before : ; ! ? and between groups of digits (CLDR's
#: "6 300"); French and Spanish put a no-break space before % (CLDR's "63,1 %").
_FRENCH_MARK = re.compile(r" ([:;!?])")
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_PERCENT = re.compile(r"(?<=\d) %")


def note(ko: str, en: str, es: str, fr: str, ar: str, zh_Hans: str, vi: str, ms: str) -> Text:
    """One guide note in the eight languages (the order of ``text.LANGS``), written with plain
    spaces; the spaces French and Spanish typography want are set here."""
    fr = _PERCENT.sub("\u00a0%", _DIGIT_GROUP.sub("\u202f", _FRENCH_MARK.sub("\u202f\\1", fr)))
    es = _PERCENT.sub("\u00a0%", es)
    return T(ko, en, es, fr, ar, zh_Hans, vi, ms)
