"""Markdown import, as the rest of the application calls it: ``from_markdown``.

The reading itself is in the ``app.formats.markdown_read`` package (one
module per job). The names below are the vocabulary the import treats as
structure (section names, labels, statuses); tests of the no-loss property
read them from here.
"""

from __future__ import annotations

from app.formats.markdown_read import from_markdown, read_markdown
from app.formats.markdown_read.fenced_document import MARKUP_WORDS as _FENCE_WORDS
from app.formats.markdown_read.header import HEADER_FIELDS as _HEADER_FIELDS
from app.formats.markdown_read.jira_org import MARKUP_WORDS as _JIRA_ORG_MARKUP_WORDS
from app.formats.markdown_read.labels import AUTHOR_LABELS as _AUTHOR_LABELS
from app.formats.markdown_read.labels import DUE_LABELS as _DUE_LABELS
from app.formats.markdown_read.labels import END_LABELS as _END_LABELS
from app.formats.markdown_read.labels import LINK_LABELS as _LINK_LABELS
from app.formats.markdown_read.labels import SEVERITY_WORDS as _SEVERITY_WORDS
from app.formats.markdown_read.labels import START_LABELS as _START_LABELS
from app.formats.markdown_read.labels import STATUS_LABELS as _STATUS_LABELS
from app.formats.markdown_read.labels import WINDOW_LABELS as _WINDOW_LABELS
from app.formats.markdown_read.markup import MARKUP_WORDS as _HTML_MARKUP_WORDS
from app.formats.markdown_read.names import NODE_KINDS as _NODE_KINDS
from app.formats.markdown_read.names import SECTIONS as _SECTIONS
from app.formats.markdown_read.names import STATUSES as _STATUSES
from app.formats.markdown_read.names import TASK_STATUSES as _TASK_STATUSES
from app.formats.markdown_read.names import THREAD_NAMES as _TICKET_MARKUP_WORDS
from app.formats.markdown_read.other_markups import MARKUP_WORDS as _WIKI_MARKUP_WORDS

# Words of markup a reader does not read as words: HTML's (``<br>``, ``&nbsp;``), a wiki table's attributes,
# and a saved mail's "Subject:" label (its text is the title).
_MARKUP_WORDS = (*_HTML_MARKUP_WORDS, *_WIKI_MARKUP_WORDS, *_JIRA_ORG_MARKUP_WORDS, *_FENCE_WORDS, "subject")
_MARKUP_WORDS += _TICKET_MARKUP_WORDS  # a ticket copy's "Activity" over its comments

# The measures' words come from their reader when asked for (the tests of the no-loss property ask):
# imported here, that reader was loaded for every Markdown file, one without measures included.
_FROM_MEASURES = {
    "_IMPROVEMENT_LABELS": ("measures", "_IMPROVEMENT_LABELS"),
    "_TASK_LABELS": ("measures", "_TASK_LABELS"),
    "_NO_LINK": ("task_tables", "NO_LINK"),
    "_OWNER_LABELS": ("task_tables", "OWNER_COLUMNS"),  # the labels' names and a table's other ones
    "_ROW_NUMBER_COLUMNS": ("task_tables", "ROW_NUMBER_COLUMNS"),
    "_TASK_TEXT_COLUMNS": ("task_tables", "TASK_TEXT_COLUMNS"),
    "_DONE_TICKS": ("task_tables", "DONE_TICKS"),  # a "Done" column's "Yes": the task's status
}


def __getattr__(name: str) -> object:
    if name in _FROM_MEASURES:
        import importlib

        module, attribute = _FROM_MEASURES[name]
        return getattr(importlib.import_module(f"app.formats.markdown_read.{module}"), attribute)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "_AUTHOR_LABELS",
    "_DUE_LABELS",
    "_END_LABELS",
    "_HEADER_FIELDS",
    "_LINK_LABELS",
    "_MARKUP_WORDS",
    "_NODE_KINDS",
    "_SECTIONS",
    "_SEVERITY_WORDS",
    "_START_LABELS",
    "_STATUSES",
    "_STATUS_LABELS",
    "_TASK_STATUSES",
    "_WINDOW_LABELS",
    "from_markdown",
    "read_markdown",
]
