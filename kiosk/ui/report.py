"""The statistics report: the center's visitor figures for a month, a year or a range of years,
as an A4 PDF a city hall can file, in Korean unless another language is asked.

Page 1 opens with the center, "Visitor report", the period as the language writes it and the date
of issue; then the published figures as a table, visits and visitors by day, month or year (a
table with a bar per row), the countries of the visitors from abroad (top 10 and the others), the
organizations that arranged visits, the demos shown most and the delegations' answers. Every page
has "1 / 3" at its foot. Arabic is laid out right to left.

The pages are painted twice on the same PDF device: once without ink to count them (the footer
says how many there are), then for real. Painting needs no widget, so a worker can write the
report. Writing is atomic and goes with its entry in the audit trail: a failure leaves no file
and no entry, or the previous file, never half a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from kiosk import i18n
from kiosk.core import atomic
from kiosk.core.errors import KioskError, StorageError, os_reason
from kiosk.i18n import _, ngettext, pgettext
from kiosk.settings import DEFAULT_CENTER_NAME
from kiosk.store.countries import country_name
from kiosk.store.report import Period, ReportData, gather, period_label
from kiosk.ui import pdf
from kiosk.ui.pdf import ACCENT, INK, MARGIN_MM, MUTED, PAGE_MM, PANEL, PDF_DPI, RULE

DEFAULT_LANGUAGE = "ko"  # the center's own: a report is filed in Korean unless asked otherwise
FOOTER_MM = 10.0
BAR = "#3a7cc1"


def report_language(requested: str | None = None) -> str:
    """``requested`` (KioskError when the kiosk has no such catalog), else Korean."""
    known = [lang.code for lang in i18n.languages()]
    code = requested or DEFAULT_LANGUAGE
    if code not in known:
        raise KioskError(_("There is no report in “{code}”. The languages are: {codes}.").format(
            code=code, codes=", ".join(known)))
    return code


def file_name(period: Period, lang: str) -> str:
    return f"report-{period.key}-{lang}.pdf"


def reports_folder(paths) -> Path:
    """Where reports are saved by default: ``reports/`` in the kiosk's data folder."""
    return Path(paths.data_dir) / "reports"


def _cannot_save() -> str:
    return _("The report cannot be saved in {folder}: {reason}.")


def check_folder(folder: Path) -> None:
    pdf.check_folder(folder, _cannot_save())


# ---------------------------------------------------------------- the words, in the report's language

def _num(n: float) -> str:
    return i18n.format_number(n)


def _share(part: float, whole: float) -> str:
    from babel.numbers import format_percent

    return format_percent(part / whole if whole else 0, "#,##0.0%", locale=i18n.babel_locale())


def _row_label(unit: str, key: str) -> str:
    from babel.dates import format_date, format_skeleton

    locale = i18n.babel_locale()
    if unit == "year":
        return format_skeleton("y", date(int(key), 1, 1), locale=locale)
    if unit == "month":
        return format_date(date(int(key[:4]), int(key[5:7]), 1), "LLLL", locale=locale)
    return format_skeleton("MMMEd", date.fromisoformat(key), locale=locale)


def _unit_heading(unit: str) -> tuple[str, str]:
    """The section's heading and its first column's name."""
    if unit == "day":
        return _("Visits and visitors by day"), pgettext("report column", "Day")
    if unit == "month":
        return _("Visits and visitors by month"), pgettext("report column", "Month")
    return _("Visits and visitors by year"), pgettext("report column", "Year")


def organization_name(arranger, lang: str) -> str:
    """An organization's name in the report's language where one was written down for it."""
    if lang == "ko" and arranger.name_ko:
        return arranger.name_ko
    if lang != "ko" and arranger.name_en:
        return arranger.name_en
    return arranger.name


# ---------------------------------------------------------------- painting

@dataclass(frozen=True)
class Column:
    width_mm: float | None  # None: what the others leave
    end: bool = False  # aligned to the end edge (numbers)
    bar: bool = False  # the cell is a fraction, drawn as a bar


class _Pages(pdf.Pages):
    """The report's pages: text blocks, tables with bars, and the footer on every page. With
    ``ink`` False nothing is drawn: the pages are only counted."""

    def __init__(self, painter: QPainter, device, dpi: float, rtl: bool, new_page: Callable[[], bool],
                 ink: bool, footer: Callable[["_Pages"], None]):
        super().__init__(painter, device, dpi, rtl, new_page)
        self.ink, self.footer = ink, footer
        self.bottom = self.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM)
        self.cell_font = pdf.document_font(9.5)
        self.head_font = pdf.document_font(8.5)
        self.head_font.setWeight(QFont.Weight.DemiBold)
        self.total_font = pdf.document_font(9.5)
        self.total_font.setWeight(QFont.Weight.Bold)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.footer(self)

    def draw(self, doc, x: float, y: float) -> None:
        if self.ink:
            super().draw(doc, x, y)

    def next_page(self) -> bool:
        if not super().next_page():
            return False
        self.bottom = self.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM)
        self.footer(self)
        return True

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` more fits on this one."""
        if self.y + height > self.bottom and self.y > self.top:
            self.next_page()

    # ------------------------------------------------------------ tables

    def _align(self, end: bool) -> Qt.AlignmentFlag:
        right = end != self.rtl
        return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute

    def _widths(self, columns: Sequence[Column], gap: float) -> list[float]:
        fixed = sum(self.mm(c.width_mm) for c in columns if c.width_mm is not None)
        flex = [c for c in columns if c.width_mm is None]
        rest = max(self.mm(20), self.width - fixed - gap * (len(columns) - 1))
        return [self.mm(c.width_mm) if c.width_mm is not None else rest / len(flex) for c in columns]

    def _text_height(self, font: QFont, text: str, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def table(self, columns: Sequence[Column], header: Sequence[str], rows: Sequence[Sequence],
              total: Sequence | None = None) -> None:
        """A table: a header row (repeated on a new page), ``rows`` (text, or a fraction 0–1 in a
        bar column) in light stripes, and an optional ``total`` row in bold under a rule."""
        if self.stopped:
            return
        gap, pad = self.mm(3), self.mm(1.3)
        widths = self._widths(columns, gap)
        lefts, at = [], 0.0
        for w in widths:
            lefts.append(at)
            at += w + gap

        def height_of(cells, font) -> float:
            return 2 * pad + max([self._text_height(font, str(c), w) for c, w, col in zip(cells, widths, columns)
                                  if not col.bar] or [self._text_height(font, "0", self.mm(10))])

        def paint_row(cells, font, kind: str) -> None:
            h = height_of(cells, font)
            if kind != "head" and self.y + h > self.bottom and self.y > self.top:
                if not self.next_page():
                    return
                paint_row(header, self.head_font, "head")
            if self.ink:
                p = self.painter
                if kind == "stripe":
                    p.fillRect(QRectF(self.left, self.y, self.width, h), QColor(PANEL))
                if kind in ("head", "total"):
                    p.setPen(QPen(QColor(INK if kind == "total" else RULE), self.mm(0.25)))
                    edge = self.y + h if kind == "head" else self.y
                    p.drawLine(QRectF(self.left, edge, self.width, 0).topLeft(),
                               QRectF(self.left, edge, self.width, 0).topRight())
                p.setFont(font)
                for cell, col, w, left in zip(cells, columns, widths, lefts):
                    x = self.x(left, w)
                    if col.bar:
                        if kind != "head" and isinstance(cell, (int, float)) and cell > 0:
                            length = max(self.mm(0.6), w * min(1.0, float(cell)))
                            bar_x = x + w - length if self.rtl else x
                            path = QPainterPath()
                            path.addRoundedRect(QRectF(bar_x, self.y + h / 2 - self.mm(1.6), length, self.mm(3.2)),
                                                self.mm(0.5), self.mm(0.5))
                            p.fillPath(path, QColor(ACCENT if kind == "total" else BAR))
                        continue
                    p.setPen(QColor(MUTED if kind == "head" else INK))
                    p.drawText(QRectF(x, self.y + pad, w, h - 2 * pad),
                               int(self._align(col.end) | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                               str(cell))
            self.y += h

        first = height_of(header, self.head_font) + sum(height_of(r, self.cell_font) for r in rows[:3])
        self.keep(first + self.mm(2))  # a header is never left alone at the foot of a page
        paint_row(header, self.head_font, "head")
        for k, row in enumerate(rows):
            paint_row(row, self.cell_font, "stripe" if k % 2 else "plain")
        if total is not None:
            paint_row(total, self.total_font, "total")
        self.y += self.mm(2)

    def section(self, title: str, room_mm: float = 30.0) -> None:
        """A section's heading, kept with the start of what follows it."""
        doc = self.document(pdf.heading(title), self.width)
        self.keep(doc.size().height() + self.mm(room_mm))
        self.text(pdf.heading(title), before_mm=5.0)


def _title_block(data: ReportData, center: str, issued: date) -> str:
    return (pdf.paragraph(center, "kicker") + pdf.heading(_("Visitor report"), 1)
            + pdf.paragraph(period_label(data.period), "lead")
            + pdf.paragraph(_("Issued on {date}").format(date=i18n.format_date(issued, "long")), "muted"))


def _figures(page: _Pages, data: ReportData) -> None:
    f = data.figures
    page.section(_("The figures the center publishes"))
    page.text(pdf.paragraph(_("{people} visitors: {domestic} from {institutions} Korean institutions, "
                              "{foreign} from {countries} countries").format(
        people=_num(f.people), domestic=_num(f.domestic_people), institutions=_num(f.domestic_institutions),
        foreign=_num(f.foreign_people), countries=_num(f.foreign_countries))))
    rows = [(_("Visits completed"), _num(f.visits)), (_("Visitors"), _num(f.people)),
            (_("Visitors from Korea"), _num(f.domestic_people)),
            (_("Korean institutions that visited"), _num(f.domestic_institutions)),
            (_("Visitors from abroad"), _num(f.foreign_people)),
            (_("Countries the visitors from abroad came from"), _num(f.foreign_countries))]
    page.table([Column(None), Column(40, end=True)],
               [pgettext("report column", "Figure"), pgettext("report column", "Number")], rows)


def _by_time(page: _Pages, data: ReportData) -> None:
    title, first = _unit_heading(data.unit)
    rows = [r for r in data.rows if r.visits] if data.unit == "day" else list(data.rows)
    most = max((r.people for r in rows), default=0) or 1
    page.section(title)
    page.table([Column(42), Column(26, end=True), Column(28, end=True), Column(None, bar=True)],
               [first, pgettext("report column", "Visits"), pgettext("report column", "Visitors"), ""],
               [(_row_label(data.unit, r.key), _num(r.visits), _num(r.people), r.people / most) for r in rows],
               total=(_("Total"), _num(data.figures.visits), _num(data.figures.people), 0))


def _countries(page: _Pages, data: ReportData, lang: str) -> None:
    if not data.countries:
        return
    whole = data.figures.foreign_people
    most = data.countries[0].people or 1
    rows = [(_num(k), country_name(c.country, lang), _num(c.people), _share(c.people, whole), c.people / most)
            for k, c in enumerate(data.countries, 1)]
    if data.other_countries:
        rows.append(("", ngettext("{n} other country", "{n} other countries", data.other_countries).format(
            n=_num(data.other_countries)), _num(data.other_people), _share(data.other_people, whole),
            0))  # many countries together: no bar to compare with one country's
    page.section(_("Where the visitors from abroad came from"))
    page.table([Column(9, end=True), Column(None), Column(26, end=True), Column(20, end=True), Column(55, bar=True)],
               ["", pgettext("report column", "Country"), pgettext("report column", "Visitors"),
                pgettext("report column", "Share"), ""], rows,
               total=("", _("All visitors from abroad"), _num(whole), _share(whole, whole), 0))


def _arrangers(page: _Pages, data: ReportData, lang: str) -> None:
    page.section(_("Organizations that arranged visits"), room_mm=12)
    if not data.arrangers:
        page.text(pdf.paragraph(_("No visit of this period was arranged through another organization."), "muted"))
        return
    most = data.arrangers[0].visits or 1
    page.table([Column(None), Column(30, end=True), Column(26, end=True), Column(50, bar=True)],
               [pgettext("report column", "Organization"), pgettext("report column", "Visits arranged"),
                pgettext("report column", "Share of visits"), ""],
               [(organization_name(a, lang), _num(a.visits), _share(a.visits, data.figures.visits), a.visits / most)
                for a in data.arrangers])


def _demos(page: _Pages, data: ReportData) -> None:
    from kiosk.ui.recap import demo_title

    page.section(_("Demos shown most"), room_mm=12)
    if not data.demos:
        page.text(pdf.paragraph(_("No demo was recorded at the screen in this period."), "muted"))
        return
    most = data.demos[0].times or 1
    page.table([Column(None), Column(26, end=True), Column(30, end=True), Column(50, bar=True)],
               [pgettext("report column", "Demo"), pgettext("report column", "Times shown"),
                pgettext("report column", "Minutes"), ""],
               [(demo_title(d.demo_id), _num(d.times), _num(round(d.seconds / 60)), d.times / most)
                for d in data.demos])


def _faces() -> tuple[str, str, str, str]:
    """The four faces of the closing question (1 = unhappy … 4 = delighted), as a report names them."""
    return (pgettext("report answer", "Not good"), pgettext("report answer", "It was all right"),
            pgettext("report answer", "Good"), pgettext("report answer", "Excellent"))


def _feedback(page: _Pages, data: ReportData) -> None:
    f = data.feedback
    faces = _faces()
    if f is None:
        return
    page.section(_("The delegations' answers to the closing question"))
    page.text(pdf.paragraph(ngettext(
        "{n} answer at the end of a guided visit: {share} good or excellent.",
        "{n} answers at the end of a guided visit: {share} good or excellent.", f.answers).format(
        n=_num(f.answers), share=_share(f.faces[2] + f.faces[3], f.answers))))
    most = max(f.faces) or 1
    page.table([Column(None), Column(26, end=True), Column(20, end=True), Column(55, bar=True)],
               [pgettext("report column", "Answer"), pgettext("report column", "Answers"),
                pgettext("report column", "Share"), ""],
               [(faces[k], _num(n), _share(n, f.answers), n / most) for k, n in reversed(list(enumerate(f.faces)))])
    if len(data.feedback_rows) > 1:
        title, first = _unit_heading(data.unit)
        page.table([Column(42), Column(26, end=True), Column(36, end=True), Column(None, bar=True)],
                   [first, pgettext("report column", "Answers"), pgettext("report column", "Good or excellent"), ""],
                   [(_row_label(data.unit, r.key), _num(r.answers), _share(r.faces[2] + r.faces[3], r.answers),
                     r.happy_share) for r in data.feedback_rows])


def _paint(painter: QPainter, device, dpi: float, data: ReportData, lang: str, center: str, issued: date,
           new_page: Callable[[], bool], ink: bool, total: int) -> int:
    footer_text = _("{center} · Visitor report, {period}").format(center=center, period=period_label(data.period))

    def footer(page: _Pages) -> None:
        if not ink:
            return
        p = page.painter
        if page.number == 1:
            p.fillRect(QRectF(0, 0, page.mm(PAGE_MM[0]), page.mm(5)), QColor(ACCENT))
        top = page.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM + 4)
        p.setPen(QPen(QColor(RULE), page.mm(0.25)))
        p.drawLine(QRectF(page.left, top, page.width, 0).topLeft(), QRectF(page.left, top, page.width, 0).topRight())
        p.setFont(page.head_font)
        p.setPen(QColor(MUTED))
        number = "{page} / {pages}".format(page=_num(page.number), pages=_num(total))  # digits only, any language
        box = QRectF(page.left, top + page.mm(1.5), page.width, page.mm(5))
        p.drawText(box, int(page._align(False) | Qt.AlignmentFlag.AlignVCenter), footer_text)
        p.drawText(box, int(page._align(True) | Qt.AlignmentFlag.AlignVCenter), number)

    page = _Pages(painter, device, dpi, i18n.is_rtl(lang), new_page, ink, footer)
    page.text(_title_block(data, center, issued))
    _figures(page, data)
    _by_time(page, data)
    _countries(page, data, lang)
    _arrangers(page, data, lang)
    _demos(page, data)
    _feedback(page, data)
    return page.number


def paint_report(painter: QPainter, device, dpi: float, data: ReportData, lang: str, center: str, issued: date,
                 new_page: Callable[[], bool]) -> int:
    """Paint the report in ``lang`` on ``device`` (A4 at ``dpi``), asking ``new_page()`` for each
    page after the first. Returns the pages painted."""
    with i18n.speaking(lang):
        center = center or _(DEFAULT_CENTER_NAME)
        pages = _paint(painter, device, dpi, data, lang, center, issued, lambda: True, ink=False, total=0)
        return _paint(painter, device, dpi, data, lang, center, issued, new_page, ink=True, total=pages)


def pdf_bytes(data: ReportData, lang: str, center: str, issued: date, dpi: int = PDF_DPI) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count. Needs no widget: a worker can run it."""
    with i18n.speaking(lang):
        title = _("{center} · Visitor report, {period}").format(center=center or _(DEFAULT_CENTER_NAME),
                                                                 period=period_label(data.period))
    return pdf.pdf_bytes(lambda painter, writer: paint_report(painter, writer, dpi, data, lang, center, issued,
                                                              writer.newPage), title, dpi)


def write_report(db, settings, period: Period, lang: str | None, target: Path | None, actor, paths=None,
                 issued: date | None = None) -> tuple[Path, int]:
    """Gather, paint and write the report of ``period`` to ``target`` (default: the data folder's
    reports/), and record it in the audit trail. Returns the file and its pages. A KioskError, in
    the interface language, when it cannot be made; nothing is written then, and no entry."""
    from zoneinfo import ZoneInfo

    from kiosk.store import audit, times

    lang = report_language(lang)
    if target is None:
        target = reports_folder(paths) / file_name(period, lang)
    target = Path(target)
    check_folder(target.parent)
    tz = times.zone(settings.get("center_timezone"))
    data = gather(db, period, tz)
    issued = issued or datetime.now(ZoneInfo(str(tz))).date()
    center = settings.get("center_name") or ""
    content, pages = pdf_bytes(data, lang, center.strip() if isinstance(center, str) else "", issued)
    written = False
    try:
        with db.atomic():  # the entry and the file together: no entry for a file never written
            audit.record(db, actor, "report", period=period.key, lang=lang, pages=pages)
            atomic.write_bytes(target, content, mode=0o644)  # a document to file, not a secret
            written = True
    except BaseException as exc:
        if written:  # the entry could not be committed: no file without its entry either
            target.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise StorageError(_cannot_save().format(folder=target.parent, reason=os_reason(exc))) from exc
        raise
    return target, pages
