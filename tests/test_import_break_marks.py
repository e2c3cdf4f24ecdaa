"""A line of backslashes typed under each entry to force a gap ("<br />" then "\\\\"): the gap, no words."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_MARKED = """\
# 2025-02-11 - docs site outage

## Timeline

*08:10*: The docs site stopped answering<br />
\\\\\\\\
*08:25*: The hosting company was told<br />
\\\\\\\\
*09:05*: The docs site answered again
"""


def test_backslash_lines_between_entries_join_no_entry() -> None:
    document = from_markdown(_MARKED)
    assert [event.text for event in document.timeline] == [
        "The docs site stopped answering",
        "The hosting company was told",
        "The docs site answered again",
    ]


def test_a_backslash_inside_a_sentence_stays() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\nThe share C:\\\\logs filled up.\n")
    assert "C:\\\\logs" in document.introduction + document.summary.impact
