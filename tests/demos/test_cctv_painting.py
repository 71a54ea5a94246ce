"""How the CCTV wall paints: what the screen shows while the boxes move is the frame itself (a
tile repaints only around its boxes, and the boxes and their labels draw nowhere else), a tile
paints the same picture into another painter and at another size, and the alerts kept between
changes are the ones a fresh search finds."""


import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from kiosk import i18n
from kiosk.demos.cctv import drawing
from kiosk.demos.cctv.model import CctvModel
from kiosk.demos.cctv.view import SCREENSHOTS, CctvView
from kiosk.ui import fonts, theme
from kiosk.ui.window import metrics_for
from tests.painted import assert_a_picture, share_near

@pytest.fixture(scope="module")
def pack(cctv_pack):
    return cctv_pack


@pytest.fixture(scope="module", autouse=True)
def kiosk_look(qapp, tmp_path_factory):
    """The kiosk's own fonts and stylesheet, as the shell sets them (the labels' letters are
    theirs, and the words around the wall take the room they take on the kiosk), whether or not
    a shell ran before this module."""
    fonts.register(qapp)
    before = qapp.styleSheet()
    theme.apply(qapp, "dark", metrics_for(QSize(1920, 1080)), tmp_path_factory.mktemp("cache"))
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def view(qtbot, pack):
    view = CctvView(CctvModel(pack))
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    QApplication.processEvents()
    yield view
    view.stop()
    view.hide()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3].astype(int)


def on_screen(tile) -> np.ndarray:
    """What the window's backing store holds where the tile is (the offscreen screen grabs it)."""
    window = tile.window()
    top = tile.mapTo(window, tile.rect().topLeft())
    return pixels(tile.screen().grabWindow(window.winId(), top.x(), top.y(), tile.width(), tile.height()).toImage())


class PaintRegions(QObject):
    """The area of every paint event a widget gets."""

    def __init__(self, widget):
        super().__init__()
        self.areas: list[int] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append(sum(r.width() * r.height() for r in event.region()))
        return False


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_screen_shows_each_frame_whole_while_the_boxes_move(view, lang):
    i18n.set_language(lang)
    view.retranslate()
    spies = [PaintRegions(tile) for tile in view.tiles]
    checked = 0
    for camera in view.model.cameras[:4]:
        view.player.seek(view.model.clip(camera.index)[0] + 500)
        view.player.clock.set_speed(2)
        view.player.clock.play()
        for frame in range(90):
            view.player.advance(1 / 60)
            QApplication.sendPostedEvents()
            QApplication.processEvents()
            if frame % 6 == 0:
                tile = view.tiles[camera.index]
                shown, fresh = on_screen(tile), pixels(tile.grab().toImage())
                assert np.abs(shown - fresh).max() == 0, (camera.id, frame)  # no box left behind
                checked += 1
        view.player.clock.pause()
    assert checked == 60
    # and the boxes moving did not repaint whole pictures every time
    picture = view.tiles[0].image_rect()
    assert any(0 < area < picture.width() * picture.height() / 2 for spy in spies for area in spy.areas)


def test_a_tile_paints_the_same_picture_into_another_painter_and_size(view):
    dict(SCREENSHOTS)["wall"](view)
    QApplication.processEvents()
    tile = next(t for t in view.tiles if t.lit and len(t.boxes.cls))
    r = tile.image_rect().toRect()
    image = QImage(tile.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    p = QPainter(image)
    tile.paint_picture(p, tile.rect())
    p.end()
    picture = np.s_[r.top():r.bottom() + 1, r.left():r.right() + 1]
    assert np.array_equal(pixels(image)[picture], on_screen(tile)[picture])  # what the wall shows

    # a thumbnail on another screen: the same picture, smaller, still lit in the alert colour
    thumb = QImage(tile.width() // 2, tile.height() // 2, QImage.Format.Format_RGB32)
    thumb.fill(QColor("#000000"))
    p = QPainter(thumb)
    tile.paint_picture(p, thumb.rect())
    p.end()
    assert share_near(thumb, drawing.ALERT, tolerance=16) > 0.01
    frame = tile.image_rect(thumb.rect()).toRect().adjusted(-2, -2, 1, 1)  # the red border around it
    for point in (frame.topLeft(), frame.topRight(), frame.bottomLeft(), frame.bottomRight()):
        assert QColor(thumb.pixel(point)).name() == drawing.ALERT.name(), point
    tile.update()
    QApplication.processEvents()
    assert np.array_equal(on_screen(tile)[picture], pixels(image)[picture])  # the tile itself unchanged
    assert_a_picture(tile)


@pytest.mark.parametrize("lang", ["ar", "ko", "en", "vi"])
def test_a_frames_boxes_draw_only_inside_the_rectangle_a_new_frame_repaints(view, lang):
    """A new frame repaints the rectangle around the boxes: every letter of every label is in it
    (an Arabic letter's tail below its tag too), else a trail of old letters stays on screen."""
    i18n.set_language(lang)
    view.retranslate()
    checked = 0
    for camera in view.model.cameras:
        start, end = view.model.clip(camera.index)
        for t in range(start, end, (end - start) // 6 + 1):
            view.player.seek(t)
            tile = view.tiles[camera.index]
            if not len(tile.boxes.cls):
                continue
            r = tile.image_rect()
            layout = tile._boxes_layout(r)
            ink = QImage(tile.size(), QImage.Format.Format_ARGB32_Premultiplied)
            ink.fill(Qt.GlobalColor.transparent)
            p = QPainter(ink)
            layout.paint(p, tile._boxes_font(r)[0])
            p.end()
            alpha = pixels_alpha(ink)
            inside = np.zeros_like(alpha, dtype=bool)
            b = layout.bounds
            inside[b.top():b.bottom() + 1, b.left():b.right() + 1] = True
            assert alpha[inside].any() and not alpha[~inside].any(), (camera.id, t)
            checked += 1
    assert checked >= 10


def pixels_alpha(image: QImage) -> np.ndarray:
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), 3]


def test_the_alerts_kept_between_changes_are_a_fresh_searchs(pack):
    model, fresh = CctvModel(pack), CctvModel(pack)

    def searched(t, recent_ms):
        out = {}
        for cam_id, index in fresh._index.items():
            ids = index.active(int(t), recent_ms)
            if ids:
                out[cam_id] = ids
        return out

    m = pack.manifest
    moments = [t for e in model.ai_events for edge in (e.t_start, (e.t_end or e.t_start) + 5_000)
               for t in (edge - 1, edge, edge + 1, edge + 2)]
    moments += list(range(m.t_start, m.t_end, 4_999))  # forwards, as the clock plays
    rng = np.random.default_rng(5)
    moments += [int(t) for t in rng.integers(m.t_start - 60_000, m.t_end + 60_000, 500)]  # and seeking about
    assert moments
    for k, t in enumerate(moments):
        recent = 0 if k % 5 == 0 else 5_000
        got = {cam_id: [e.id for e in events] for cam_id, events in model.active_alerts(t, recent).items()}
        assert got == searched(t, recent), t
