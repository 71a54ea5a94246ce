"""QR codes drawn from segno's matrix (placeholder until the recap lands)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


def qr_text(settings, visit_id) -> str:
    url = settings.get("recap_url")
    if url:
        return url.replace("{id}", str(visit_id)) if "{id}" in url else url.rstrip("/") + "/" + str(visit_id)
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + (settings.get("contact_name") or settings.get("center_name") or "") + "\r\nEND:VCARD"


class QrCode(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix = []

    def set_text(self, text: str) -> None:
        import segno

        self.matrix = [list(row) for row in segno.make(text, error="m").matrix]
        self.update()

    def paintEvent(self, event) -> None:
        if not self.matrix:
            return
        p = QPainter(self)
        n = len(self.matrix) + 8
        side = min(self.width(), self.height())
        cell = side / n
        x0, y0 = (self.width() - side) / 2, (self.height() - side) / 2
        p.fillRect(QRectF(x0, y0, side, side), QColor("white"))
        for r, row in enumerate(self.matrix):
            for c, on in enumerate(row):
                if on:
                    p.fillRect(QRectF(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell + 0.5, cell + 0.5), Qt.GlobalColor.black)
