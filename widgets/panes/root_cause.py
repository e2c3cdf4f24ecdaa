"""Root Cause and Resolution: what caused the incident and how it was fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from widgets.document import Document
from widgets.panes.cause_link import BRIEF, CauseLink
from widgets.panes.fields import FieldBinder, TextField
from widgets.panes.page import FormPage


class RootCausePage(FormPage):
    title = "Root Cause and Resolution"
    description = "The full story of the cause, and what brought the service back."
    section_paths = ("root_cause",)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        binder = self.binder = FieldBinder(document, self)
        self.cause_field = binder.text(TextField(), ("root_cause", "cause"))
        self.cause_field.setPlaceholderText("What caused the incident")
        self.cause_field.setMinimumHeight(150)
        self.add_row("&Cause:", self.cause_field, path="root_cause.cause")
        # The brief root cause lives in the Issue Summary: shown here, one click away.
        self.brief_link = CauseLink(document, binder, BRIEF)
        self.brief_link.go.connect(self.reveal_requested)
        self.form().addRow("", self.brief_link)
        self.resolution_field = binder.text(TextField(), ("root_cause", "resolution"))
        self.resolution_field.setPlaceholderText("How it was resolved")
        self.resolution_field.setMinimumHeight(150)
        self.add_row("&Resolution:", self.resolution_field, path="root_cause.resolution")
        self.finish()
