"""Flat tool buttons with an icon and text: the look of every list's and table's own actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from widgets.icons import icon

# Where the desktop theme and our bundled SVGs have no such icon, Qt's own stands in.
_FALLBACK = {
    "list-add": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "list-remove": QStyle.StandardPixmap.SP_DialogDiscardButton,
    "go-up": QStyle.StandardPixmap.SP_ArrowUp,
    "go-down": QStyle.StandardPixmap.SP_ArrowDown,
}


def icon_or_fallback(icon_name: str, style: QStyle) -> QIcon:
    picture = icon(icon_name)
    if picture.isNull() and icon_name in _FALLBACK:
        picture = style.standardIcon(_FALLBACK[icon_name])
    return picture


def tool_button(
    text: str,
    tip: str,
    slot: Callable[[], object],
    icon_name: str | None = None,
    *,
    icon_only: bool = False,
    parent: QWidget | None = None,
) -> QToolButton:
    """A flat button; ``icon_only`` keeps narrow rows narrow (the text stays the accessible name)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    button.setAutoRaise(True)
    if icon_name is not None:
        button.setIcon(icon_or_fallback(icon_name, button.style()))
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if icon_only else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        button.setToolButtonStyle(style)
    button.clicked.connect(lambda _checked=False: slot())
    return button
