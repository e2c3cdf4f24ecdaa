"""Cell editors: a node kind picker and a node picker for an edge's ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.model import NodeKind
from widgets.qt_guard import never_raises

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box whose choices (caption, value) are read when the editor opens."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    @never_raises()
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for caption, value in self._choices():
            combo.addItem(caption, value)
        # Commit as soon as a choice is made: one click, one undo step.
        combo.activated.connect(lambda _row, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    @never_raises()
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    @never_raises()
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NodeEndDelegate(ChoiceDelegate):
    """An edge end, "Is it the web servers? (web)": a narrow column cuts the label, never the id.

    A choice moves on to the next cell's editor: after "To", the label is typed at once.
    """

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.EditNextItem)

    @never_raises()
    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        node_id = index.data(Qt.ItemDataRole.EditRole)
        text = option.text
        suffix = f" ({node_id})"
        if not node_id or not text.endswith(suffix):
            return  # A bare id or a missing node's caption: plain text eliding does.
        style = option.widget.style() if option.widget is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1 if style else 3
        room = option.rect.width() - 2 * margin
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) <= room:
            return
        label = text.removesuffix(suffix)
        label_room = room - metrics.horizontalAdvance(suffix)
        if label_room < metrics.horizontalAdvance("M…"):
            option.text = node_id  # Only room for the id: the id is what tells ends apart.
        else:
            option.text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_room) + suffix


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.label, kind.value) for kind in NodeKind]
