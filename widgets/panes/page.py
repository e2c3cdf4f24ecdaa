"""The common look of a form page: a header, labelled rows, warnings beside fields."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.paths import concerns, describe_place, top_level
from app.validation import Problem
from widgets.muted import MutedLabel


class WarningLabel(QLabel):
    """A quiet line under a field that names what is wrong with it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldWarning")
        self.setStyleSheet("QLabel#fieldWarning { color: #c0392b; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("⚠ " + "\n⚠ ".join(messages) if messages else "")
        self.setVisible(bool(messages))


def page_layout(body: QWidget, title: str, description: str = "") -> QVBoxLayout:
    """The layout every section page starts with: its title and a line on what it is for."""
    layout = QVBoxLayout(body)
    layout.setContentsMargins(24, 18, 24, 18)
    layout.setSpacing(10)
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setWeight(QFont.Weight.DemiBold)
    heading.setFont(font)
    heading.setAccessibleName(f"{title} section")
    layout.addWidget(heading)
    if description:
        about = MutedLabel(description)
        about.setWordWrap(True)
        layout.addWidget(about)
    return layout


class FormPage(QScrollArea):
    """A scrollable page: header, then rows of labelled fields.

    ``section_paths`` are the model path prefixes this page edits; the window
    uses them to count validation warnings on the section list.
    """

    title = ""
    description = ""
    section_paths: tuple[str, ...] = ()
    # A SectionPage (widgets.section_page): the window shows what a page asks for here.
    reveal_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("formPageBody")
        self._layout = page_layout(body, self.title, self.description)
        self._form: QFormLayout | None = None
        self._warnings: dict[str, WarningLabel] = {}
        self.setWidget(body)

    # ----------------------------------------------------------------- building

    def form(self) -> QFormLayout:
        """The current form block; created on first use after a subheading."""
        if self._form is None:
            self._form = QFormLayout()
            self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._form.setHorizontalSpacing(14)
            self._form.setVerticalSpacing(10)
            self._layout.addLayout(self._form)
        return self._form

    def add_row(self, label: str, field: QWidget, *, accessible_name: str | None = None, path: str | None = None):
        field.setAccessibleName(accessible_name or label.rstrip(":"))
        caption = QLabel(label)
        caption.setBuddy(field)
        if path is None:
            self.form().addRow(caption, field)
            return field
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(field)
        column.addWidget(self.warning_for(path))
        self.form().addRow(caption, holder)
        return field

    def add_subheading(self, text: str) -> None:
        label = QLabel(text)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.12)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        self._layout.addWidget(label)
        self._form = None

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.addWidget(widget, stretch)
        self._form = None

    def finish(self, stretch: bool = True) -> None:
        """Call once all rows are in: pushes them to the top of the page."""
        if stretch:
            spacer = QWidget()
            spacer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self._layout.addWidget(spacer, 1)

    def reveal(self, path: str) -> bool:
        """Focus the field that ``path`` concerns: the one whose warning label has the longest matching path."""
        candidates = [known for known in self._warnings if concerns(path, known)]
        if not candidates:
            return False
        holder = self._warnings[max(candidates, key=len)].parentWidget()
        for child in holder.findChildren(QWidget) if holder is not None else []:
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def warning_for(self, path: str) -> WarningLabel:
        if path not in self._warnings:
            self._warnings[path] = WarningLabel()
        return self._warnings[path]

    # ----------------------------------------------------------------- validation

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem beside the field whose path it names (or that field's list)."""
        for path, label in self._warnings.items():
            if ":" in path:
                continue  # A field's own hint (``summary.start:typing``), not a model warning.
            label.show_messages([p.message for p in problems_for(problems, (path,))])


def problems_for(problems: list[Problem], prefixes: tuple[str, ...]) -> list[Problem]:
    """The problems about ``prefixes`` or anything inside them (``concerns``), in their order.

    Only the problems of the same part of the document are looked at, in one
    pass: every page and field label is shown the same list, and a 10,000-event
    timeline has as many problems (each looked at by every label took 250 ms).
    """
    inside = tuple(prefix + mark for prefix in prefixes for mark in ".[")
    groups = _by_part(problems)
    parts = list(dict.fromkeys(top_level(prefix) for prefix in prefixes))
    if len(parts) == 1:
        rows: Iterable[int] = groups.get(parts[0], ())
    else:  # several parts: back in the list's order
        rows = sorted(row for part in parts for row in groups.get(part, ()))
    found = (problems[row] for row in rows)
    return [p for p in found if p.path in prefixes or p.path.startswith(inside)]


_grouped: tuple[list[Problem], dict[str, array[int]]] | None = None


def _by_part(problems: list[Problem]) -> dict[str, array[int]]:
    """Where in the list the problems of each part of the document are; worked out once per list.

    Places, not the problems: 10,000 events' problems took 0.9 MB as (place, problem) pairs, 40 KB so.
    """
    global _grouped
    if _grouped is None or _grouped[0] is not problems:
        groups: dict[str, array[int]] = {}
        for row, problem in enumerate(problems):
            part = top_level(problem.path)
            rows = groups.get(part)
            if rows is None:
                rows = groups[part] = array("I")
            rows.append(row)
        _grouped = (problems, groups)
    return _grouped[1]


def summarize(problems: list[Problem], limit: int = 8) -> str:
    """The first few problems, one a line, and how many more: a label must stay readable."""
    # In the editor's words ("Timeline, event 362: ..."), as the Overview lists them, not as paths.
    lines = [f"{describe_place(p.path)}: {p.message}" for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… and {len(problems) - limit:,} more")
    return "\n".join(lines)
