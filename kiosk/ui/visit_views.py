"""What the delegation sees of its visit: the welcome, the closing question with four faces, and
the last screen with the QR code. Each view is a plain widget, shown on the kiosk's one screen
or, in presenter mode, on the audience's, always in the delegation's language."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.i18n import N_, _
from kiosk.ui.widgets import button, label

log = logging.getLogger(__name__)

WELCOME = N_("Welcome")
#: A second answer within this many seconds corrects the first instead of adding one.
CORRECTION_S = 5.0
FACES = (N_("Not good"), N_("It was all right"), N_("Good"), N_("Excellent"))
SAVED = N_("Thank you! You can add a few words, or tap Done.")
SAVE_FAILED = N_("Thank you. Your answer could not be saved just now.")
FACE_COLORS = ("#ef4444", "#f59e0b", "#22c55e", "#0ea5e9")


def center_name_in(shell, code: str) -> str:
    """The center's name as set, or the default name in ``code``."""
    from kiosk.settings import DEFAULT_CENTER_NAME

    return shell.settings.get("center_name") or i18n.translate_in(code, DEFAULT_CENTER_NAME)


class WelcomeView(QWidget):
    """The delegation's lead organization as written, its countries in its language, the
    center, the guide and interpreter, and a welcome line in each of the visit's languages,
    largest first in the first one."""

    def __init__(self, shell, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.shell = shell
        self.plan = None
        self.greeting = label("display", align=Qt.AlignmentFlag.AlignCenter)
        self.greeting.setObjectName("welcome-greeting")
        self.others = label("subtitle", align=Qt.AlignmentFlag.AlignCenter)
        self.others.setObjectName("welcome-others")
        self.organization = label("title", align=Qt.AlignmentFlag.AlignCenter)
        self.organization.setObjectName("welcome-organization")
        self.countries = label("heading", align=Qt.AlignmentFlag.AlignCenter)
        self.countries.setObjectName("welcome-countries")
        self.center = label("subtitle", align=Qt.AlignmentFlag.AlignCenter)
        self.people = label("body", align=Qt.AlignmentFlag.AlignCenter)
        self.people.setObjectName("welcome-people")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.greeting, self.others, self.organization, self.countries, self.center, self.people):
            layout.addWidget(widget)
        layout.addStretch(3)
        self._layout = layout
        self.apply_metrics()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self._layout.setContentsMargins(m.px(80), m.px(40), m.px(80), m.px(40))
        self._layout.setSpacing(m.px(22))

    def fill(self, plan) -> None:
        self.plan = plan
        self.retranslate()

    def retranslate(self) -> None:
        from kiosk.store.countries import country_name

        plan = self.plan
        if plan is None:
            return
        # the visit's first language, by itself at the start; the language the guide switches to after
        first = i18n.current_language()
        with i18n.speaking(first):
            self.greeting.setText(_(WELCOME))
            v = plan.visit
            self.organization.setText(v.organization.name)  # as written, in no translation
            self.countries.setText(" · ".join(country_name(c.country, first) for c in v.countries))
            self.center.setText(center_name_in(self.shell, first))
            lines = []
            if plan.guides:
                lines.append(_("Your guide: {names}").format(names=", ".join(plan.guides)))
            if plan.interpreters:
                lines.append(_("Interpreter: {names}").format(names=", ".join(plan.interpreters)))
            self.people.setText("\n".join(lines))
            self.people.setVisible(bool(lines))
        others = [i18n.translate_in(code, WELCOME) for code in plan.languages if code != first]
        self.others.setText("   ·   ".join(others))
        self.others.setVisible(bool(others))


class Face(QWidget):
    """One of the four answers: a large round face drawn to any size, with its word below."""

    chosen = Signal(int)

    def __init__(self, value: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = value
        self.setObjectName(f"face-{value}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.selected = False
        self.word = ""

    def mouseReleaseEvent(self, event) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.chosen.emit(self.value)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        word_h = self.height() * 0.22
        side = min(self.width(), self.height() - word_h) * 0.86
        r = QRectF((self.width() - side) / 2, (self.height() - word_h - side) / 2, side, side)
        color = QColor(FACE_COLORS[self.value - 1])
        p.setBrush(color if self.selected else color.darker(115))
        p.setPen(QPen(QColor("#ffffff") if self.selected else color.lighter(130), max(3.0, side * (0.05 if self.selected else 0.02))))
        p.drawEllipse(r)
        ink = QPen(QColor("#0b1220"), side * 0.06, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(ink)
        p.setBrush(QColor("#0b1220"))
        eye = side * 0.07
        for x in (0.34, 0.66):
            p.drawEllipse(QRectF(r.left() + side * x - eye / 2, r.top() + side * 0.36, eye, eye * 1.3))
        # the mouth: from a frown (1) to a wide smile (4)
        curve = (-0.16, -0.03, 0.1, 0.2)[self.value - 1]
        mouth = QPainterPath()
        y = r.top() + side * (0.68 if curve >= 0 else 0.74)
        mouth.moveTo(r.left() + side * 0.3, y)
        mouth.quadTo(r.center().x(), y + side * curve * 1.4, r.left() + side * 0.7, y)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(mouth)
        p.setPen(self.palette().windowText().color())
        font = p.font()
        font.setPixelSize(max(14, int(word_h * 0.42)))
        font.setBold(self.selected)
        p.setFont(font)
        p.drawText(QRectF(0, self.height() - word_h, self.width(), word_h),
                   Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.word)


class FeedbackView(QWidget):
    """One question, four faces, an optional short comment on the screen keyboard. The answer is
    saved with the visit (no personal data); a second tap within 5 s corrects the first. Then the
    last screen: thanks, and the QR code of the recap or the center's contact."""

    answered = Signal(int)
    finished = Signal()  # the delegation has seen the last screen (or the guide closed it)

    def __init__(self, shell, parent: QWidget | None = None, keyboard: bool = True):
        super().__init__(parent)
        self.setObjectName("feedback")
        self.shell = shell
        self.visit_id: int | None = None
        self.answer_id: int | None = None
        self.rating: int | None = None
        self._answered_at = 0.0
        self._state = ""  # what the line under the faces says (a message, translated when shown)
        self.question = label("title", align=Qt.AlignmentFlag.AlignCenter)
        self.question.setObjectName("feedback-question")
        self.faces = [Face(v) for v in range(1, 5)]
        for face in self.faces:
            face.chosen.connect(self.choose)
        faces = QHBoxLayout()
        for face in self.faces:
            faces.addWidget(face, 1)
        self.comment = QLineEdit()
        self.comment.setObjectName("feedback-comment")
        self.comment.setMaxLength(280)
        self.send_button = button("primary")
        self.send_button.setObjectName("feedback-send")
        self.send_button.clicked.connect(self.send_comment)
        self.state = label("muted", align=Qt.AlignmentFlag.AlignCenter)
        self.state.setObjectName("feedback-state")
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.send_button)

        self.ask = QWidget()
        ask = QVBoxLayout(self.ask)
        ask.addWidget(self.question)
        ask.addLayout(faces, 1)
        ask.addLayout(comment_row)
        ask.addWidget(self.state)
        self._ask_layout = ask

        # the last screen
        from kiosk.ui.qr import QrCode

        self.thanks = QWidget()
        self.thanks_line = label("display", align=Qt.AlignmentFlag.AlignCenter)
        self.thanks_line.setObjectName("thanks-line")
        self.take_home = label("subtitle", align=Qt.AlignmentFlag.AlignCenter)
        self.qr = QrCode()
        self.qr.setObjectName("thanks-qr")
        self.contact = label("body", align=Qt.AlignmentFlag.AlignCenter)
        self.done_button = button("primary")
        self.done_button.setObjectName("thanks-done")
        self.done_button.clicked.connect(self.finished)
        thanks = QVBoxLayout(self.thanks)
        self._thanks_layout = thanks
        thanks.addStretch(1)
        thanks.addWidget(self.thanks_line)
        thanks.addWidget(self.take_home)
        thanks.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        thanks.addWidget(self.contact)
        thanks.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        thanks.addStretch(1)
        self.thanks.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.ask, 1)
        layout.addWidget(self.thanks, 1)
        self._layout = layout
        self.keyboard = None
        if keyboard:
            from kiosk.ui.keyboard import OnScreenKeyboard

            self.keyboard = OnScreenKeyboard(self)
            self.keyboard.setObjectName("osk")
            self.keyboard.attach(self)
            self.keyboard.submitted.connect(self.send_comment)
            self.keyboard.hide()  # until the comment field is touched: the faces come first
            layout.addWidget(self.keyboard)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(60_000)
        self._linger.timeout.connect(self.finished)
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        m = self.shell.metrics
        self._layout.setContentsMargins(m.px(64), m.px(32), m.px(64), m.px(32))
        self._ask_layout.setSpacing(m.px(24))
        self._thanks_layout.setSpacing(m.px(28))
        self.qr.setFixedSize(m.px(420), m.px(420))
        self.done_button.setMinimumWidth(m.px(320))
        self.comment.setMinimumHeight(m.target(72))
        if self.keyboard is not None:
            self.keyboard.apply_metrics(m)

    def start(self, visit_id: int) -> None:
        self.visit_id, self.answer_id, self.rating = visit_id, None, None
        self._answered_at = 0.0
        self.comment.clear()
        for face in self.faces:
            face.selected = False
            face.update()
        self.ask.show()
        self.thanks.hide()
        if self.keyboard is not None:
            self.keyboard.hide()
            self.keyboard.set_language(i18n.current_language())  # Hangul for Korean, else Latin
        self.comment.clearFocus()
        self._state = ""
        self.state.setText("")
        self.retranslate()

    def choose(self, value: int) -> None:
        """A face tapped: saved at once; a tap on another face moments later changes the answer
        (the same answer again changes nothing)."""
        if self.visit_id is None or self.thanks.isVisible():
            return
        now = time.monotonic()
        correcting = self.answer_id is not None and now - self._answered_at < CORRECTION_S
        if self.answer_id is not None and not correcting:
            return  # answered already: a late second tap is not a second answer
        if correcting and value == self.rating:
            return
        self.rating = value
        for face in self.faces:
            face.selected = face.value == value
            face.update()
        self._save(replaces=self.answer_id)
        if not correcting:
            self._answered_at = now
            self.answered.emit(value)

    def send_comment(self) -> None:
        text = self.comment.text().strip()
        if self.visit_id is None:
            return
        if text:
            self._save(replaces=self.answer_id, comment=text)
        self.show_thanks()

    def _save(self, replaces: int | None, comment: str | None = None) -> None:
        desk = self.shell.desk()
        try:
            saved = desk.activity.add_feedback(self.visit_id, self.rating, comment or self.comment.text().strip() or None,
                                               replaces=replaces)
        except Exception as exc:  # an answer lost to a busy log must not stop the goodbye
            log.warning("could not save the delegation's answer: %s", exc)
            self._state = SAVE_FAILED
            self.state.setText(_(self._state))
            return
        self.answer_id = saved.id
        self._state = SAVED
        self.state.setText(_(self._state))

    def show_thanks(self) -> None:
        from kiosk.ui.qr import qr_text

        self.ask.hide()
        if self.keyboard is not None:
            self.keyboard.hide()
        self.thanks.show()
        self.qr.set_text(qr_text(self.shell.settings, self.visit_id))
        self.retranslate()
        self._linger.start()

    def retranslate(self) -> None:
        if self.keyboard is not None:
            self.keyboard.retranslate()
        self.question.setText(_("How did you find your visit today?"))
        self.state.setText(_(self._state) if self._state else "")
        for face, word in zip(self.faces, FACES):
            face.word = _(word)
            face.update()
        self.comment.setPlaceholderText(_("A few words, if you like (no names, please)"))
        self.send_button.setText(_("Done"))
        self.done_button.setText(_("Done"))
        self.thanks_line.setText(_("Thank you for your visit"))
        s = self.shell.settings
        self.take_home.setText(_("Scan to take today's visit home") if s.get("recap_url")
                               else _("Scan to keep our contact"))
        contact = [v for v in (s.get("contact_name"), s.get("contact_phone"), s.get("contact_email"),
                               s.get("contact_web")) if v]
        self.contact.setText("   ·   ".join(contact))
