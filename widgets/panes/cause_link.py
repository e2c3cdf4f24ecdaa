"""The root cause's two places, linked: the Issue Summary's brief one and the Root Cause page's full story.

Each page shows the other's text under its own field, with a link that goes
there, so neither is filled in ignorance of the other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from widgets.document import Document, FieldPath
from widgets.muted import quiet_text_color
from widgets.panes.fields import FieldBinder
from widgets.safe_text import escaped

BRIEF: FieldPath = ("summary", "root_cause")
FULL: FieldPath = ("root_cause", "cause")
PREVIEW_CHARACTERS = 160


class CauseLink(QLabel):
    """'In brief (Issue Summary): … Edit ›', following the other field as it changes."""

    go = Signal(str)  # the model path of the other field

    def __init__(self, document: Document, binder: FieldBinder, other: FieldPath, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._other = other
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda _link: self.go.emit(".".join(self._other)))
        binder.custom(other, self.refresh)

    def refresh(self) -> None:
        text = " ".join(str(self._document.get_field(self._other)).split())
        if len(text) > PREVIEW_CHARACTERS:
            text = text[: PREVIEW_CHARACTERS - 1] + "…"
        color = quiet_text_color(self.palette()).name()
        where = "In brief (Issue Summary)" if self._other == BRIEF else "The full story (Root Cause and Resolution)"
        empty = "not written yet"
        verb = "Edit" if text else "Write it"
        shown = f"“{escaped(text)}”" if text else f"<i>{empty}</i>"
        # The text quotes the document: escaped, never markup; only the link is ours.
        self.setText(f"<span style='color:{color}'>{where}: {shown}</span> &nbsp;<a href='go'>{verb} ›</a>")
        self.setAccessibleName(f"{where}: {text or empty}")

    def plain(self) -> str:
        return self.accessibleName()
