"""Fenced code blocks among a section's entries: a workflow's YAML, a shell script, a checklist template.

Their lines are code, kept as written: "- uses: actions/checkout" in YAML or "MAX_TOKENS=5" in a script is
never a task, an improvement or a paragraph of the author's prose.
"""

from __future__ import annotations

from app.formats.markdown_read.tokens import Item
from app.formats.markdown_syntax import fence_closer, fence_opener


def code_block_end(entries: list[Item | str], start: int) -> int | None:
    """The index of the entry closing the fence ``entries[start]`` opens; ``None`` when it opens none, or
    when no entry closes it (a stray fence mark is not a code block)."""
    entry = entries[start]
    if not isinstance(entry, str) or entry.lstrip()[:1] not in ("`", "~"):
        return None
    opener = fence_opener(entry)
    if opener is None:
        return None
    for index in range(start + 1, len(entries)):
        following = entries[index]
        closer = fence_closer(following) if isinstance(following, str) else None
        if closer is not None and closer[0] == opener[0] and closer[1] >= opener[1]:
            return index
    return None


def entry_lines(entry: Item | str) -> list[str]:
    """An entry's lines as written."""
    return [entry] if isinstance(entry, str) else list(entry.raw)
