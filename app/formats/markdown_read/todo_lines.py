"""Tasks written as lines that each open with "TODO:", one under the other, with no list marker.

Students write their tasks as a run of "TODO: add a lint step (Kwame, by 15/02/2024)" lines right under
the improvements. Read as a paragraph, the run would be one task whose text holds the others; a careful
reader sees one task a line, each labelled as a task, as "- Task: …" bullets are.
"""

from __future__ import annotations

import re

# "TODO: add …", "To-do: …", "1. TODO: …": the label, then the task's words on the same line.
_TODO_LINE = re.compile(r"(?P<number>\d{1,3}[.)][ \t]+)?(?P<label>to-?do|todo)[ \t]?:[ \t]+\S", re.IGNORECASE)


def todo_lines_as_items(lines: list[str]) -> list[str]:
    """``lines`` with each unindented "TODO: …" line written as a bullet ("- TODO: …"), so that each is a task."""
    if not any(line[:12].lower().lstrip("0123456789.) \t").startswith(("todo", "to-do")) for line in lines):
        return lines  # the common case: no such line, nothing to copy
    out: list[str] = []
    fenced = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        match = None if fenced else _TODO_LINE.match(line)
        if match is None:
            out.append(line)
            continue
        out.append(f"- {line[match.start('label') :]}" if match["number"] is None else line)
    return out
