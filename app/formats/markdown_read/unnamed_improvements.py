"""Measures whose first list has no name: plain lines, then "Tasks:" over the task lines.

A plain-text report often writes its improvements straight under the measures' heading, one a line, and only
names the second list ("Tasks to address the issue:", "Action items:"). A careful reader takes the lines before
that name as the improvements and those after it as the tasks, blank lines around the name or not. Reading the
first lines as named ("Improvements:") lets the measures' reader take both lists as it takes them when both are
named.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.formats.markdown_read.list_leads import announces_a_list
from app.formats.markdown_read.tokens import BULLET

# The name given to the unnamed first list: one of the names the measures' reader knows.
IMPROVEMENTS_NAME = "Improvements:"
_MOST_LINES = 40  # an unnamed list longer than this, before the name of the tasks, is not read as one
_LONGEST_LINE = 300  # a line longer than this is a paragraph of prose, not one measure
# One line alone over "To-do:" is an improvement too when it reads as one ("Make sure backups run on their own
# server."); the author's lead ("We agreed on these:", "After the review we met.") is no measure line.
_FEWEST_ITEMS = 1
# Words that open a sentence telling what happened ("We met…", "The team agreed…"): prose, not a measure,
# which names what to do ("Add an alert…", "Better alerting on…").
_SUBJECTS = frozenset(
    (
        *("we", "i", "it", "they", "he", "she", "you", "there", "this", "that", "these", "those"),
        *("the", "our", "a", "an", "its", "their", "my", "after", "during", "as", "in", "on", "when", "while"),
    )
)
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")
# Not a line of words: a heading, a table, a quote, markup or code.
_NOT_WORDS = re.compile(r"[#|>`~<!\[]")


def improvements_named(lines: list[str], names_tasks: Callable[[str], bool]) -> list[str]:
    """``lines`` with the improvements' name put over plain measure lines that open the section and are
    followed by a line naming the tasks alone (``names_tasks``); the same list when the section is not so
    written. Over a paragraph of prose instead, the name of the tasks still opens a list of its own: it is
    set apart from the prose by a blank line, as the author might have written it."""
    start = next((index for index, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return lines
    items, prose = 0, False
    for index in range(start, min(len(lines), start + _MOST_LINES)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if names_tasks(stripped) and lines[index][:1] not in " \t":
            if not _names_a_list(lines, index):
                return lines
            if items >= _FEWEST_ITEMS and not prose:
                return [*lines[:start], IMPROVEMENTS_NAME, *lines[start:]]
            return lines if not lines[index - 1].strip() else [*lines[:index], "", *lines[index:]]
        if BULLET.match(lines[index]) or _NOT_WORDS.match(stripped):
            return lines  # a list or markup before the name: read as written
        if _measure_line(stripped):
            items += 1
        else:
            prose = True
    return lines


def _names_a_list(lines: list[str], label: int) -> bool:
    """Whether the name of the tasks has lines under it ("Tasks:" over nothing, or a heading, names no list)."""
    following = next((line.strip() for line in lines[label + 1 : label + _MOST_LINES] if line.strip()), "")
    return bool(following) and not following.startswith("#")


def _measure_line(line: str) -> bool:
    """Whether a line with no list marker reads as one measure: a capitalised phrase of what to do, not a
    sentence of what happened, not a lead ending with a colon."""
    if len(line) > _LONGEST_LINE or line.endswith((":", "：")):
        return False
    first = _FIRST_WORD.match(line)
    if first is None or not line[:1].isupper():
        return False
    return first.group(0).lower() not in _SUBJECTS and not announces_a_list(line)
