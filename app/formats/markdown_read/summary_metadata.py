"""The write-up's authors and service named among a summary's labelled bullets ("## TL;DR" over "- **Authors:**
Fatima Haddad, Wojciech Nowak", "- **Service:** auth-gateway").

A wiki page's TL;DR lists the review's facts as bullets, the header's among them. A careful reader takes the
authors and the service from there when no header named them; the impact and the cause are the summary's
own fields, read by ``prose.read_summary``.
"""

from __future__ import annotations

from app.formats.markdown_read.authors import author_names, names_a_team, without_roles
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.labels import SERVICE_LABELS
from app.formats.markdown_read.tokens import split_label

# Only the words that say who wrote it: a summary's "Owner:" or "Incident commander:" may be someone else.
_WRITER_LABELS = ("authors", "author", "author(s)", "written by", "written up by", "write-up by", "prepared by")
_LONGEST_VALUE = 300
_LONGEST_PLAIN = 80


def summary_metadata_label(draft: Draft, key: str, value: str) -> bool:
    """Read a summary bullet's "Authors:" or "Service:" into the metadata when still empty; whether it was read."""
    value = value.strip()
    if not draft.other_template or not value or len(value) > _LONGEST_VALUE:
        return False
    meta = draft.metadata
    if key in _WRITER_LABELS and meta.authors is None and not names_a_team(value):
        meta.authors = without_roles(author_names(value))
        return bool(meta.authors)
    if key in SERVICE_LABELS and meta.service is None:
        meta.service = value
        return True
    return False


def summary_metadata_line(draft: Draft, line: str) -> bool:
    """A bullet or line of an overview ("- **Service:** auth-gateway") read as above; whether it was."""
    stripped = line.strip()
    if len(stripped) > _LONGEST_VALUE:
        return False
    marked = stripped.startswith(("- ", "* ", "+ ", "**", "__"))
    key, value = split_label(stripped.removeprefix("- ").removeprefix("* ").removeprefix("+ ")) or ("", "")
    if not marked and (len(value) > _LONGEST_PLAIN or value.rstrip().endswith((".", "!", "?", ":"))):
        return False  # a plain "Service: …" line is a field only short, as an RFO's overview writes it; not a sentence
    return summary_metadata_label(draft, key, value)
