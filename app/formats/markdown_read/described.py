"""A summary's "Description:" label over its prose: the sentences are the summary's, the label only names them.

A form's summary mixes fields ("**Date and Time:** …", "**Duration:** …") with one label whose value is the story
itself: "**Description:** On November 5 a bug took the service down for about 2,000 users." A careful reader
reads that value as the summary's prose (its impact, its cause) as if no label stood before it.
"""

from __future__ import annotations

from app.formats.markdown_read.tokens import split_label

_TELLING_LABELS = frozenset(
    (
        *("description", "incident description", "issue description", "summary", "incident summary", "details"),
        *("overview", "what happened", "synopsis", "narrative"),
    )
)


def told_value(line: str) -> str:
    """The prose after a label that only announces it ("Description: …"); else ``line`` unchanged."""
    label = split_label(line.strip()[:2000])
    if label is None or label[0] not in _TELLING_LABELS or not label[1].strip():
        return line
    start = line.find(label[1][:40])  # the whole value, where the label was read from its first 2,000 characters
    return line[start:] if start >= 0 else label[1]
