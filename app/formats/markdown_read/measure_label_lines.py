"""Lines naming a list of the measures typed right under the text before them, with no blank line between.

A plain-text report writes each of its lists as one labelled line: "Improvements: …", then "Tasks: …". A reader
sees two lists, each named by its label: the second line opens its own, it is not more of the first one's text.

So too a sentence naming the tasks typed right under the last item of the list above it ("- Write the runbook."
then "Specific tasks for this include:" at the margin): Markdown would make it more of that item's text, but a
reader sees the lead of the next list, the tasks, which leaves the list above as the improvements.
"""

from __future__ import annotations

from collections.abc import Callable

from app.formats.markdown_read.list_leads import announces_tasks
from app.formats.markdown_read.tokens import BULLET, Item, split_label

_LONGEST_LINE = 2000


def part_lines_apart(entries: list[Item | str], is_part: Callable[[str, str], bool]) -> list[Item | str]:
    """``entries`` with a blank line before each line naming a part of the measures with its value ("Tasks: …")
    written right under another such line; the same list when there is none."""
    out: list[Item | str] | None = None
    previous = False
    for index, entry in enumerate(entries):
        current = isinstance(entry, str) and _labelled_part(entry, is_part)
        if current and previous:
            if out is None:
                out = list(entries[:index])
            out.append("")
        if out is not None:
            out.append(entry)
        previous = current
    return entries if out is None else out


def _labelled_part(line: str, is_part: Callable[[str, str], bool]) -> bool:
    stripped = line.strip()
    if ":" not in stripped[:80] or len(stripped) > _LONGEST_LINE:
        return False
    label = split_label(stripped)
    return label is not None and bool(label[1].strip()) and is_part(label[0], stripped)


def task_leads_apart(lines: list[str]) -> list[str]:
    """``lines`` with a blank line before each sentence at the margin that names the tasks below it ("Specific
    tasks to address the issue include:") typed right under a list's item; ``lines`` itself when there is none."""
    out: list[str] | None = None
    for index, line in enumerate(lines):
        lead = (
            index > 0
            and BULLET.match(lines[index - 1]) is not None
            and line[:1] not in (" ", "\t")
            and BULLET.match(line) is None
            and announces_tasks(line[:_LONGEST_LINE])
        )
        if lead and out is None:
            out = list(lines[:index])
        if out is not None:
            out.extend(["", line] if lead else [line])
    return lines if out is None else out
