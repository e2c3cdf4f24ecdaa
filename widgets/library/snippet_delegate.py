"""Draws a search snippet with its matches highlighted: character formats on plain text, never markup."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.library.reads import Snippet
from widgets.library.incident_model import SNIPPET_ROLE
from widgets.qt_guard import never_raises


def match_formats(snippet: Snippet, highlight: QPalette) -> list[QTextLayout.FormatRange]:
    """One format range per match: bold on the highlight colour, as the text's own characters."""
    ranges = []
    for start, end in snippet.ranges:
        form = QTextCharFormat()
        form.setFontWeight(QFont.Weight.Bold)
        form.setBackground(highlight.color(QPalette.ColorRole.Highlight).lighter(170))
        item = QTextLayout.FormatRange()
        item.start, item.length, item.format = start, end - start, form
        ranges.append(item)
    return ranges


class SnippetDelegate(QStyledItemDelegate):
    @never_raises()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not isinstance(snippet, Snippet) or not snippet.ranges:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the style draws the background and focus; the text is ours
        style = item.widget.style() if item.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        layout = QTextLayout(snippet.text, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(match_formats(snippet, option.palette))
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(1_000_000)
        layout.endLayout()
        painter.save()
        painter.setClipRect(rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        top = rect.top() + (rect.height() - (line.height() if line.isValid() else 0)) / 2
        # A match past the middle of the cell is brought into view: the text slides left, never the match.
        first_match = line.cursorToX(snippet.ranges[0][0])[0] if line.isValid() else 0.0
        shift = max(0.0, first_match - rect.width() / 4) if first_match > rect.width() / 2 else 0.0
        layout.draw(painter, QPointF(rect.left() - shift, top))
        painter.restore()
