"""Secondary text (page descriptions, captions): quieter than body text, still easy to read.

A disabled label was used for this before, but the disabled text colour is
meant to say "unavailable": it measured 1.6:1 against the window in the light
palette, under half the 4.5:1 that small text needs. Here the colour is a blend
of the palette's text and window colours, which keeps about 5:1 in light and
dark palettes alike, and follows the palette when the desktop switches theme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from widgets.qt_guard import never_raises

TEXT_SHARE = 0.6
"""How much of the text colour the blend keeps (the rest is the window colour)."""


def quiet_text_color(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(
        text.redF() * TEXT_SHARE + window.redF() * (1 - TEXT_SHARE),
        text.greenF() * TEXT_SHARE + window.greenF() * (1 - TEXT_SHARE),
        text.blueF() * TEXT_SHARE + window.blueF() * (1 - TEXT_SHARE),
    )


class MutedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._recolouring = False
        self._recolour()

    @never_raises()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange) and not self._recolouring:
            self._recolour()

    def _recolour(self) -> None:
        # Blend from the palette around the label, not its own (already muted) one.
        parent = self.parentWidget()
        inherited = parent.palette() if parent is not None else QApplication.palette(self)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, quiet_text_color(inherited))
        self._recolouring = True
        try:
            self.setPalette(palette)
        finally:
            self._recolouring = False
