"""The take-home recap: a PDF a delegation takes home, in its own language.

Page 1: the center, the day, the delegation and its countries, who hosted it, the tour with what
was shown at each stop and for how long, the center's published figures, and its contact beside
a QR code (the recap's web page, or the contact as a vCard). Then a still picture of each demo
shown. Arabic is laid out right to left.

The pages are painted by one function on any paint device: the PDF (A4, 300 dpi, QPdfWriter), or
an image of the first page (the screenshot tour). Painting needs no widget, so the PDF can be
written on a worker; the stills are taken before, on the GUI thread (:mod:`kiosk.ui.recap_stills`).
Writing is atomic: a failure leaves no file, or the previous one, never half a PDF.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from kiosk import i18n
from kiosk.core import atomic
from kiosk.core.errors import KioskError, StorageError, os_reason
from kiosk.i18n import _, ngettext
from kiosk.settings import DEFAULT_CENTER_NAME
from kiosk.store.countries import country_name
from kiosk.store.recap import Recap
from kiosk.ui import fonts, pdf
from kiosk.ui.pdf import ACCENT, MARGIN_MM, PAGE_MM, PANEL, PDF_DPI
from kiosk.ui.qr import contact_qr_text, paint_matrix, qr_matrix
from kiosk.ui.recap_stills import Still, shown_items

log = logging.getLogger(__name__)

PNG_DPI = 150
QR_MM = 38.0
FOOTER_MM = 58.0


def recap_language(recap: Recap, requested: str | None = None) -> str:
    """The language a recap is written in: ``requested`` when given (KioskError when the kiosk has
    no such catalog), else the visit's first language the kiosk speaks, else Korean for a Korean
    delegation and English for any other."""
    known = [lang.code for lang in i18n.languages()]
    if requested:
        if requested not in known:
            raise KioskError(_("There is no recap in “{code}”. The languages are: {codes}.").format(
                code=requested, codes=", ".join(known)))
        return requested
    for wanted in recap.languages:
        for code in known:
            if i18n.language_matches(wanted, code):
                return code
    return "ko" if recap.domestic and "ko" in known else i18n.SOURCE_LANGUAGE


def file_name(visit_id: int, lang: str) -> str:
    return f"recap-{visit_id}-{lang}.pdf"


def recaps_folder(paths) -> Path:
    """Where the visit page saves recaps: ``recaps/`` in the kiosk's data folder (a kiosk in full
    screen has no file dialog for staff; a portable kiosk keeps them on its stick)."""
    return Path(paths.data_dir) / "recaps"


def check_folder(folder: Path) -> None:
    """Make ``folder`` if needed and try writing in it; a StorageError (a KioskError), in the
    interface language, when a recap cannot be saved there."""
    pdf.check_folder(folder, _("The recap cannot be saved in {folder}: {reason}."))


# ---------------------------------------------------------------- the text, in the recap's language

_e = pdf.escape


def _minutes(seconds: float) -> str:
    n = max(1, round(seconds / 60))
    return ngettext("{n} minute", "{n} minutes", n).format(n=i18n.format_number(n))


def _names(names) -> str:
    from babel.lists import format_list

    return format_list(list(names), locale=i18n.babel_locale()) if names else ""


def demo_title(demo_id: str) -> str:
    """A demo's title as the app names it, in the current language."""
    from kiosk.demos import registry

    try:
        return _(registry.by_id(demo_id).title)
    except KeyError:  # a demo this kiosk no longer has: named as it was logged
        return demo_id


def _stop_block(stop, still: Still | None) -> str:
    name = _("Stop {n}: {demo}").format(n=i18n.format_number(stop.position), demo=demo_title(stop.demo_id))
    out = "<p class='item'><b>" + _e(name) + "</b> · " + _e(_minutes(stop.seconds))
    others = [demo_title(s.demo_id) for s in stop.shown if s.demo_id != stop.demo_id]
    if others:
        out += "<br/>" + _e(_("Also shown at this stop: {demos}").format(demos=_names(others)))
    if still is not None and still.caption:
        out += "<br/><span class='note'>" + _e(still.caption) + "</span>"
    return out + "</p>"


_paragraph, _heading = pdf.paragraph, pdf.heading


def _blocks(recap: Recap, stills: dict[str, Still]) -> list[str]:
    """The first pages' text, one HTML block each (a page may break between two)."""
    center = recap.center_name or _(DEFAULT_CENTER_NAME)
    span = _("{start}–{end}").format(start=i18n.format_skeleton("Hm", recap.start),
                                     end=i18n.format_skeleton("Hm", recap.end))
    when = _("{day}, {time}").format(day=i18n.format_date(recap.day, "full"), time=span)
    blocks = [_paragraph(center, "kicker") + _heading(_("Thank you for your visit"), 1) + _paragraph(when, "muted")]

    delegation = _heading(_("Your delegation")) + _paragraph(recap.organization, "lead")
    if recap.countries:
        delegation += _paragraph(_names([country_name(code) for code, _n in recap.countries]))
    if recap.headcount:
        delegation += _paragraph(ngettext("{n} person", "{n} people", recap.headcount).format(
            n=i18n.format_number(recap.headcount)), "muted")
    blocks.append(delegation)
    hosts = []
    if recap.guides:
        hosts.append(ngettext("Your guide: {names}", "Your guides: {names}", len(recap.guides)).format(
            names=_names(recap.guides)))
    if recap.interpreters:
        hosts.append(ngettext("Your interpreter: {names}", "Your interpreters: {names}", len(recap.interpreters))
                     .format(names=_names(recap.interpreters)))
    if hosts:
        blocks.append("<p>" + "<br/>".join(_e(h) for h in hosts) + "</p>")

    blocks.append(_heading(_("What you saw")))
    if recap.nothing_shown:
        blocks.append(_paragraph(_("No demonstration was recorded during your visit. Thank you for coming: "
                                   "we hope to welcome you again soon.")))
    for stop in recap.stops_shown:
        blocks.append(_stop_block(stop, stills.get(f"stop-{stop.position}")))
    if recap.outside and recap.stops_shown:
        blocks.append(_paragraph(_("Also shown"), "muted"))
    for seen in recap.outside:
        blocks.append("<p class='item'><b>" + _e(demo_title(seen.demo_id)) + "</b> · " + _e(_minutes(seen.seconds)) + "</p>")

    f, num = recap.figures, i18n.format_number
    lines = [_("Visits: {n}").format(n=num(f.visits)), _("Visitors: {n}").format(n=num(f.people)),
             _("From Korea: {people} people from {institutions} institutions").format(
                 people=num(f.domestic_people), institutions=num(f.domestic_institutions)),
             _("From abroad: {people} people from {countries} countries").format(
                 people=num(f.foreign_people), countries=num(f.foreign_countries))]
    if f.since is not None:
        lines.append(_("Since {year}").format(year=f.since))
    blocks.append(_heading(_("The center in figures")) + "<p>" + "<br/>".join(_e(x) for x in lines) + "</p>")
    return blocks


def _contact_block(recap: Recap, link: bool) -> str:
    center = recap.center_name or _(DEFAULT_CENTER_NAME)
    hint = _("Scan the code to see this recap online.") if link else _("Scan the code to save our contact.")
    out = _heading(_("Stay in touch")) + _paragraph(center, "lead")
    if recap.contact.lines:
        out += "<p>" + "<br/>".join(_e(line) for line in recap.contact.lines) + "</p>"
    return out + _paragraph(hint, "muted")


# ---------------------------------------------------------------- painting

class _Page(pdf.Pages):
    """The pages of a recap: blocks of text, and the demos' still pictures."""

    def picture(self, still: Still, caption: str) -> None:
        if self.stopped or still.image is None:
            return
        doc = self.document(caption, self.width)
        ratio = still.image.height() / max(1, still.image.width())
        height = doc.size().height() + self.mm(2) + self.width * ratio + self.mm(8)
        if self.y + height > self.bottom and self.y > self.top and not self.next_page():
            return
        self.draw(doc, self.left, self.y)
        self.y += doc.size().height() + self.mm(2)
        target = QRectF(self.left, self.y, self.width, self.width * ratio)
        self.painter.save()
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        clip = QPainterPath()
        clip.addRoundedRect(target, self.mm(2), self.mm(2))
        self.painter.setClipPath(clip)
        self.painter.drawImage(target, still.image)
        self.painter.restore()
        self.y += target.height() + self.mm(8)


def paint_recap(painter: QPainter, device, dpi: float, recap: Recap, stills: dict[str, Still], lang: str,
                new_page: Callable[[], bool]) -> int:
    """Paint the recap in ``lang`` with ``painter`` on ``device`` (``dpi`` dots per inch, an A4
    page): page 1, then as many as the tour and the stills need, asking ``new_page()`` for each
    (False: stop, as for an image of page 1). Returns the pages painted."""
    with i18n.speaking(lang):
        page = _Page(painter, device, dpi, i18n.is_rtl(lang), new_page)
        painter.fillRect(QRectF(0, 0, page.mm(PAGE_MM[0]), page.mm(PAGE_MM[1])), QColor("white"))
        painter.fillRect(QRectF(0, 0, page.mm(PAGE_MM[0]), page.mm(5)), QColor(ACCENT))
        _footer(page, recap)
        page.bottom = page.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM - 4)
        for block in _blocks(recap, stills):
            page.text(block, before_mm=4.0 if block.startswith("<h2>") else 0.0)
        pictures = [(item, stills[item.key]) for item in shown_items(recap)
                    if item.key in stills and stills[item.key].image is not None]
        if pictures and page.next_page():
            page.text(_heading(_("What you saw, in pictures")))
            for item, still in pictures:
                name = still.title
                if item.position is not None:
                    name = _("Stop {n}: {demo}").format(n=i18n.format_number(item.position), demo=still.title)
                page.picture(still, "<p><b>" + _e(name) + "</b> · " + _e(_minutes(item.seconds)) + "</p>")
        return page.number


def _footer(page: _Page, recap: Recap) -> None:
    """The contact and the QR code, at the foot of page 1."""
    top = page.mm(PAGE_MM[1] - MARGIN_MM - FOOTER_MM)
    box = QRectF(page.left, top, page.width, page.mm(FOOTER_MM))
    page.painter.save()
    page.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(box, page.mm(3), page.mm(3))
    page.painter.fillPath(path, QColor(PANEL))
    page.painter.restore()
    pad = page.mm(6)
    qr_side = page.mm(QR_MM)
    contact = recap.contact
    if not contact.center_name:  # the vCard names the center as the recap does
        contact = dataclasses.replace(contact, center_name=_(DEFAULT_CENTER_NAME))
    link = contact.recap_link(recap.visit_id) is not None
    matrix = qr_matrix(contact_qr_text(contact, recap.visit_id))
    qr_x = page.x(page.width - pad - qr_side, qr_side)
    qr_y = top + (box.height() - qr_side) / 2
    if isinstance(page.device, QImage):  # whole pixels per module: every edge sharp for a reader
        module = max(1, int(qr_side) // len(matrix))
        qr_side = module * len(matrix)
        qr_x, qr_y = round(qr_x), round(qr_y)
    paint_matrix(page.painter, QRectF(qr_x, qr_y, qr_side, qr_side), matrix)
    text_width = page.width - 3 * pad - page.mm(QR_MM)
    doc = page.document(_contact_block(recap, link), text_width)
    page.draw(doc, page.x(pad, text_width), top + pad)


# ---------------------------------------------------------------- the PDF and the image of page 1

def pdf_bytes(recap: Recap, stills: dict[str, Still], lang: str, dpi: int = PDF_DPI) -> bytes:
    """The recap as PDF bytes (A4). Needs no widget: a worker can run it."""
    data, _pages = pdf.pdf_bytes(
        lambda painter, writer: paint_recap(painter, writer, dpi, recap, stills, lang, writer.newPage),
        recap.center_name or "", dpi)
    return data


def write_pdf(target: Path, recap: Recap, stills: dict[str, Still], lang: str) -> Path:
    """Write the recap to ``target`` atomically. A StorageError, in the interface language, when
    the folder cannot be written (nothing is left behind)."""
    target = Path(target)
    data = pdf_bytes(recap, stills, lang)
    try:
        atomic.write_bytes(target, data, mode=0o644)  # a document to hand out, not a secret
    except OSError as exc:
        raise StorageError(_("The recap cannot be saved in {folder}: {reason}.").format(
            folder=target.parent, reason=os_reason(exc))) from exc
    return target


def first_page(recap: Recap, stills: dict[str, Still], lang: str, dpi: int = PNG_DPI) -> QImage:
    """Page 1 of the recap as an image, painted by the same code as the PDF."""
    size = QSizeF(PAGE_MM[0] / 25.4 * dpi, PAGE_MM[1] / 25.4 * dpi)
    image = QImage(round(size.width()), round(size.height()), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paint_recap(painter, image, dpi, recap, stills, lang, lambda: False)
    finally:
        painter.end()
    return image


def save_first_page(target: Path, recap: Recap, stills: dict[str, Still], lang: str, dpi: int = PNG_DPI) -> Path:
    """Page 1 as a PNG file (written atomically)."""
    target = Path(target)
    image = first_page(recap, stills, lang, dpi)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    atomic.write_bytes(target, bytes(buffer.data().data()))
    return target


# ---------------------------------------------------------------- without the kiosk running

def ensure_application(theme: str = "dark", cache_dir: Path | None = None):
    """The QApplication the stills and the fonts need (a terminal command has none): made
    offscreen when there is no display, with the shipped fonts and the kiosk's stylesheet."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    made = app is None
    if made:
        if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "kiosk"])
        from kiosk.ui.errors import route_qt_messages

        route_qt_messages()  # the platform's remarks go to the kiosk's log, not the terminal
    if not set(fonts.FAMILIES) <= set(QFontDatabase.families()):
        fonts.register(app)
    if made:
        from kiosk.ui import theme as themes
        from kiosk.ui.metrics import Metrics

        themes.apply(app, theme, Metrics.for_size(QSize(1920, 1080)), cache_dir)
    return app


def library_for(paths):
    """The packs a kiosk with these folders offers (the shipped samples, then the center's own)."""
    from kiosk import paths as paths_mod
    from kiosk.core.library import Library

    return Library.load([paths_mod.samples_dir(), paths.packs_dir])


def render_first_page(db, settings, visit_id: int, target: Path, library=None, lang: str | None = None) -> Path:
    """Page 1 of a visit's recap as a PNG (the screenshot tour: ``recap-<lang>.png``), in ``lang``
    or the delegation's language. Page 1 shows no still, so no demo is built."""
    from kiosk.store.recap import gather
    from kiosk.ui.recap_stills import take_stills

    recap = gather(db, settings, visit_id)
    lang = recap_language(recap, lang)
    return save_first_page(target, recap, take_stills(recap, library, lang, with_images=False), lang)


def write_recap(db, settings, visit_id: int, target: Path | None, library, paths=None,
                lang: str | None = None) -> tuple[Path, str]:
    """Gather, take the stills and write the PDF, all on this thread (the command line). Returns
    the file written and its language."""
    from kiosk.store.recap import gather
    from kiosk.ui.recap_stills import take_stills

    recap = gather(db, settings, visit_id)
    lang = recap_language(recap, lang)
    if target is None:
        target = recaps_folder(paths) / file_name(visit_id, lang)
    check_folder(Path(target).parent)
    stills = take_stills(recap, library, lang)
    return write_pdf(Path(target), recap, stills, lang), lang
