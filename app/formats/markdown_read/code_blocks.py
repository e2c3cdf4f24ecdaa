"""Fenced code blocks among a section's entries: a workflow's YAML, a shell script, a checklist template.

Their lines are code, kept as written: "- uses: actions/checkout" in YAML or "MAX_TOKENS=5" in a script is
never a task, an improvement or a paragraph of the author's prose.
"""

from __future__ import annotations

from app.formats.markdown_read.tokens import Item
from app.formats.markdown_syntax import closed_fences, fence_closer, fence_opener


def code_blocks(entries: list[Item | str]) -> dict[int, int]:
    """Each fenced code block among ``entries`` (as ``parse_items`` gives them, a line a string): the index of
    the entry opening it and of the one closing it. A fence no entry closes is a stray mark, not a block."""
    return closed_fences([entry if isinstance(entry, str) else "" for entry in entries])


def entry_lines(entry: Item | str) -> list[str]:
    """An entry's lines as written."""
    return [entry] if isinstance(entry, str) else list(entry.raw)


def without_emptied_fences(lines: list[str]) -> list[str]:
    """``lines`` without the marks of code fences that hold nothing any more.

    A timeline written inside a ``` block leaves its two fence lines behind once every entry in it was read
    as an event: marks with nothing between them are no words of the author's, and kept they would make a
    section of their own. A fence still holding text (a log excerpt among the events) stays as written.
    """
    drop: set[int] = set()
    for opening, closing in closed_fences(lines).items():
        if not any(line.strip() for line in lines[opening + 1 : closing]):
            drop.update((opening, closing))
    kept = [line for index, line in enumerate(lines) if index not in drop]
    # A block never closed (its closer outside the section) leaves a lone mark: nothing else, nothing kept.
    if all(not line.strip() or fence_opener(line.strip()) or fence_closer(line.strip()) for line in kept):
        return [] if drop or any(line.strip() for line in kept) else kept
    return kept
