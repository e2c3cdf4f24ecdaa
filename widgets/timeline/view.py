"""The list view of the timeline: drag to reorder, drop between events only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDropEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QListView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from widgets.empty_hint import paint_empty_hint
from widgets.qt_guard import never_raises


class _DropLineStyle(QProxyStyle):
    """Draws the drop indicator as a bold accent line with a dot, easy to see mid-drag."""

    @never_raises()
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop or option.rect.height() > 0:
            super().drawPrimitive(element, option, painter, widget)
            return
        color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        y = option.rect.top()
        painter.drawLine(option.rect.left() + 14, y, option.rect.right() - 6, y)
        painter.setBrush(color)
        painter.drawEllipse(option.rect.left() + 6, y - 4, 8, 8)
        painter.restore()


class TimelineView(QListView):
    # Esc pressed on the list itself (no editor open): the pane clears its search.
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop (not InternalMove) so drops are judged by the model's
        # canDropMimeData, which only accepts this model's own rows.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setSpacing(0)
        self._style = _DropLineStyle()
        self._style.setParent(self)
        self.setStyle(self._style)
        self.setAccessibleName("Timeline events")
        self.empty_text = "No events yet.\nPress Ins to add the first one."

    @never_raises()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        # An empty list says what to do rather than showing a blank box.
        source = getattr(model, "sourceModel", lambda: None)()
        filtered = source is not None and source.rowCount() > 0
        paint_empty_hint(self, "No events match the filter." if filtered else self.empty_text, margin=24)

    @never_raises()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the event for editing, as F2 does: the keyboard-only way in.
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        idle = self.state() != QAbstractItemView.State.EditingState
        if enter and plain and idle and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and plain and idle:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    @never_raises()
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Qt gives the list the focus back only when the editor's focus proxy (the text) had it: after
        # Enter in the time field or the kind list the focus fell to the next widget in the window, the
        # section list, where arrow keys switch pages. The edited event keeps it, whichever field had it.
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is editor or editor.isAncestorOf(focus))
        super().closeEditor(editor, hint)
        if had_focus and self.state() != QAbstractItemView.State.EditingState:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    @never_raises()
    def dropEvent(self, event: QDropEvent) -> None:
        # QListView's own dropEvent moves a multi-selection one moveRow() at a
        # time (one undo step each); the base class hands the whole drop to
        # the model's dropMimeData, which makes it a single move command.
        QAbstractItemView.dropEvent(self, event)
