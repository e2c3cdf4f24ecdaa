"""Fenced code blocks among a section's entries: a workflow's YAML, a shell script, a checklist template.

Their lines are code, kept as written: "- uses: actions/checkout" in YAML or "MAX_TOKENS=5" in a script is
never a task, an improvement or a paragraph of the author's prose.
"""

from __future__ import annotations

from app.formats.markdown_read.tokens import Item
from app.formats.markdown_syntax import closed_fences


def code_blocks(entries: list[Item | str]) -> dict[int, int]:
    """Each fenced code block among ``entries`` (as ``parse_items`` gives them, a line a string): the index of
    the entry opening it and of the one closing it. A fence no entry closes is a stray mark, not a block."""
    return closed_fences([entry if isinstance(entry, str) else "" for entry in entries])


def entry_lines(entry: Item | str) -> list[str]:
    """An entry's lines as written."""
    return [entry] if isinstance(entry, str) else list(entry.raw)
