"""What the kiosk's PDF documents share (the take-home recap, the statistics report): A4 pages
painted with QPainter on a QPdfWriter at 300 dpi, blocks of HTML laid out by QTextDocument with
the shipped fonts, right to left in Arabic, and a check that a folder can take the file before
anything is painted. Painting needs no widget, so a worker can write a document.
"""

from __future__ import annotations

import errno
import html
import os
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument, QTextOption

from kiosk.core.errors import StorageError, os_reason
from kiosk.ui import fonts

PDF_DPI = 300
PAGE_MM = (210.0, 297.0)  # A4
MARGIN_MM = 18.0
INK, MUTED, ACCENT, PANEL, RULE = "#15202b", "#56606b", "#0b4f8a", "#eef2f6", "#c9d2dc"

STYLESHEET = (
    f"h1 {{ font-size: 22pt; font-weight: bold; color: {INK}; margin-top: 2pt; margin-bottom: 4pt; }}"
    f"h2 {{ font-size: 13pt; font-weight: bold; color: {ACCENT}; margin-top: 10pt; margin-bottom: 3pt; }}"
    f"p {{ color: {INK}; margin-top: 2pt; margin-bottom: 2pt; }}"
    f".kicker {{ font-size: 11pt; font-weight: bold; color: {ACCENT}; }}"
    f".lead {{ font-size: 13pt; font-weight: bold; }}"
    f".muted {{ color: {MUTED}; }}"
    f".note {{ color: {MUTED}; font-size: 9pt; }}"
    f".item {{ margin-top: 3pt; margin-bottom: 3pt; }}")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def paragraph(text: str, css: str = "") -> str:
    return (f"<p class='{css}'>" if css else "<p>") + escape(text) + "</p>"


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>" + escape(text) + f"</h{level}>"


def document_font(size_pt: float = 10.5) -> QFont:
    font = QFont()
    font.setFamilies(fonts.FAMILIES)
    font.setPointSizeF(size_pt)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # no optional ligatures: a PDF reader (or a search) finds "fi" as two letters, not a glyph
    # it cannot map back; Arabic keeps its required ones (rlig)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def check_folder(folder: Path, message: str) -> None:
    """Make ``folder`` if needed and try writing in it; a StorageError when a document cannot be
    saved there: ``message`` (translated) with ``{folder}`` and ``{reason}``."""
    folder = Path(folder)
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError as exc:  # a file where the folder should be
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder)) from exc
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kiosk-", suffix=".probe"):
            pass
    except OSError as exc:
        raise StorageError(message.format(folder=folder, reason=os_reason(exc))) from exc


class Pages:
    """Paints blocks of text down the pages of one device, in millimetres."""

    def __init__(self, painter: QPainter, device, dpi: float, rtl: bool, new_page: Callable[[], bool]):
        self.painter, self.device, self.dpi, self.rtl = painter, device, dpi, rtl
        self.new_page = new_page
        self.number = 1
        self.stopped = False
        self.left, self.width = self.mm(MARGIN_MM), self.mm(PAGE_MM[0] - 2 * MARGIN_MM)
        self.top, self.bottom = self.mm(MARGIN_MM), self.mm(PAGE_MM[1] - MARGIN_MM)
        self.y = self.top
        self.font = document_font()

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def document(self, body: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet(STYLESHEET)
        doc.setHtml(f"<div dir='{'rtl' if self.rtl else 'ltr'}'>{body}</div>")
        doc.setTextWidth(width)
        return doc

    def x(self, left: float, width: float) -> float:
        """The left edge of a box ``left`` from the start edge (the right one in Arabic)."""
        return self.left + (self.width - left - width if self.rtl else left)

    def draw(self, doc: QTextDocument, x: float, y: float) -> None:
        self.painter.save()
        self.painter.translate(x, y)
        doc.drawContents(self.painter)
        self.painter.restore()

    def next_page(self) -> bool:
        if self.stopped or not self.new_page():
            self.stopped = True
            return False
        self.number += 1
        self.y, self.bottom = self.top, self.mm(PAGE_MM[1] - MARGIN_MM)
        return True

    def text(self, body: str, before_mm: float = 0.0) -> None:
        """A block of text, after ``before_mm`` of space (none at the top of a page)."""
        if self.stopped:
            return
        doc = self.document(body, self.width)
        height = doc.size().height()
        gap = self.mm(before_mm) if self.y > self.top else 0.0
        if self.y + gap + height > self.bottom and self.y > self.top:
            if not self.next_page():
                return
            gap = 0.0
        self.draw(doc, self.left, self.y + gap)
        self.y += gap + height


def pdf_bytes(paint: Callable[[QPainter, QPdfWriter], int], title: str = "", dpi: int = PDF_DPI) -> tuple[bytes, int]:
    """An A4 PDF painted by ``paint(painter, writer)`` (which returns the pages it painted), as
    bytes, with its page count. Needs no widget: a worker can run it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator("Smart City Kiosk")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        pages = paint(painter, writer)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), pages
