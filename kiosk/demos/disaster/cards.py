"""The incident card (the alert, its agencies and its response lane) and the chips of the board
of active incidents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kiosk.demos.disaster.lane import PhaseLane
from kiosk.demos.disaster.sparkline import Sparkline
from kiosk.ui.widgets import button, label


class IncidentCard(QFrame):
    def __init__(self):
        super().__init__()
        self.setProperty("role", "panel")
        self.setObjectName("incident-card")
        self.kind = label("muted")
        self.headline = label("heading")
        self.original = label("muted", wrap=True)
        self.original.setStyleSheet("color: #fbbf24;")
        self.description = label("body")
        self.instruction = label("body")
        self.instruction.setStyleSheet("font-weight: 600;")
        self.agencies = label("muted")
        self.lane = PhaseLane()
        self.close_button = button("nav")
        self.camera_button = button("primary")
        self.camera_button.setObjectName("incident-camera")
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(self.camera_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 10, 18, 12)
        box.setSpacing(6)
        box.addLayout(top)
        for widget in (self.headline, self.original, self.lane, self.agencies, self.description, self.instruction):
            box.addWidget(widget)


class BoardChip(QFrame):
    """One type on the board of active incidents: its colour, the count now, the type's name, and
    below them how many were active across the day."""

    def __init__(self, color: str):
        super().__init__()
        self.setProperty("role", "card")
        self.swatch = QLabel()
        self.swatch.setFixedSize(14, 40)
        self.swatch.setStyleSheet(f"background: {color}; border-radius: 4px;")
        self.value = label("figure", wrap=False)
        self.caption = label("muted")
        self.day = Sparkline(color)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.swatch)
        row.addWidget(self.value)
        row.addWidget(self.caption, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 4, 12, 6)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.day)
