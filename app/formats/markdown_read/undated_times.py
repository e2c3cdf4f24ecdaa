"""Times of a document that writes no date: read on the file's day, then left undated.

A report that writes "10:15 AM - restarted nginx" and no date anywhere says the hour, not the day. The
timeline is still read on the file's own date, so that entries split, order and pass midnight as
written; then each event the file's date placed gives its time back, undated, with the clock it wrote put
back in front of its words ("10:15 AM - restarted nginx"). A careful reader does not invent the day from
the file: a clone's checkout sets that date, and a library of old reports would all fall on one day.
The incident's window keeps the file's day, with a note, so its start and end words are not lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from app.formats.markdown_read.draft import Draft
from app.timefmt import format_date

# How far ahead of the last event's line the next event's words are looked for: a bound, so that a
# file of many events whose words were rewritten costs a fixed number of looks per event.
_LOOK_AHEAD = 60
_LINE_LOOKED_AT = 4000
_NEEDLE = 40
# The longest clock a line writes before its words: "**10:15 AM (WAT)** -", "[Oct 22, 11:02 PM]".
_LONGEST_LEAD = 36

_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+•>]|\d{1,3}[.)])[ \t]+")
_EMPHASIS = re.compile(r"[*_`]{1,3}|^#+[ \t]*")


def undate_file_day_times(draft: Draft, lines: Sequence[str], file_day: date) -> None:
    """Undate the events the file's date placed, their written clocks back in their words, and say so."""
    placed = [event for event in draft.timeline if event.time is not None and event.time.year == file_day.year]
    cursor = 0
    for event in placed:
        moment = event.time
        assert moment is not None  # picked above
        event.time = None
        if _says_its_clock(event.text, moment):
            continue  # "At 10:15 AM we restarted nginx": the sentence keeps its own time
        first, _, rest = event.text.partition("\n")
        lead, written, cursor = _written_lead(lines, cursor, first.strip())
        if written:  # the words as the line writes them ("the alert fired", not the entry's "The alert fired")
            event.text = written + first[len(first.rstrip()) :] + ("\n" + rest if rest else "")
        event.text = f"{lead} {event.text}" if lead else f"{moment:%H:%M}: {event.text}"
    if placed:
        draft.notes.append(_note(len(placed), draft, file_day))


def _note(count: int, draft: Draft, file_day: date) -> str:
    times = "1 time stays" if count == 1 else f"{count} times stay"
    note = (
        f"The document writes no date (or no year): {times} in the events' text, undated, since the file's "
        "own date would only be a guess. Give them their day with Give Times a Day… on the Timeline page, "
        "or type an event's day with its time there."
    )
    window = (draft.summary.start, draft.summary.end)
    if any(moment is not None and moment.year == file_day.year for moment in window):
        note += f" The incident's window was placed on {format_date(file_day)}, the file's date: check its day."
    return note


def _says_its_clock(text: str, moment: datetime) -> bool:
    """Whether ``text`` writes the hour and minute of ``moment`` itself ("at 10:15 AM", "by 22.15")."""
    hours = {moment.hour, moment.hour % 12 or 12}
    minute = f"{moment.minute:02d}"
    # With its separator: "step 915 of the drain" is no 9:15 (and a clock put back twice loses nothing).
    pattern = "|".join(rf"(?<!\d)0?{hour}[:.h]{minute}(?!\d)" for hour in hours)
    return re.search(pattern, text[:_LINE_LOOKED_AT]) is not None


def _written_lead(lines: Sequence[str], cursor: int, first: str) -> tuple[str, str, int]:
    """The clock written in front of an event's first line on its line (cleaned of list marks and
    emphasis), that first line as the line writes it when only its case differs, and the line to look
    on from for the next event; ``""`` for what is not found near ``cursor``."""
    needle = first[:_NEEDLE].lower()
    if not needle:
        return "", "", cursor
    for index in range(cursor, min(len(lines), cursor + _LOOK_AHEAD)):
        line = lines[index][:_LINE_LOOKED_AT]
        found = line.lower().find(needle)
        if found < 0:
            continue
        written = line[found : found + len(first)]
        return _cleaned_lead(line[:found]), written if written.lower() == first.lower() else "", index
    return "", "", cursor


def _cleaned_lead(prefix: str) -> str:
    """``"- **10:15 AM** - "`` as ``"10:15 AM -"``, a table row's ``"| 10:15 | "`` as ``"10:15 —"``."""
    if "|" in prefix:
        cells = [cell.strip() for cell in prefix.split("|") if cell.strip()]
        lead = " ".join(cells)
        separator = " —"
    else:
        lead, separator = prefix, ""
    lead = _EMPHASIS.sub("", _LIST_MARK.sub("", lead)).strip()
    if not lead or len(lead) > _LONGEST_LEAD or not any(character.isdigit() for character in lead):
        return ""
    return lead + separator if separator and lead[-1] not in ":-–—" else lead
