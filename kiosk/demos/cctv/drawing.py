"""How a camera tile draws: its colours, the scene's schematic, the detection boxes as cached
sprites and the tile's border. No camera image is ever drawn here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPainterPath, QPen, \
    QPixmap, QPolygonF, QStaticText, QTransform

ALERT = QColor("#ff5a36")
ALERT_GLOW = QColor(255, 90, 54, 70)
EMPHASIS = QColor("#38bdf8")
TILE_BG = QColor("#070d18")
SKY_TOP, SKY_BOTTOM = QColor("#0a1322"), QColor("#101b2c")

#: Fill colours of the schematic's shapes: muted and dark, a drawing, never a picture.
SHAPE_FILL = {
    "road": "#1b2433", "alley": "#232a36", "driveway": "#1e2735", "bike_path": "#173038",
    "sidewalk": "#252f3e", "plaza": "#212b39", "path": "#2c3140", "entrance": "#2d3b52",
    "grass": "#15291f", "schoolyard": "#1d2c26", "tree": "#183524", "tree_trunk": "#34291f",
    "planter": "#1a3324", "building": "#263246", "roof": "#2e3a50", "stall": "#33292a",
    "bench": "#3a3530", "lamp_post": "#3f4a5c", "pole": "#3f4a5c", "sign": "#4b3d22",
    "bus_stop": "#243754", "school_zone_paint": "#3d1b22", "crosswalk": "#1b2433",
}
DEFAULT_FILL = "#222c3b"
LINE_COLOR = {"dashed": "#5c6677", "double_yellow": "#7a6a2a", None: "#4b5565"}
LINE_KIND_COLOR = {"fence": "#434d5e", "gate": "#5b6a7e",
                   "stop_line": "#7d8696", "curb_no_stopping": "#7a6a2a"}
ZEBRA = QColor("#59637a")
OUTLINED = {"building", "roof", "stall", "bus_stop", "entrance", "sign"}

#: Box colours by detection class.
CLASS_COLOR = {
    "person": "#38bdf8", "car": "#fbbf24", "bus": "#fb923c", "truck": "#f59e0b", "bicycle": "#34d399",
    "motorcycle": "#2dd4bf", "kick_scooter": "#a3e635", "smoke": "#cbd5e1", "fire": "#f43f5e",
}
PEOPLE = {"person"}


def render_schematic(scene: dict, size: QSize) -> QPixmap:
    """The scene's schematic layout (sky, ground, roads, lanes, crosswalks, buildings...) drawn
    at ``size``: a drawing, never a picture. A malformed shape is skipped."""
    pm = QPixmap(max(1, size.width()), max(1, size.height()))
    pm.fill(TILE_BG)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = pm.width(), pm.height()
    layout = scene.get("layout") or {}
    horizon = float(layout.get("horizon_y", scene.get("camera_model", {}).get("horizon_y", 0.3)))
    sky = QLinearGradient(0, 0, 0, horizon * h)
    night = "night" in str(scene.get("kind", ""))
    sky.setColorAt(0, QColor("#05090f") if night else SKY_TOP)
    sky.setColorAt(1, QColor("#0b1220") if night else SKY_BOTTOM)
    p.fillRect(QRectF(0, 0, w, horizon * h + 1), sky)
    p.fillRect(QRectF(0, horizon * h, w, h - horizon * h + 1), QColor("#141c28"))

    def pt(xy) -> QPointF:
        return QPointF(float(xy[0]) * w, float(xy[1]) * h)

    for shape in layout.get("shapes") or []:
        kind = shape.get("kind")
        style = shape.get("style")
        try:
            if "polygon" in shape:
                poly = QPolygonF([pt(xy) for xy in shape["polygon"]])
                fill = QColor(SHAPE_FILL.get(kind, DEFAULT_FILL))
                p.setPen(QPen(fill.lighter(135), 1.2) if kind in OUTLINED else Qt.PenStyle.NoPen)
                p.setBrush(fill)
                p.drawPolygon(poly)
                if kind == "crosswalk" or style == "zebra":
                    _zebra(p, poly)
                elif kind == "school_zone_paint":
                    p.setBrush(QBrush(QColor(120, 40, 48, 60), Qt.BrushStyle.BDiagPattern))
                    p.setPen(Qt.PenStyle.NoPen)
                    p.drawPolygon(poly)
            elif "line" in shape:
                pts = [pt(xy) for xy in shape["line"]]
                color = QColor(LINE_KIND_COLOR.get(kind) or LINE_COLOR.get(style, LINE_COLOR[None]))
                width = max(1.2, h / 260)
                if style == "double_yellow":
                    _double_line(p, pts, color, width)
                else:
                    pen = QPen(color, width)
                    if style == "dashed":
                        pen.setStyle(Qt.PenStyle.DashLine)
                    p.setPen(pen)
                    for a, b in zip(pts, pts[1:]):
                        p.drawLine(a, b)
        except (TypeError, ValueError, IndexError):
            continue  # a malformed shape is skipped, the rest still draws
    p.end()
    return pm


def border(p: QPainter, outer: QRectF, width: int, color: QColor) -> None:
    """A rectangular border ``width`` thick inside ``outer``, as four strips on whole pixels (a
    fractional rectangle takes Qt's slow antialiased path). A translucent colour's side strips
    are drawn from a cached pixmap: Qt blends a translucent fill one scanline at a time, about
    80 µs for a strip 6 pixels wide and 250 high, against 2 µs for the same strip as a pixmap."""
    o = outer.toAlignedRect()
    x, y, w, h = o.x(), o.y(), o.width(), o.height()
    p.fillRect(QRect(x, y, w, width), color)
    p.fillRect(QRect(x, y + h - width, w, width), color)
    if color.alpha() == 255:
        p.fillRect(QRect(x, y + width, width, h - 2 * width), color)
        p.fillRect(QRect(x + w - width, y + width, width, h - 2 * width), color)
    elif h > 2 * width:
        side = _strip(width, h - 2 * width, color.rgba())
        p.drawPixmap(x, y + width, side)
        p.drawPixmap(x + w - width, y + width, side)


_strips: dict[tuple, QPixmap] = {}


def _strip(w: int, h: int, rgba: int) -> QPixmap:
    key = (w, h, rgba)
    strip = _strips.get(key)
    if strip is None:
        if len(_strips) > 64:  # a few tile heights and colours; never grow without bound
            _strips.clear()
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor.fromRgba(rgba))
        strip = _strips[key] = QPixmap.fromImage(image)
    return strip


#: Transparent margin around a box sprite, for its outline's antialiased edge.
SPRITE_PAD = 4
_sprites: dict[tuple, tuple[QPixmap, int, int]] = {}


def box_sprite(shape: str, rgba: int, alerted: bool, w: float, h: float, line_w: float) -> tuple[QPixmap, int, int]:
    """A detection box drawn once and kept: antialiased figures and rounded corners cost about
    150 µs each to rasterise, a cached pixmap a few. Keyed by whole pixels, so a box moving by
    less than one pixel reuses its sprite. Returns the sprite and its width and height (the box
    and ``SPRITE_PAD`` around it)."""
    iw, ih = max(2, round(w)), max(2, round(h))
    key = (shape, rgba, alerted, iw, ih, round(line_w * 4))
    sprite = _sprites.get(key)
    if sprite is not None:
        return sprite
    if len(_sprites) > 4000:  # sizes change with distance; never grow without bound
        _sprites.clear()
    image = QImage(iw + 2 * SPRITE_PAD, ih + 2 * SPRITE_PAD, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor.fromRgba(rgba)
    fill = QColor(color)
    fill.setAlpha(70 if alerted else 45)
    box = QRectF(SPRITE_PAD, SPRITE_PAD, iw, ih)
    p.setPen(QPen(color, line_w * (2 if alerted else 1)))
    p.setBrush(fill)
    if shape == "figure":
        _figure(p, box, color, fill)
    elif shape == "cloud":
        p.setPen(QPen(color, line_w, Qt.PenStyle.DashLine))
        p.drawRoundedRect(box, box.width() * 0.3, box.height() * 0.3)
    elif shape == "rounded":
        radius = min(box.width(), box.height()) * 0.18
        p.drawRoundedRect(box, radius, radius)
    else:
        p.drawRect(box)
    p.end()
    sprite = _sprites[key] = (QPixmap.fromImage(image), iw + 2 * SPRITE_PAD, ih + 2 * SPRITE_PAD)
    return sprite


_captions: dict[tuple, tuple[QStaticText, float, tuple[int, int, int, int]]] = {}
LABEL_BG = QColor(6, 12, 22, 200)
ALERT_LABEL_BG = QColor(ALERT.red(), ALERT.green(), ALERT.blue(), 235)


def caption_text(caption: str, font: QFont, font_key: str, fm: QFontMetricsF) -> tuple[QStaticText, float, tuple]:
    """A box's caption laid out once and kept: a wall of cameras draws hundreds a second. Returns
    the laid-out text, its advance, and the rectangle its letters' ink may cover relative to the
    text's top left (x, y, width, height; an Arabic letter's tail reaches below the line)."""
    key = (caption, font_key)
    hit = _captions.get(key)
    if hit is None:
        if len(_captions) > 2000:  # track numbers grow over a recording; never grow without bound
            _captions.clear()
        static = QStaticText(caption)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        ink = fm.boundingRect(caption).translated(0, fm.ascent()).toAlignedRect().adjusted(-2, -2, 3, 3)
        hit = _captions[key] = (static, fm.horizontalAdvance(caption), (ink.x(), ink.y(), ink.width(), ink.height()))
    return hit


def _zebra(p: QPainter, poly: QPolygonF) -> None:
    box = poly.boundingRect()
    path = QPainterPath()
    path.addPolygon(poly)
    p.save()
    p.setClipPath(path, Qt.ClipOperation.IntersectClip)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ZEBRA)
    if box.width() >= box.height():  # crossing left to right: stripes stand up
        n = max(4, int(box.width() / max(6.0, box.height() * 0.35)))
        step = box.width() / n
        for k in range(n):
            p.drawRect(QRectF(box.x() + k * step + step * 0.25, box.y(), step * 0.5, box.height()))
    else:
        n = max(4, int(box.height() / max(6.0, box.width() * 0.35)))
        step = box.height() / n
        for k in range(n):
            p.drawRect(QRectF(box.x(), box.y() + k * step + step * 0.25, box.width(), step * 0.5))
    p.restore()


def _double_line(p: QPainter, pts: list[QPointF], color: QColor, width: float) -> None:
    p.setPen(QPen(color, width))
    for a, b in zip(pts, pts[1:]):
        d = b - a
        length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
        off = QPointF(-d.y() / length, d.x() / length) * width * 1.1
        p.drawLine(a + off, b + off)
        p.drawLine(a - off, b - off)


def _figure(p: QPainter, box: QRectF, color: QColor, fill: QColor) -> None:
    """An anonymous person: a round head and a rounded body, no face."""
    head_d = min(box.width() * 0.7, box.height() * 0.22)
    cx = box.center().x()
    head = QRectF(cx - head_d / 2, box.y(), head_d, head_d)
    body = QRectF(box.x(), box.y() + head_d * 1.05, box.width(), max(1.0, box.height() - head_d * 1.05))
    p.drawEllipse(head)
    radius = min(body.width(), body.height()) * 0.45
    p.drawRoundedRect(body, radius, radius)
