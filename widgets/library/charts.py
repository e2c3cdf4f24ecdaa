"""Insights: four Qt Charts drawn from ``app.library.stats``, values on hover, PNG and SVG export.

Qt Charts (PySide6-Addons) rather than pyqtgraph: it loads in tens of
milliseconds on top of Qt where pyqtgraph brings numpy and takes most of a
second, and it has stacked bars, category axes and hover signals of its own.
Its cost is install size (the Addons wheel); see docs/library.md.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget

from app.library.stats import TASK_SERIES, Stats

SEVERITY_COLOURS = {"SEV1": "#b3261e", "SEV2": "#e8710a", "SEV3": "#f9ab00", "SEV4": "#1e8e3e", "none": "#9aa0a6"}
TASK_COLOURS = {"open": "#1a73e8", "in progress": "#f9ab00", "done": "#1e8e3e", "overdue": "#b3261e"}


def _show_tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)  # plain text built from numbers and our own labels


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
    return chart


def _category_axis(labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    # Every label would overlap on a long axis: about a dozen are shown (the values stay on hover).
    # Categories must differ, so a hidden one is a distinct run of zero-width spaces.
    step = max(1, len(labels) // 12)
    axis.append([label if index % step == 0 else "\u200b" * (index + 1) for index, label in enumerate(labels)])
    axis.setLabelsAngle(-90 if len(labels) > 8 else 0)
    axis.setTruncateLabels(False)  # rotated labels have the room; cut ones read as "…"
    return axis


def _value_axis(maximum: float, title: str = "") -> QValueAxis:
    """From 0 to a round number above ``maximum``, ticks on whole steps (1, 2, 5, 10, 20, ...)."""
    step = 1
    while maximum / step > 8:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    top = max(1, math.ceil(maximum / step)) * step
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    axis.setLabelFormat("%d")
    axis.setTitleText(title)
    return axis


def incidents_per_month(stats: Stats) -> QChart:
    chart = _chart("Incidents per month, by severity")
    months = list(stats.per_month)
    series = QStackedBarSeries()
    for severity in stats.severities:
        label = severity if severity != "none" else "No severity"
        bars = QBarSet(label)
        bars.setColor(QColor(SEVERITY_COLOURS.get(severity, "#5f6368")))
        bars.append([float(stats.per_month[m].get(severity, 0)) for m in months])
        bars.hovered.connect(
            lambda on, index, severity=severity, label=label: (
                on
                and 0 <= index < len(months)
                and _show_tip(f"{months[index]}: {stats.per_month[months[index]].get(severity, 0)} {label}")
            )
        )
        series.append(bars)
    chart.addSeries(series)
    x = _category_axis(months)
    y = _value_axis(max((sum(c.values()) for c in stats.per_month.values()), default=0))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


def medians_per_quarter(stats: Stats) -> QChart:
    chart = _chart("Median time to detect and to resolve per quarter (minutes)")
    quarters = [q.quarter for q in stats.quarters]
    series = QBarSeries()
    top = 0.0
    for name, attribute, colour in (
        ("Time to detect", "time_to_detect_s", "#1a73e8"),
        ("Time to resolve", "time_to_resolve_s", "#e8710a"),
    ):
        bars = QBarSet(name)
        bars.setColor(QColor(colour))
        values = [getattr(q, attribute) for q in stats.quarters]
        minutes = [round(v / 60, 1) if v is not None else 0.0 for v in values]
        top = max([top, *minutes])
        bars.append(minutes)
        bars.hovered.connect(
            lambda on, index, name=name, minutes=minutes, values=values: (
                on
                and 0 <= index < len(quarters)
                and _show_tip(
                    f"{quarters[index]}: {name.lower()} "
                    + (f"{minutes[index]:g} min" if values[index] is not None else "unknown")
                )
            )
        )
        series.append(bars)
    chart.addSeries(series)
    x = _category_axis(quarters)
    y = _value_axis(top, "minutes")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


def action_items_over_time(stats: Stats) -> QChart:
    chart = _chart("Action items by month raised: status today")
    months = list(stats.tasks_per_month)
    x = _category_axis(months)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    top = max((max(c.values(), default=0) for c in stats.tasks_per_month.values()), default=0)
    y = _value_axis(top)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name in TASK_SERIES:
        line = QLineSeries()
        line.setName(name.capitalize())
        line.setColor(QColor(TASK_COLOURS[name]))
        for index, month in enumerate(months):
            line.append(QPointF(index, stats.tasks_per_month[month][name]))
        line.hovered.connect(
            lambda point, on, name=name: (
                on
                and 0 <= round(point.x()) < len(months)
                and _show_tip(
                    f"{months[round(point.x())]}: {stats.tasks_per_month[months[round(point.x())]][name]} {name}"
                )
            )
        )
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    return chart


def top_services(stats: Stats) -> QChart:
    chart = _chart("Services with most incidents")
    services = [name for name, _count in reversed(stats.top_services)]
    counts = [count for _name, count in reversed(stats.top_services)]
    bars = QBarSet("Incidents")
    bars.setColor(QColor("#1a73e8"))
    bars.append([float(c) for c in counts])
    bars.hovered.connect(
        lambda on, index: on and 0 <= index < len(services) and _show_tip(f"{services[index]}: {counts[index]}")
    )
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    # Axis labels are drawn as plain text by Qt Charts; a service name is never markup here.
    y.append([name[:40] or "(none)" for name in services] or [""])
    x = _value_axis(max(counts, default=0))
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().hide()
    return chart


BUILDERS = (incidents_per_month, medians_per_quarter, action_items_over_time, top_services)


def save_png(view: QChartView, path: Path) -> bool:
    return view.grab().save(str(path), "PNG")


def save_svg(view: QChartView, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    size = view.size()
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(view.chart().title())
    painter = QPainter(generator)
    try:
        view.render(painter)
    finally:
        painter.end()


class ChartPanel(QWidget):
    """One chart with its export buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(QSize(320, 220))
        png, svg = QPushButton("PNG…"), QPushButton("SVG…")
        png.setToolTip("Export this chart as a PNG picture")
        svg.setToolTip("Export this chart as an SVG drawing")
        png.clicked.connect(lambda: self._export("png"))
        svg.clicked.connect(lambda: self._export("svg"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(png)
        buttons.addWidget(svg)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _export(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = self.view.chart().title() if self.view.chart() else "chart"
        suggested = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:40] + f".{kind}"
        name, _filter = QFileDialog.getSaveFileName(
            self, f"Export Chart as {kind.upper()}", suggested, f"{kind.upper()} (*.{kind})"
        )
        if not name:
            return
        if kind == "png":
            save_png(self.view, Path(name))
        else:
            save_svg(self.view, Path(name))


class InsightsView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.panels = [ChartPanel() for _ in BUILDERS]
        grid = QGridLayout()
        for index, panel in enumerate(self.panels):
            grid.addWidget(panel, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def show_stats(self, stats: Stats) -> None:
        self.summary.setText(
            f"{stats.incidents} incident{'s' if stats.incidents != 1 else ''}"
            + (
                f" ({stats.without_start} without a start time, left out of the monthly figures)"
                if stats.without_start
                else ""
            )
        )
        for panel, build in zip(self.panels, BUILDERS, strict=True):
            panel.set_chart(build(stats))
