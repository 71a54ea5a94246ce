"""Every screen of the window, staff screens and demos too: nothing clipped with 40 % longer
strings at 1280x800, every touch target big enough at 1920x1080, and a language switch that
reaches every word on it.

The screens come from the window's own list (``SCREEN_CLASSES``) and the states from the
screenshot tour (``kiosk.screenshots``), which brings the window to each of them: a new screen is
covered once the tour can show it, and the first test fails until it can.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk import i18n, screenshots
from kiosk.ui.metrics import TOUCH_MIN_PX, touch_target_px
from kiosk.ui.window import SCREEN_CLASSES
from tests.ui.test_language import translations, visible_texts
from tests.ui.test_layout import clipped, shown

SHOTS = dict(screenshots.SHOTS + screenshots.demo_shots())


@pytest.fixture
def staffed(make_shell):
    """The shell on a database holding an example visit log (visits this week, one checked in)."""
    from kiosk.store.examples import seed_example_log

    def make(size=(1920, 1080)):
        shell = make_shell(size=size)
        tz = shell.settings.get("center_timezone")
        seed_example_log(shell.services.db, datetime.now(ZoneInfo(tz)).date(), tz)
        return shell

    return make


def bring(shell, shot: str, lang: str) -> None:
    """As the screenshot tour does: from the attract screen, in ``lang``, to the shot's state."""
    shell.reset_to_attract("test")
    shell.set_language(lang)
    SHOTS[shot](shell)
    for _ in range(3):
        QApplication.processEvents()


def test_the_tour_reaches_every_screen_of_the_window(staffed):
    shell = staffed()
    reached = set()
    for shot in SHOTS:
        bring(shell, shot, "en")
        reached.add(shell.nav.current.screen_id)
    assert reached >= set(SCREEN_CLASSES), f"no shot shows {sorted(set(SCREEN_CLASSES) - reached)}"


@pytest.mark.parametrize("shot", list(SHOTS))
def test_pseudo_locale_clips_nothing_at_1280x800(staffed, shot):
    shell = staffed(size=(1280, 800))
    bring(shell, shot, i18n.PSEUDO)
    assert i18n._("Home").startswith("[")  # the pseudo-locale is really on
    problems = clipped(shell, shell)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("shot", list(SHOTS))
def test_no_screen_makes_the_window_outgrow_the_screen(staffed, make_shell, shot):
    """A page whose words need more room scrolls or cuts; it never makes the window taller than
    the touchscreen (the bottom of it would be off the glass). Arabic script is the tallest."""
    for k, size in enumerate(((1920, 1080), (1280, 800))):
        shell = staffed(size) if k == 0 else make_shell(size=size)  # one example log for both
        bring(shell, shot, "ar")
        QApplication.processEvents()
        assert (shell.width(), shell.height()) == size, (shot, size, shell.minimumSizeHint())


@pytest.mark.parametrize("shot", list(SHOTS))
def test_touch_targets_at_1920x1080(staffed, shot):
    shell = staffed()
    floor = max(TOUCH_MIN_PX, touch_target_px(QApplication.primaryScreen().physicalDotsPerInch()))
    small = []
    for lang in ("ko", "en", "ar"):
        bring(shell, shot, lang)
        small += [
            (lang, b.text() or b.objectName() or type(b).__name__, b.width(), b.height())
            for b in shell.findChildren(QAbstractButton)
            if shown(b) and (b.width() < floor or b.height() < floor)
        ]
    assert not small, small


def stale_words(shell: QWidget, old: str, new: str) -> list[tuple[str, str]]:
    stale = {s for s in translations(old) - translations(new) if len(s) > 3}
    found = []
    for widget, text in visible_texts(shell):
        for s in stale:
            if s == text or (len(s) > 8 and s in text):
                found.append((type(widget).__name__, text))
    return found


#: The guide's console speaks the guide's language, chosen apart from the delegation's: a switch
#: of the interface (the audience's) language leaves it as it is (tested below).
#: The "audience" shot leaves the console in the main window too; the audience's own words are
#: checked there.
GUIDES_OWN = {"console", "audience"}


def test_the_console_keeps_the_guides_language_when_the_delegations_changes(staffed):
    shell = staffed()
    bring(shell, "console", "ko")
    console = shell.nav.current
    before = console.notes_heading.text()
    shell.set_language("es")
    QApplication.processEvents()
    assert console.notes_heading.text() == before == i18n.translate_in("ko", "Your notes")
    assert stale_words(shell.audience, "ko", "es") == []  # the audience's view did switch
    assert "스페인어" in console.audience_language.text()  # Spanish, named in the guide's Korean


@pytest.mark.parametrize("shot", [s for s in SHOTS if s not in GUIDES_OWN])
def test_a_language_switch_reaches_every_word_on_the_screen(staffed, shot):
    shell = staffed()
    bring(shell, shot, "ko")
    screen = shell.nav.current.screen_id
    for old, new in (("ko", "es"), ("es", "ar")):
        shell.set_language(new)
        QApplication.processEvents()
        assert shell.nav.current.screen_id == screen  # the switch keeps the visitor where they are
        assert visible_texts(shell), shot
        stale = stale_words(shell, old, new)
        assert not stale, f"{old} left on {shot} in {new}: {stale}"
    assert shell.nav.current.isRightToLeft()
