"""The Overview's "at a glance" panel: the incident window, derived figures, counts, warnings.

It shows the document's ``Findings`` (``widgets.findings``): the glance
(``app.glance``) after each debounce, computed once for every view, so typing
in a document of 10,000 events never waits for it. Warnings come from the
window's validation pass (``show_problems``) rather than a second run of the
checks; choosing one asks, through ``reveal_requested``, for the place it
concerns to be shown.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.glance import Glance, glance
from app.metrics import format_duration
from app.model import EventKind, TaskStatus
from app.paths import describe_place
from app.timefmt import format_time, format_timestamp, format_zone
from app.validation import Problem
from widgets.document import Document
from widgets.findings import Findings
from widgets.icons import badge_pixmap
from widgets.muted import MutedLabel
from widgets.navigation import badge_color
from widgets.qt_guard import never_raises

__all__ = ["Glance", "OverviewSummary", "describe_place", "glance", "incident_window"]  # some from app
MAX_LISTED_WARNINGS = 100  # More would only make a list nobody scrolls; the sections show the rest.
_NARROW = 440  # Below this width the cards stack in one column.


# --------------------------------------------------------------------------- the figures (no Qt)


def incident_window(start: datetime | None, end: datetime | None) -> str:
    """``March 3, 2025, 11:05 – 12:47 UTC``; both dates and zones when they differ."""
    if start is None and end is None:
        return "Start and end not set yet"
    if start is None or end is None:
        known = format_timestamp(start or end)  # type: ignore[arg-type]
        return f"Starts {known}, end not set" if start else f"Start not set, ends {known}"
    if start.date() == end.date() and start.utcoffset() == end.utcoffset():
        return f"{format_timestamp(start).rsplit(' ', 1)[0]} – {format_time(end)} {format_zone(end)}"
    return f"{format_timestamp(start)} – {format_timestamp(end)}"


# --------------------------------------------------------------------------- widgets


def _scaled_font(widget: QWidget, factor: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setWeight(weight)
    return font


class _Card(QFrame):
    """A framed block on the base colour with a title and, optionally, a button to its section."""

    def __init__(self, title: str, section: str | None, reveal: Signal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(6)
        caption = QLabel(title)
        caption.setFont(_scaled_font(caption, 1.0, QFont.Weight.DemiBold))
        header.addWidget(caption)
        header.addStretch(1)
        self.open_button: QToolButton | None = None
        if section is not None:
            button = QToolButton()
            button.setText("Open ›")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolTip(f"Go to {title}")
            button.setAccessibleName(f"Go to {title}")
            button.clicked.connect(lambda: reveal.emit(section))
            header.addWidget(button)
            self.open_button = button
        self.body.addLayout(header)


class _Figure(QWidget):
    """A caption over a large value: Duration / 1 h 42 min."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(MutedLabel(caption))
        self.value = QLabel("—")
        self.value.setFont(_scaled_font(self.value, 1.3, QFont.Weight.DemiBold))
        self.value.setAccessibleName(caption)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.value)


class OverviewSummary(QWidget):
    """Follows the document and shows where the post-mortem stands."""

    reveal_requested = Signal(str)  # a model path (``timeline[3].time``) or a section's path (``timeline``)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._problems: list[Problem] = []
        self.setAccessibleName("At a glance")

        self.incident = _Card("Incident", "summary", self.reveal_requested)
        self.window_label = QLabel()
        self.window_label.setFont(_scaled_font(self.window_label, 1.08))
        self.window_label.setAccessibleName("Incident window")
        self.window_label.setWordWrap(True)
        self.window_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.incident.body.addWidget(self.window_label)
        figures = QHBoxLayout()
        figures.setSpacing(24)
        self.duration = _Figure("Duration")
        self.time_to_detect = _Figure("Time to detect")
        self.time_to_resolve = _Figure("Time to resolve")
        for figure in (self.duration, self.time_to_detect, self.time_to_resolve):
            figures.addWidget(figure)
        figures.addStretch(1)
        self.incident.body.addSpacing(4)
        self.incident.body.addLayout(figures)

        self.timeline = _Card("Timeline", "timeline", self.reveal_requested)
        self.events_label = QLabel()
        self.timeline.body.addWidget(self.events_label)
        kinds = QGridLayout()
        kinds.setHorizontalSpacing(8)
        kinds.setVerticalSpacing(4)
        kinds.setColumnStretch(1, 1)
        self._kind_icons: dict[EventKind, QLabel] = {}
        self.kind_counts: dict[EventKind, QLabel] = {}
        self._kind_names: dict[EventKind, QLabel] = {}
        for row, kind in enumerate(EventKind):
            icon, name, count = QLabel(), QLabel(kind.label), QLabel()
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setFont(_scaled_font(count, 1.0, QFont.Weight.DemiBold))
            count.setAccessibleName(f"{kind.label} events")
            icon.setAccessibleName(kind.label)
            kinds.addWidget(icon, row, 0)
            kinds.addWidget(name, row, 1)
            kinds.addWidget(count, row, 2)
            self._kind_icons[kind], self._kind_names[kind], self.kind_counts[kind] = icon, name, count
        self.timeline.body.addLayout(kinds)
        self.timeline.body.addStretch(1)

        self.tasks = _Card("Action items", "measures", self.reveal_requested)
        self.tasks_bar = QProgressBar()
        self.tasks_bar.setAccessibleName("Action items done")
        self.tasks_bar.setTextVisible(True)
        self.tasks_bar.setFormat("%v of %m done")
        self.tasks_label = QLabel()
        self.tasks_label.setAccessibleName("Action items by status")
        self.tasks_label.setWordWrap(True)
        self.tasks.body.addWidget(self.tasks_bar)
        self.tasks.body.addWidget(self.tasks_label)

        self.flowchart = _Card("Investigation flowchart", "humor", self.reveal_requested)
        self.flowchart_label = QLabel()
        self.flowchart_label.setAccessibleName("Flowchart size")
        self.flowchart_label.setWordWrap(True)
        self.flowchart.body.addWidget(self.flowchart_label)

        self.warnings = _Card("Warnings", None, self.reveal_requested)
        self.all_clear = MutedLabel("✓  Nothing to check: times and the flowchart are consistent.")
        self.all_clear.setAccessibleName("No warnings")
        self.all_clear.setWordWrap(True)
        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName("Warnings")
        self.warnings_list.setAccessibleDescription("Press Enter on a warning to go to the place it concerns")
        self.warnings_list.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_list.setUniformItemSizes(True)
        self.warnings_list.setIconSize(QSize(14, 14))
        self.warnings_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warnings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.warnings_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.warnings_list.itemActivated.connect(self._activated)
        self.warnings_list.itemClicked.connect(self._activated)
        self.warnings.body.addWidget(self.all_clear)
        self.warnings.body.addWidget(self.warnings_list)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self._columns = 0
        self._arrange(2)

        self._findings = Findings.of(document)
        self._timer = self._findings.timer  # the shared debounce this panel follows
        # Through a method of this widget: connections to it end when it is deleted.
        self._findings.updated.connect(self.refresh)
        self._paint_icons()
        self.refresh()
        self.show_problems([])

    # ----------------------------------------------------------------- following the document

    def refresh(self) -> None:
        seen = self._findings.glance()
        self.window_label.setText(incident_window(seen.start, seen.end))
        self.duration.value.setText(format_duration(seen.figures.duration))
        self.time_to_detect.value.setText(format_duration(seen.figures.time_to_detect))
        self.time_to_resolve.value.setText(format_duration(seen.figures.time_to_resolve))

        self.events_label.setText(_count(seen.events, "event") if seen.events else "No events yet")
        for kind, count in seen.events_by_kind.items():
            self.kind_counts[kind].setText(str(count))
            # Kinds that do not occur step back, so the ones that do stand out.
            for label in (self._kind_names[kind], self.kind_counts[kind], self._kind_icons[kind]):
                label.setEnabled(count > 0)

        tasks = seen.tasks
        done = seen.tasks_by_status[TaskStatus.DONE]
        self.tasks_bar.setVisible(tasks > 0)
        self.tasks_bar.setRange(0, max(tasks, 1))
        self.tasks_bar.setValue(done)
        if tasks:
            by_status = seen.tasks_by_status
            self.tasks_label.setText(
                f"{by_status[TaskStatus.OPEN]} open · {by_status[TaskStatus.IN_PROGRESS]} in progress · {done} done"
            )
        else:
            self.tasks_label.setText("No action items yet")

        if seen.nodes:
            text = f"{_count(seen.nodes, 'box', 'boxes')}, {_count(seen.edges, 'arrow')}"
            if seen.dead_ends:
                text += f" · {_count(seen.dead_ends, 'dead end')}"
        else:
            text = "Not drawn yet: generate one from the timeline on the Humor Element page."
        self.flowchart_label.setText(text)

    def show_problems(self, problems: list[Problem]) -> None:
        """The window's latest validation result (already debounced by the window)."""
        self._problems = problems
        listed = self.warnings_list
        listed.clear()
        color = badge_color(self.palette())
        mark = QIcon(badge_pixmap(color, 14))
        for problem in problems[:MAX_LISTED_WARNINGS]:
            message = problem.message[:1].upper() + problem.message[1:]
            item = QListWidgetItem(mark, f"{describe_place(problem.path)}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setToolTip(f"{problem.path}: {problem.message}\nClick or press Enter to go there.")
            listed.addItem(item)
        if len(problems) > MAX_LISTED_WARNINGS:
            more = QListWidgetItem(f"… and {len(problems) - MAX_LISTED_WARNINGS:,} more, marked in their sections")
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            listed.addItem(more)
        listed.setVisible(bool(problems))
        self.all_clear.setVisible(not problems)
        rows = min(listed.count(), 8)
        if rows:
            row_height = listed.sizeHintForRow(0) if listed.sizeHintForRow(0) > 0 else listed.fontMetrics().height() + 4
            listed.setFixedHeight(rows * row_height + 2 * listed.frameWidth())
        title = f"Warnings ({len(problems)})" if problems else "Warnings"
        self.warnings.findChild(QLabel).setText(title)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    # ----------------------------------------------------------------- look

    @never_raises()
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
            self.show_problems(self._problems)
        super().changeEvent(event)

    @never_raises()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(1 if event.size().width() < _NARROW else 2)

    def _paint_icons(self) -> None:
        from widgets.timeline.kinds import is_dark, kind_pixmap

        dark = is_dark(self.palette())
        ratio = self.devicePixelRatioF()
        for kind, label in self._kind_icons.items():
            label.setPixmap(kind_pixmap(kind, 16, max(ratio, 2.0), dark=dark))

    def _arrange(self, columns: int) -> None:
        """Two columns when there is room (timeline beside tasks and chart), else one."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in (self.incident, self.timeline, self.tasks, self.flowchart, self.warnings):
            self._grid.removeWidget(card)
        if columns == 2:
            self._grid.addWidget(self.incident, 0, 0, 1, 2)
            self._grid.addWidget(self.timeline, 1, 0, 2, 1)
            self._grid.addWidget(self.tasks, 1, 1)
            self._grid.addWidget(self.flowchart, 2, 1)
            self._grid.addWidget(self.warnings, 3, 0, 1, 2)
            self._grid.setColumnStretch(1, 1)
        else:
            for row, card in enumerate((self.incident, self.timeline, self.tasks, self.flowchart, self.warnings)):
                self._grid.addWidget(card, row, 0)
            self._grid.setColumnStretch(1, 0)
        self._grid.setColumnStretch(0, 1)
        for card in (self.tasks, self.flowchart):
            card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # ----------------------------------------------------------------- input

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.reveal_requested.emit(path)


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number:,} {singular if number == 1 else plural or singular + 's'}"
