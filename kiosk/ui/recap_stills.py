"""Still pictures of the demos a delegation saw, for its take-home recap.

Each demo is built as the demo screen builds it (its model from the library, its view), taken to
the moment shown (the stop's story chapter, else the story's opening, else the middle of the
recording) and grabbed. Widgets live on the GUI thread only: call these there, one still at a
time if the screen must stay responsive; the images can then go to a worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk import i18n
from kiosk.demos import registry
from kiosk.store.recap import Recap

log = logging.getLogger(__name__)

#: The size a demo is laid out at for its still: 16:9, wide enough for the kiosk's stylesheet.
STILL_SIZE = QSize(1600, 900)
#: How far into a story chapter the still is taken, in seconds of the story's own pace.
INTO_CHAPTER_S = 5.0


@dataclass(frozen=True)
class Shown:
    """One thing the recap shows a picture of: a stop of the tour, or a demo shown at no stop."""

    key: str  # "stop-3" or "demo-cctv"
    demo_id: str
    chapter: int | None
    pack_id: str | None
    seconds: float
    position: int | None = None  # the stop's number in the tour


@dataclass
class Still:
    key: str
    title: str  # the demo's title, in the recap's language
    caption: str  # the story chapter's caption in that language, or ""
    image: QImage | None  # None when the demo or its recording is no longer on this kiosk


def shown_items(recap: Recap) -> list[Shown]:
    items = [Shown(f"stop-{s.position}", s.demo_id, s.chapter, s.pack_id, s.seconds, s.position)
             for s in recap.stops_shown]
    items += [Shown(f"demo-{d.demo_id}", d.demo_id, None, d.pack_id, d.seconds) for d in recap.outside]
    return items


class StillMaker:
    """Builds each demo's view once and takes its stills, in the recap's language."""

    def __init__(self, library, lang: str, size: QSize = STILL_SIZE):
        self.library = library
        self.lang = lang
        self.size = size
        self._views: dict[tuple[str, str | None], QWidget | None] = {}

    def still(self, item: Shown, with_image: bool = True) -> Still:
        with i18n.speaking(self.lang):
            try:
                spec = registry.by_id(item.demo_id)
            except KeyError:  # a demo this kiosk no longer has: named as it was logged
                return Still(item.key, item.demo_id, "", None)
            title = i18n._(spec.title)
            view = self._view(spec, item.pack_id) if with_image else None
            pack = getattr(getattr(view, "model", None), "pack", None) or self._pack(spec, item.pack_id)
            caption = _caption(pack, item.chapter)
            image = self._grab(view, pack, item.chapter) if view is not None else None
            return Still(item.key, title, caption, image)

    def close(self) -> None:
        for view in self._views.values():
            if view is not None:
                if hasattr(view, "stop"):
                    view.stop()
                view.deleteLater()
        self._views.clear()

    # ------------------------------------------------------------------ internals
    def _pack(self, spec, pack_id: str | None):
        model_class = spec.load_model()
        kind = getattr(model_class, "pack_kind", None)
        if self.library is None or kind is None:
            return None
        pack = self.library.packs.get(pack_id) if pack_id else None
        if pack is not None and pack.manifest.kind == kind:
            return pack
        return next((p for p in self.library.packs.values() if p.manifest.kind == kind), None)

    def _view(self, spec, pack_id: str | None) -> QWidget | None:
        key = (spec.id, pack_id)
        if key in self._views:
            return self._views[key]
        view = None
        try:
            model_class = spec.load_model()
            pack = self._pack(spec, pack_id)
            if getattr(model_class, "pack_kind", None) is not None:
                model = model_class(pack) if pack is not None else None
            else:
                model = model_class()
            if model is not None:
                view = spec.load_view()(model)
                view.resize(self.size)
        except Exception:  # a demo that cannot be built has no picture; the recap is still written
            log.exception("no still of the demo %s", spec.id)
            view = None
        self._views[key] = view
        return view

    def _grab(self, view: QWidget, pack, chapter: int | None) -> QImage | None:
        try:
            player = getattr(view, "player", None)
            chapters = pack.manifest.chapters if pack is not None else []
            if player is not None and chapters:
                player.start_story()
                for _ in range(min(chapter or 0, len(chapters) - 1)):
                    player.next_chapter()
                player.advance(INTO_CHAPTER_S)
                player.pause()
            elif player is not None:
                player.seek((player.clock.t_start + player.clock.t_end) // 2)
            view.resize(self.size)
            if view.layout() is not None:
                view.layout().activate()
            image = view.grab().toImage()
            if player is not None:
                player.stop_story()
                player.stop()
            return image if not image.isNull() else None
        except Exception:
            log.exception("the still of a demo could not be taken")
            return None


def _caption(pack, chapter: int | None) -> str:
    if pack is None or chapter is None or not 0 <= chapter < len(pack.manifest.chapters):
        return ""
    from kiosk.ui.player import text

    return text.pick(pack.manifest.chapters[chapter].caption)[0]


def take_stills(recap: Recap, library, lang: str, with_images: bool = True) -> dict[str, Still]:
    """Every still of the recap at once (the command line; the visit page takes one a turn)."""
    maker = StillMaker(library, lang)
    try:
        return {item.key: maker.still(item, with_images) for item in shown_items(recap)}
    finally:
        maker.close()
