"""Additional sections: any heading, any body, in the user's order."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QLabel, QWidget

from app.model import ExtraSection, normalize_line, normalize_text
from widgets.document import Document
from widgets.panes.fields import TextField, plain_text
from widgets.panes.list_editor import ListEditor
from widgets.panes.list_model import Column, DocumentListModel
from widgets.panes.page import FormPage


class SectionsPage(FormPage):
    title = "Additional Sections"
    description = (
        "Sections after the standard ones, such as Lessons Learned or Supporting Information. "
        "Select a section to edit its text; double-click or F2 renames it."
    )
    section_paths = ("extra_sections",)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self.model = DocumentListModel(
            document, "sections", [Column("Heading", "heading", from_text=normalize_line)], self
        )
        self.list = ListEditor(document, self.model, lambda: ExtraSection(heading="New section"), noun="section")
        self.list.view.horizontalHeader().hide()
        self.list.setMinimumHeight(180)
        self.add_widget(self.list)
        self.body_label = QLabel("Section text:")
        self.add_widget(self.body_label)
        self.body = TextField()
        self.body.setAccessibleName("Section text")
        self.body.setPlaceholderText("Select or add a section to write its text")
        self.body.setMinimumHeight(200)
        self.body_label.setBuddy(self.body)
        self.add_widget(self.body, 1)
        self.finish(stretch=False)

        self._row = -1
        self.list.current_row_changed.connect(self._show_row)
        self.body.textChanged.connect(self._body_edited)
        # Bound methods, never lambdas: connections to this page end when it is deleted.
        document.item_changed.connect(self._section_changed)
        document.rows_removed.connect(self._sections_reordered)
        document.rows_moved.connect(self._sections_reordered)
        document.document_reset.connect(self._select_first)
        self._select_first()

    def _section_changed(self, name: str, row: int) -> None:
        if name == "sections" and row == self._row:
            self._refresh()

    def _sections_reordered(self, name: str, *_rows: int) -> None:
        if name == "sections":
            self._show_row(self.list.current_row())

    def _select_first(self) -> None:
        # Opening a document shows its first section's text rather than an empty editor.
        if self.model.rowCount():
            self.list.select_rows([0])
        else:
            self._show_row(-1)

    def _show_row(self, row: int) -> None:
        sections = self._document.items("sections")
        self._row = row if 0 <= row < len(sections) else -1
        self.body.setEnabled(self._row >= 0)
        self._refresh()

    def _refresh(self) -> None:
        text = self._document.items("sections")[self._row].body if self._row >= 0 else ""
        if normalize_text(plain_text(self.body)) != text:
            with QSignalBlocker(self.body):
                self.body.setPlainText(text)

    def _body_edited(self) -> None:
        if self._row >= 0:
            self._document.update_item(
                "sections",
                self._row,
                fields={"body": normalize_text(plain_text(self.body))},
                merge_key="body",
                text="Edit section text",
            )
