"""The statistics report PDF, read back by programs that know nothing of ours (poppler's pdftotext
and pdfinfo), written from the command line and from the Statistics screen."""

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.store import audit
from kiosk.store.countries import country_name
from kiosk.store.db import open_database
from kiosk.store.examples import seed_example_log
from kiosk.store.report import Period, gather, period_label
from tests.ui.test_recap import A4_PT, MARGIN_PT, kiosk, lines_of

SETTINGS = {"center_name": "안양시 스마트도시통합센터", "center_timezone": "Asia/Seoul"}
TODAY = date(2026, 11, 18)
YEAR = Period(2025, 2025)


def text_of(pdf: Path) -> str:
    """What pdftotext reads, Arabic presentation forms folded to their letters (NFKC)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture(scope="module")
def app(qapp):
    from kiosk.ui.recap import ensure_application

    i18n.load_catalogs()
    return ensure_application()


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("log") / "kiosk.sqlite")
    seed_example_log(db, TODAY, "Asia/Seoul")
    yield db
    db.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("reports")


def write(log, folder, period, lang):
    from kiosk.ui.report import file_name, write_report

    return write_report(log, SETTINGS, period, lang, folder / file_name(period, lang), "admin",
                        issued=date(2026, 11, 18))


@pytest.fixture(scope="module")
def korean(app, log, folder):
    return write(log, folder, YEAR, "ko")


def test_the_korean_report_has_its_title_figures_and_page_numbers(korean, log):
    pdf, pages = korean
    text = text_of(pdf)
    data = gather(log, YEAR, "Asia/Seoul")
    assert "안양시 스마트도시통합센터" in text and i18n.translate_in("ko", "Visitor report") in text
    assert "2025년" in text and "2026년 11월 18일" in text  # the period and the day of issue, as Korean writes them
    assert i18n.translate_in("ko", "The figures the center publishes") in text
    f = data.figures
    for n in (f.visits, f.people, f.domestic_people, f.foreign_people, f.domestic_institutions):
        assert i18n.format_number(n, "ko") in text
    assert country_name(data.countries[0].country, "ko") in text and "WeGO" in text
    assert "11월" in text and "1월" in text  # the months of the year, by name
    assert pages == pages_of(pdf) >= 2
    for page in range(1, pages + 1):
        assert re.search(rf"\b{page}\s*/\s*{pages}\b", text)  # "1 / 3" at the foot of each page
    assert "Visitor report" not in text and "Total" not in text  # written in Korean, not in the source language


def test_numbers_are_grouped_the_way_the_language_groups_them(app, log, folder):
    years = Period(2019, 2026)
    pdf, _pages = write(log, folder, years, "en")
    people = gather(log, years, "Asia/Seoul").figures.people
    assert people >= 1000
    assert i18n.format_number(people, "en") in text_of(pdf) and "," in i18n.format_number(people, "en")
    assert "2019 – 2026" in text_of(pdf)
    pdf, _pages = write(log, folder, years, "fr")
    assert unicodedata.normalize("NFKC", i18n.format_number(people, "fr")) in text_of(pdf)


def test_the_vietnamese_report_keeps_its_marks(app, log, folder):
    pdf, _pages = write(log, folder, YEAR, "vi")
    text = unicodedata.normalize("NFC", text_of(pdf))
    title = i18n.translate_in("vi", "Visitor report")
    assert title.startswith("Báo cáo") and title in text
    assert country_name("VN", "vi") in text  # "Việt Nam"


def test_the_arabic_report_is_right_to_left(app, log, folder):
    pdf, pages = write(log, folder, YEAR, "ar")
    text = text_of(pdf)
    title = unicodedata.normalize("NFKC", i18n.translate_in("ar", "Visitor report"))
    assert title in text and unicodedata.normalize("NFKC", country_name("EG", "ar")) in text
    assert pages == pages_of(pdf)
    heading = unicodedata.normalize("NFKC", i18n.translate_in("ar", "The figures the center publishes")).replace(" ", "")
    line = next(line for line in lines_of(pdf) if heading in line[3])
    assert abs(line[1] - (A4_PT - MARGIN_PT)) < 3 and line[0] > A4_PT / 3  # flush with the right margin


def test_each_report_written_is_in_the_audit_trail(app, log, folder):
    before = len(audit.entries(log, action="report"))
    pdf, pages = write(log, folder, Period(2025, 2025, 11), "es")
    entries = audit.entries(log, action="report")
    assert len(entries) == before + 1
    assert dict(entries[0].details) == {"period": "2025-11", "lang": "es", "pages": pages}
    assert entries[0].role == "admin" and pdf.exists()


def test_a_disk_full_leaves_no_file_and_no_entry(app, log, tmp_path, monkeypatch):
    from kiosk.ui.report import write_report

    before = len(audit.entries(log, action="report"))

    def full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    i18n.set_language("fr")
    with pytest.raises(KioskError) as refused:
        write_report(log, SETTINGS, YEAR, "ko", tmp_path / "r.pdf", "admin")
    assert i18n.translate_in("fr", "the disk is full") in refused.value.message
    assert list(tmp_path.iterdir()) == [] and len(audit.entries(log, action="report")) == before


# ---------------------------------------------------------------- the command line

@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "d"
    db = open_database(data / "kiosk.sqlite")
    seed_example_log(db, TODAY, "Asia/Seoul")
    db.close()
    return data


def test_the_command_line_writes_the_report_in_korean_by_default(data_dir, tmp_path):
    result = kiosk("report", "--period", "2025", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    target = data_dir / "reports" / "report-2025-ko.pdf"
    assert str(target) in result.stdout and not result.stderr
    assert i18n.translate_in("ko", "Visitor report") in text_of(target)
    out = tmp_path / "out" / "year.pdf"
    result = kiosk("report", "--period", "2025", "--lang", "ar", "-o", str(out), "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert unicodedata.normalize("NFKC", i18n.translate_in("ar", "Visitor report")) in text_of(out)


@pytest.mark.parametrize("args, message", [
    (("--period", "2025-13"), "There is no month {month}: months are numbered 01 to 12."),
    (("--period", "2026-2009"), "The range of years ends before it starts: {last} comes before {first}."),
    (("--period", "1990"), "No visits were completed in {period}: there is nothing to report."),
    (("--period", "2025", "--lang", "xx"), "There is no report in “{code}”. The languages are: {codes}."),
])
def test_the_command_line_refuses_in_the_terminals_language(data_dir, tmp_path, args, message):
    out = tmp_path / "r.pdf"
    result = kiosk("report", *args, "-o", str(out), "--data-dir", str(data_dir), lang="es_ES.UTF-8")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    spanish = i18n.translate_in("es", message)
    assert spanish != message and spanish.split("{")[0] in result.stderr
    assert not out.exists()


def test_a_folder_that_cannot_be_written_is_exit_1_and_leaves_nothing(data_dir, tmp_path):
    (tmp_path / "file").write_text("a file where the folder should be")
    result = kiosk("report", "--period", "2025", "-o", str(tmp_path / "file" / "r.pdf"), "--data-dir",
                   str(data_dir), lang="es_ES.UTF-8")
    assert result.returncode == 1
    assert result.stderr.strip() == i18n.translate_in("es", "The report cannot be saved in {folder}: {reason}.").format(
        folder=tmp_path / "file", reason=i18n.translate_in("es", "a part of the path is not a folder"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


# ---------------------------------------------------------------- the Statistics screen

def stats_screen(shell, lang="en"):
    """The Statistics screen on the example log of a day long ago: nothing this month."""
    tz = shell.settings.get("center_timezone")
    seed_example_log(shell.services.db, date.today() - timedelta(days=400), tz)
    shell.set_language(lang)
    shell.staff.actor = "admin"
    shell.nav.go("staff", remember=False)
    return shell.nav.go("stats")


def test_the_screen_saves_the_report_in_the_background_and_says_where(qtbot, shell):
    screen = stats_screen(shell)
    panel = screen.report
    assert panel.languages.selected() == ["ko"]  # Korean first
    panel.periods.buttons["all"].click()
    years = shell.desk().stats()["by_year"]
    key = f"{min(years)}-{max(years)}"
    target = shell.paths.data_dir / "reports" / f"report-{key}-ko.pdf"
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert not panel.save.isEnabled() and panel.busy.isVisible()  # the click returned at once
    qtbot.waitUntil(lambda: panel.save.isEnabled(), timeout=30_000)
    assert target.exists(), panel.line.text()
    assert panel.line.text().startswith("Report saved:") and str(target) in panel.line.text()
    assert panel.line.property("role") == "muted" and not panel.busy.isVisible()
    assert i18n.translate_in("ko", "Visitor report") in text_of(target)
    entry = audit.entries(shell.desk().db, action="report")[0]
    assert entry.details["lang"] == "ko" and entry.details["period"] == key


def test_the_screen_says_why_a_folder_cannot_be_written_and_leaves_no_file(qtbot, shell):
    screen = stats_screen(shell, "fr")
    panel = screen.report
    (shell.paths.data_dir / "reports").write_text("a file, not a folder")
    panel.periods.buttons["last_year"].click()
    panel.languages.buttons["vi"].click()
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.save.isEnabled(), timeout=30_000)
    assert panel.line.property("role") == "error"
    assert panel.line.text() == i18n.translate_in("fr", "The report cannot be saved in {folder}: {reason}.").format(
        folder=shell.paths.data_dir / "reports", reason=i18n.translate_in("fr", "a part of the path is not a folder"))
    assert not list(shell.paths.data_dir.rglob("*.pdf")) and not audit.entries(shell.desk().db, action="report")


def test_the_screen_says_a_period_has_nothing_to_report(qtbot, shell):
    screen = stats_screen(shell, "ko")
    panel = screen.report
    panel.periods.buttons["this_month"].click()
    today = shell.desk().now().date()
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.save.isEnabled(), timeout=30_000)
    assert panel.line.property("role") == "error"
    assert panel.line.text() == i18n.translate_in(
        "ko", "No visits were completed in {period}: there is nothing to report.").format(
        period=period_label(Period(today.year, today.year, today.month), "ko"))
    assert not list(shell.paths.data_dir.rglob("*.pdf"))
