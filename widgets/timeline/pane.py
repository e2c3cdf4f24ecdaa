"""The timeline pane: the events in the user's order, with their editing tools.

Assembles the model, the filter, the view, the delegate and the actions, and
shows the figures derived from the timeline. It follows the document's
signals only: the window places it and never talks to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.metrics import derived_figures, format_duration
from app.model import EventKind
from widgets.document import Document
from widgets.panes.page import row_in
from widgets.safe_text import escaped
from widgets.timeline.actions import TimelineActions
from widgets.timeline.delegate import EventDelegate, warning_color
from widgets.timeline.filter import TimelineFilter
from widgets.timeline.glyphs import glyph_icon, kind_toggle_icon
from widgets.timeline.model import TimelineModel
from widgets.timeline.view import TimelineView


class TimelinePane(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = TimelineModel(document, self)
        self.proxy = TimelineFilter(self.model, self)
        self.view = TimelineView(self)
        self.delegate = EventDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.proxy)
        self.timeline_actions = TimelineActions(self.view, self.proxy, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search events")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search events")
        self.kind_buttons: dict[EventKind, QToolButton] = {}
        self.sort_button = QToolButton(self)
        self.sort_button.setDefaultAction(self.timeline_actions.sort)
        self.figures = QLabel(self)
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

    def changeEvent(self, event: QEvent) -> None:
        # Switching to dark mode while running: the line icons follow the new text colour.
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
        super().changeEvent(event)

    def _build_layout(self) -> None:
        actions = self.timeline_actions
        self._paint_icons()
        tools = QHBoxLayout()
        tools.setSpacing(2)
        for action in (actions.add, actions.insert_after, actions.duplicate, actions.delete, None, actions.show_gaps):
            if action is None:
                tools.addStretch(1)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            # Only the main action carries its words; the others keep the pane narrow (tooltips name them).
            style = (
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if action is actions.add
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            button.setToolButtonStyle(style)
            tools.addWidget(button)
        self.sort_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addWidget(self.sort_button)

        filters = QHBoxLayout()
        filters.setSpacing(2)
        filters.addWidget(self.search, 1)
        for kind in EventKind:
            button = QToolButton(self)
            button.setIcon(kind_toggle_icon(kind))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolTip(f"Show {kind.label.lower()} events")
            button.setAccessibleName(f"Show {kind.label.lower()} events")
            button.toggled.connect(self._kinds_toggled)
            self.kind_buttons[kind] = button
            filters.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.figures)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.proxy.cleared.connect(self._filter_cleared)
        self.timeline_actions.show_gaps.toggled.connect(self._gaps_toggled)
        self.delegate.time_problem.connect(self.show_message)
        self.document.changed.connect(self._refresh)
        self.model.chronology_changed.connect(self.view.viewport().update)
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

    def _filter_cleared(self) -> None:
        # The proxy is already clear: the controls only catch up, without echoing back.
        with QSignalBlocker(self.search):
            self.search.clear()
        for button in self.kind_buttons.values():
            with QSignalBlocker(button):
                button.setChecked(True)

    def _refresh(self) -> None:
        self.timeline_actions.update_enabled()
        count = self.model.out_of_order_count()
        self.timeline_actions.sort.setText(f"Sort by Time ({count} out of order)" if count else "Sort by Time")
        figures = derived_figures(self.document.model)
        parts = [
            f"<b>Time to detect</b> {format_duration(figures.time_to_detect)}",
            f"<b>Time to resolve</b> {format_duration(figures.time_to_resolve)}",
            f"<b>Duration</b> {format_duration(figures.duration)}",
            f"{len(self.model.events())} events",
        ]
        self.figures.setText(" &nbsp;·&nbsp; ".join(parts))

    def reveal(self, path: str) -> bool:
        """Select and focus the event that a problem path such as ``timeline[3].time`` names."""
        row = row_in(path, "timeline")
        if row is None or not 0 <= row < self.model.rowCount():
            return False
        self.timeline_actions.select_source_rows([row])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_message(self, text: str) -> None:
        self.message.setVisible(bool(text))
        color = warning_color(self.palette()).name()
        # The message quotes what was typed: shown as typed, never as markup.
        self.message.setText(f"<span style='color:{color}'>{escaped(text)}</span>" if text else "")

    # ----------------------------------------------------------------- user input

    def _kinds_toggled(self) -> None:
        self.proxy.set_kinds(kind for kind, button in self.kind_buttons.items() if button.isChecked())

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
            (actions.sort, actions.show_gaps),
        ):
            menu.addActions(list(group))
            menu.addSeparator()
        return menu

    def _context_menu(self, position: QPoint) -> None:
        self.timeline_actions.update_enabled()
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()
