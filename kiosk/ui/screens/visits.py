"""The visits calendar (staff): a week or a month of delegation visits, a tap opens one."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QListView, QPushButton, QScroller, QSizePolicy, \
    QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _, ngettext
from kiosk.ui.forms import STATUS_COLORS
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import TouchButton, button, isolate, label, set_role

log = logging.getLogger(__name__)

WEEK_SHOWN = 5  # visits listed in a day of the week view before "+N more"
MONTH_SHOWN = 2


def week_start(day: date, first_weekday: int) -> date:
    """The first day of ``day``'s week, where weeks start on ``first_weekday`` (0 = Monday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def first_weekday() -> int:
    """The first day of the week in the interface language's region (Sunday in Korea)."""
    from babel import Locale

    return Locale.parse(i18n.babel_locale()).first_week_day


def weekday_names() -> dict[int, str]:
    """Abbreviated weekday names in the interface language (0 = Monday), from CLDR."""
    from babel import Locale

    return Locale.parse(i18n.babel_locale()).days["stand-alone"]["abbreviated"]


def two_lines(fm, text: str, width: int) -> list[str]:
    """``text`` on at most two lines of ``width`` pixels, broken between words, the rest elided."""
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word (or a script without spaces): elide it on one line
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first] + ([fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [])


class VisitChip(QPushButton):
    """A visit on the calendar: its status as a coloured edge, the time, the delegation (elided
    to the day's width, never widening it) and the number of people."""

    def __init__(self, compact: bool = False):
        super().__init__()
        self.compact = compact  # the month: one line, the time and the delegation
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.row = None
        self.when = ""
        self.people = ""

    def set_row(self, row) -> None:
        self.row = row
        self.when = i18n.format_skeleton("Hm", row.start)
        self.people = ngettext("{n} person", "{n} people", row.headcount).format(n=i18n.format_number(row.headcount))
        self.setToolTip(row.organization_name)
        self.setAccessibleName(_("{time} {organization} · {n}").format(
            time=self.when, organization=row.organization_name, n=i18n.format_number(row.headcount)))
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self.compact:
            return QSize(80, max(TouchButton.touch_px, int(fm.height() * 1.6)))
        return QSize(80, max(TouchButton.touch_px, int(fm.height() * 3.5)))

    def paintEvent(self, event) -> None:
        if self.row is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        pal = self.palette()
        base = pal.color(pal.ColorRole.Button)
        p.setPen(QPen(pal.color(pal.ColorRole.Mid), 1))
        p.setBrush(base.lighter(115) if self.isDown() else base)
        p.drawRoundedRect(r, 8, 8)
        color = QColor(STATUS_COLORS.get(self.row.status, "#94a3b8"))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(r.right() - 7 if rtl else r.x(), r.y(), 7, r.height()), 3, 3)
        fm = self.fontMetrics()
        pad = 14
        text_w = int(r.width() - pad - 8)
        left = r.x() + (8 if rtl else pad)  # the text leaves room for the status edge
        align = Qt.AlignmentFlag.AlignLeft  # the leading edge: Qt mirrors it on a right-to-left screen
        line = fm.height()
        bold = QFont(self.font())
        bold.setBold(True)
        time_w = QFontMetrics(bold).horizontalAdvance(self.when)
        font = QFont(self.font())
        font.setStrikeOut(self.row.status == "cancelled")
        name_pen = pal.color(pal.ColorRole.ButtonText)
        time_pen = color if self.row.status != "cancelled" else pal.color(pal.ColorRole.PlaceholderText)
        if self.compact:
            band = QRectF(left, r.y(), text_w, r.height())
            p.setFont(bold)
            p.setPen(time_pen)
            p.drawText(band, int(align | Qt.AlignmentFlag.AlignVCenter), self.when)
            p.setFont(font)
            p.setPen(name_pen)
            room = max(0, text_w - time_w - 8)
            rest = band.adjusted(0, 0, -(time_w + 8), 0) if rtl else band.adjusted(time_w + 8, 0, 0, 0)
            p.drawText(rest, int(align | Qt.AlignmentFlag.AlignVCenter),
                       isolate(fm.elidedText(self.row.organization_name, Qt.TextElideMode.ElideRight, room)))
        else:
            top = QRectF(left, r.y() + 5, text_w, line)
            p.setFont(bold)
            p.setPen(time_pen)
            p.drawText(top, int(align | Qt.AlignmentFlag.AlignVCenter), self.when)
            if time_w + 10 + fm.horizontalAdvance(self.people) <= text_w:  # when there is room for it
                p.setFont(self.font())
                p.setPen(pal.color(pal.ColorRole.PlaceholderText))
                p.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.people)
            p.setFont(font)
            p.setPen(name_pen)
            for k, text in enumerate(two_lines(fm, self.row.organization_name, text_w)):
                p.drawText(QRectF(left, top.bottom() + 2 + k * line, text_w, line),
                           int(align | Qt.AlignmentFlag.AlignVCenter), isolate(text))
        if self.hasFocus():
            p.setPen(QPen(pal.color(pal.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, 8, 8)
        p.end()


class DayCell(QFrame):
    """One day: its date, and its visits as buttons (status colour on the left edge)."""

    def __init__(self, screen: "VisitsScreen", shown: int):
        super().__init__()
        self.screen = screen
        self.shown = shown
        self.setProperty("role", "day")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.day: date | None = None
        self.heading = label("muted", wrap=False)
        self.more = button("nav")
        self.more.setMinimumHeight(0)
        self.more.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.more.clicked.connect(lambda: self.day and screen.show_week_of(self.day))
        self.buttons = []
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(4)
        box.addWidget(self.heading)
        for _k in range(shown):
            b = VisitChip(compact=shown == MONTH_SHOWN)
            b.setObjectName("visit-chip")
            b.clicked.connect(lambda _c=False, b=b: screen.open_visit(b.row.id if b.row else None))
            b.hide()
            box.addWidget(b)
            self.buttons.append(b)
        box.addWidget(self.more)
        box.addStretch(1)
        self.more.hide()

    def set_day(self, day: date, heading: str, rows: list, today: bool, outside: bool) -> None:
        self.day = day
        self.heading.setText(heading)
        self.setProperty("today", today)
        self.setProperty("outside", outside)
        set_role(self, "day")
        for b, row in zip(self.buttons, rows):
            b.set_row(row)
            b.show()
        for b in self.buttons[len(rows):]:
            b.hide()
        extra = len(rows) - self.shown
        more = ngettext("{n} more", "{n} more", extra).format(n=i18n.format_number(extra)) if extra > 0 else ""
        if self.shown == MONTH_SHOWN:  # the month has no room for a button: the day's heading says it
            self.heading.setText(heading + ("  ·  " + more if more else ""))
        else:
            self.more.setVisible(extra > 0)
            self.more.setText(more)

    def mouseReleaseEvent(self, event) -> None:
        """A tap on a day of the month (not on one of its visits) opens its week."""
        if self.day is not None and self.shown == MONTH_SHOWN:
            self.screen.show_week_of(self.day)
        super().mouseReleaseEvent(event)


class VisitListModel(QAbstractListModel):
    """Every visit, newest first, fetched one screenful at a time as the list scrolls (keyset
    pages): a log of a million visits opens as fast as one of ten, and never loads them all."""

    PAGE = 40

    def __init__(self):
        super().__init__()
        self.schedule = None
        self.rows: list = []
        self.next_key = None
        self.more = False
        self.pages_fetched = 0

    def reset(self, schedule) -> None:
        self.beginResetModel()
        self.schedule, self.rows, self.next_key, self.more, self.pages_fetched = schedule, [], None, True, 0
        self.endResetModel()
        if schedule is None:
            self.more = False
        elif self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent) -> bool:
        return not parent.isValid() and self.more and self.schedule is not None

    def fetchMore(self, parent) -> None:
        page = self.schedule.page(self.next_key, limit=self.PAGE)
        self.pages_fetched += 1
        self.more = page.next_key is not None
        self.next_key = page.next_key
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from kiosk.store.model import STATUS_LABELS

            when = i18n.format_skeleton("yMMMEd", row.start) + "  " + i18n.format_skeleton("Hm", row.start)
            return _("{time} · {organization} · {people} · {status}").format(
                time=when, organization=row.organization_name,
                people=ngettext("{n} person", "{n} people", row.headcount).format(n=i18n.format_number(row.headcount)),
                status=_(STATUS_LABELS.get(row.status, row.status)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLORS.get(row.status, "#e2e8f0")) if row.status in ("cancelled", "no_show") else None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(200, 60)
        return None


class VisitsScreen(Screen):
    screen_id = "visits"

    def __init__(self, shell):
        super().__init__(shell)
        self.mode = "week"
        self.anchor: date | None = None  # a day in the period shown
        self.rows: list = []
        self.heading = label("title")
        self.period = label("heading", wrap=False)
        self.prev_button = button("nav")
        self.prev_button.setText("‹")
        self.prev_button.setObjectName("visits-prev")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = button("nav")
        self.next_button.setText("›")
        self.next_button.setObjectName("visits-next")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = button("nav")
        self.today_button.clicked.connect(self.go_today)
        self.week_button = button("choice", checkable=True)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button = button("choice", checkable=True)
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.list_button = button("choice", checkable=True)
        self.list_button.setObjectName("visits-list")
        self.list_button.clicked.connect(lambda: self.set_mode("list"))
        self.new_button = button("primary")
        self.new_button.setObjectName("visits-new")
        self.new_button.clicked.connect(lambda: self.shell.edit_visit(None))
        self.stats_button = button()
        self.stats_button.clicked.connect(lambda: self.shell.nav.go("stats"))
        self.status = label("muted")

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.stats_button)
        top.addWidget(self.new_button)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(self.period, 1)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        bar.addWidget(self.list_button)

        self.week = QWidget()
        week_grid = QHBoxLayout(self.week)
        week_grid.setContentsMargins(0, 0, 0, 0)
        self.week_cells = [DayCell(self, WEEK_SHOWN) for _d in range(7)]
        for cell in self.week_cells:
            week_grid.addWidget(cell, 1)
        self.month = QWidget()
        month_grid = QGridLayout(self.month)
        month_grid.setContentsMargins(0, 0, 0, 0)
        month_grid.setSpacing(6)
        self.weekday_labels = [label("muted", wrap=False, align=Qt.AlignmentFlag.AlignCenter) for _d in range(7)]
        for c, lab in enumerate(self.weekday_labels):
            month_grid.addWidget(lab, 0, c)
        self.month_cells = [DayCell(self, MONTH_SHOWN) for _d in range(42)]
        for k, cell in enumerate(self.month_cells):
            month_grid.addWidget(cell, 1 + k // 7, k % 7)
        for c in range(7):
            month_grid.setColumnStretch(c, 1)

        self.list_model = VisitListModel()
        self.list = QListView()
        self.list.setObjectName("event-list")
        self.list.setModel(self.list_model)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.list.clicked.connect(lambda index: self.open_visit(index.data(Qt.ItemDataRole.UserRole)))
        self.list.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.week, 1)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.list, 1)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._layout, 14)

    def title(self) -> str:
        return _("Visits")

    def retranslate(self) -> None:
        self.heading.setText(_("Delegation visits"))
        rtl = i18n.is_rtl()  # previous points the way the page reads from
        self.prev_button.setText("›" if rtl else "‹")
        self.next_button.setText("‹" if rtl else "›")
        self.today_button.setText(_("Today"))
        self.week_button.setText(_("Week"))
        self.month_button.setText(_("Month"))
        self.list_button.setText(_("All"))
        self.new_button.setText(_("New visit"))
        self.stats_button.setText(_("Statistics"))
        if self.anchor is not None and self.isVisible():  # a hidden calendar refreshes on_enter
            self.refresh()

    def on_enter(self) -> None:
        if self.anchor is None:
            self.go_today()
        else:
            self.refresh()

    # ------------------------------------------------------------------ period
    def go_today(self) -> None:
        desk = self.shell.desk()
        self.anchor = desk.now().date() if desk is not None else date.today()
        self.refresh()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.refresh()

    def step(self, direction: int) -> None:
        if self.anchor is None:
            return
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")

    def days(self) -> list[date]:
        first = first_weekday()
        if self.mode == "week":
            start = week_start(self.anchor, first)
            return [start + timedelta(days=k) for k in range(7)]
        start = week_start(self.anchor.replace(day=1), first)
        return [start + timedelta(days=k) for k in range(42)]

    def refresh(self) -> None:
        try:
            self._refresh()
        except KioskError as exc:  # the log is busy or failing: said under the calendar
            self.rows = []
            self.status.setText(exc.message)

    def _refresh(self) -> None:
        self.week_button.setChecked(self.mode == "week")
        self.month_button.setChecked(self.mode == "month")
        self.list_button.setChecked(self.mode == "list")
        # hide the old view before showing the new: both shown at once, for a moment, would
        # need more height than the screen has and grow the window
        views = {"week": self.week, "month": self.month, "list": self.list}
        for mode, view in views.items():
            if mode != self.mode:
                view.setVisible(False)
        views[self.mode].setVisible(True)
        for b in (self.prev_button, self.next_button, self.today_button):
            b.setEnabled(self.mode != "list")
        desk = self.shell.desk()
        if self.mode == "list":
            self.list_model.reset(desk.schedule if desk is not None else None)
            total = desk.schedule.count() if desk is not None else 0
            self.period.setText(ngettext("{n} visit in the log", "{n} visits in the log", total).format(
                n=i18n.format_number(total)))
            self.status.setText(_("Newest first. Tap a visit to open it."))
            return
        days = self.days()
        if self.mode == "week":
            self.period.setText(_("{first} – {last}").format(
                first=i18n.format_skeleton("MMMd", datetime.combine(days[0], time())),
                last=i18n.format_skeleton("yMMMd", datetime.combine(days[-1], time()))))
        else:
            self.period.setText(i18n.format_skeleton("yMMMM", datetime.combine(self.anchor, time())))
        if desk is None:
            self.rows = []
            self.status.setText(_("The visit log is not available: the database could not be opened."))
        else:
            start = datetime.combine(days[0], time(), desk.tz)
            end = datetime.combine(days[-1] + timedelta(days=1), time(), desk.tz)
            self.rows = desk.schedule.in_range(start, end)
            active = [r for r in self.rows if r.status != "cancelled"]
            people = sum(r.headcount for r in active)
            self.status.setText(ngettext("{n} visit in this period, {people} people expected",
                                         "{n} visits in this period, {people} people expected", len(active))
                                .format(n=i18n.format_number(len(active)), people=i18n.format_number(people)))
        by_day: dict[date, list] = {}
        for row in self.rows:
            by_day.setdefault(row.start.date(), []).append(row)
        today = desk.now().date() if desk is not None else date.today()
        names = weekday_names()
        if self.mode == "week":
            for cell, day in zip(self.week_cells, days):
                heading = "{name} {date}".format(name=names[day.weekday()],
                                                 date=i18n.format_skeleton("Md", datetime.combine(day, time())))
                cell.set_day(day, heading, by_day.get(day, []), day == today, False)
        else:
            for lab, day in zip(self.weekday_labels, days[:7]):
                lab.setText(names[day.weekday()])
            for cell, day in zip(self.month_cells, days):
                cell.set_day(day, i18n.format_number(day.day), by_day.get(day, []), day == today,
                             day.month != self.anchor.month)

    def open_visit(self, visit_id) -> None:
        if visit_id is not None:
            self.shell.show_visit(int(visit_id))
