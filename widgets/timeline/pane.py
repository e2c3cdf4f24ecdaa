"""The timeline pane: the events in the user's order, with their editing tools.

Assembles the model, the filter, the view, the delegate and the actions, and
shows the figures derived from the timeline (read from the document's
``Findings``, so every view shares one computation) and how many events are
out of time order (the same warnings the status bar counts). It follows the
document's signals only, and only those about the timeline and the incident's
times: the window places it and never talks to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.metrics import DerivedFigures, derived_figures, format_duration
from app.model import EventKind, PostMortem
from app.paths import row_in
from widgets.document import Document
from widgets.findings import Findings
from widgets.muted import MutedLabel
from widgets.qt_guard import never_raises
from widgets.safe_text import escaped
from widgets.timeline.actions import TimelineActions
from widgets.timeline.delegate import EventDelegate, muted_color, warning_color
from widgets.timeline.filter import TimelineFilter
from widgets.timeline.glyphs import glyph_icon
from widgets.timeline.kind_filter import KindFilterButton
from widgets.timeline.model import TimelineModel
from widgets.timeline.view import TimelineView


class SearchField(QLineEdit):
    """The search box: Esc clears it (and a second Esc, on an empty box, goes on to the window)."""

    # The keyboard came to the box: a search may be about to start.
    focused = Signal()

    @never_raises()
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    @never_raises()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class TimelinePane(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.findings = Findings.of(document)
        self._showing_problem = False
        self._telling = False  # the line under the list says what an action did (until the timeline changes)
        self.model = TimelineModel(document, self)
        self.proxy = TimelineFilter(self.model, self)
        self.view = TimelineView(self)
        self.delegate = EventDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self.timeline_actions = TimelineActions(self.view, self.proxy, self)

        self.search = SearchField(self)
        self.search.setPlaceholderText("Search events")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search events")
        # Room for a word or two; the field takes whatever the pane has to spare.
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 14)
        self.kind_filter = KindFilterButton(self)
        # "3 of 12 events" while a search or the kind filter hides some.
        self.match_count = MutedLabel("", self)
        self.match_count.setAccessibleName("Events shown")
        self.match_count.hide()
        self.gaps_button = self._tool_button(self.timeline_actions.show_gaps, with_text=True)
        self.sort_button = self._tool_button(self.timeline_actions.sort, with_text=True)
        self.give_day_button = self._tool_button(self.timeline_actions.give_day, with_text=True)
        # The count lives beside the button, not in its text: "Sort by Time (12 out of order)" widened the page.
        self.out_of_order_badge = QLabel(self)
        self.out_of_order_badge.setObjectName("outOfOrderBadge")
        self.out_of_order_badge.hide()
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        self._build_layout()
        self._connect()
        self._refresh()

    # ----------------------------------------------------------------- layout

    def _paint_icons(self) -> None:
        actions = self.timeline_actions
        palette = self.palette()
        for action, glyph in (
            (actions.add, "add"),
            (actions.insert_after, "insert"),
            (actions.duplicate, "duplicate"),
            (actions.delete, "delete"),
            (actions.sort, "sort"),
            (actions.show_gaps, "gaps"),
        ):
            action.setIcon(glyph_icon(glyph, palette))
        self.kind_filter.setIcon(glyph_icon("filter", palette))

    def _paint_badge(self) -> None:
        color = warning_color(self.palette())
        fill = f"rgba({color.red()}, {color.green()}, {color.blue()}, 38)"
        self.out_of_order_badge.setStyleSheet(
            f"QLabel#outOfOrderBadge {{ color: {color.name()}; background: {fill};"
            " border-radius: 9px; padding: 1px 7px; }"
        )

    @never_raises()
    def changeEvent(self, event: QEvent) -> None:
        # Switching to dark mode while running: the line icons follow the new text colour.
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
            self._paint_badge()
        super().changeEvent(event)

    def _tool_button(self, action: QAction, *, with_text: bool) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        # Flat like every tool button on the page: a framed one looked like an empty text box when disabled.
        button.setAutoRaise(True)
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if with_text else Qt.ToolButtonStyle.ToolButtonIconOnly
        button.setToolButtonStyle(style)
        return button

    def _build_layout(self) -> None:
        actions = self.timeline_actions
        self._paint_icons()
        self._paint_badge()
        self._set_empty_hint()
        tools = QHBoxLayout()
        tools.setSpacing(2)
        # Only the main action carries its words among the editing tools; the others keep the pane narrow
        # (their tooltips name them, and the context menu spells them out).
        tools.addWidget(self._tool_button(actions.add, with_text=True))
        for action in (actions.insert_after, actions.duplicate, actions.delete):
            tools.addWidget(self._tool_button(action, with_text=False))
        tools.addStretch(1)
        tools.addWidget(self.give_day_button)
        tools.addWidget(self.out_of_order_badge)
        tools.addWidget(self.sort_button)

        filters = QHBoxLayout()
        filters.setSpacing(2)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.match_count)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.gaps_button)

        layout = QVBoxLayout(self)
        # The page around the pane has the margins every page has: none of its own, or it sits indented.
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.figures)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.focused.connect(self.proxy.prepare_search)
        self.search.textChanged.connect(self._highlight)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._rows_shown_changed)
        # Once per change of filter, not once per run of rows it hides or shows (1,667 runs when
        # one kind of six is hidden in 10,000 events).
        self.proxy.refiltered.connect(self._show_match_count)
        self.kind_filter.kinds_changed.connect(lambda _kinds: self._show_match_count())
        self.search.textChanged.connect(lambda _text: self._show_match_count())
        self.view.escape_pressed.connect(self.search.clear)
        self.delegate.closeEditor.connect(self.timeline_actions.editor_closed)
        self.proxy.cleared.connect(self._filter_cleared)
        self.kind_filter.kinds_changed.connect(self.proxy.set_kinds)
        self.timeline_actions.show_gaps.toggled.connect(self._gaps_toggled)
        self.delegate.time_problem.connect(self.show_message)
        self.delegate.time_read.connect(self.show_reading)
        self.timeline_actions.told.connect(self._tell)
        self.delegate.closeEditor.connect(self._editor_closed)
        # The footer and the badge follow the timeline and the incident's times as they change (the
        # figures come from the document's Findings, computed once per change for every view);
        # edits elsewhere in the document leave them alone.
        document = self.document
        for signal in (document.rows_inserted, document.rows_removed, document.rows_moved, document.item_changed):
            signal.connect(self._list_changed)
        document.list_reset.connect(self._list_changed)
        document.field_changed.connect(self._field_changed)
        document.document_reset.connect(self._refresh)
        # A method of ours, not ``viewport().update``: connecting a bound method of a Qt widget made
        # PySide build the Python types of some thirty widget classes, 10 ms on the page's first show.
        self.model.chronology_changed.connect(self._repaint_rows)
        self.document.document_reset.connect(self._document_reset)
        self.view.selectionModel().selectionChanged.connect(self.timeline_actions.update_enabled)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.show_message(""))
        self.proxy.modelReset.connect(self.timeline_actions.update_enabled)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    # ----------------------------------------------------------------- following the document

    def _document_reset(self) -> None:
        self.proxy.clear()
        self.show_message("")

    def _repaint_rows(self) -> None:
        self.view.viewport().update()

    def _highlight(self, text: str) -> None:
        self.delegate.highlight = " ".join(text.split())
        self.view.viewport().update()

    def _rows_shown_changed(self, *_args: object) -> None:
        if not self.proxy.refiltering():
            self._show_match_count()

    def _show_match_count(self) -> None:
        total = self.model.rowCount()
        if not self.proxy.is_filtering():
            self.match_count.hide()
            return
        shown = self.proxy.rowCount()
        self.match_count.setText(f"{shown:,} of {total:,} event{'s' if total != 1 else ''}")
        self.match_count.show()

    def _filter_cleared(self) -> None:
        # The proxy is already clear: the controls only catch up, without echoing back.
        with QSignalBlocker(self.search):
            self.search.clear()
        self.kind_filter.set_kinds(EventKind)
        self._highlight("")
        self._show_match_count()

    def _list_changed(self, name: str, *_rows: int) -> None:
        if name == "timeline":
            if self._telling:  # "Gave 12 events the day…" is no longer so once they change (an Undo)
                self.show_reading("", False)
            self._refresh()

    def _tell(self, text: str) -> None:
        self.show_reading(text, False)
        self._telling = True

    def _field_changed(self, path: tuple) -> None:
        if path[0] in ("summary", "timeline"):
            self._refresh()

    def _refresh(self) -> None:
        self.timeline_actions.update_enabled()
        self._show_give_day()
        # The badge counts what the rows mark, by the rule that makes them warnings (app.validation).
        self._show_out_of_order(self.model.out_of_order_count())
        self.figures.setText(figures_text(self.document.model, self.findings.figures()))

    def _show_give_day(self) -> None:
        # Shown only while there are written clocks to date (an imported undated document): the row
        # stays as narrow as ever otherwise; the context menu and Edit menu show the action greyed.
        self.give_day_button.setVisible(self.timeline_actions.give_day.isEnabled())

    def _show_out_of_order(self, count: int) -> None:
        sort = self.timeline_actions.sort
        if count:
            events = "1 event is" if count == 1 else f"{count} events are"
            explained = f"{events} earlier than an event above them"
            self.out_of_order_badge.setText(f"⚠ {count}")
            self.out_of_order_badge.setToolTip(f"{explained}: Sort by Time puts them in order")
            self.out_of_order_badge.setAccessibleName(f"{count} out of order")
            sort.setToolTip(f"Order timed events by time: {explained} (one undo step)")
        else:
            sort.setToolTip("Every timed event is already in time order")
        self.out_of_order_badge.setVisible(bool(count))

    def _set_empty_hint(self) -> None:
        # The same key as every other list's hint names: Ins (the Insert After action's first key).
        keys = self.timeline_actions.insert_after.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.view.empty_text = f"No events yet.\nPress {keys} or use {self.timeline_actions.add.text()} to add one."

    def reveal(self, path: str) -> bool:
        """Select and focus the event that a problem path such as ``timeline[3].time`` names."""
        row = row_in(path, "timeline")
        if row is None or not 0 <= row < self.model.rowCount():
            return False
        self.timeline_actions.select_source_rows([row])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_message(self, text: str) -> None:
        self.show_reading(text, True)

    def show_reading(self, text: str, problem: bool) -> None:
        """A line under the list: a problem in the warning colour, how a typed time reads in a muted one."""
        self._showing_problem = problem and bool(text)
        self._telling = False
        self.message.setVisible(bool(text))
        color = (warning_color(self.palette()) if problem else muted_color(self.palette())).name()
        # The message quotes what was typed: shown as typed, never as markup.
        self.message.setText(f"<span style='color:{color}'>{escaped(text)}</span>" if text else "")

    def _editor_closed(self, *_args: object) -> None:
        # How a time read is news while typing; a problem stays until the user moves on.
        if not self._showing_problem:
            self.show_reading("", False)

    # ----------------------------------------------------------------- user input

    def _gaps_toggled(self, shown: bool) -> None:
        self.delegate.show_gaps = shown
        self.view.viewport().update()

    def context_menu(self) -> QMenu:
        """The menu for the current selection (built here so tests can inspect it)."""
        menu = QMenu(self)
        actions = self.timeline_actions
        for group in (
            (actions.edit, actions.insert_after, actions.duplicate, actions.delete),
            (actions.move_up, actions.move_down, actions.move_top, actions.move_bottom),
            (actions.sort, actions.give_day, actions.show_gaps),
        ):
            menu.addActions(list(group))
            menu.addSeparator()
        return menu

    def _context_menu(self, position: QPoint) -> None:
        self.timeline_actions.update_enabled()
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()


def figures_text(model: PostMortem, figures: DerivedFigures | None = None) -> str:
    """The footer: the figures the timeline gives, or what they are waiting for."""
    events = model.timeline
    if not events:
        # The list itself says how to add the first event; the footer says what it will show.
        return "Time to detect, time to resolve and duration will show here once events have times."
    counted = "1 event" if len(events) == 1 else f"{len(events):,} events"
    if all(event.time is None for event in events):
        return f"{counted}, none with a time yet: times give time to detect, time to resolve and duration."
    figures = figures if figures is not None else derived_figures(model)
    if model.summary.start is None:
        return f"{counted}: give the incident a start time (Summary) to see time to detect and resolve."
    # Non-breaking spaces keep each figure on one line when the footer wraps ("1 h 26 min", not "1 h 26 / min").
    parts = [
        f"<b>{name.replace(' ', '&nbsp;')}</b>&nbsp;"
        + (format_duration(value).replace(" ", "&nbsp;") if value is not None else "not&nbsp;yet")
        for name, value in (
            ("Time to detect", figures.time_to_detect),
            ("Time to resolve", figures.time_to_resolve),
            ("Duration", figures.duration),
        )
    ]
    return " &nbsp;·&nbsp; ".join([*parts, counted])
