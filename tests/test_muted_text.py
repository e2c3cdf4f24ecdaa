"""Page descriptions and captions are quieter than body text but stay readable, in light and dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from widgets.muted import MutedLabel


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _dark() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2d31"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f2023"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def _shown(label: MutedLabel) -> tuple[QColor, QColor, QColor]:
    palette = label.palette()
    body = label.parentWidget().palette().color(QPalette.ColorRole.WindowText)
    return palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), body


def test_a_caption_is_quieter_than_body_text_and_readable_in_light_and_dark(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    label = MutedLabel("What the post-mortem is about", page)
    for _ in ("light", "dark"):
        text, window, body = _shown(label)
        assert contrast(text, window) >= 4.5, "small text needs 4.5:1"
        assert contrast(text, window) < contrast(body, window), "and it is quieter than body text"
        page.setPalette(_dark())  # the desktop switches to dark mode: the caption follows
    text, window, _ = _shown(label)
    assert window == QColor("#2b2d31") and text.lightness() > 128
