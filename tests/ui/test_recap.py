"""The take-home recap, read back by programs that know nothing of ours: poppler's pdftotext,
pdfinfo and pdfimages read the PDF, zbarimg decodes its QR code from the first page's image and
from the PDF rasterised by pdftoppm."""

import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize, Qt

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.demos import registry
from kiosk.store.activity import ActivityRepository
from kiosk.store.db import open_database
from kiosk.store.model import StopForm, VisitForm
from kiosk.store.recap import gather
from kiosk.store.staff import StaffRepository
from kiosk.store.tours import TourRepository
from kiosk.store.visits import VisitRepository

ROOT = Path(__file__).resolve().parents[2]
SEOUL = ZoneInfo("Asia/Seoul")
CONTACT = {"center_name": "안양시 스마트도시통합센터", "contact_name": "홍보팀, 김지우", "contact_phone": "+82 31-8045-2114",
           "contact_email": "smartcity@anyang.go.kr", "contact_web": "https://www.anyang.go.kr",
           "contact_address": "경기도 안양시 동안구 시민대로 235; 3층\n통합관제센터", "recap_url": "",
           "center_timezone": "Asia/Seoul"}
#: The tour of the bench: four stops shown, one not reached.
TOUR = [StopForm("disaster", 8, chapter=1), StopForm("disaster", 8, chapter=4), StopForm("cctv", 6, chapter=0),
        StopForm("bus", 6, chapter=1), StopForm("cctv", 6, chapter=2)]


def at(hour, minute=0):
    return datetime(2026, 12, 3, hour, minute, tzinfo=SEOUL)


def add_visit(db, languages=("es",), shown=4, organization="Lima Metropolitan Municipality", countries=None):
    visits = VisitRepository(db, SEOUL)
    visit = visits.create_visit("admin", VisitForm(organization, at(10), at(11, 30), countries or {"PE": 6, "CO": 3},
                                                   languages=languages, organization_country="PE"))
    staff = StaffRepository(db)
    guide = staff.add_staff("admin", f"Lee Seo-yeon {visit.id}", "guide", ("es",))
    staff.assign("admin", visit.id, guide.id, "guide")
    stops = TourRepository(db).set_stops("admin", visit.id, TOUR)
    activity = ActivityRepository(db, SEOUL)
    for k, stop in enumerate(stops[:shown]):
        activity.record_demo(stop.demo_id, 240 + 60 * k, started=at(10, 5 + 10 * k), stop_id=stop.id)
    return visit


@pytest.fixture(scope="module")
def app(qapp):
    from kiosk.ui.recap import ensure_application

    i18n.load_catalogs()
    return ensure_application()


@pytest.fixture(scope="module")
def library(app):
    from kiosk import paths
    from kiosk.core.library import Library

    lib = Library.load([paths.samples_dir()])
    yield lib
    lib.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("recaps")


@pytest.fixture(scope="module")
def log(folder):
    db = open_database(folder / "k.sqlite")
    yield db
    db.close()


def written(log, library, folder, lang=None, settings=CONTACT, images=True, **visit):
    """A visit's recap PDF (and the recap), as the command line writes it."""
    from kiosk.ui.recap import recap_language, write_pdf
    from kiosk.ui.recap_stills import take_stills

    v = add_visit(log, **visit)
    recap = gather(log, settings, v.id)
    lang = recap_language(recap, lang)
    stills = take_stills(recap, library, lang, with_images=images)
    return write_pdf(folder / f"recap-{v.id}-{lang}.pdf", recap, stills, lang), recap, stills


@pytest.fixture(scope="module")
def spanish(log, library, folder):
    return written(log, library, folder)


@pytest.fixture(scope="module")
def arabic(log, library, folder):
    return written(log, library, folder, languages=("ar",), images=False)


@pytest.fixture(scope="module")
def korean(log, library, folder):
    return written(log, library, folder, lang="ko", images=False)


def run(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def text_of(pdf: Path, *pages: int) -> str:
    """What pdftotext reads, Arabic presentation forms folded to their letters (NFKC)."""
    first = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return unicodedata.normalize("NFKC", run("pdftotext", *first, str(pdf), "-"))


def qr_code(png: Path) -> str | None:
    """What zbarimg reads in the picture's QR code (None when it finds none)."""
    result = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                            capture_output=True)
    data = result.stdout.decode("utf-8")
    return data[:-1] if result.returncode == 0 and data.endswith("\n") else None


def lines_of(pdf: Path, page: int = 1) -> list[tuple[float, float, str, str]]:
    """Each line pdftotext finds on ``page``: its left and right edges (pt), and its glyphs read
    from left to right and from right to left."""
    xml = run("pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", str(pdf), "-")
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    out = []
    for line in ElementTree.fromstring(xml).iter("line"):
        words = sorted((float(w.get("xMin")), unicodedata.normalize("NFKC", w.text or "")) for w in line.iter("word"))
        out.append((float(line.get("xMin")), float(line.get("xMax")), "".join(t for _x, t in words),
                    "".join(t for _x, t in reversed(words))))
    return out


A4_PT = 595.28
MARGIN_PT = 18 / 25.4 * 72


# ---------------------------------------------------------------- the QR code

def test_the_vcard_escapes_commas_semicolons_and_line_breaks_and_decodes_as_utf8(app, tmp_path):
    from kiosk.ui.qr import qr_image, qr_text

    text = qr_text(CONTACT, 7)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and text.endswith("END:VCARD\r\n")
    assert "\r\nFN:홍보팀\\, 김지우\r\n" in text and "\r\nORG:안양시 스마트도시통합센터\r\n" in text
    assert "\r\nADR;TYPE=WORK:;;경기도 안양시 동안구 시민대로 235\\; 3층\\n통합관제센터;;;;\r\n" in text
    assert "\r\nTEL;TYPE=WORK,VOICE:+82 31-8045-2114\r\n" in text and "\r\nEMAIL;TYPE=INTERNET:smartcity@anyang.go.kr" in text
    png = tmp_path / "code.png"
    assert qr_image(text, 400).save(str(png))
    assert qr_code(png) == text


def test_with_a_recap_address_the_code_is_the_visits_page(app):
    from kiosk.ui.qr import qr_text

    assert qr_text(dict(CONTACT, recap_url="https://example.go.kr/recap/{id}"), 42) == "https://example.go.kr/recap/42"
    assert qr_text(dict(CONTACT, recap_url="https://example.go.kr/r?visit="), 42) == "https://example.go.kr/r?visit=42"


def test_the_code_on_screen_is_black_on_white_in_a_dark_theme_and_reads(qtbot, tmp_path, app):
    from kiosk.ui.qr import QrCode

    widget = QrCode("https://example.go.kr/recap/42")
    widget.setStyleSheet("background: #0b1220; color: #e2e8f0;")
    qtbot.addWidget(widget)
    widget.resize(QSize(230, 230))
    image = widget.grab().toImage()
    n = len(widget.matrix())
    side = 230 // n * n  # whole pixels per module; the code centred, white only under it
    inside = range((230 - side) // 2, (230 - side) // 2 + side, 3)
    colours = {image.pixelColor(x, y).name() for x in inside for y in inside}
    assert colours == {"#000000", "#ffffff"}  # crisp: no grey edge between modules
    assert image.save(str(tmp_path / "w.png"))
    assert qr_code(tmp_path / "w.png") == "https://example.go.kr/recap/42"


# ---------------------------------------------------------------- what the PDF says

def test_the_spanish_recap_names_the_delegation_its_countries_and_the_demos(spanish):
    pdf, recap, _stills = spanish
    text = text_of(pdf)
    assert "Lima Metropolitan Municipality" in text
    assert "Perú y Colombia" in text  # CLDR's names, joined as Spanish joins a list
    for demo in ("disaster", "cctv", "bus"):
        assert i18n.translate_in("es", registry.by_id(demo).title) in text
    assert "Respuesta ante desastres" in text and "jueves, 3 de diciembre de 2026" in text
    assert f"Lee Seo-yeon {recap.visit_id}" in text and "안양시 스마트도시통합센터" in text
    assert "smartcity@anyang.go.kr" in text and "+82 31-8045-2114" in text
    assert "Thank you for your visit" not in text  # written in Spanish, not in the source language


def test_each_demo_shown_has_its_still_picture(spanish):
    pdf, recap, stills = spanish
    rows = [line.split() for line in run("pdfimages", "-list", str(pdf)).splitlines()[2:]]
    assert len(rows) == len(recap.stops_shown) == 4
    assert all(int(r[3]) >= 1280 and int(r[4]) >= 720 for r in rows)  # width, height
    assert all(int(r[0]) > 1 for r in rows)  # after page 1
    assert {s.image.size().toTuple() for s in stills.values()} == {(1600, 900)}
    # each picture is the demo on screen, not a blank: many colours
    for still in stills.values():
        small = still.image.scaled(160, 90)
        assert len({small.pixel(x, y) for x in range(160) for y in range(90)}) > 50


def test_the_korean_recap_names_the_countries_in_korean(korean):
    pdf, _recap, _stills = korean
    text = text_of(pdf)
    assert "페루 및 콜롬비아" in text and "Lima Metropolitan Municipality" in text
    assert i18n.translate_in("ko", registry.by_id("disaster").title) in text
    assert "2026년 12월 3일 목요일" in text


def test_the_arabic_recap_is_laid_out_right_to_left(arabic, spanish):
    pdf, _recap, _stills = arabic
    text = text_of(pdf)
    assert "بيرو وكولومبيا" in text and "Lima Metropolitan Municipality" in text
    assert i18n.translate_in("ar", registry.by_id("disaster").title) in text
    right_edge = A4_PT - MARGIN_PT
    countries = [line for line in lines_of(pdf) if "بيرووكولومبيا" in line[3]]
    assert countries, lines_of(pdf)
    x_min, x_max, left_to_right, right_to_left = countries[0]
    assert abs(x_max - right_edge) < 3 and x_min > A4_PT / 2  # flush with the right margin
    assert "بيرووكولومبيا" not in left_to_right  # its letters run from right to left
    organization = next(line for line in lines_of(pdf) if line[2] == "LimaMetropolitanMunicipality")
    assert abs(organization[1] - right_edge) < 3  # a Latin name, placed at the start of an Arabic line
    spanish_organization = next(line for line in lines_of(spanish[0]) if line[2] == "LimaMetropolitanMunicipality")
    assert abs(spanish_organization[0] - MARGIN_PT) < 3  # and at the left in Spanish


def test_a_visit_with_nothing_shown_still_has_its_first_page(log, library, folder):
    pdf, recap, _stills = written(log, library, folder, shown=0, languages=("fr",))
    assert recap.nothing_shown
    assert re.search(r"Pages:\s+1\n", run("pdfinfo", str(pdf)))
    text = " ".join(text_of(pdf).split())
    polite = i18n.translate_in("fr", "No demonstration was recorded during your visit. Thank you for coming: "
                                     "we hope to welcome you again soon.")
    assert " ".join(polite.replace("\u202f", " ").split()) in text.replace("\u202f", " ")
    assert "Pérou et Colombie" in text and "Lima Metropolitan Municipality" in text


# ---------------------------------------------------------------- the QR code on the page

def test_the_first_page_image_carries_the_code_of_the_contact(log, library, folder, tmp_path):
    from kiosk.ui.qr import vcard
    from kiosk.ui.recap import save_first_page
    from kiosk.store.recap import Contact

    recap = gather(log, CONTACT, add_visit(log, shown=2).id)
    png = save_first_page(tmp_path / "page1.png", recap, {}, "es")
    assert qr_code(png) == vcard(Contact.from_settings(CONTACT))


def test_the_code_on_the_printed_page_opens_the_visits_recap(log, library, folder, tmp_path):
    settings = dict(CONTACT, recap_url="https://example.go.kr/recap/{id}")
    pdf, recap, _stills = written(log, library, folder, settings=settings, images=False, shown=1)
    run("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page"))
    page = next(tmp_path.glob("page*.png"))
    assert qr_code(page) == f"https://example.go.kr/recap/{recap.visit_id}"
    from kiosk.ui.recap import save_first_page

    assert qr_code(save_first_page(tmp_path / "p1.png", recap, {}, "ar")) == f"https://example.go.kr/recap/{recap.visit_id}"


# ---------------------------------------------------------------- writing

def test_an_unwritable_folder_leaves_nothing_and_says_why_in_the_interface_language(log, tmp_path, app):
    from kiosk.ui.recap import check_folder, write_pdf

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    recap = gather(log, CONTACT, add_visit(log, shown=1).id)
    i18n.set_language("fr")
    with pytest.raises(KioskError) as refused:
        write_pdf(blocker / "recaps" / "recap.pdf", recap, {}, "es")
    reason = i18n.translate_in("fr", "a part of the path is not a folder")
    expected = i18n.translate_in("fr", "The recap cannot be saved in {folder}: {reason}.").format(
        folder=blocker / "recaps", reason=reason)
    assert refused.value.message == expected
    with pytest.raises(KioskError):
        check_folder(blocker / "recaps")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_disk_full_while_writing_leaves_the_previous_recap_whole(log, tmp_path, app, monkeypatch):
    from kiosk.ui import recap as recaps

    recap = gather(log, CONTACT, add_visit(log, shown=1).id)
    target = recaps.write_pdf(tmp_path / "recap.pdf", recap, {}, "es")
    before = target.read_bytes()

    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    i18n.set_language("es")
    with pytest.raises(KioskError) as refused:
        recaps.write_pdf(target, recap, {}, "ar")
    assert i18n.translate_in("es", "the disk is full") in refused.value.message
    assert target.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["recap.pdf"]


def test_an_unknown_language_is_refused(log, app):
    from kiosk.ui.recap import recap_language

    with pytest.raises(KioskError):
        recap_language(gather(log, CONTACT, add_visit(log, shown=0).id), "xx")
    chinese = gather(log, CONTACT, add_visit(log, shown=0, languages=("zh",)).id)
    assert recap_language(chinese) == "zh_Hans"  # the visit's "zh" is the kiosk's Simplified Chinese
    korean = gather(log, CONTACT, add_visit(log, shown=0, languages=(), countries={"KR": 12}).id)
    assert recap_language(korean) == "ko"


# ---------------------------------------------------------------- the command line

def kiosk(*args, lang="en_US.UTF-8"):
    env = dict(os.environ, LANG=lang)
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)  # no display: the command goes offscreen by itself
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)


def test_the_command_line_writes_the_recap_in_the_language_asked(tmp_path):
    data = tmp_path / "d"
    db = open_database(data / "kiosk.sqlite")
    visit = add_visit(db, shown=2)
    db.close()
    out = tmp_path / "out" / "lima.pdf"
    result = kiosk("visits", "recap", str(visit.id), "--lang", "ko", "-o", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and not result.stderr
    text = text_of(out)
    assert "페루 및 콜롬비아" in text and "Lima Metropolitan Municipality" in text
    # without -o: the data folder's recaps/, in the visit's first language
    result = kiosk("visits", "recap", str(visit.id), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "Perú y Colombia" in text_of(data / "recaps" / f"recap-{visit.id}-es.pdf")


def test_the_command_line_refuses_in_the_terminals_language(tmp_path):
    data = tmp_path / "d"
    db = open_database(data / "kiosk.sqlite")
    visit = add_visit(db, shown=0)
    db.close()
    (tmp_path / "file").write_text("x")
    result = kiosk("visits", "recap", str(visit.id), "-o", str(tmp_path / "file" / "r.pdf"), "--data-dir", str(data),
                   lang="es_ES.UTF-8")
    assert result.returncode == 1
    assert result.stderr.strip() == i18n.translate_in("es", "The recap cannot be saved in {folder}: {reason}.").format(
        folder=tmp_path / "file", reason=i18n.translate_in("es", "a part of the path is not a folder"))
    result = kiosk("visits", "recap", "999", "--data-dir", str(data), lang="es_ES.UTF-8")
    assert result.returncode == 2
    assert result.stderr.strip() == i18n.translate_in("es", "There is no visit number {id}.").format(id=999)
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- the visit page

def test_the_visit_page_saves_the_recap_in_the_background_and_says_where(qtbot, shell):
    shell.set_language("en")
    shell.staff.actor = "admin"
    visit = add_visit(shell.desk().db, shown=2)
    shell.nav.go("staff", remember=False)
    shell.show_visit(visit.id)
    page = shell.nav.current
    target = shell.paths.data_dir / "recaps" / f"recap-{visit.id}-es.pdf"
    qtbot.mouseClick(page.recap_button, Qt.MouseButton.LeftButton)
    # the click returns at once: the page says what is happening, and a second tap starts nothing
    assert not target.exists() and not page.recap_button.isEnabled() and page.recap_line.isVisible()
    qtbot.waitUntil(lambda: page.recap_button.isEnabled(), timeout=30_000)
    assert target.exists() and str(target) in page.recap_line.text()
    assert page.recap_line.property("role") == "muted"
    assert "Perú y Colombia" in text_of(target)
    assert i18n.current_language() == "en" and page.buttons["recap"].text() == "Take-home recap"


def test_the_visit_page_refuses_a_folder_it_cannot_write(qtbot, shell):
    shell.set_language("fr")
    shell.staff.actor = "admin"
    visit = add_visit(shell.desk().db, shown=1)
    (shell.paths.data_dir / "recaps").write_text("a file, not a folder")
    shell.nav.go("staff", remember=False)
    shell.show_visit(visit.id)
    page = shell.nav.current
    qtbot.mouseClick(page.recap_button, Qt.MouseButton.LeftButton)
    assert page.recap_line.property("role") == "error" and page.recap_button.isEnabled()
    assert page.recap_line.text().startswith(i18n.translate_in("fr", "The recap cannot be saved in {folder}: {reason}.")
                                             .split("{folder}")[0])
    assert i18n.translate_in("fr", "a part of the path is not a folder") in page.recap_line.text()
    assert (shell.paths.data_dir / "recaps").is_file()


def test_an_english_recap_reads_back_whole_words(log, library, folder):
    pdf, _recap, _stills = written(log, library, folder, lang="en", images=False, shown=1)
    text = text_of(pdf)
    # no "fi" ligature: a reader finds the letters, not a glyph it cannot map back
    assert "The center in figures" in text and "Peru and Colombia" in text


# ---------------------------------------------------------------- the settings screen

def settings_screen(shell):
    shell.set_language("en")
    shell.nav.go("staff", remember=False)
    return shell.nav.go("settings")


def test_the_contact_and_the_recap_address_are_saved_from_the_settings_screen(qtbot, shell):
    screen = settings_screen(shell)
    typed = {"contact_name": "Visits office", "contact_phone": "+82 31-8045-2114",
             "contact_email": "visits@example.go.kr", "contact_web": "www.example.go.kr",
             "contact_address": "235 Simin-daero, Anyang", "recap_url": "https://example.go.kr/recap/{id}"}
    for key, value in typed.items():
        screen.contact_edits[key].setText(value)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert {key: shell.settings.get(key) for key in typed} == typed
    assert screen.status.property("role") == "body" and screen.status.text() == "Settings saved."
    assert screen.contact_labels["recap_url"].text() == "Recap web address"


def test_a_wrong_recap_address_is_refused_with_the_reason_and_nothing_is_saved(qtbot, shell):
    screen = settings_screen(shell)
    screen.contact_edits["contact_name"].setText("Visits office")
    screen.contact_edits["recap_url"].setText("example.go.kr/recap")  # no https://
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert shell.settings.get("recap_url") == "" and shell.settings.get("contact_name") == ""
    assert screen.status.property("role") == "error"
    assert "must start with https:// or http://" in screen.status.text()
    shell.set_language("es")  # the reason follows the interface's language
    assert "debe empezar por https:// o http://" in screen.status.text()
    screen.contact_edits["recap_url"].setText("https://example.go.kr/recap/")
    screen.contact_edits["contact_email"].setText("visits at example")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert shell.settings.get("contact_email") == "" and "visits@example.go.kr" in screen.status.text()
