"""The attract loop of an unattended kiosk: the start screen for a while, then a demo telling
its story by itself, then the start screen again, and the next demo. Any touch during a story
hands that demo to the visitor, in the middle of the story, with the controls at hand."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from kiosk import i18n
from kiosk.demos import registry
from kiosk.ui.screens.attract import TOUCH_TO_START
from kiosk.ui.widgets import label

log = logging.getLogger(__name__)

ATTRACT_S = 25  # the start screen, before a story begins
STORY_S = 90  # a story, before the start screen comes back
TOUCH_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class StoryBanner(QWidget):
    """A band along the bottom of a story: "Touch the screen to start", in turn in each language."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.text = label("hint", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.text.setObjectName("story-banner")
        box = QHBoxLayout(self)
        box.addWidget(self.text)
        self._codes = itertools.cycle([])
        self._timer = QTimer(self)
        self._timer.setInterval(3000)
        self._timer.timeout.connect(self._next)
        self.hide()

    def open(self, codes: list[str]) -> None:
        self._codes = itertools.cycle(codes or [i18n.current_language()])
        self._next()
        parent = self.parentWidget()
        height = max(80, parent.height() // 11)
        self.setGeometry(0, parent.height() - height, parent.width(), height)
        self.show()
        self.raise_()
        self._timer.start()

    def close_banner(self) -> None:
        self._timer.stop()
        self.hide()

    def _next(self) -> None:
        code = next(self._codes)
        self.text.setText(i18n.translate_in(code, TOUCH_TO_START))
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_rtl(code) else Qt.LayoutDirection.LeftToRight)


class AttractLoop(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.attract_ms = ATTRACT_S * 1000
        self.story_ms = STORY_S * 1000
        self.telling: str | None = None  # the demo whose story plays unattended
        self._demos = itertools.cycle([spec.id for spec in registry.demos()])
        self._has_demos = bool(registry.demos())
        self._hold: int | None = None
        self._banner: StoryBanner | None = None  # made when the first story starts
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    @property
    def banner(self) -> StoryBanner:
        if self._banner is None:
            self._banner = StoryBanner(self.shell)
        return self._banner

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._timer.stop()
        if self._banner is not None:
            self._banner.close_banner()

    def attract_shown(self) -> None:
        """The start screen is up: a story follows after a while (when there are demos)."""
        self._end_story(start_visit=False)
        if self._has_demos:
            self._timer.start(self.attract_ms)

    def left_attract(self) -> None:
        if self.telling is None:
            self._timer.stop()

    def _step(self) -> None:
        if self.telling is not None:
            self.shell.reset_to_attract("attract loop")
            return
        if self.shell.nav.current.screen_id != "attract":
            return
        demo_id = next(self._demos)
        try:
            self.shell.open_demo(demo_id, visitor=False)
            view = self.shell.demo_screen.view
            view.player.start_story()
        except Exception:  # a demo that cannot tell its story must not stop the kiosk's loop
            log.exception("story of %s could not start", demo_id)
            self.shell.reset_to_attract("attract loop")
            return
        self.telling = demo_id
        self._hold = self.shell.idle.hold("attract story")
        self.banner.open(self.shell.enabled_languages())
        self._timer.start(self.story_ms)

    def _end_story(self, start_visit: bool) -> None:
        if self.telling is None:
            return
        self.telling = None
        self._timer.stop()
        if self._banner is not None:
            self._banner.close_banner()
        if self._hold is not None:
            self.shell.idle.release(self._hold)
            self._hold = None
        if start_visit:
            self.shell.start_visit_here()

    def eventFilter(self, watched, event) -> bool:
        if self.telling is not None and event.type() in TOUCH_EVENTS:
            # The visitor takes over the demo where the story is; the player's own filter
            # stops the story and leaves them the controls.
            self._end_story(start_visit=True)
        return False
