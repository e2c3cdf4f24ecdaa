"""Tasks written as numbered paragraphs, as regulators' and auditors' reports number theirs.

"5.2 Add timeouts to the simulator. Owner: Head of QA. Target completion: 28 February 2025." (its lines perhaps
wrapped): each paragraph whose number has a dot inside it ("5.2", "3.1.4") and which names an owner with a label
is one task. Paragraphs without an owner's label are the author's prose and stay as written.
"""

from __future__ import annotations

import re

# "5.2 ", "3.1.4 ", "5.2. ": a paragraph's number with a dot inside it (a Markdown list's "5. " is a list already).
_NUMBERED = re.compile(r"[ \t]{0,3}\d{1,3}(?:\.\d{1,3}){1,3}\.?[ \t]+(?=\S)")
# An owner's label inside the paragraph, after a sentence's end: ". Owner: …", ". Responsible: …".
_OWNER_LABEL = re.compile(
    r"[.;][ \t]+(?:owner|owners|responsible|responsible person|accountable|assignee|assigned to|action owner|dri)"
    r"[ \t]*:",
    re.IGNORECASE,
)
_LONGEST_PARAGRAPH = 2_000  # characters: a task's paragraph is a few lines; a longer one is prose


def _paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """Where each numbered paragraph starts and ends (exclusive): its number's line and the plain lines after
    it, up to a blank line, a list, a heading, a table or the next number."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if _NUMBERED.match(lines[index]) is None:
            index += 1
            continue
        start, index = index, index + 1
        while index < len(lines) and _continues(lines[index]):
            index += 1
        found.append((start, index))
    return found


# "1. " or "2) " opening an indented line: a list nested under the paragraph, not more of its text.
_LIST_NUMBER = re.compile(r"\d{1,9}[.)][ \t]")


def _continues(line: str) -> bool:
    """Whether ``line`` is more of the numbered paragraph above: plain text, flush or indented. A hanging indent
    ("5.1 Add checks …" over "    Owner: Dana. Target: 27/02/2026.") lines the text up under the paragraph's
    words, as Markdown takes an indented line after a paragraph's for more of it."""
    stripped = line.strip()
    return (
        bool(stripped)
        and _NUMBERED.match(line) is None
        and stripped[0] not in "-*+#|>`"
        and not (line[:1].isspace() and _LIST_NUMBER.match(stripped))
    )


def _owned(text: str) -> bool:
    return len(text) <= _LONGEST_PARAGRAPH and _OWNER_LABEL.search(text) is not None


def numbered_tasks(lines: list[str]) -> bool:
    """Whether ``lines`` hold a numbered paragraph naming its owner: a list of tasks, written as paragraphs."""
    return any(_owned(" ".join(line.strip() for line in lines[a:b])) for a, b in _paragraphs(lines))


def numbered_tasks_as_items(lines: list[str]) -> list[str]:
    """``lines`` with each numbered paragraph naming its owner written as one list item ("- Add timeouts … Owner:
    Head of QA. Target completion: 28 February 2025."), its lines joined; everything else as written."""
    spans = _paragraphs(lines)
    if not spans:
        return lines
    out: list[str] = []
    last = 0
    for start, end in spans:
        text = " ".join(line.strip() for line in lines[start:end])
        if not _owned(text):
            continue
        number = _NUMBERED.match(text)
        out.extend(lines[last:start])
        out.append(f"- {text[number.end() if number else 0 :]}")
        last = end
    out.extend(lines[last:])
    return out
