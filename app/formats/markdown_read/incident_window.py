"""The incident's zone and window, settled from what the whole document states once its sections are read.

A zone named beside some times, a range stated in the opening prose, a
window told to the minute whose entry has seconds, a stated length that gives
the missing end: each is the document's word, worth more than a guess.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date, timedelta, tzinfo

from app.formats.markdown_read.clock_word_ranges import clock_words_read
from app.formats.markdown_read.document_zones import zones_named
from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.listed_periods import listed_periods
from app.formats.markdown_read.prose_outage_clause import told_end, told_start
from app.formats.markdown_read.prose_start import stated_start
from app.formats.markdown_read.relative_times import with_moments
from app.formats.markdown_read.resolution_window import window_told_by_the_resolution
from app.formats.markdown_read.summary_seconds import seconds_told
from app.formats.markdown_read.window import CLOCK, RANGE_START, find_range_in_prose, window_zone
from app.formats.markdown_read.window_fields import written_in_a_field
from app.timezones import offset_label, zone_in_words

# A time as forms and other languages write it, besides a clock: "0745 hrs", "1020h", "14 h 09", "14h05".
_OTHER_CLOCK = re.compile(r"\b\d{3,4}[ \t]?h(?:rs?|ours)?\b|\b\d{1,2}[ \t]?h[ \t]?\d{2}\b", re.IGNORECASE)


def zone_in_words_beside_times(lines: Iterable[str]) -> tzinfo | None:
    """The zone a line holding a time names in words: "0745 – 1020 hrs (Eastern)", "de 14 h 09 à 15 h 10 (heure
    de Paris)", "from 9:05 to 9:50, Madrid time"; the first such line's."""
    for line in itertools.islice(lines, 2000):
        head = line[:2000]
        if not (CLOCK.search(head) or _OTHER_CLOCK.search(head)):
            continue
        if (zone := zone_in_words(head)) is not None:
            return zone
    return None


def zone_from_the_times(draft: Draft, lines: Iterable[str]) -> None:
    """With no zone stated, the one zone written beside some times is every time's ("At 10:40 ET ...
    At 10:52 ..."); with none written at all, the times are UTC and the user is told so."""
    named = zones_named(lines)
    if len(named) == 1:
        draft.zone = named[0]
        if named[0].utcoffset(None) != timedelta(0):  # UTC is what a time without a zone is read in anyway
            label = getattr(named[0], "written", None) or offset_label(named[0].utcoffset(None) or timedelta(0))
            draft.zone_read_note = (
                f"Times written without a zone were read in {label}, the only zone the document names."
            )
            draft.notes.append(draft.zone_read_note)
    elif not named:
        draft.zone_unnamed = True


def zone_in_words_of_the_times(draft: Draft, lines: Iterable[str]) -> None:
    """With no zone written the usual way, one said in words beside the times ("0745 – 1020 hrs (Eastern)",
    "de 14 h 09 à 15 h 10 (heure de Paris)") is every time's: better than UTC, and the user is told so."""
    zone = zone_in_words_beside_times(lines)
    if zone is None:
        return
    draft.zone, draft.zone_unnamed = zone, False
    label = getattr(zone, "written", None) or offset_label(zone.utcoffset(None) or timedelta(0))
    draft.zone_read_note = f"Times written without a zone were read in {label}, the zone the document names in words."
    draft.notes.append(draft.zone_read_note)


def zone_of_the_window(draft: Draft, lines: Iterable[str]) -> None:
    """Times naming several zones (the team's and a vendor's): those written without one are in the zone
    the incident's window names ("could not print from 14:25 to 16:05 BST"), the user told so."""
    zone = window_zone(lines)
    if zone is not None:
        draft.zone = zone
        label = getattr(zone, "written", None) or offset_label(zone.utcoffset(None) or timedelta(0))
        draft.zone_read_note = f"Times written without a zone were read in {label}, the zone of the incident's window."
        draft.notes.append(draft.zone_read_note)


def window_to_the_second(draft: Draft, lines: list[str]) -> None:
    """A window stated to the minute ("from 21:04 UTC") takes the seconds of the timeline's entry in that
    minute ("21:04:12 — 1.4.0 published"): the same moment, told more exactly. A window written with
    its seconds ("Started 09:12:00 EDT") is exact already: ``lines``, the document's, are looked through
    for it (a line at a time: joined, they were a copy of the whole text)."""
    summary = draft.summary
    times = [event.time for event in draft.timeline if event.time is not None and event.time.second]
    for name in ("start", "end"):
        moment = getattr(summary, name)
        if moment is None or moment.second or moment.microsecond:
            continue
        written = f"{moment:%H:%M}:00"
        if any(written in line for line in lines) or written_in_a_field(moment, lines):
            continue  # ("**Start:** 08:41 UTC": the report's field, copied to the minute)
        same_minute = [time for time in times if moment <= time < moment + timedelta(minutes=1)]
        if len(same_minute) == 1:
            setattr(summary, name, same_minute[0].astimezone(moment.tzinfo))
        elif not same_minute and (told := seconds_told(moment, _summary_words(draft), draft.zone)) is not None:
            setattr(summary, name, told)  # "at 07:32:16 GMT the server went down" over a "07:32" entry


def _summary_words(draft: Draft) -> list[str]:
    """The prose that tells the incident before its timeline: the introduction and the summary's impact."""
    return [text for text in (draft.introduction, draft.summary.impact) if text]


def window_from_duration(draft: Draft) -> None:
    """One end of the window, and the length the document states ("The outage lasted 47 minutes"): the other end.

    The length wins over an end only guessed from the timeline's last recovery ("logins recover over the
    next few minutes"); an end the document states is kept.
    """
    summary = draft.summary
    end_open = summary.end is None or draft.end_guessed
    if (summary.start is None and summary.end is None) or (summary.start is not None and not end_open):
        return
    from app.formats.markdown_read.duration import stated_duration  # a document with a window only

    kept = [kept.body for kept in sorted(draft.kept, key=lambda kept: kept.position)]
    texts = ["\n".join(draft.header_lines), draft.introduction or "", summary.impact or "", *kept]
    length = stated_duration([text for text in texts if text])
    if not length:
        return
    if summary.start is not None and summary.end is not None and _another_span(summary.end - summary.start, length):
        return  # "Duration: ~2 hours" beside "Site restored" the next afternoon: the row says when it ended
    if summary.start is not None:
        summary.end, told = summary.start + length, "end"
    else:
        summary.start, told = summary.end - length, "start"  # type: ignore[operator]
    draft.notes.append(f"The incident's {told} was worked out from the length the document states.")


def _another_span(span: timedelta, length: timedelta) -> bool:
    """Whether a stated length is far from the span the timeline's restoration gives (more than twice shorter
    and hours apart): it tells some other span (the hands-on work, say), not this window. A few minutes'
    difference ("logins recover over the next few minutes") is the length's to settle."""
    return span > 2 * length and span - length >= timedelta(hours=1)


def window_from_prose(draft: Draft, preamble: str) -> None:
    """A range ("Between 14:02 and 15:10 UTC, ...") in the opening prose as the incident's start and end.

    It is what the document states, so it wins over a window only guessed from
    the timeline's entries; a time alone takes the day of the timeline's first.
    """
    summary = draft.summary
    if summary.start is not None and not draft.window_guessed:
        return
    day = draft.day or next((event.time.date() for event in draft.timeline if event.time), None)
    # The opening prose first, then any section kept as written ("Detailed description of impact").
    kept = [kept.body for kept in sorted(draft.kept, key=lambda kept: kept.position) if not kept.body.startswith("```")]
    for text in (preamble, draft.introduction, summary.impact, summary.root_cause, *kept):
        if text:
            text = clock_words_read(with_moments(text, draft.anchor))  # "from T−25m until T+1h05m"
            found = find_range_in_prose(text, day=day, zone=draft.zone, year=day.year if day else None, notes=[])
            if found is not None:
                summary.start = found[0]
                summary.end = found[1] if summary.end is None or draft.window_guessed else summary.end
                draft.window_guessed = False
                return
    for text in (preamble, draft.introduction):
        # "1. November 4th -- 16:30 to 18:00 UTC" over "2. November 13th -- …": several periods, one window
        found = listed_periods(text, day=day, zone=draft.zone, year=day.year if day else None) if text else None
        if found is not None:
            (summary.start, summary.end), draft.window_guessed = found, False
            return
    _start_told_alone(draft, preamble, day)
    _window_opening_an_entry(draft)
    if draft.window_guessed:
        window_told_by_the_resolution(draft)


def _start_told_alone(draft: Draft, preamble: str, day: date | None) -> None:
    """A start the opening prose states without an end ("starting at approximately 20:00 UTC"), over one
    guessed from the timeline, when it comes before the end."""
    summary = draft.summary
    for text in (preamble, draft.introduction):
        start = stated_start(text, day=day, zone=draft.zone) if text else None
        if start is not None and (summary.end is None or start < summary.end):
            summary.start = start
            return
    for text in (preamble, draft.introduction):
        # "At 2:00 PM PT on 02-20-2017 Apache stopped running. … fully operational by 2:30 PM PT."
        start = told_start(text, day=day, zone=draft.zone) if text else None
        if start is None:
            continue
        end = told_end(text, day=start.date(), zone=start.tzinfo)
        if end is not None and end > start and (summary.end is None or draft.end_guessed):
            summary.end, draft.end_guessed = end, False
        if summary.end is None or start < summary.end:
            summary.start = start
        return


def _window_opening_an_entry(draft: Draft) -> None:
    """A paragraph read as a timeline entry that opens with the window ("Between 09:42 PDT and 13:17 PDT on
    17 July 2024, customers saw errors"): the start was taken from that entry, and the end is the range's."""
    summary = draft.summary
    for event in draft.timeline[:3]:
        if event.time is None or event.time != summary.start or not RANGE_START.match(event.text):
            continue
        found = find_range_in_prose(event.text, day=event.time.date(), zone=draft.zone, year=None, notes=[])
        if found is not None and found[0] == summary.start:
            summary.end = found[1] if summary.end is None or draft.end_guessed else summary.end
            return
