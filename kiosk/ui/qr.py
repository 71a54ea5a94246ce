"""QR codes: the modules come from segno (a tested encoder: Reed-Solomon and masking are not code
to write again); this module only says what to encode and paints the modules crisply, black on
white whatever the theme, with the quiet zone a reader needs.

What the recap's code holds (:func:`qr_text`): the visit's recap page when the center publishes
one (the ``recap_url`` setting), otherwise the center's contact as a vCard 3.0 a phone can save.
"""

from __future__ import annotations

from typing import Sequence

import segno
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.store.recap import Contact

QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks
Matrix = tuple[tuple[bool, ...], ...]


# ---------------------------------------------------------------- what the code says

def vcard_escape(text: str) -> str:
    """A vCard 3.0 text value (RFC 2426 5.8.4): backslash, comma and semicolon escaped, each line
    break written as \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"))


def vcard(contact: Contact) -> str:
    """The center's contact as a vCard 3.0 (UTF-8 text; lines end with CRLF). FN is the contact
    person or office, else the center; ORG the center."""
    full_name = contact.name or contact.center_name
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{vcard_escape(full_name)};;;;", f"FN:{vcard_escape(full_name)}"]
    if contact.center_name:
        lines.append(f"ORG:{vcard_escape(contact.center_name)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{vcard_escape(contact.phone)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{vcard_escape(contact.email)}")
    if contact.web:
        lines.append(f"URL:{vcard_escape(contact.web)}")
    if contact.address:
        # ADR: post office box; extended address; street; locality; region; postal code; country
        lines.append(f"ADR;TYPE=WORK:;;{vcard_escape(contact.address)};;;;")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def contact_qr_text(contact: Contact, visit_id: int) -> str:
    return contact.recap_link(visit_id) or vcard(contact)


def qr_text(settings, visit_id: int) -> str:
    """What the recap's QR code holds: the ``recap_url`` with the visit's number when the center
    publishes its recaps, otherwise the center's contact as a vCard."""
    return contact_qr_text(Contact.from_settings(settings), visit_id)


# ---------------------------------------------------------------- the modules

def qr_matrix(text: str, border: int = QUIET_ZONE) -> Matrix:
    """The code's dark (True) and light modules, row by row, with ``border`` light modules around.
    UTF-8 in byte mode (Korean names); never a Micro QR, which few readers know."""
    code = segno.make(text, error="m", micro=False, encoding=None if text.isascii() else "utf-8")
    return tuple(tuple(bool(v) for v in row) for row in code.matrix_iter(scale=1, border=border))


def paint_matrix(painter: QPainter, rect: QRectF, matrix: Matrix) -> None:
    """Paint the code into the square ``rect`` (white ground, black modules). Runs of dark modules
    are one rectangle each: crisp in a PDF, where every module is vector."""
    n = len(matrix)
    side = min(rect.width(), rect.height())
    module = side / n
    left, top = rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        while x < n:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < n and row[x]:
                x += 1
            painter.fillRect(QRectF(left + start * module, top + y * module, (x - start) * module, module), black)
    painter.restore()


def qr_image(text: str, size: int, border: int = QUIET_ZONE) -> QImage:
    """The code as a ``size`` x ``size`` image: whole pixels per module (so every edge is sharp),
    centred on white."""
    matrix = qr_matrix(text, border)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    module = max(1, size // len(matrix))
    side = module * len(matrix)
    painter = QPainter(image)
    offset = (size - side) // 2
    paint_matrix(painter, QRectF(offset, offset, side, side), matrix)
    painter.end()
    return image


class QrCode(QWidget):
    """A QR code on screen: black on white in every theme, whole pixels per module."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._matrix: Matrix = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def matrix(self) -> Sequence[Sequence[bool]]:
        return self._matrix

    def sizeHint(self) -> QSize:
        n = len(self._matrix) or 29
        return QSize(n * 4, n * 4)

    def minimumSizeHint(self) -> QSize:
        n = len(self._matrix) or 29
        return QSize(n * 2, n * 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        ratio = self.devicePixelRatioF()
        n = len(self._matrix)
        # whole device pixels per module, so no module edge is smeared over two pixels
        module = max(1, int(min(self.width(), self.height()) * ratio) // n) / ratio
        side = module * n
        rect = QRectF(round((self.width() - side) / 2 * ratio) / ratio,
                      round((self.height() - side) / 2 * ratio) / ratio, side, side)
        # white only around the code (its quiet zone is in the matrix), never the widget's whole width
        painter.fillRect(rect, QColor("white"))
        paint_matrix(painter, rect, self._matrix)
        painter.end()

