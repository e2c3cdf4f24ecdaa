"""Helpers shared by the import's tests."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.reader import MAIL_HEADERS_HEADING
from app.model import EventKind, ExtraSection, PostMortem


def kind_of_entry(text: str) -> EventKind:
    """The kind the import gives a timeline entry written ``text`` after its time, alone in a timeline."""
    document = from_markdown(f"# Outage\n\n## Timeline\n\n- 2024-05-01 10:00 UTC {text}\n")
    [event] = document.timeline
    return event.kind


def sections_written(document: PostMortem) -> list[ExtraSection]:
    """The document's additional sections, without the one a pasted mail's headers are kept in."""
    return [section for section in document.extra_sections if section.heading != MAIL_HEADERS_HEADING]
