"""Overview: the title and the metadata that heads the post-mortem, then the document at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.model import Severity, Status, normalize_line
from app.validation import Problem
from widgets.document import Document
from widgets.panes.fields import FieldBinder, LineField
from widgets.panes.overview_summary import OverviewSummary
from widgets.panes.page import FormPage

_AUTHORS = ("metadata", "authors")


def split_authors(text: str) -> list[str]:
    """Names separated by commas, or by semicolons when a name has a comma ("Smith, Jr.; Ito")."""
    separator = ";" if ";" in text else ","
    return [name for name in (normalize_line(part) for part in text.split(separator)) if name]


def join_authors(authors: list[str]) -> str:
    return ("; " if any("," in name for name in authors) else ", ").join(authors)


class MetadataPage(FormPage):
    title = "Overview"
    description = "What the post-mortem is about, who wrote it, and how far along it is."
    section_paths = ("metadata",)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        binder = self.binder = FieldBinder(document, self)

        self.title_field = binder.line(LineField(), ("metadata", "title"))
        self.title_field.setPlaceholderText("e.g. Status Page DNS Outage Post-Mortem")
        self.add_row("&Title:", self.title_field, path="metadata.title")

        self.status_field = QComboBox()
        self.status_field.addItems([s.label for s in Status])
        binder.choice(self.status_field, ("metadata", "status"), list(Status))
        self.add_row("St&atus:", self.status_field)

        self.severity_field = QComboBox()
        self.severity_field.addItems(["Not rated", *(s.label for s in Severity)])
        binder.choice(self.severity_field, ("metadata", "severity"), [None, *Severity])
        self.add_row("Se&verity:", self.severity_field)

        self.service_field = binder.line(LineField(), ("metadata", "service"))
        self.service_field.setPlaceholderText("The affected product or service")
        self.add_row("Ser&vice:", self.service_field, accessible_name="Affected service")

        # Authors are one comma-separated line: quicker to type than a list editor for two or three names.
        self.authors_field = LineField()
        self.authors_field.setPlaceholderText("Names, separated by commas")
        self.authors_field.textEdited.connect(
            lambda text: document.set_field(_AUTHORS, split_authors(text), merge_key="metadata.authors")
        )
        binder.custom(_AUTHORS, self._show_authors)
        self.add_row("A&uthors:", self.authors_field, path="metadata.authors")

        self.add_subheading("At a glance")
        self.summary = OverviewSummary(document)
        # The window's section list shows the place a warning concerns.
        self.summary.reveal_requested.connect(self.reveal_requested)
        self.add_widget(self.summary)
        self.finish()

    def show_problems(self, problems: list[Problem]) -> None:
        super().show_problems(problems)
        self.summary.show_problems(problems)

    def _show_authors(self) -> None:
        authors = self._document.get_field(_AUTHORS)
        if split_authors(self.authors_field.text()) != authors:
            self.authors_field.blockSignals(True)
            self.authors_field.setText(join_authors(authors))
            self.authors_field.blockSignals(False)
