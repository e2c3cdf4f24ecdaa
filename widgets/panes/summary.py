"""Issue Summary: when it started and ended, the impact, the root cause in brief.

Duration, time to detect and time to resolve are derived from the summary and
the timeline; the page shows them from the document's ``Findings`` after each
debounce (so typing in a large document never waits for them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from app.metrics import format_duration
from widgets.document import Document
from widgets.findings import Findings
from widgets.muted import MutedLabel
from widgets.panes.cause_link import FULL, CauseLink
from widgets.panes.fields import FieldBinder, TextField
from widgets.panes.page import FormPage
from widgets.panes.timestamp_field import TimeContext, TimestampField


class SummaryPage(FormPage):
    title = "Issue Summary"
    description = "When the incident started and ended (with the time zone), who was affected, and why."
    section_paths = ("summary",)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        binder = self.binder = FieldBinder(document, self)
        self._hints: dict[str, MutedLabel] = {}

        self.start_field = self._time_field(("summary", "start"), "Start time")
        self.add_row("&Start:", self.start_field, accessible_name="Start time", path="summary.start")
        self.end_field = self._time_field(("summary", "end"), "End time")
        self.add_row("&End:", self.end_field, accessible_name="End time", path="summary.end")

        figures = QGroupBox("Derived figures")
        grid = QGridLayout(figures)
        grid.setHorizontalSpacing(18)
        self.duration_label = QLabel()
        self.detect_label = QLabel()
        self.resolve_label = QLabel()
        for column, (caption, label) in enumerate(
            (
                ("Duration", self.duration_label),
                ("Time to detect", self.detect_label),
                ("Time to resolve", self.resolve_label),
            )
        ):
            title = MutedLabel(caption)
            grid.addWidget(title, 0, column)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            label.setFont(font)
            label.setAccessibleName(caption)
            grid.addWidget(label, 1, column)
        self.form().addRow("", figures)

        self.impact_field = binder.text(TextField(), ("summary", "impact"))
        self.impact_field.setPlaceholderText("Who was affected, and how badly")
        self.impact_field.setMinimumHeight(90)
        self.add_row("&Impact:", self.impact_field, path="summary.impact")
        self.cause_field = binder.text(TextField(), ("summary", "root_cause"))
        self.cause_field.setPlaceholderText("The root cause in a sentence or two")
        self.cause_field.setMinimumHeight(70)
        self.add_row("&Root cause:", self.cause_field, accessible_name="Root cause in brief", path="summary.root_cause")
        # Its full story is on the Root Cause page: shown here, one click away.
        self.full_link = CauseLink(document, binder, FULL)
        self.full_link.go.connect(self.reveal_requested)
        self.form().addRow("", self.full_link)
        self.finish()

        self._findings = Findings.of(document)
        self._findings.updated.connect(self.update_figures)
        self.update_figures()

    def _time_field(self, path: tuple[str, str], name: str) -> TimestampField:
        field = TimestampField(context=lambda: self._time_context(path[-1]))
        warning = self.warning_for(".".join(path) + ":typing")
        field.validity_changed.connect(lambda message: warning.show_messages([message] if message else []))
        hint = self._hints[".".join(path)] = MutedLabel()
        hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed: text, never markup
        hint.setWordWrap(True)
        hint.hide()
        field.reading_changed.connect(lambda text: _show_hint(hint, text))
        field.time_entered.connect(lambda value: self._document.set_field(path, value, text=f"Change {name.lower()}"))
        self.binder.custom(path, lambda: field.show_time(self._document.get_field(path)))
        return field

    def add_row(self, label, field, *, accessible_name=None, path=None):
        widget = super().add_row(label, field, accessible_name=accessible_name, path=path)
        if isinstance(field, TimestampField) and path:
            # The typing hint sits under the model warning of the same field.
            holder = self.warning_for(path).parentWidget()
            if holder is not None and holder.layout() is not None:
                holder.layout().addWidget(self.warning_for(path + ":typing"))
                holder.layout().addWidget(self._hints[path])
        return widget

    def _time_context(self, which: str) -> TimeContext:
        """A start or end typed without a date or zone is read against the other end and the timeline."""
        model = self._document.model
        start, end = model.summary.start, model.summary.end
        first = next((event.time for event in model.timeline if event.time is not None), None)
        if which == "end":
            if end is not None:
                return TimeContext(end.date(), end.tzinfo, None, "the end's zone as shown before")
            anchor = start or first
            source = "the start's zone" if start is not None else "the first event's zone"
            return TimeContext(anchor.date() if anchor else None, anchor.tzinfo if anchor else None, anchor, source)
        if start is not None:
            return TimeContext(start.date(), start.tzinfo, None, "the start's zone as shown before")
        anchor = first or end
        source = "the first event's zone" if first is not None else "the end's zone"
        return TimeContext(anchor.date() if anchor else None, anchor.tzinfo if anchor else None, None, source)

    def update_figures(self) -> None:
        figures = self._findings.figures()
        self.duration_label.setText(format_duration(figures.duration))
        self.detect_label.setText(format_duration(figures.time_to_detect))
        self.resolve_label.setText(format_duration(figures.time_to_resolve))


def _show_hint(label: MutedLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
