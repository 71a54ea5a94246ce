"""Statistics (staff): the figures the center publishes, computed live from the visit log, with
people by year and by country as bars, and the statistics report saved as a PDF for a period
(:mod:`kiosk.ui.report_panel`). Country names come from CLDR, in the interface language."""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout

from kiosk import i18n
from kiosk.core.errors import KioskError
from kiosk.i18n import _, ngettext
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import label

log = logging.getLogger(__name__)

TOP_COUNTRIES = 12
TEXT = "#c9d6e6"


def headline(figures: dict) -> str:
    """"21,633 visitors: 16,309 from 1,324 Korean institutions, 5,324 from 134 countries"."""
    return _("{people} visitors: {domestic} from {institutions} Korean institutions, "
             "{foreign} from {countries} countries").format(
        people=i18n.format_number(figures["people"]),
        domestic=i18n.format_number(figures["domestic"]["people"]),
        institutions=i18n.format_number(figures["domestic"]["institutions"]),
        foreign=i18n.format_number(figures["foreign"]["people"]),
        countries=i18n.format_number(figures["foreign"]["countries"]))


def breakdown(figures: dict) -> str:
    """"16,309 from 1,324 Korean institutions, 5,324 from 134 countries" (the total said apart)."""
    return _("{domestic} from {institutions} Korean institutions, {foreign} from {countries} countries").format(
        domestic=i18n.format_number(figures["domestic"]["people"]),
        institutions=i18n.format_number(figures["domestic"]["institutions"]),
        foreign=i18n.format_number(figures["foreign"]["people"]),
        countries=i18n.format_number(figures["foreign"]["countries"]))


class Figure(QFrame):
    def __init__(self):
        super().__init__()
        self.setProperty("role", "card")
        self.value = label("display", wrap=False)
        self.caption = label("muted")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 12)
        box.addWidget(self.value)
        box.addWidget(self.caption)


def _bars(horizontal: bool) -> pg.PlotWidget:
    plot = pg.PlotWidget(background=None)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(260)
    font = QFont()
    font.setPixelSize(15)
    item = plot.getPlotItem()
    for name in ("bottom", "left"):
        axis = item.getAxis(name)
        axis.setTextPen(QColor(TEXT))
        axis.setPen(QColor(TEXT))
        axis.setTickFont(font)
    item.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
    return plot


class StatsScreen(Screen):
    screen_id = "stats"

    def __init__(self, shell):
        super().__init__(shell)
        self.figures: dict | None = None
        self.heading = label("title")
        self.summary = label("subtitle")
        self.cards = {key: Figure() for key in ("visits", "people", "domestic", "foreign")}
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.year_title = label("heading")
        self.year_plot = _bars(horizontal=False)
        self.country_title = label("heading")
        self.country_plot = _bars(horizontal=True)
        charts = QGridLayout()
        charts.addWidget(self.year_title, 0, 0)
        charts.addWidget(self.country_title, 0, 1)
        charts.addWidget(self.year_plot, 1, 0)
        charts.addWidget(self.country_plot, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.setRowStretch(1, 1)
        self.empty = label("body")
        # the delegations' answers to the closing question
        self.feedback_title = label("heading")
        self.feedback_months = label("muted")
        self.feedback_months.setObjectName("stats-feedback-months")
        self.feedback_countries = label("muted")
        self.feedback_countries.setObjectName("stats-feedback-countries")
        charts.addWidget(self.feedback_title, 2, 0, 1, 2)
        charts.addWidget(self.feedback_months, 3, 0)
        charts.addWidget(self.feedback_countries, 3, 1)
        self.feedback: tuple[list, list] = ([], [])
        layout = self.scroll_page()  # the answers under the charts may need more than the screen
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(cards)
        layout.addWidget(self.empty)
        layout.addLayout(charts, 1)
        from kiosk.ui.report_panel import ReportPanel

        self.report = ReportPanel(shell)  # the report a city hall files, for a period, as a PDF
        layout.addWidget(self.report)
        self._layout = layout
        self.apply_metrics()
        self.retranslate()

    def apply_metrics(self) -> None:
        self.set_page_margins(self._layout, 16)

    def title(self) -> str:
        return _("Statistics")

    def on_enter(self) -> None:
        desk = self.shell.desk()
        self.problem = None
        try:
            self.figures = desk.stats() if desk is not None else None
            self.feedback = ((desk.activity.feedback_by("month")[-6:], desk.activity.feedback_by("country")[:6])
                             if desk is not None else ([], []))
        except KioskError as exc:  # busy or failing: said on the page, the staff stay here
            self.figures, self.problem = None, exc
        self.retranslate()

    def retranslate(self) -> None:
        self.report.retranslate()
        self.heading.setText(_("Visitor statistics"))
        self.year_title.setText(_("People by year"))
        self.country_title.setText(_("People by country"))
        f = self.figures
        if f is None:
            problem = getattr(self, "problem", None)
            self.summary.setText(problem.message if problem is not None else
                                 _("The visit log is not available: the database could not be opened."))
            return
        self.summary.setText(headline(f) if f["visits"] else "")
        self.empty.setVisible(not f["visits"])
        self.empty.setText(_("No completed visit yet. Completed visits are counted here, and imported "
                             "history too (kiosk visits import-csv)."))
        n = i18n.format_number
        self.cards["visits"].value.setText(n(f["visits"]))
        self.cards["visits"].caption.setText(_("visits completed"))
        self.cards["people"].value.setText(n(f["people"]))
        self.cards["people"].caption.setText(_("visitors"))
        self.cards["domestic"].value.setText(n(f["domestic"]["people"]))
        self.cards["domestic"].caption.setText(_("from {n} Korean institutions").format(
            n=n(f["domestic"]["institutions"])))
        self.cards["foreign"].value.setText(n(f["foreign"]["people"]))
        self.cards["foreign"].caption.setText(_("from {n} other countries").format(n=n(f["foreign"]["countries"])))
        self._plot_years(f["by_year"])
        self._plot_countries(f["by_country"])
        self._show_feedback()

    def _show_feedback(self) -> None:
        from kiosk.store.countries import country_name

        months, countries = self.feedback
        self.feedback_title.setText(_("The delegations' answers: how did you find your visit?"))
        if not months:
            self.feedback_months.setText(_("No answer yet: delegations answer at the end of a guided visit."))
            self.feedback_countries.setText("")
            return

        def line(name: str, f) -> str:
            return ngettext("{name}: {n} answer, {share} good or excellent",
                            "{name}: {n} answers, {share} good or excellent", f.answers).format(
                name=name, n=i18n.format_number(f.answers), share=i18n.format_percent(f.happy_share))

        from datetime import datetime

        self.feedback_months.setText("\n".join(
            line(i18n.format_skeleton("yMMM", datetime(int(f.key[:4]), int(f.key[5:7]), 1)), f) for f in months))
        lang = i18n.current_language()
        self.feedback_countries.setText("\n".join(line(country_name(f.key, lang), f) for f in countries))

    def _plot_years(self, by_year: dict) -> None:
        plot = self.year_plot
        plot.clear()
        years = sorted(int(y) for y in by_year)
        if not years:
            return
        values = np.array([by_year.get(y, by_year.get(str(y), 0)) for y in years], float)
        plot.addItem(pg.BarGraphItem(x=np.arange(len(years)), height=values, width=0.7, brush="#38bdf8"))
        plot.getPlotItem().getAxis("bottom").setTicks([[(k, str(y)) for k, y in enumerate(years)]])
        plot.getPlotItem().getAxis("left").setTicks(None)
        plot.setXRange(-0.6, len(years) - 0.4, padding=0)
        plot.setYRange(0, float(values.max()) * 1.1 or 1, padding=0)

    def _plot_countries(self, by_country: dict) -> None:
        from kiosk.store.countries import country_name

        plot = self.country_plot
        plot.clear()
        top = list(by_country.items())[:TOP_COUNTRIES]
        if not top:
            return
        top.reverse()  # largest at the top
        values = np.array([v for _c, v in top], float)
        plot.addItem(pg.BarGraphItem(x0=0, y=np.arange(len(top)), width=values, height=0.7, brush="#a78bfa"))
        lang = i18n.current_language()
        plot.getPlotItem().getAxis("left").setTicks([[(k, country_name(c, lang)) for k, (c, _v) in enumerate(top)]])
        plot.setYRange(-0.6, len(top) - 0.4, padding=0)
        plot.setXRange(0, float(values.max()) * 1.1 or 1, padding=0)
