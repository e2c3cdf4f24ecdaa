"""Which kinds of event the timeline shows: a menu button naming each kind, with its colour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QToolButton,
    QWidget,
)

from app.model import EventKind
from widgets.qt_guard import never_raises
from widgets.timeline.glyphs import kind_toggle_icon


def _ticked_with_icon(option: QStyleOption) -> bool:
    return (
        isinstance(option, QStyleOptionMenuItem)
        and option.checkType == QStyleOptionMenuItem.CheckType.NonExclusive
        and not option.icon.isNull()
    )


class _CheckBoxAndIconStyle(QProxyStyle):
    """Draws a check box before a ticked item's icon: styles otherwise show "ticked" only as a
    sunken icon, and a hidden kind did not look hidden."""

    ICON = 16
    GAP = 6

    @never_raises(fallback=lambda _self, _kind, _option, size, _widget=None: QSize(size))
    def sizeFromContents(
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_MenuItem and _ticked_with_icon(option):
            result.setWidth(result.width() + self.ICON + self.GAP)
        return result

    @never_raises()
    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element != QStyle.ControlElement.CE_MenuItem or not _ticked_with_icon(option):
            super().drawControl(element, option, painter, widget)
            return
        assert isinstance(option, QStyleOptionMenuItem)
        icon, text = QIcon(option.icon), str(option.text)  # copies: the option's fields are shared with ``plain``
        plain = QStyleOptionMenuItem(option)
        plain.icon = QIcon()
        plain.text = ""
        super().drawControl(element, plain, painter, widget)  # background, highlight and the check box
        rect: QRect = option.rect
        left = rect.left() + max(option.maxIconWidth, 20) + 8
        icon_rect = QRect(left, rect.center().y() - self.ICON // 2, self.ICON, self.ICON)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        icon.paint(painter, icon_rect, mode=QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled, state=QIcon.State.On)
        selected = bool(option.state & QStyle.StateFlag.State_Selected) and enabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setPen(option.palette.color(group, role))
        painter.setFont(option.font)
        text_rect = QRect(icon_rect.right() + self.GAP + 2, rect.top(), rect.right() - icon_rect.right(), rect.height())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextShowMnemonic
        painter.drawText(text_rect, flags, text.split("\t")[0])
        painter.restore()


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
        self._menu_style = _CheckBoxAndIconStyle()
        self._menu_style.setParent(self)
        self.kind_menu.setStyle(self._menu_style)
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
        self.kind_menu.addSeparator()
        self.only_menu = self.kind_menu.addMenu("Show Only")
        self.only_actions: dict[EventKind, QAction] = {}
        for kind in EventKind:
            only = self.only_menu.addAction(kind_toggle_icon(kind), kind.label)
            only.triggered.connect(lambda _checked=False, k=kind: self.show_only(k))
            self.only_actions[kind] = only
        self.setMenu(self.kind_menu)
        # As wide as a typical text, so the search field beside it does not jump as kinds are ticked.
        self.setText("All but Misleading path ▾")
        self.setMinimumWidth(self.sizeHint().width())
        self._update_text()

    def kinds(self) -> frozenset[EventKind]:
        return frozenset(kind for kind, action in self.actions_by_kind.items() if action.isChecked())

    def show_all(self) -> None:
        if self.kinds() != frozenset(EventKind):
            self.set_kinds(EventKind)
            self.kinds_changed.emit(self.kinds())

    def show_only(self, kind: EventKind) -> None:
        """Only events of ``kind``: one click instead of unticking five."""
        if self.kinds() != frozenset({kind}):
            self.set_kinds({kind})
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
        self.setText(shown_kinds_text(self.kinds()) + " ▾")
        shown = [kind.label for kind in EventKind if kind in self.kinds()]
        self.setToolTip(
            "Showing every kind of event"
            if len(shown) == len(EventKind)
            else "Showing " + (", ".join(shown) if shown else "no events") + ". Click to choose the kinds shown."
        )
        self.show_all_action.setEnabled(len(shown) != len(EventKind))


def shown_kinds_text(kinds: frozenset[EventKind]) -> str:
    """Which kinds are shown, in the fewest words that name them: "All kinds", "Only Detection",
    "All but Note", "Detection, Resolution", else "3 of 6 kinds"."""
    total = len(EventKind)
    if len(kinds) == total:
        return "All kinds"
    if not kinds:
        return "No kinds"
    if len(kinds) == 1:
        return f"Only {next(iter(kinds)).label}"
    if len(kinds) == total - 1:
        hidden = next(kind for kind in EventKind if kind not in kinds)
        return f"All but {hidden.label}"
    if len(kinds) == 2:
        return ", ".join(kind.label for kind in EventKind if kind in kinds)
    return f"{len(kinds)} of {total} kinds"
