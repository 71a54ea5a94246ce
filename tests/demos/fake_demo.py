"""A minimal demo used to check the registry plumbing: a Qt-free model and a Qt view."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.i18n import _


class FakeModel:
    def __init__(self):
        self.opened = True


class FakeView(QWidget):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def retranslate(self):
        self.label.setText(_("Settings"))
