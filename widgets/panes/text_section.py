"""Sections that are one block of Markdown text: Introduction and Closing Notes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from widgets.document import Document
from widgets.panes.fields import FieldBinder, TextField
from widgets.panes.page import FormPage


class TextSectionPage(FormPage):
    field_path: tuple[str, ...] = ()
    placeholder = ""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.binder = FieldBinder(document, self)
        self.editor = self.binder.text(TextField(), self.field_path)
        self.editor.setPlaceholderText(self.placeholder)
        self.editor.setAccessibleName(self.title)
        self.editor.setMinimumHeight(260)
        self.add_widget(self.editor, 1)
        self.add_widget(self.warning_for(".".join(self.field_path)))
        self.finish(stretch=False)


class IntroductionPage(TextSectionPage):
    title = "Introduction"
    description = "A short paragraph: what happened and what this document covers. Markdown is welcome."
    section_paths = ("introduction",)
    field_path = ("introduction",)
    placeholder = "This document is the post-mortem of…"


class ClosingNotesPage(TextSectionPage):
    title = "Closing Notes"
    description = "Thanks, lessons, and anything the reader should take away."
    section_paths = ("closing_notes",)
    field_path = ("closing_notes",)
    placeholder = "What we learned…"
