"""Times of a document that writes no date: read on the file's day, then left undated.

A report that writes "10:15 AM - restarted nginx" and no date anywhere says the hour, not the day. The
timeline is still read on the file's own date, so that entries split, order and pass midnight as
written; then each event the file's date placed gives its time back, undated, with the clock it wrote put
back in front of its words ("10:15 AM - restarted nginx"). A careful reader does not invent the day from
the file: a clone's checkout sets that date, and a library of old reports would all fall on one day.
The incident's window is not placed on the file's day either: when the timeline's entries gave it, their
words keep its clocks; when the document stated it ("Duration: 10:00 AM to 10:45 AM WAT"), its clocks open the
Impact, so nothing written is lost and nothing is made up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from app.formats.markdown_read.draft import Draft, EventDraft
from app.time_labels import offset_label
from app.timefmt import format_time, format_zone
from app.timeparse import Reading, read

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
    leads: list[tuple[EventDraft, str, datetime, Reading | None]] = []
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
        lead = lead or f"{moment:%H:%M}:"
        leads.append((event, lead, moment, read(lead, default_date=moment.date())))
    # A zone stated only outside the timeline ("Duration: 10:00 AM to 10:45 AM WAT", "All times in WAT") goes
    # into each lead, or nothing would say it once the window is gone. Leads that name one themselves
    # ("**09:41 AM (EAT)**" over "**09:50 AM**") keep their words: they say it, as the document did.
    zone_in_leads = any(found is not None and found.has_zone for *_, found in leads)
    for event, lead, moment, found in leads:
        event.text = f"{lead if zone_in_leads else _with_stated_zone(lead, found, moment, draft)} {event.text}"
    window_undated = _undate_window(draft, file_day)
    if placed or window_undated:
        draft.notes.append(_note(len(placed), window_undated))


def _with_stated_zone(lead: str, found: Reading | None, moment: datetime, draft: Draft) -> str:
    """``lead`` with the zone its time was read in when the document stated it elsewhere ("All times WAT") and
    the lead names none: "10:00 AM WAT:", so the words still say which clock it was once nothing else does
    (Give Times a Day… reads the zone from them). ``found`` is the lead's time as read."""
    if draft.zone_unnamed or moment.tzinfo is None or found is None or found.has_zone:
        return lead
    offset = moment.utcoffset() or timedelta(0)
    stated = draft.zone
    written = getattr(stated, "written", None) if stated is not None and stated.utcoffset(moment) == offset else None
    label = written or ("UTC" if offset == timedelta(0) else offset_label(offset))
    return f"{lead[: found.end]} {label}{lead[found.end :]}"


def _undate_window(draft: Draft, file_day: date) -> bool:
    """Take the incident's window off the file's day; True when it was there.

    A window the timeline's entries gave goes (they keep its clocks), as does one the Impact or the
    Introduction still says in words; a window only a label stated ("Duration: 10:00 AM to 10:45 AM WAT")
    leaves its clocks at the head of the Impact ("Window written without a day: 10:00 – 10:45 UTC+01:00.").
    """
    summary = draft.summary
    start, end = summary.start, summary.end
    if not any(moment is not None and moment.year == file_day.year for moment in (start, end)):
        return False
    summary.start = summary.end = None
    if draft.window_guessed:
        return True
    kept = (summary.impact or "", draft.introduction or "")  # (each looked at in its first lines only)
    if all(moment is None or any(_says_its_clock(text, moment) for text in kept) for moment in (start, end)):
        return True  # "From 6:26 PM to 7:58 PM PT, requests failed": the words still say it
    if start is not None and end is not None:
        said = f"{format_time(start)} – {format_time(end)} {format_zone(end)}"
    else:
        moment = start or end
        assert moment is not None  # one of them was on the file's day
        said = f"{'from' if start else 'until'} {format_time(moment)} {format_zone(moment)}"
    written = f"Window written without a day: {said}."
    summary.impact = f"{written}\n\n{summary.impact}" if summary.impact else written
    return True


def _note(count: int, window_undated: bool) -> str:
    if count:
        times = "1 time stays" if count == 1 else f"{count} times stay"
        note = (
            f"The document writes no date (or no year): {times} in the events' text, undated, since the "
            "file's own date would only be a guess. Give them their day with Give Times a Day… on the Timeline "
            "page, or type an event's day with its time there."
        )
    else:
        note = "The document writes no date (or no year), and the file's own date would only be a guess."
    if window_undated:
        note += (
            " The incident's start and end are left empty for the same reason: Give Times a Day… sets them from the"
            " events, or set them on the Issue Summary page."
        )
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
