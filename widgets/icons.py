"""Toolbar and menu icons: the desktop theme's when it has one, else our own SVGs.

Our SVGs draw in ``currentColor``-free grey so they read on light and dark
palettes alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """``name`` is a freedesktop icon name (``document-save``); our SVG of that name backs it."""
    bundled = ICON_FOLDER / f"{name}.svg"
    fallback = QIcon(str(bundled)) if bundled.is_file() else QIcon()
    return QIcon.fromTheme(name, fallback)


def app_icon() -> QIcon:
    return QIcon(str(ICON_FOLDER / "postmortem-editor.svg"))
