"""Measures written as a title line ending in a colon, each over the line or two that tell it:

    Tasks:
    Check the Config:
    Run a syntax check on every file before it ships.
    Watch the Proxy:
    Page the on-call engineer when the proxy answers 5xx.

A careful reader sees two tasks, each named by its title and told by the lines under it ("Check the Config: Run a
syntax check …"); the titles are not leads of lists, and the lines under them are not tasks of their own. Only when
the paragraph opens with a title, two titles at least stand in it, and most of them stand over one line alone: a
short name over several lines each is a group of tasks ("Alerting:" over two alerts, ``measure_part_lines``).
"""

from __future__ import annotations

import re

# "Patch the Config:", "Training and Awareness:", "Post-Deployment Checks:": a few words closed by the colon, no
# sentence before it ("We will do this:" is a lead; "Owner:" a detail, filtered by the caller's labels).
_TITLE = re.compile(r"[A-Z][\w'’&/()-]{0,30}(?:[ \t]+[\w'’&/()-]{1,30}){0,7}[ \t]*:")
_MOST_LINES_UNDER = 3
_LEAST_TITLES = 2
_LONGEST_TITLE = 80


def _is_title(line: str) -> bool:
    return len(line) <= _LONGEST_TITLE and _TITLE.fullmatch(line) is not None


def titled_items(stripped: list[str]) -> list[str] | None:
    """The items of ``stripped`` (a paragraph's non-blank lines, stripped) when each is a title over its lines,
    each item the title and its lines joined ("Check the Config: Run a syntax check …"); else ``None``."""
    if not stripped or not _is_title(stripped[0]):
        return None
    groups: list[list[str]] = []
    for line in stripped:
        if _is_title(line):
            if groups and len(groups[-1]) == 1:
                return None  # two titles one over the other: a list's name over a group's, not titled items
            groups.append([line])
        else:
            groups[-1].append(line)
    if len(groups) < _LEAST_TITLES or any(not 2 <= len(group) <= _MOST_LINES_UNDER + 1 for group in groups):
        return None
    told_in_one = sum(1 for group in groups if len(group) == 2)
    if 2 * told_in_one <= len(groups):
        return None  # most titles over several lines: names of groups of tasks, each line a task
    return [" ".join(group) for group in groups]
