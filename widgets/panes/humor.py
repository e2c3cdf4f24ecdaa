"""Humor Element: a caption, the investigation flowchart, a closing line."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from widgets.document import Document
from widgets.panes.embedded import EmbeddedPage, flowchart_pane
from widgets.panes.fields import FieldBinder, TextField


class HumorPage(EmbeddedPage):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(
            "Humor Element",
            ("humor",),
            "A “Choose Your Own Adventure” flowchart of the investigation: where you looked, "
            "the dead ends, and the way out.",
            parent,
        )
        binder = self.binder = FieldBinder(document, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caption_field = binder.text(TextField(), ("humor", "caption"))
        self.caption_field.setAccessibleName("Caption")
        self.caption_field.setPlaceholderText("A line introducing the flowchart of the investigation")
        self.caption_field.setFixedHeight(_two_lines(self.caption_field))
        form.addRow(self._label("&Caption:", self.caption_field), self.caption_field)
        self._layout.addLayout(form)
        self.pane = flowchart_pane(document)
        self.add_widget(self.pane, 1)
        closing = QFormLayout()
        closing.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closing_field = binder.text(TextField(), ("humor", "closing"))
        self.closing_field.setAccessibleName("Closing line")
        self.closing_field.setPlaceholderText("The closing line under the flowchart")
        self.closing_field.setFixedHeight(_two_lines(self.closing_field))
        closing.addRow(self._label("C&losing line:", self.closing_field), self.closing_field)
        self._layout.addLayout(closing)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setMinimumWidth(90)
        return label


def _two_lines(field: TextField) -> int:
    """Room for two lines: the chart between the two fields needs the page's height more."""
    margins = field.contentsMargins()
    document_margin = int(field.document().documentMargin())
    return 2 * field.fontMetrics().lineSpacing() + 2 * document_margin + margins.top() + margins.bottom() + 2
