"""Follow-ups written as lines led by their status in brackets, with no list marker: "[DONE]  Remove the default".

An alerting tool's export (Opsgenie, PagerDuty) or a plain-text report lists its follow-ups as::

    Follow-up actions:
      [DONE]  Drop the default instance size from the module (Lena Fox, 09/06/2026)
      [OPEN]  Alert on the pool's wait time (Omar Haddad, 30/06/2026)

A reader sees a list of tasks, each with its status. Markdown sees one paragraph, which became an improvement
or two. Each such line is written as the list item it stands for ("- [DONE] …"), which the measures' reader
takes as a task with that status. Only a run of two lines or more, each led by a status in capitals, counts:
a single "[OPEN]" line is left as written. String methods only: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.formats.markdown_read.names import TASK_STATUSES

_LONGEST_MARK = 20
_LONGEST_LINE = 2_000


def status_mark(line: str) -> bool:
    """Whether ``line`` opens with a task's status in capitals between brackets ("[DONE]", "[IN PROGRESS]"),
    text after it, and no list marker before it."""
    stripped = line.lstrip(" \t")
    if not stripped.startswith("[") or len(line) > _LONGEST_LINE or len(line) - len(stripped) > 8:
        return False
    close = stripped.find("]", 1, _LONGEST_MARK + 2)
    if close < 0 or not stripped[close + 1 :].strip() or stripped[close + 1 : close + 2] not in (" ", "\t"):
        return False
    mark = stripped[1:close].strip()
    return mark.isupper() and mark.lower() in TASK_STATUSES


def marked_task_lines(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with each run of status-led lines written as a list; ``lines`` itself when there is none."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and flags[end] and status_mark(lines[end]):
            end += 1
        if end - index >= 2:
            if out is None:
                out = list(lines[:index])
            out.extend(f"- {line.strip()}" for line in lines[index:end])
            index = end
            continue
        if out is not None:
            out.extend(lines[index : max(end, index + 1)])
        index = max(end, index + 1)
    return lines if out is None else out
