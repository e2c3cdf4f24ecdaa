"""The owner written after a spaced colon closing a task's line: "Define the smoke tests : Dana K create ticket".

A list typed like a two-column table puts the task, a spaced colon, then who takes it and perhaps what they do
next. A careful reader takes the person's name as the owner when the words after the colon open with one (a first
name and a surname or an initial); "… : Shared" or "… : Existing story in backlog" name no one and stay as written.
"""

from __future__ import annotations

import re
from typing import Any

from app.formats.markdown_read.task_names import first_name

_SPACED_COLON = " : "
# A first name, then a surname or an initial ("Dana K", "Dana K.", "Dana Kowal"), then the end or lower-case words.
_NAME_FIRST = re.compile(
    r"(?P<name>(?P<first>[A-ZÀ-Þ][a-zß-ÿ'’-]{1,30})(?:[ \t]+(?:[A-ZÀ-Þ]\.?|[A-ZÀ-Þ][a-zß-ÿ'’-]{1,30})){1,2})"
    r"(?=$|[ \t]+[a-z])"
)
_LONGEST_LINE = 300


def owner_after_spaced_colon(text: str) -> tuple[str, dict[str, Any]] | None:
    """The task's text and ``{"owner": …}`` from "task : Name …", or ``None`` when the colon is followed by no name.
    What follows the name ("create ticket") stays with the task, in brackets."""
    if len(text) > _LONGEST_LINE or text.count(_SPACED_COLON) != 1:
        return None
    task, after = (part.strip() for part in text.split(_SPACED_COLON))
    if len(task.split()) < 2 or (found := _NAME_FIRST.match(after)) is None or not first_name(found["first"]):
        return None
    rest = after[found.end() :].strip()
    return (f"{task} ({rest})" if rest else task), {"owner": found["name"]}
