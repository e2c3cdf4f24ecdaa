"""Reading a Timeline section, in whatever layout it was written.

The section's entries (list items and loose lines) are offered in turn to an
ordered list of recognisers, each of one form: tables with a time column,
one heading per event, day and zone statements, the reference's kind
groups, lines and bullets led by a time. The first to recognise an entry
reads it (and what belongs to it) into the shared ``TimelineContext``; an
entry none of them reads is kept as written. A new layout is a new
recogniser here, and a sample in ``tests/samples``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date, datetime

from app.formats.markdown_read.code_blocks import without_emptied_fences
from app.formats.markdown_read.draft import Draft, EventDraft, Section
from app.formats.markdown_read.outage_parts import document_year, outage_parts
from app.formats.markdown_read.relative_times import stated_anchor
from app.formats.markdown_read.timeline.anchor_marks import marked_anchor
from app.formats.markdown_read.timeline.answered_questions import answered_question
from app.formats.markdown_read.timeline.attached_output import output_apart
from app.formats.markdown_read.timeline.blocks import heading_event, html_timeline_table, timeline_table
from app.formats.markdown_read.timeline.clock_span_headings import clock_span_heading
from app.formats.markdown_read.timeline.context import TimelineContext
from app.formats.markdown_read.timeline.day_labels import day_label
from app.formats.markdown_read.timeline.day_zone_lines import day_or_zone_line
from app.formats.markdown_read.timeline.detail_bullets import details_nested
from app.formats.markdown_read.timeline.kind_labels import kind_labelled_lines
from app.formats.markdown_read.timeline.lines import (
    Entries,
    bullet_event,
    chat_message,
    kind_group,
    kind_heading,
    status_update,
    time_led_paragraph,
)
from app.formats.markdown_read.timeline.milestone_lines import milestone_line
from app.formats.markdown_read.timeline.numbered_clock_lines import numbered_clock_line
from app.formats.markdown_read.timeline.outdented_labels import cut_at_outdented_label
from app.formats.markdown_read.timeline.phase_paragraph_events import phase_paragraph_events
from app.formats.markdown_read.timeline.placeholder_clocks import placeholder_clock_line
from app.formats.markdown_read.timeline.quoted_entries import unquoted_timeline
from app.formats.markdown_read.timeline.rule_lines import rules_apart
from app.formats.markdown_read.timeline.run_in import cut_run_in_entries
from app.formats.markdown_read.timeline.slashed_day_bullets import slashed_day_bullet
from app.formats.markdown_read.timeline.standing_day import standing_day_line
from app.formats.markdown_read.timeline.told_times import date_by_told_times, times_told_inside
from app.formats.markdown_read.timeline.trailing_clocks import trailing_clock_item
from app.formats.markdown_read.timeline.untimed_lines import untimed_entries
from app.formats.markdown_read.timeline.unused_days import keep_unused_day_line
from app.formats.markdown_read.timeline.window_lines import names_the_window, window_line
from app.formats.markdown_read.timeline.wrapped_items import wrapped_items_joined
from app.formats.markdown_read.tokens import Item, heading_of, parse_items
from app.formats.markdown_syntax import outside_fences
from app.model import EventKind
from app.text_pieces import between_pieces
from app.zone_statements import zone_statement

Recogniser = Callable[[TimelineContext, Entries, int], "int | None"]

RECOGNISERS: tuple[Recogniser, ...] = (
    timeline_table,
    html_timeline_table,
    kind_heading,
    clock_span_heading,  # "### 09:10-09:30 UTC" over its timed bullets: their window, not an event
    heading_event,
    standing_day_line,  # "Unless otherwise noted all events happened on 2019-10-21": declines, the line stays
    day_or_zone_line,
    day_label,
    window_line,  # "Start Time: 9 Oct 2023, 06:00" over "End Time: …": the window; its events when nothing else is
    milestone_line,  # "Alert raised: 12 Feb 2025, 14:02 CET": the name, then its time
    answered_question,  # "How was the issue detected?" over "`Monitoring alerted us`"
    kind_group,
    status_update,
    chat_message,
    time_led_paragraph,
    numbered_clock_line,  # "3.1  02:00 — …": a clause number before the clock
    placeholder_clock_line,  # "xx:xx PM January 21, 2026: …": kept, untimed
    slashed_day_bullet,  # "* 11/25" over its day's timed bullets
    trailing_clock_item,  # "4. Support escalates to on-call (12:18)"
    bullet_event,
)


# "1403 text", "**1930** text": a four-digit clock time leading an entry.
_COMPACT_LEAD = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[*_`]{0,2}([01]\d|2[0-3])[0-5]\d(?![\d:])")
_CLOCK_LEAD = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[*_`]{0,2}\d{1,2}:\d{2}")


# "14.03 x", and "kl. 14.03 – x" / "pukul 14.03 x" with the Swedish or Indonesian word for "at" before it.
_DOTTED_LEAD = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?[*_`]{0,2}(?:(?:kl\.?|klockan|pukul)[ \t]+)?([01]?\d|2[0-3])\.[0-5]\d(?![\d.:])",
    re.IGNORECASE,
)


def writes_compact_times(entries: Entries, lead: re.Pattern[str] = _COMPACT_LEAD) -> bool:
    """Whether this timeline writes its clock times as four digits ("1403"), so "1930" is a time, not a year.

    Only when at least two entries lead with such a number and none with a ``14:03`` clock time.
    """
    heads = [entry.head if isinstance(entry, Item) else entry for entry in entries[:2000]]
    compact = sum(1 for head in heads if lead.match(head))
    return compact >= 2 and not any(_CLOCK_LEAD.match(head) for head in heads)


def read_timeline(draft: Draft, section: Section) -> None:
    first_event = len(draft.timeline)
    year = draft.day.year if draft.day else document_year(draft.metadata.title)
    parts = outage_parts(section.lines, year) if draft.other_template else None
    if parts is None:
        ctx = TimelineContext.for_draft(draft)
        _read_part(ctx, section, first_event)
        if draft.other_template:
            ctx.finish(first_event)
        return
    # "### Outage 1 — Monday 3 February" then "### Outage 2 — Wednesday 5 February": each part's entries on
    # the day its heading names, the window from the first part's start to the last one's end.
    before, outages = parts
    ctx = TimelineContext.for_draft(draft)
    _read_part(ctx, Section(section.heading, before, section.position, section.level), first_event)
    last_part = first_event
    for outage in outages:
        ctx.set_day(outage.day)
        ctx.leftover = []
        # The part's heading is an untimed note before its entries: "Outage 1" is the writer's, not only its day.
        draft.timeline.append(EventDraft(EventKind.NOTE, None, outage.title, False, False))
        last_part = len(draft.timeline)
        part = Section(outage.title, outage.lines, section.position, section.level + 1)
        _read_part(ctx, part, last_part, day=outage.day)
    end_stated = draft.summary.end
    ctx.finish(first_event)
    _last_outage_end(draft, last_part, end_stated)


def _last_outage_end(draft: Draft, last_part: int, end_stated: datetime | None) -> None:
    """The window of several outages ends with the last one: its last resolution, else its last timed entry
    (the end read from the entries may be the first outage's)."""
    if end_stated is not None:
        return
    timed = [event for event in draft.timeline[last_part:] if event.time is not None and event.has_clock]
    resolved = [event.time for event in timed if event.kind is EventKind.RESOLUTION]
    end = resolved[-1] if resolved else timed[-1].time if timed else None
    start = draft.summary.start
    if end is not None and (start is None or end > start) and (draft.summary.end is None or end > draft.summary.end):
        draft.summary.end = end
        draft.window_guessed = draft.end_guessed = True


def _read_part(ctx: TimelineContext, section: Section, first_event: int, *, day: date | None = None) -> None:
    """Read ``section``'s entries into the timeline; what none of them reads is kept as written."""
    draft = ctx.draft
    if draft.other_template and phase_paragraph_events(ctx, section):
        return  # "### Alert", "### Investigation", "### Mitigation" over paragraphs: an event each
    lines = section.lines
    if draft.other_template:
        # Entries run into one paragraph, then "Detection Time: …" over "Detection Method: …" and "Actions
        # Taken:" over its list: the kind groups they name.
        # (The writer's own bullets under a timed line are its details, before labels are made bullets.)
        lines = details_nested(unquoted_timeline(lines))  # "**02:22** - Ran the apply" over its untimed bullets
        lines = kind_labelled_lines(cut_run_in_entries(lines))  # "> 9:00 AM: …" lines too
        lines = rules_apart(lines)  # "-----" drawn right under the last entry: no words of it
        lines, attached = output_apart(lines)  # a log pasted under "- **18:59** First redis error": kept
    else:
        attached = []
    entries = parse_items(lines)
    if draft.other_template:
        # "Main cause:" flush left under the indented bullets: the part it names, kept as written.
        entries, label, after_label = cut_at_outdented_label(entries)
        entries = wrapped_items_joined(entries)  # "- 8:20 am: … after sending" over "- a request."
        if label:
            draft.keep(Section(label, after_label, section.position, section.level), after_label, whole=True)
        ctx.zone = draft.stated_zone(zone_statement(section.heading)) or ctx.zone  # "Timeline (times in BST)"
        ctx.compact = writes_compact_times(entries)
        ctx.dotted = writes_compact_times(entries, _DOTTED_LEAD)
        # The section's own statement first; else where the document states it (the Issue Summary, the header).
        ctx.anchor = stated_anchor(section.lines[:200], day=day or ctx.day, zone=ctx.zone) or draft.anchor
        # Else an entry marked as the zero: "09:14 (T+0) — broker restarted" over "T+3m — …".
        ctx.anchor = ctx.anchor or marked_anchor(section.lines[:200], day=day or ctx.day, zone=ctx.zone)
    ctx.read_nested = lambda nested: _read_entries(ctx, nested)
    _read_entries(ctx, entries)
    keep_unused_day_line(ctx)  # "### 21 December 2016" over entries that write no time
    if draft.other_template:
        _read_as_story(ctx, section, first_event)
        # The part's first paragraph, when no entry read it: "The issue was detected at 11 a.m by a customer."
        opening = _paragraphs(section.lines)[:1]
        opening = opening if opening == _paragraphs(ctx.leftover)[:1] else []
        if times_told_inside(ctx, first_event, opening[0].split("\n") if opening else []):
            lines = ctx.leftover
            start = next(at for at, line in enumerate(lines) if line.strip())
            ctx.leftover = lines[start + opening[0].count("\n") + 1 :]  # an entry now, no longer kept as text
        _oldest_first(draft, first_event)
        window_only = all(names_the_window(event.text) for event in draft.timeline[first_event:])
        if window_only and any(line.strip() for line in ctx.leftover) and day is None:
            # Nothing here reads as an event (or only the window's "Start Time:" and "End Time:" lines): the
            # text (paragraphs, a table) stays in the Timeline, as untimed notes, rather than beside an empty
            # one under a second "Timeline" heading.
            for text, kind in untimed_entries(_paragraphs(ctx.leftover)):
                between_pieces()  # 20,000 undated "[10:04] priya: …" lines are an entry each
                ctx.add(None, text, kind)
            date_by_told_times(ctx, first_event)  # "Detected at Nov 1, 2022 6:00 AM" over untimed steps
            return
    if attached:
        while ctx.leftover and not ctx.leftover[-1].strip():
            ctx.leftover.pop()
        ctx.leftover.extend(["", *attached] if ctx.leftover else attached)
    # (Another tool's timeline in a ``` block leaves its fence marks; our own format never writes one there.)
    draft.keep(section, without_emptied_fences(ctx.leftover) if draft.other_template else ctx.leftover)


def _read_as_story(ctx: TimelineContext, section: Section, first_event: int) -> None:
    """A section told in sentences, its times inside them ("At quarter past two the first ticket came in"),
    read as one event per timed sentence, when reading it entry by entry found no clock time at all, or
    left paragraphs that tell one: a story whose paragraphs only sometimes open with their time ("At 02:40
    UTC the warning …", then "The disk filled at 04:17 …", "Nine minutes later, at 04:26, …") is one story,
    not a few time-led entries beside a second "Timeline" of the rest."""
    # Imported here: prose_timeline reads kinds from this package, which would import it back half-made.
    from app.formats.markdown_read.prose_timeline import story_events, tells_a_time

    draft = ctx.draft
    read = draft.timeline[first_event:]
    clocked = [event for event in read if event.time is not None and event.has_clock]
    day = next((event.time.date() for event in read if event.time is not None), None) or ctx.day
    if day is None:
        return
    if clocked and not tells_a_time(_paragraphs(ctx.leftover), day, ctx.zone):
        return
    told = story_events(_paragraphs(section.lines), day, ctx.zone, stated_start=draft.summary.start)
    if told and len(told) > len(clocked):
        draft.timeline[first_event:] = told
        ctx.leftover = []


def _oldest_first(draft: Draft, first_event: int) -> None:
    """A timeline written newest first (a status page's updates, a log) reads oldest first, as the
    rest of the document and every other timeline does; the user is told."""
    events = draft.timeline[first_event:]
    times = [event.time for event in events]
    if len(events) < 3 or any(time is None for time in times):  # two may just be a slip
        return
    if all(later < earlier for earlier, later in itertools.pairwise(times)):  # type: ignore[operator]
        draft.timeline[first_event:] = events[::-1]
        draft.notes.append(f"The timeline was written newest first: its {len(events)} entries now read oldest first.")


def _read_entries(ctx: TimelineContext, entries: Entries) -> None:
    """Offer each entry to the recognisers in turn; one none of them reads is kept as written."""
    index = 0
    while index < len(entries):
        between_pieces()  # an entry takes about half a millisecond to read: 20,000 of them 10 s
        entry = entries[index]
        if isinstance(entry, str) and not entry.strip():
            if ctx.leftover and ctx.leftover[-1].strip():
                ctx.leftover.append("")  # Paragraphs kept as text keep the blank line between them.
            index += 1
            continue
        for recognise in RECOGNISERS:
            after = recognise(ctx, entries, index)
            if after is not None:
                _back_to_the_standing_day(ctx, recognise)
                index = after
                break
        else:
            if isinstance(entry, str) and heading_of(entry):
                ctx.kind = None  # "### Our thoughts" ends the "### Detection" group above it.
            ctx.leftover.extend(entry.raw if not isinstance(entry, str) else [entry])
            index += 1


def _back_to_the_standing_day(ctx: TimelineContext, recognise: Recogniser) -> None:
    """After an entry that wrote its own date, the next ones are on the day stated for all of them; a line
    naming a new day (a day heading) ends that statement."""
    if recognise in (day_or_zone_line, day_label):
        ctx.standing_day = None
    elif ctx.standing_day is not None:
        ctx.day = ctx.standing_day


def _paragraphs(lines: list[str]) -> list[str]:
    """Blocks of ``lines`` separated by blank lines (outside code fences), as written."""
    blocks: list[list[str]] = [[]]
    for line, outside in zip(lines, outside_fences(lines), strict=True):
        if outside and not line.strip():
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return ["\n".join(block) for block in blocks if block]
