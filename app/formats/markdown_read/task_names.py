"""Who may own a task, as a task's line writes it: a full name, a first name beside a date, a handle."""

from __future__ import annotations

import re

from app.dateparse import MONTH_NUMBERS, WEEKDAYS

# A person's full name, written plainly: two or three capitalised words ("Mia Kowalski", "Jean-Luc O'Neil").
# Stricter than the header's author names (which take one word, initials or a handle): a bare part of a
# task's "(…, …)" group is an owner only when it cannot be a word or a date.
# A capital after an apostrophe or a hyphen is the name's ("Seán O’Brien", "Anne-Marie Duval"): one way only to
# match each letter, so no backtracking.
# Latin Extended-A (U+0100-U+017F) holds Central European names' letters: "Jana Dvořák", "Łukasz Wójcik".
_NAME_WORD = r"[A-ZÀ-ÞĀ-ſ](?:[a-zß-ÿĀ-ſ'’-]|(?<=['’-])[A-ZÀ-Þ])+"
FULL_NAME = re.compile(_NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,2}")
# A first name alone ("Ananya", "Jean-Luc"): an owner only beside a due date, where it cannot be a word of the task.
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’]{1,30}(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]{1,30})?")
# A chat or tracker handle written without its "@" ("lena.k", "maria.gomez", "j_okafor", "li.wei-2"): a dot or
# an underscore joins its parts, which no word of a sentence has ("follow-up" and "on-call" are words).
_HANDLE = re.compile(r"[a-z][a-z0-9]{0,30}(?:[-][a-z0-9]{1,30})*(?:[._][a-z0-9]{1,30}(?:[-][a-z0-9]{1,30})*){1,3}")
# A file's name looks like a handle ("runbook.md", "haproxy.cfg"): its last part is a known ending.
_FILE_ENDINGS = frozenset(
    [
        *("md", "txt", "yaml", "yml", "json", "cfg", "conf", "ini", "toml", "py", "sh", "js", "ts", "go", "rb"),
        *("sql", "log", "csv", "html", "xml", "pdf", "doc", "docx", "tf", "io", "com", "org", "net", "dev", "app"),
    ]
)


def first_name(word: str) -> bool:
    """Whether ``word`` may be a person's first name: capitalised, and not a weekday, a month or a plan."""
    return bool(_ONE_NAME.fullmatch(word)) and word.lower() not in CALENDAR_WORDS


def handle(word: str) -> bool:
    """Whether ``word`` is a person's handle written bare ("lena.k"), not a file's or a site's name."""
    return bool(_HANDLE.fullmatch(word)) and re.split(r"[._]", word)[-1] not in _FILE_ENDINGS


# Words that head a due date, a priority or a status, never an owner: "(Friday, 2025-02-14)", "(TBD, …)".
CALENDAR_WORDS = frozenset(
    [
        *MONTH_NUMBERS,
        *WEEKDAYS,
        *(f"{day}day" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
        *("today", "tomorrow", "tonight", "tbd", "tba", "asap", "next", "end", "eod", "eow", "eom", "eoq", "soon"),
        # A priority or a state said where a name could stand: "(High, 2025-04-01)", "– Blocked – by …".
        *("high", "medium", "low", "critical", "major", "minor", "urgent", "normal", "planned", "blocked"),
        *("pending", "ongoing", "open", "closed", "done", "wip", "note", "optional", "stretch", "later", "maybe"),
    ]
)
# A person's handle as chat tools and trackers write it: "@bkowal", "@m.reyes", Mozilla's ":bhughes".
MENTION = re.compile(r"[@:][A-Za-z][\w.-]{0,38}")
