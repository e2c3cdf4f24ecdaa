"""How one event looks in the list, and its in-place editor.

Every row has the same height (the view uses uniform item sizes, so 10,000
events scroll without measuring each one). A row is a rail with the kind's
icon, a first line with the time, the kind and the marks, and a second line
with the text, elided.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from app.metrics import format_duration
from app.model import EventKind
from widgets.qt_guard import never_raises
from widgets.timeline.editor import EventEditor
from widgets.timeline.kinds import ICON_SIZE, RAIL_X, TEXT_LEFT, is_dark, kind_color, kind_pixmap
from widgets.timeline.model import (
    BaseTimeRole,
    EventEdit,
    EventRole,
    GapRole,
    OutOfOrderRole,
    TimeTextRole,
    ZoneProblemRole,
    ZoneRole,
)

PAD = 7
OUT_OF_ORDER = "⚠ out of order"

AnyIndex = QModelIndex | QPersistentModelIndex


def warning_color(palette: QPalette) -> QColor:
    return QColor("#f87171") if is_dark(palette) else QColor("#dc2626")


def gap_label(gap: timedelta) -> str:
    return ("" if gap.total_seconds() < 0 else "+") + format_duration(gap)


def gap_explained(gap: timedelta) -> str:
    """What the "+6 min" beside an event means, in words."""
    if gap.total_seconds() < 0:
        return f"{format_duration(-gap)} before the previous timed event: out of order"
    return f"{format_duration(gap)} since the previous timed event"


def match_color(palette: QPalette) -> QColor:
    """The marker-pen yellow of a search match, softer on a dark background."""
    return QColor(250, 204, 21, 110) if is_dark(palette) else QColor(253, 224, 71, 170)


def match_span(text: str, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` first occurs in ``text``, ignoring case (None if it does not, or is empty)."""
    if not needle:
        return None
    start = text.lower().find(needle.lower())
    return (start, start + len(needle)) if start >= 0 else None


def muted_color(palette: QPalette) -> QColor:
    color = palette.color(QPalette.ColorRole.Text)
    color.setAlphaF(0.55)
    return color


class EventDelegate(QStyledItemDelegate):
    # A typed time could not be read: the pane shows the message.
    time_problem = Signal(str)
    # How the time being typed reads, or why it cannot (then True): the pane shows it as it changes.
    time_read = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_gaps = True
        # The search text, marked where it occurs in each event's text.
        self.highlight = ""

    # ----------------------------------------------------------------- size

    def row_height(self, option: QStyleOptionViewItem) -> int:
        spacing = QFontMetrics(option.font).lineSpacing()
        # Room for two lines of text, or for the editor's two rows of fields.
        return max(2 * spacing + 2 * PAD + 2, 56)

    @never_raises(QSize())
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(320, self.row_height(option))

    # ----------------------------------------------------------------- painting

    @never_raises()
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        event = index.data(EventRole)
        if event is None:
            return
        palette = option.palette
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_background(painter, option, rect)

        row, count = index.row(), index.model().rowCount()
        self._paint_rail(painter, palette, rect, first=row == 0, last=row == count - 1)
        out_of_order = bool(index.data(OutOfOrderRole))
        centre_y = rect.center().y() + 0.5
        disc = QRectF(rect.left() + RAIL_X - ICON_SIZE / 2, centre_y - ICON_SIZE / 2, ICON_SIZE, ICON_SIZE)
        if out_of_order:
            painter.setPen(QPen(warning_color(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(disc.adjusted(-3, -3, 3, 3))
        # A cached picture: drawing the glyph's paths for every row made scrolling slower.
        ratio = painter.device().devicePixelRatioF()
        painter.drawPixmap(disc.topLeft(), kind_pixmap(event.kind, ICON_SIZE, ratio, dark=is_dark(palette)))

        first_line, second_line = self._lines(option, rect)

        right = self._paint_marks(painter, option, index, first_line, out_of_order)
        left = self._paint_time(
            painter, option, index.data(TimeTextRole), first_line, right, as_written=bool(index.data(ZoneProblemRole))
        )
        self._paint_kind(painter, option, event.kind, first_line, left, right)
        self._paint_text(painter, option, event.text, second_line)
        painter.restore()

    def _lines(self, option: QStyleOptionViewItem, rect: QRect) -> tuple[QRect, QRect]:
        text_rect = rect.adjusted(TEXT_LEFT, PAD, -10, -PAD)
        line_height = QFontMetrics(option.font).lineSpacing()
        first_line = QRect(text_rect.left(), text_rect.top(), text_rect.width(), line_height)
        second_line = QRect(text_rect.left(), text_rect.top() + line_height + 2, text_rect.width(), line_height)
        return first_line, second_line

    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        area = QRectF(rect).adjusted(3, 1.5, -3, -1.5)
        if selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
            fill.setAlphaF(0.28)
            border = palette.color(QPalette.ColorRole.Highlight)
            border.setAlphaF(0.7)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(area, 6, 6)
        elif hovered:
            fill = palette.color(QPalette.ColorRole.Text)
            fill.setAlphaF(0.05)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(area, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus and not selected:
            border = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(border, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(area, 6, 6)

    def _paint_rail(self, painter: QPainter, palette: QPalette, rect: QRect, *, first: bool, last: bool) -> None:
        color = palette.color(QPalette.ColorRole.Text)
        color.setAlphaF(0.18)
        painter.setPen(QPen(color, 2))
        x = rect.left() + RAIL_X
        top = rect.center().y() if first else rect.top()
        bottom = rect.center().y() if last else rect.bottom() + 1
        if top < bottom:
            painter.drawLine(x, top, x, bottom)

    def _small_font(self, option: QStyleOptionViewItem) -> QFont:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.88))
        return small

    def _marks(
        self, metrics: QFontMetrics, index: AnyIndex, line: QRect, out_of_order: bool
    ) -> tuple[QRectF | None, tuple[QRect, timedelta] | None, int]:
        """Where the badges go: the out-of-order pill, the gap figure, and the x where they start."""
        right = line.right()
        badge = None
        if out_of_order:
            width = metrics.horizontalAdvance(OUT_OF_ORDER) + 12
            badge = QRectF(right - width, line.top() + 1, width, line.height() - 1)
            right = int(badge.left()) - 6
        gap = index.data(GapRole) if self.show_gaps else None
        gap_place = None
        if gap is not None:
            width = metrics.horizontalAdvance(gap_label(gap))
            gap_place = (QRect(right - width, line.top(), width, line.height()), gap)
            right -= width + 8
        return badge, gap_place, right

    def _paint_marks(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex, line: QRect, out_of_order: bool
    ) -> int:
        """Right-aligned badges (out of order, gap); returns the x where they start."""
        palette = option.palette
        small = self._small_font(option)
        painter.setFont(small)
        badge, gap_place, right = self._marks(QFontMetrics(small), index, line, out_of_order)
        if badge is not None:
            fill = warning_color(palette)
            fill.setAlphaF(0.15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(warning_color(palette))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, OUT_OF_ORDER)
        if gap_place is not None:
            place, gap = gap_place
            painter.setPen(warning_color(palette) if gap.total_seconds() < 0 else muted_color(palette))
            painter.drawText(place, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, gap_label(gap))
        return right

    def gap_rect(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRect | None:
        """Where the row's gap figure is drawn, if it has one."""
        first_line, _ = self._lines(option, option.rect)
        metrics = QFontMetrics(self._small_font(option))
        _, gap_place, _ = self._marks(metrics, index, first_line, bool(index.data(OutOfOrderRole)))
        return gap_place[0] if gap_place is not None else None

    @never_raises(False)
    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex
    ) -> bool:
        # Hovering the "+6 min" says what it counts; elsewhere the row's own tooltip shows.
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            place = self.gap_rect(option, index)
            gap = index.data(GapRole)
            if place is not None and gap is not None and place.adjusted(-4, -2, 4, 2).contains(event.pos()):
                QToolTip.showText(event.globalPos(), gap_explained(gap), view, place)
                return True
        return super().helpEvent(event, view, option, index)

    def _paint_time(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        time_text: str,
        line: QRect,
        right: int,
        *,
        as_written: bool = False,
    ) -> int:
        """The time; one the display zone cannot show is drawn as written, in the warning colour, marked ⚠."""
        font = QFont(option.font)
        palette = option.palette
        if time_text:
            font.setWeight(QFont.Weight.DemiBold)
            painter.setPen(warning_color(palette) if as_written else palette.color(QPalette.ColorRole.Text))
            label = f"⚠ {time_text}" if as_written else time_text
        else:
            font.setItalic(True)
            painter.setPen(muted_color(palette))
            label = "No time"
        painter.setFont(font)
        metrics = QFontMetrics(font)
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, right - line.left()))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        return line.left() + metrics.horizontalAdvance(label)

    def _paint_kind(
        self, painter: QPainter, option: QStyleOptionViewItem, kind: EventKind, line: QRect, left: int, right: int
    ) -> None:
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        font.setWeight(QFont.Weight.DemiBold)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        painter.setFont(font)
        painter.setPen(kind_color(kind, option.palette))
        area = QRect(left + 10, line.top(), max(0, right - left - 10), line.height())
        label = QFontMetrics(font).elidedText(kind.label, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, text: str, line: QRect) -> None:
        font = QFont(option.font)
        palette = option.palette
        # Only the start can show in one line; splitting a huge text on every paint would stall scrolling.
        shown = " ".join(text[:1000].split()) if text else ""
        if shown:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        else:
            font.setItalic(True)
            painter.setPen(muted_color(palette))
            shown = "No text"
        painter.setFont(font)
        metrics = QFontMetrics(font)
        shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, line.width())
        span = match_span(shown, self.highlight) if text else None
        if span is not None:
            start, end = span
            left = line.left() + metrics.horizontalAdvance(shown[:start])
            mark = QRectF(left - 1, line.top(), metrics.horizontalAdvance(shown[start:end]) + 2, line.height())
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(match_color(palette))
            painter.drawRoundedRect(mark, 3, 3)
            painter.restore()
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    # ----------------------------------------------------------------- editing

    @never_raises()
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = EventEditor(parent)
        editor.time_problem.connect(self.time_problem)
        editor.time_read.connect(self.time_read)
        return editor

    @never_raises()
    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, EventEditor)
        event = index.data(EventRole)
        if event is not None:
            editor.set_event(event, index.data(ZoneRole), index.data(BaseTimeRole))

    @never_raises()
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, EventEditor)
        event = index.data(EventRole)
        if event is None:
            return
        changes = editor.changes(event)
        if changes:
            model.setData(index, EventEdit(changes), EventRole)

    @never_raises()
    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        editor.setGeometry(option.rect)
