"""The demo host: builds a registered demo's model and view on first use (imports stay lazy)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.demos import registry
from kiosk.i18n import _
from kiosk.ui.screens.base import Screen

log = logging.getLogger(__name__)


class DemoScreen(Screen):
    opened = Signal(str)  # a demo's id, each time one is shown (tap-through included)
    screen_id = "demo"

    def __init__(self, shell):
        super().__init__(shell)
        self.spec: registry.DemoSpec | None = None
        self.view: QWidget | None = None
        self._views: dict[str, QWidget] = {}
        #: The demos a visitor tapped through to get here (Back returns to them, as they were).
        self.trail: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def open(self, demo_id: str) -> QWidget:
        spec = registry.by_id(demo_id)
        view = self._views.get(demo_id)
        if view is None:
            model_class = spec.load_model()
            if hasattr(model_class, "from_library"):
                model = model_class.from_library(self.shell.library())
            else:
                model = model_class()
            view = spec.load_view()(model)
            self._connect_tap_through(view)
            self._views[demo_id] = view
            self._layout.addWidget(view)
        for other in self._views.values():
            other.setVisible(other is view)
        self.spec, self.view = spec, view
        self.retranslate()
        self.opened.emit(demo_id)
        return view

    def pack_id(self) -> str | None:
        """The pack the open demo replays."""
        pack = getattr(getattr(self.view, "model", None), "pack", None)
        return getattr(getattr(pack, "manifest", None), "id", None)

    # -- tap-through between demos, which never import each other: the shell routes
    def _connect_tap_through(self, view: QWidget) -> None:
        if hasattr(view, "show_camera"):
            view.show_camera.connect(self.to_camera)
        if hasattr(view, "show_on_map"):
            view.show_on_map.connect(self.to_place)

    def _demo_that_can(self, method: str) -> str | None:
        for spec in registry.demos():
            if hasattr(spec.load_view(), method):
                return spec.id
        return None

    def _tap_through_to(self, demo_id: str) -> None:
        if self.spec is not None and self.spec.id != demo_id:
            self.trail.append(self.spec.id)
        self.shell.open_demo(demo_id)

    def step_back(self) -> bool:
        """Back from a demo reached by tap-through: the demo the visitor came from, with what
        they had selected. False when this demo was opened from the home screen."""
        if not self.trail:
            return False
        self.open(self.trail.pop())
        return True

    def to_camera(self, camera_id: str) -> None:
        demo_id = self._demo_that_can("open_camera_by_id")
        if demo_id is None:
            return
        self._tap_through_to(demo_id)
        if not self.view.open_camera_by_id(camera_id):
            log.warning("no camera %s in the CCTV pack", camera_id)

    def to_place(self, lat: float, lon: float) -> None:
        demo_id = self._demo_that_can("show_place")
        if demo_id is None:
            return
        self._tap_through_to(demo_id)
        self.view.show_place(lat, lon)

    def title(self) -> str:
        return _(self.spec.title) if self.spec else ""

    def retranslate(self) -> None:
        for view in self._views.values():
            if hasattr(view, "retranslate"):
                view.retranslate()

    def on_leave(self) -> None:
        self.trail.clear()
        for view in self._views.values():
            if hasattr(view, "stop"):
                view.stop()

    def close_all(self) -> None:
        """Drop every demo view (idle reset): the next visitor starts fresh."""
        for view in self._views.values():
            if hasattr(view, "stop"):
                view.stop()
            # hidden and taken out of the layout, never setParent(None): a shown widget without a
            # parent becomes a window of its own until it is deleted
            view.hide()
            self._layout.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self.trail.clear()
        self.spec = self.view = None
