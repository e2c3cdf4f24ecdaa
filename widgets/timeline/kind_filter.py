"""Which kinds of event the timeline shows: a menu button naming each kind, with its colour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.model import EventKind
from widgets.qt_guard import never_raises
from widgets.timeline.glyphs import kind_toggle_icon


class _StaysOpenMenu(QMenu):
    """Ticking a kind keeps the menu open, so several kinds can be switched in one go."""

    @never_raises()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @never_raises()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        toggle = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if toggle and action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class KindFilterButton(QToolButton):
    """A button reading "All kinds ▾" or "4 of 6 kinds ▾" whose menu ticks the kinds to show."""

    # The set of kinds to show changed, by the user's hand.
    kinds_changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        # The style's own arrow sits on top of the text's last letter; the text carries one instead.
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.setToolTip("Show only some kinds of event")
        self.setAccessibleName("Kinds of event shown")
        self.kind_menu = _StaysOpenMenu(self)
        self.show_all_action = self.kind_menu.addAction("Show All Kinds")
        self.show_all_action.triggered.connect(self.show_all)
        self.kind_menu.addSeparator()
        self.actions_by_kind: dict[EventKind, QAction] = {}
        for kind in EventKind:
            action = self.kind_menu.addAction(kind_toggle_icon(kind), kind.label)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._toggled)
            self.actions_by_kind[kind] = action
        self.setMenu(self.kind_menu)
        # As wide as its widest text, so the search field beside it does not jump as kinds are ticked.
        self.setText(f"{len(EventKind)} of {len(EventKind)} kinds ▾")
        self.setMinimumWidth(self.sizeHint().width())
        self._update_text()

    def kinds(self) -> frozenset[EventKind]:
        return frozenset(kind for kind, action in self.actions_by_kind.items() if action.isChecked())

    def show_all(self) -> None:
        if self.kinds() != frozenset(EventKind):
            self.set_kinds(EventKind)
            self.kinds_changed.emit(self.kinds())

    def set_kinds(self, kinds: Iterable[EventKind]) -> None:
        """Tick ``kinds`` without reporting it (the filter already shows them)."""
        kinds = frozenset(kinds)
        for kind, action in self.actions_by_kind.items():
            with QSignalBlocker(action):
                action.setChecked(kind in kinds)
        self._update_text()

    def _toggled(self) -> None:
        self._update_text()
        self.kinds_changed.emit(self.kinds())

    def _update_text(self) -> None:
        shown = len(self.kinds())
        total = len(EventKind)
        self.setText(("All kinds" if shown == total else f"{shown} of {total} kinds") + " ▾")
        self.show_all_action.setEnabled(shown != total)
