"""Showing untrusted text in Qt widgets that guess whether a text is markup.

QLabel, QMessageBox and tool tips take any text that looks like HTML as rich
text (Qt's ``mightBeRichText``): an event typed as ``<b>down</b>``, a node
label such as ``<img src="/etc/hostname">`` or a file named ``<i>x</i>.json``
would be drawn as markup, and an image tag would even make Qt read a local
file. A post-mortem may come from anyone, so text from a document, a file
name or an error quoting either goes through here first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

TOOLTIP_LIMIT = 2000
"""Characters of a tool tip; a 50,000-character label would fill the screen."""


def escaped(text: str) -> str:
    """``text`` for a place that takes rich text, shown exactly as typed."""
    # What html.escape(text, quote=False) does, without importing the html module (and its table of
    # entities) at start-up.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """A tool tip showing ``text`` literally, its line breaks kept and long lines wrapped."""
    if not text:
        return ""
    shown = text if len(text) <= limit else text[:limit].rstrip() + "…"
    return f"<p style='white-space:pre-wrap'>{escaped(shown)}</p>"


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """Make every text of ``box`` (main, informative, detailed) plain text."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box
