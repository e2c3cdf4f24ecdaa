"""The timeline's editing actions: add, insert, duplicate, delete, move, sort.

Each action reads the view's selection (through the filter, so hidden events
are never touched), turns it into source rows, and makes one call to the
document: one undo step per action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QWidget

from app.list_moves import rows_that_step
from app.model import EventKind, TimelineEvent
from app.timeline_order import sort_by_time
from app.undated_days import UndatedLeadsSeen
from widgets.dialogs import Dialogs
from widgets.fresh_row import FreshRow
from widgets.timeline.editor import EventEditor
from widgets.timeline.filter import TimelineFilter
from widgets.timeline.give_day import give_times_a_day
from widgets.timeline.view import TimelineView


class TimelineActions(QObject):
    # A line for under the list: what an action did ("Gave 12 events the day Wed 1 May 2026.").
    told = Signal(str)

    def __init__(self, view: TimelineView, proxy: TimelineFilter, owner: QWidget) -> None:
        super().__init__(owner)
        self.view = view
        self.proxy = proxy
        self.model = proxy.timeline
        self.document = self.model.document
        self.fresh = FreshRow(self.document.undo_stack)
        # The page's questions, behind the same seam as the window's (tests answer them).
        self.dialogs = Dialogs(owner)
        self._undated_leads = UndatedLeadsSeen()

        def make(
            text: str,
            slot: Callable[[], None],
            shortcut: QKeySequence | str | list[QKeySequence] | None = None,
            tip: str = "",
        ) -> QAction:
            action = QAction(text, owner)
            if shortcut is not None:
                action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
                # Only while the timeline has focus: Alt+Up elsewhere is someone else's.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
            action.triggered.connect(lambda: self._run(slot))
            owner.addAction(action)
            return action

        self.add = make("Add Event", self.add_event, "Ctrl+Shift+Return", "Add an event at the end")
        # Ins adds a row in every list of the editor; here, below the selected event (at the end without one).
        self.insert_after = make(
            "Insert After",
            self.insert_event_after,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Return")],
            "Insert an event below",
        )
        self.duplicate = make("Duplicate", self.duplicate_events, "Ctrl+D", "Duplicate the selected events")
        self.delete = make("Delete", self.delete_events, QKeySequence.StandardKey.Delete, "Delete the selected events")
        self.edit = make("Edit", self.edit_current, None, "Edit kind, time and text (F2)")
        self.move_up = make("Move Up", self.move_selection_up, "Alt+Up")
        self.move_down = make("Move Down", self.move_selection_down, "Alt+Down")
        self.move_top = make("Move to Top", self.move_selection_to_top, "Alt+Home")
        self.move_bottom = make("Move to Bottom", self.move_selection_to_bottom, "Alt+End")
        self.sort = make("Sort by Time", self.sort_by_time, None, "Order timed events by time (one undo step)")
        self.give_day = make(
            "Give Times a Day…",
            self.give_times_a_day,
            None,
            "Give one day to the events whose text starts with a time (one undo step)",
        )
        self.show_gaps = make(
            "Show Gaps", lambda: None, None, "Show beside each event the time since the previous timed event"
        )
        # The button says "Gaps" and shows its state by being pressed in; the context menu spells it out.
        self.show_gaps.setIconText("Gaps")
        self.show_gaps.setCheckable(True)
        self.show_gaps.setChecked(True)
        # Insert After stays enabled: with nothing chosen it adds at the end, so Ins always adds a row.
        self.selection_actions = [
            self.duplicate,
            self.delete,
            self.edit,
            self.move_up,
            self.move_down,
            self.move_top,
            self.move_bottom,
        ]

    def _run(self, slot: Callable[[], None]) -> None:
        self.finish_editing()
        slot()

    def finish_editing(self) -> None:
        """Commit an open in-place editor first, so an action never drops what was typed."""
        editor = self.view.findChild(EventEditor)
        if editor is not None and editor.isVisible():
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # ----------------------------------------------------------------- selection

    def selected_proxy_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        return sorted({index.row() for index in selection.selectedRows()}) if selection else []

    def selected_rows(self) -> list[int]:
        """Selected events as rows of the document's list."""
        return self.proxy.source_rows(self.selected_proxy_rows())

    def select_source_rows(self, rows: list[int], current: int | None = None) -> None:
        selection = QItemSelection()
        for row in rows:
            index = self.proxy.mapFromSource(self.model.index(row))
            if index.isValid():
                selection.select(index, index)
        model = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        model.select(selection, flags)
        focus_row = current if current is not None else (rows[0] if rows else None)
        if focus_row is not None:
            index = self.proxy.mapFromSource(self.model.index(focus_row))
            if index.isValid():
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.view.scrollTo(index)

    def update_enabled(self) -> None:
        has_selection = bool(self.selected_proxy_rows())
        for action in self.selection_actions:
            action.setEnabled(has_selection)
        self.sort.setEnabled(self.model.out_of_order_count() > 0)
        self.give_day.setEnabled(self.has_undated_leads())

    def has_undated_leads(self) -> bool:
        """Whether Give Times a Day has events to date; read again only once the timeline changed."""
        return self._undated_leads.present(self.document.part_revision("timeline"), self.model.events())

    # ----------------------------------------------------------------- adding and removing

    def _reveal(self, row: int) -> None:
        """A new event must be visible even if the filter would hide it."""
        if not self.proxy.mapFromSource(self.model.index(row)).isValid():
            self.proxy.clear()

    def _new_event(self, row: int, kind: EventKind = EventKind.ACTION) -> TimelineEvent:
        # Post-mortems are written afterwards: a new event starts at the time of the one before it.
        return TimelineEvent(kind=kind, time=self.model.time_before(row), text="")

    def add_event(self) -> None:
        row = self.model.rowCount()
        self.document.insert_items("timeline", row, [self._new_event(row)], text="Add event")
        self.fresh.added(row)
        self._reveal(row)
        self.select_source_rows([row])
        self.edit_current()

    def insert_event_after(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.add_event()
            return
        row = rows[-1] + 1
        kind = self.model.events()[rows[-1]].kind
        self.document.insert_items("timeline", row, [self._new_event(row, kind)], text="Insert event")
        self.fresh.added(row)
        self._reveal(row)
        self.select_source_rows([row])
        self.edit_current()

    def duplicate_events(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        events = self.model.events()
        copies = [events[row].model_copy(deep=True) for row in rows]
        at = rows[-1] + 1
        text = "Duplicate event" if len(copies) == 1 else f"Duplicate {len(copies):,} events"
        self.document.insert_items("timeline", at, copies, text=text)
        self.select_source_rows(list(range(at, at + len(copies))))

    def delete_events(self) -> None:
        proxy_rows = self.selected_proxy_rows()
        if not proxy_rows:
            return
        rows = self.proxy.source_rows(proxy_rows)
        # Keep the cursor where it was: the row that slides into the first deleted place.
        after = proxy_rows[0]
        text = "Delete event" if len(rows) == 1 else f"Delete {len(rows):,} events"
        self.document.remove_items("timeline", rows, text=text)
        count = self.proxy.rowCount()
        if count:
            index = self.proxy.index(min(after, count - 1), 0)
            self.select_source_rows([self.proxy.mapToSource(index).row()])

    def editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Esc on the editor of an event just added, still without text, takes the event back."""
        row = self.fresh.row()
        if row is None or hint != QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self.fresh.forget()
            return
        events = self.model.events()
        if not (0 <= row < len(events) and not events[row].text and self.fresh.withdraw()):
            self.fresh.forget()
            return
        count = self.proxy.rowCount()
        if count:
            # The cursor goes back to the event above the withdrawn one, where the user was.
            index = self.proxy.mapFromSource(self.model.index(min(max(row - 1, 0), self.model.rowCount() - 1)))
            if index.isValid():
                self.select_source_rows([self.proxy.mapToSource(index).row()])

    def edit_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    # ----------------------------------------------------------------- moving

    def _move(self, destination: int) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.model.move_rows(rows, destination)
        # The view keeps the moved rows selected (persistent indexes); keep them in sight.
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def move_selection_up(self) -> None:
        self._step(-1)

    def move_selection_down(self) -> None:
        self._step(+1)

    def _step(self, direction: int) -> None:
        """Each selected event swaps with the *visible* neighbour above or below it.

        Events already against the edge (or against a stuck selected event)
        stay; gaps in a split selection are kept. With a filter on, an event
        jumps over the hidden ones to the next visible place, which is the
        move the user sees. All swaps are one undo step.
        """
        proxy_rows = self.selected_proxy_rows()
        steps = rows_that_step(proxy_rows, direction, self.proxy.rowCount())
        if not steps:
            return
        count = len(proxy_rows)
        self.document.begin_macro("Move event" if count == 1 else f"Move {count:,} events")
        try:
            for row in steps:
                source = self.proxy.source_rows([row])[0]
                neighbour = self.proxy.source_rows([row + direction])[0]
                self.model.move_rows([source], neighbour if direction < 0 else neighbour + 1)
        finally:
            self.document.end_macro()
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def move_selection_to_top(self) -> None:
        self._move(0)

    def move_selection_to_bottom(self) -> None:
        self._move(self.model.rowCount())

    # ----------------------------------------------------------------- dating

    def give_times_a_day(self) -> None:
        said = give_times_a_day(self.document, self.model.zone(), self.dialogs.ask_day_for_times)
        if said:
            self.told.emit(said)

    # ----------------------------------------------------------------- sorting

    def sort_by_time(self) -> None:
        rows = self.selected_rows()
        events = self.model.events()
        chosen = [events[row] for row in rows]
        self.document.replace_list("timeline", sort_by_time(events), text="Sort by time")
        # A reset loses the selection; find the same event objects again.
        identities = {id(event) for event in chosen}
        moved = [row for row, event in enumerate(self.model.events()) if id(event) in identities]
        if moved:
            self.select_source_rows(moved)
