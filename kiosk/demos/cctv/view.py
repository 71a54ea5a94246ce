"""The CCTV-wall demo: a wall of the city's cameras as privacy-safe schematics, the AI's
detections moving on them, and the tiles that light up when the AI raises an alert. Tapping a
tile opens that camera full screen with its own alerts beside it.

No camera image is ever shown: each tile draws the scene's schematic layout (roads, lanes,
crosswalks, buildings...) from the pack and the anonymous boxes the AI detected.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLayout, QListWidget, QListWidgetItem, QSizePolicy, \
    QStackedWidget, QVBoxLayout, QWidget

from kiosk.demos.cctv.drawing import CLASS_COLOR
from kiosk.demos.cctv.model import AI_EVENT_KINDS, Camera
from kiosk.demos.cctv.tile import CameraTile, Texts
from kiosk.i18n import _
from kiosk.ui.player import text
from kiosk.ui.player.player import Player
from kiosk.ui.player.timeline import Row
from kiosk.ui.widgets import button, label, set_emphasis


class PrivacyCard(QFrame):
    """"Privacy by design" beside the cameras, with the legend of what the AI detects.

    It takes the height its grid row gives it and never makes that row taller than the cameras'
    rows: where the words need more room (Arabic script is tall), the legend steps aside."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setObjectName("cctv-privacy")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.title = label("heading")
        self.body = label("muted")
        self.legend_box = QWidget()
        self.legend_title = label("muted")
        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setHorizontalSpacing(18)
        legend.setVerticalSpacing(2)
        self.legend: dict[str, QWidget] = {}
        per_row = 5
        for k, cls in enumerate(CLASS_COLOR):
            swatch = label("muted", wrap=False)
            swatch.setText("●")
            swatch.setStyleSheet(f"color: {CLASS_COLOR[cls]};")
            name = label("muted", wrap=False)
            self.legend[cls] = name
            legend.addWidget(swatch, k // per_row, 2 * (k % per_row))
            legend.addWidget(name, k // per_row, 2 * (k % per_row) + 1)
        for c in range(per_row):
            legend.setColumnStretch(2 * c + 1, 1)
        inner = QVBoxLayout(self.legend_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.legend_title)
        inner.addLayout(legend)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        # The grid decides the card's height, not its words (a layout would otherwise raise the
        # card's minimum height to fit them all).
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addWidget(self.legend_box)
        box.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        # Its wrapped words give it a height for its width, which the grid would take as the
        # row's minimum: the bottom row grew taller than the cameras' a layout pass after the
        # words changed, and every tile of the wall was resized (and repainted) a second time.
        return False

    def fit(self) -> None:
        """Show the legend only when everything fits in the card's height, and the body only when
        it fits under the title (a screen with the tour strip leaves the wall less room): words
        are shown whole or not at all, never cut."""
        m = self.layout().contentsMargins()
        width = max(1, self.width() - m.left() - m.right())
        with_body = (m.top() + m.bottom() + self.title.heightForWidth(width) + self.body.heightForWidth(width)
                     + self.layout().spacing())
        self.body.setVisible(with_body <= self.height())
        needed = with_body + self.legend_box.sizeHint().height() + self.layout().spacing()
        self.legend_box.setVisible(self.body.isVisibleTo(self) and needed <= self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class CctvView(QWidget):
    show_on_map = Signal(float, float)  # the camera's lat, lon: "Show on the map"

    def __init__(self, model):
        super().__init__()
        self.setObjectName("cctv-demo")
        self.model = model
        pack = model.pack
        self.tz = pack.manifest.timezone
        self.texts = Texts()
        self.selected: int | None = None  # the camera shown full screen, or None on the wall
        self._minute_key = None
        pack_path = str(getattr(pack, "path", ""))

        self.player = Player(pack, event_kinds=set(AI_EVENT_KINDS))
        self.player.ticked.connect(self.update_frame)
        self.player.chapter_changed.connect(self.emphasise)

        self.title = label("heading")
        self.subtitle = label("muted")

        # -- the wall
        self.wall = QWidget()
        self.wall.setObjectName("cctv-wall")
        grid = QGridLayout(self.wall)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        n = len(model.cameras)
        columns = 2 if n <= 4 else 3
        rows = max(1, -(-n // columns))
        self.tiles: list[CameraTile] = []
        for k, cam in enumerate(model.cameras):
            tile = CameraTile(cam, self.tz, self.texts, pack_path, clip_start=self._clip_start(cam))
            tile.tapped.connect(self.open_camera)
            self.tiles.append(tile)
            grid.addWidget(tile, k // columns, k % columns)
        self.privacy = PrivacyCard()
        self.privacy_title = self.privacy.title
        self.privacy_body = self.privacy.body
        self.legend_title = self.privacy.legend_title
        self.legend = self.privacy.legend
        free = rows * columns - n
        if free:
            grid.addWidget(self.privacy, n // columns, n % columns, 1, free)
        else:
            self.privacy.setVisible(False)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        for r in range(rows):
            grid.setRowStretch(r, 1)

        # -- one camera, full screen
        self.camera_page = QWidget()
        self.camera_page.setObjectName("cctv-camera")
        first = model.cameras[0] if model.cameras else None
        # the full-screen tile starts without footage: it takes its camera's when one is opened
        self.big_tile = CameraTile(first, self.tz, self.texts, large=True) if first else None
        self.camera_name = label("heading")
        self.camera_info = label("muted")
        self.back_button = button("nav")
        self.back_button.setObjectName("cctv-back")
        self.back_button.clicked.connect(self.show_wall)
        self.map_button = button("primary")
        self.map_button.setObjectName("cctv-map")
        self.map_button.clicked.connect(self._map_tapped)
        self.events_heading = label("muted")
        self.camera_events = QListWidget()
        self.camera_events.setObjectName("event-list")
        self.camera_events.setWordWrap(True)
        self.camera_events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.camera_events.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.camera_events.itemClicked.connect(
            lambda item: self.player.select_event(item.data(Qt.ItemDataRole.UserRole)))
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.camera_name)
        side.addWidget(self.camera_info)
        buttons = QVBoxLayout()  # one above the other: side by side they clip in longer languages
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.map_button)
        side.addLayout(buttons)
        side.addWidget(self.events_heading)
        side.addWidget(self.camera_events, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(380)
        side_widget.setMaximumWidth(560)
        page = QHBoxLayout(self.camera_page)
        page.setContentsMargins(0, 0, 0, 0)
        if self.big_tile is not None:
            page.addWidget(self.big_tile, 3)
        page.addWidget(side_widget, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.wall)
        self.pages.addWidget(self.camera_page)

        content = QVBoxLayout(self.player.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.title)
        content.addWidget(self.subtitle)
        content.addWidget(self.pages, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.player)
        self.retranslate()
        self.player.seek(pack.manifest.t_start)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        m = self.model.pack.manifest
        self.texts.refresh()
        self.title.setText(text.text(m.title))
        self._set_subtitle()
        self.privacy_title.setText(_("Privacy by design"))
        self.privacy_body.setText(_("The kiosk never shows camera images: each camera is a drawing of its "
                                    "scene, with the anonymous boxes the AI detected."))
        self.legend_title.setText(_("What the AI detects"))
        for cls, widget in self.legend.items():
            widget.setText(self.texts.classes[cls])
        self.privacy.fit()
        self.back_button.setText(_("All cameras"))
        self.map_button.setText(_("Show on the map"))
        self.events_heading.setText(_("AI alerts at this camera"))
        self.player.set_rows([
            self.player.event_rows(_("AI alerts"), set(AI_EVENT_KINDS)),
            Row(_("Cameras"), spans=[c for c in (self.model.clip(cam.index) for cam in self.model.cameras) if c]),
        ])
        self.player.retranslate()
        for tile in self._all_tiles():
            tile.set_clip_text(self._clip_text(tile.camera))
            tile.update()
        if self.selected is not None:
            self._fill_camera_page()
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def _set_subtitle(self) -> None:
        if self.selected is None:
            self.subtitle.setText(_("Tap a camera to see it full screen. Red frames are alerts raised by the AI."))
        else:
            self.subtitle.setText(_("Each box is something the AI detected; its number follows it from frame to frame."))

    def _clip_text(self, camera: Camera) -> str:
        clip = self.model.clip(camera.index)
        if clip is None:
            return ""
        return _("Recorded {start}–{end}").format(start=text.time_text(clip[0], self.tz),
                                                  end=text.time_text(clip[1], self.tz))

    def _clip_start(self, camera: Camera) -> int | None:
        clip = self.model.clip(camera.index)
        return clip[0] if clip is not None else None

    def _all_tiles(self) -> list[CameraTile]:
        return self.tiles + ([self.big_tile] if self.big_tile is not None else [])

    # ------------------------------------------------------------------ story
    def panels(self) -> dict[str, list[QWidget]]:
        return {
            "camera": [self.big_tile] if self.selected is not None and self.big_tile else list(self.tiles),
            "events": [self.player.event_list, self.camera_events],
        }

    def emphasise(self, chapter) -> None:
        focus = chapter.focus.get("camera") if chapter is not None else None
        wanted = set(chapter.panels) if chapter is not None else set()
        for tile in self.tiles:
            tile.set_emphasis("camera" in wanted and tile.camera.id == focus)
        if self.big_tile is not None:
            self.big_tile.set_emphasis("camera" in wanted and self.big_tile.camera.id == focus)
        for widget in (self.player.event_list, self.camera_events):
            set_emphasis(widget, "events" in wanted)

    # ------------------------------------------------------------------ wall and camera
    def open_camera(self, index: int) -> None:
        camera = self.model.camera(index)
        self.selected = camera.index
        if self.big_tile is not None:
            self.big_tile.set_camera(camera, str(getattr(self.model.pack, "path", "")), self._clip_start(camera))
            self.big_tile.set_clip_text(self._clip_text(camera))
            self.big_tile.set_emphasis(False)
        self._fill_camera_page()
        self._set_subtitle()
        self.pages.setCurrentWidget(self.camera_page)
        self.player.event_list.setVisible(False)
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def open_camera_by_id(self, camera_id: str) -> bool:
        """Tap-through from an incident: that camera full screen, at its first AI alert."""
        camera = self.model.camera_by_id(camera_id)
        if camera is None:
            return False
        events = self.model.events_for(camera_id)
        if events:
            self.player.seek(events[0].t_start)
        self.open_camera(camera.index)
        return True

    def show_wall(self) -> None:
        self.selected = None
        self._set_subtitle()
        self.pages.setCurrentWidget(self.wall)
        self.player.event_list.setVisible(True)
        self._minute_key = None
        self.update_frame(self.player.clock.position)

    def _fill_camera_page(self) -> None:
        camera = self.model.camera(self.selected)
        self.camera_name.setText(text.text(camera.name))
        self.camera_info.setText(self._clip_text(camera))
        self.camera_events.clear()
        events = self.model.events_for(camera.id)
        for event in events:
            item = QListWidgetItem(text.event_line(event, self.tz))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.camera_events.addItem(item)
        if not events:
            item = QListWidgetItem(_("No AI alerts at this camera in this recording"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.camera_events.addItem(item)

    def _map_tapped(self) -> None:
        if self.selected is None:
            return
        camera = self.model.camera(self.selected)
        self.show_on_map.emit(float(camera.lat), float(camera.lon))

    # ------------------------------------------------------------------ every frame
    def update_frame(self, t: int) -> None:
        t = int(t)
        key = t // 1000
        if key != self._minute_key:  # one formatted time per clock second, shared by every tile
            self._minute_key = key
            self._time_text = text.clock_text(t, self.tz).split("  ")[-1]
        alerts = self.model.active_alerts(t)
        clock = self.player.clock
        shown = self.tiles if self.selected is None else [self.big_tile] if self.big_tile is not None else []
        for tile in shown:
            tile.follow_video(t, clock.playing, clock.speed)
            tile.set_frame(self.model.boxes(tile.camera.index, t), alerts.get(tile.camera.id, []),
                           self._time_text)
        if self.selected is not None:
            for tile in self.tiles:  # the wall is hidden: its footage waits
                tile.pause_video()

    def stop(self) -> None:
        self.player.stop()
        for tile in self._all_tiles():
            tile.stop()


# ------------------------------------------------------------------------------ screenshots

def _busiest_alert(view: CctvView):
    """The AI event whose camera shows the most boxes one second into it."""
    best, most = None, -1
    for event in view.model.ai_events:
        camera = view.model.camera_by_id(event.camera)
        if camera is None:
            continue
        n = len(view.model.boxes(camera.index, event.t_start + 1000).cls)
        if n > most:
            best, most = event, n
    return best


def _shot_wall(view: CctvView) -> None:
    """The wall one second into an AI alert: its tile lit."""
    view.show_wall()
    event = _busiest_alert(view)
    if event is not None:
        view.player.seek(event.t_start + 1000)


def _shot_camera(view: CctvView) -> None:
    """One camera full screen during its alert, its alerts beside it."""
    event = _busiest_alert(view)
    if event is not None:
        view.player.seek(event.t_start + 1000)
        view.open_camera(view.model.camera_by_id(event.camera).index)
    elif view.model.cameras:
        view.open_camera(view.model.cameras[0].index)


#: What ``kiosk --screenshot`` shows of this demo: (name suffix, setup).
SCREENSHOTS = [("wall", _shot_wall), ("camera", _shot_camera)]
