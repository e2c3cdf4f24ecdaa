"""A timeline from prose, for reports that tell their incident in sentences and have no timeline section.

Cloud providers' incident reports often read "Engineers were alerted at 09:12
US/Pacific. At 09:40, engineers correlated the errors with the release. The
rollback completed at 11:20, and error rates returned to normal by 11:29."
A careful reader makes one event of each timed clause; so does this, but only
for a document whose timeline is otherwise empty. The prose stays where it is:
the events quote it.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta, tzinfo

from app.formats.markdown_read.draft import Draft, EventDraft
from app.formats.markdown_read.prose_clock import (
    HOUR_ALONE,
    LONGEST_SENTENCE,
    NOON,
    PROSE_SEARCHED,
    TIME_CUE,
    a_little_before,
    on_the_12_hour_dial,
    said_time,
    written_time,
)
from app.formats.markdown_read.prose_days import day_named
from app.formats.markdown_read.relative_times import opening_step, stepped, steps_in
from app.model import EventKind
from app.said_times import clock_said, says_a_clock
from app.timeparse import read


def guess_kind(text: str) -> EventKind:
    """``timeline.kinds.guess_kind``, imported by the first document with a timed sentence: importing it
    loads the timeline's readers, which a document without a timeline or times never needs."""
    from app.formats.markdown_read.timeline.kinds import guess_kind as guess

    return guess(text)


# A sentence ends at ". ", "! " or "? " before a capital letter or a digit.
# (Not "3 a.m. Eastern", "at 4:19 p.m. PDT": the zone after the clock's mark is still the sentence's.)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![ap]\.m\.)\s+(?=[A-Z0-9])"
    r"|(?<=[ap]\.m\.)\s+(?=[A-Z0-9])(?!(?:Eastern|Central|Mountain|Pacific|Atlantic|UTC|GMT|[ECMPA][SD]T)\b)"
)
# Two timed clauses in one sentence: "..., and error rates returned to normal by 11:29".
_CLAUSE_JOIN = re.compile(r",?\s+and\s+|;\s+")
# "from 09:12 to 11:29", "between 14:02 and 15:10": the window, not an event.
_RANGE = re.compile(
    r"\b(?:from|between)\s+\d{1,2}(?::\d{2})?(?:\s+\S+){0,3}?\s+(?:to|and|until|through|-|–)\s+\d", re.IGNORECASE
)
_NOT_PROSE = ("|", "```", "~~~", "<", "#")
_DIGIT = re.compile(r"\d")
_MOST_LINES_ASKED = 2000


def timed_sentences(lines: list[str]) -> int:
    """How many times ``lines`` tell after a cue ("at 09:49", "by 13:17"), the window's range not counted."""
    count = 0
    for line in lines[:_MOST_LINES_ASKED]:
        line = line[:LONGEST_SENTENCE]
        if not _DIGIT.search(line):
            continue
        count += sum(1 for _ in TIME_CUE.finditer(line)) - sum(1 for _ in _RANGE.finditer(line))
    return count


def says_a_time(lines: list[str]) -> bool:
    """Whether any of ``lines`` says a clock time in words ("ten to three", "at nine,")."""
    for line in lines[:_MOST_LINES_ASKED]:
        line = line[:LONGEST_SENTENCE]
        if clock_said(line) is not None or HOUR_ALONE.search(line):
            return True
    return False


# The words of a wrong lead, before its kind is guessed in full: "thought", "suspected", "assumed", "blamed".
_LEAD_WORDS = re.compile(r"\b(?:thought|suspected|assumed|believed|blamed|suspicion|red herring|wrong)\b", re.I)


def _misled(sentence: str) -> bool:
    """Whether an untimed sentence tells a wrong lead the responders followed."""
    return _LEAD_WORDS.search(sentence) is not None and guess_kind(sentence) is EventKind.MISLEADING


def timeline_from_prose(draft: Draft, texts: list[str]) -> None:
    """Add an event for each timed clause of ``texts``, as the story tells them (those without a day are
    skipped): each text's events in their written order, the texts' runs of events by their first time."""
    day = draft.day or (draft.summary.start.date() if draft.summary.start else None)
    # The zone the document states, else the one its window was told in ("from 18:40 to 22:50 US/Pacific").
    zone = draft.zone or (draft.summary.start.tzinfo if draft.summary.start else None)
    twelve = on_the_12_hour_dial(texts)
    found: list[EventDraft] = []
    run_starts: list[int] = []  # where each text's events begin in ``found``
    updates: set[int] = set()  # the status updates' events, by id
    budget = PROSE_SEARCHED
    for text in texts:
        text, budget = text[:budget], budget - min(len(text), budget)
        run_starts.append(len(found))
        for paragraph in text.split("\n\n"):
            if paragraph.lstrip().startswith(_NOT_PROSE) or not (
                _DIGIT.search(paragraph) or says_a_clock(paragraph) or NOON.search(paragraph)
            ):
                continue
            if (update := _status_update(paragraph, draft)) is not None:
                found.append(update)
                updates.add(id(update))
                continue
            for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
                if len(sentence) > LONGEST_SENTENCE or _RANGE.search(sentence):
                    continue
                # "On Wednesday 21 August, at around 2pm, ...": the sentence's own day for its time.
                said = _day_said(sentence, day)
                told = len(found)
                for clause, step in _with_steps(_clauses(sentence)):
                    # The text's last time: the texts are not in the document's order (the root cause's
                    # "at 11:02" before the kept story's "at 10:05"), each counts on from its own.
                    timed = (event.time for event in reversed(found[run_starts[-1] :]) if event.time is not None)
                    previous = next(timed, None)
                    if step is not None:  # "Twenty minutes later, …": counted from the text's event before
                        moment = stepped(previous, step)
                    else:
                        moment = written_time(clause, said or day, zone, previous, twelve) or said_time(
                            clause, said or day, zone, found
                        )
                    if moment is not None:
                        text = clause.strip().rstrip(",;")
                        found.append(EventDraft(guess_kind(text), moment, text, kind_guessed=True))
                if len(found) == told and len(found) > run_starts[-1] and _misled(sentence):
                    # "Callum first thought the Wi-Fi was at fault": a wrong lead between two timed steps is part
                    # of the story a reader tells, its time untold.
                    found.append(EventDraft(EventKind.MISLEADING, None, sentence, kind_guessed=True))
                if said is not None and len(found) > told:
                    day = said  # and the story goes on from that day (a date in an untimed sentence may be a plan)
                last = found[-1].time if len(found) > told else None
                if last is not None and day is not None and last.date() > day:
                    day = last.date()  # "The next morning at nine": on from then
    events = _in_written_order(found, run_starts, updates, draft)
    draft.timeline.extend(events)
    _story_start(draft, events)


# A story telling where the incident began: "It started around 2pm, when ...", "The outage began at 09:40",
# "Around noon the print server stopped taking jobs", "the wiki went down". Not what the responders stopped
# ("we stopped sending invoices").
_ONSET = re.compile(
    r"\b(?:it|this|things|everything|the\s+(?:incident|outage|problem|trouble|issue|impact|disruption|errors?|failures?))"
    r"\s+(?:all\s+)?(?:started|began|kicked\s+off)\b"
    r"|(?<!\bwe\s)(?<!\bI\s)(?<!\bthey\s)\bstopped\s+(?:taking|accepting|serving|sending|processing|printing"
    r"|answering|responding|working|loading|syncing|running)\b"
    r"|\bwent\s+(?:down|offline|dark)\b",
    re.IGNORECASE,
)


def _story_start(draft: Draft, events: list[EventDraft]) -> None:
    """The incident's start, when nothing stated it, from the first event that tells it began (a guess: a
    window the document states wins). The timeline's own guess (its first impact or detection) when earlier."""
    if draft.summary.start is not None:
        return
    timed = [event for event in events if event.time is not None]
    if not timed:
        return
    onset = next((event.time for event in timed if _ONSET.search(event.text[:LONGEST_SENTENCE])), None)
    from app.formats.markdown_read.timeline.window_marks import first_onset  # loaded with the timeline's readers

    seen = first_onset(timed)
    if onset is None:
        # "At 9:37 AM a command removed too many servers … By 1:54 PM the service was operating normally": a story
        # told from its first moment to its recovery starts there, when no sentence says where it began.
        told_to_its_end = any(event.kind is EventKind.RESOLUTION for event in timed[1:])
        onset = seen or (timed[0].time if told_to_its_end else None)
        if onset is None:
            return
    draft.summary.start = min(onset, seen) if seen is not None else onset
    draft.window_guessed = True


def _in_written_order(
    found: list[EventDraft], run_starts: list[int], updates: set[int], draft: Draft
) -> list[EventDraft]:
    """The events as the texts tell them: a story is never re-sorted (where its times disagree with its
    order, validation says so). The texts' runs (the introduction's, the root cause's, an extra section's:
    their places in the document are not kept) go by their first times. A run written newest first (three
    or more events, or status updates, each dated under its text) reads oldest first, as a timeline
    section's does, and the user is told."""
    runs = [found[start:end] for start, end in itertools.pairwise([*run_starts, len(found)]) if end > start]
    for number, run in enumerate(runs):
        times = [event.time for event in run if event.time is not None]  # (a wrong lead's time is untold)
        newest_first = all(later < earlier for earlier, later in itertools.pairwise(times))  # type: ignore[operator]
        if newest_first and (len(run) >= 3 or (len(run) == 2 and all(id(event) in updates for event in run))):
            runs[number] = run[::-1]
            draft.notes.append(f"The text was written newest first: its {len(run)} events now read oldest first.")
    runs.sort(key=lambda run: run[0].time)  # type: ignore[arg-type, return-value]
    return [event for run in runs for event in run]


# A paragraph that is a list, a table, a fence or a heading: a section holding one is not told as a story.
_NOT_STORY = re.compile(r"\s*(?:[-*+](?=\s)|---|\*\*\*|___|[|#<]|```|~~~|\d{1,3}[.)]\s)")  # a bullet, not "**21:10** …"


def tells_a_time(paragraphs: list[str], day: date, zone: tzinfo | None) -> bool:
    """Whether a sentence of ``paragraphs`` (prose, not a list or a table) tells a time, in digits or words."""
    budget = PROSE_SEARCHED
    for paragraph in paragraphs:
        if _NOT_STORY.match(paragraph) or budget <= 0:
            continue
        budget -= len(paragraph)
        for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
            if len(sentence) > LONGEST_SENTENCE or _RANGE.search(sentence):
                continue
            if written_time(sentence, day, zone) or said_time(sentence, day, zone, []):
                return True
    return False


def story_events(
    paragraphs: list[str], day: date, zone: tzinfo | None, *, stated_start: datetime | None = None
) -> list[EventDraft]:
    """A timeline section told as a story ("At quarter past two the first ticket came in. By half past two
    there were forty."): an event for each sentence that tells a time, holding the sentences after it up to
    the next one, so that no word is left out. Empty when fewer than two sentences tell a time, or when a
    paragraph is a list or a table (then the section is not a story, and is read as it is). An hour said
    without am or pm is the first after the one before it; the first one, the nearest to ``stated_start``
    (the window the summary states: "from a quarter past nine in the evening"), when there is one."""
    events: list[EventDraft] = []
    before_first: list[str] = []
    budget = PROSE_SEARCHED
    twelve = on_the_12_hour_dial(paragraphs)
    for paragraph in paragraphs:
        if _NOT_STORY.match(paragraph) or budget <= 0:
            return []
        budget -= len(paragraph)
        for sentence, step in _with_steps(_story_clauses(_SENTENCE_END.split(" ".join(paragraph.split())))):
            moment = None
            if step is not None and events:
                moment = stepped(events[-1].time, step)  # "Twenty minutes later, …": from the event before
            elif len(sentence) <= LONGEST_SENTENCE and not _RANGE.search(sentence):
                before = a_little_before(stated_start) if stated_start and not events else None
                moment, day = _story_time(sentence, day, zone, events, before, twelve)
            if moment is not None:
                events.append(EventDraft(guess_kind(sentence), moment, sentence, kind_guessed=True))
            elif events:
                events[-1].text += " " + sentence
            else:
                before_first.append(sentence)
    if len(events) < 2:
        return []
    if before_first:
        events[0].text = " ".join([*before_first, events[0].text])
    for event in events:  # each read whole, the sentences after its time with it ("… I was convinced that …")
        event.kind = guess_kind(event.text)
    return events


def _story_time(
    sentence: str, day: date, zone: tzinfo | None, events: list[EventDraft], before: datetime | None, twelve: bool
) -> tuple[datetime | None, date]:
    """The time ``sentence`` tells, and the story's day after it. A sentence naming its day ("On Monday March 4
    at 08:30", "The next morning at 08:30", "On Tuesday, 09:10") puts its time, and the times told after it, on
    that day; a time told without one is on the story's day, past midnight when it is hours before the last."""
    previous = events[-1].time if events else before
    named = day_named(sentence, day, previous)
    on = named.day if named is not None else day
    moment = written_time(sentence, on, zone, previous, twelve)
    if moment is None and named is not None and named.rest:
        moment = written_time(sentence[named.rest :], on, zone, previous, twelve)  # "On Tuesday, 09:10, …"
    if moment is None:  # said in words: "The next morning at nine" is counted from the story's day by itself
        moment = said_time(sentence, day if named is not None and named.relative else on, zone, events, before)
    elif named is None and previous is not None and previous - moment > _HALF_A_DAY:
        moment = stepped(moment, timedelta(days=1)) or moment  # "Later that night, at 23:10", then "At 00:20"
    if moment is None:
        return None, day
    return moment, max(on if named is not None else day, moment.date())


_HALF_A_DAY = timedelta(hours=12)


def _with_steps(clauses: list[str]) -> list[tuple[str, timedelta | None]]:
    """The clauses, each cut where it goes on to a step counted from the one before ("… at 14:05. Twenty
    minutes later, …", "…, and about ten minutes later …"): each piece with its step, ``None`` for none."""
    pieces: list[tuple[str, timedelta | None]] = []
    for clause in clauses:
        first, steps = steps_in(clause)
        if first.strip():
            pieces.append((first, opening_step(first)))
        pieces.extend(steps)
    return pieces


# Between two clauses of a story's sentence that each tell a time: "dropped the slot at 05:16; writes resumed
# at 05:19", "restarted it at 10:40, and at 10:55 the errors stopped"; or a relative clause that goes on to
# what the others did: "escalated at 11:15 to the network team, who found the loop at 11:38". The mark stays
# with the first clause.
_STORY_CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=,)\s+(?=(?:and|who|which)\s)")


def _story_clauses(sentences: list[str]) -> list[str]:
    """The sentences, each cut where it goes on to tell a second time (every word kept, in order)."""
    clauses: list[str] = []
    for sentence in sentences:
        if len(sentence) > LONGEST_SENTENCE or len(TIME_CUE.findall(sentence)) < 2:
            clauses.append(sentence)
            continue
        current = ""
        for part in _STORY_CLAUSE_END.split(sentence):
            if current and TIME_CUE.search(current) and TIME_CUE.search(part):
                clauses.append(current)
                current = part
            else:
                current = f"{current} {part}" if current else part
        clauses.append(current)
    return clauses


# A status page's update, as copied into a report: "**Resolved** - text" then "Posted Mar 03, 2022 - 14:12 UTC".
_POSTED = re.compile(r"(?:Posted|Updated)[ \t]+(?:on[ \t]+|at[ \t]+)?(?P<when>[^\n]{6,60})", re.IGNORECASE)
_STATUS_WORD = re.compile(r"[*_]{0,2}(?P<word>[A-Za-z][A-Za-z ]{2,20}?)[*_]{0,2}[ \t]*[-–—:]")


def _status_update(paragraph: str, draft: Draft) -> EventDraft | None:
    """A status page's update block as one event at its "Posted" time (None when the paragraph is not one)."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    posted = _POSTED.fullmatch(lines[-1]) if len(lines) >= 2 else None
    if posted is None:
        return None
    when = posted.group("when").replace(" - ", " ")  # "Mar 03, 2022 - 14:12 UTC"
    reading = read(when, default_date=draft.day, default_zone=draft.zone, whole=True)
    if reading is None or not reading.has_time:
        return None
    from app.formats.markdown_read.status_words import STATUS_KINDS

    text = " ".join(lines[:-1])
    status = _STATUS_WORD.match(text)
    kind = STATUS_KINDS.get(status.group("word").strip().lower()) if status else None
    return EventDraft(kind or guess_kind(text), reading.moment, text, kind_guessed=kind is None)


def _clauses(sentence: str) -> list[str]:
    """The sentence, or its clauses when more than one of them tells a time.

    A clause that tells two times is cut again at its commas ("noticed the red
    builds at 10:40, renewed the certificate by hand at 10:55").
    """
    parts = _CLAUSE_JOIN.split(sentence)
    timed = [part for part in parts if TIME_CUE.search(part)]
    if len(timed) <= 1:
        return [sentence]
    clauses: list[str] = []
    for part in timed:
        pieces = part.split(", ")
        told = [piece for piece in pieces if TIME_CUE.search(piece)]
        clauses.extend(_joined_to_times(pieces) if len(told) > 1 else [part])
    return clauses


def _joined_to_times(pieces: list[str]) -> list[str]:
    """Comma-separated pieces joined back into runs that each end with the piece telling their time."""
    runs: list[str] = []
    current: list[str] = []
    for piece in pieces:
        current.append(piece)
        if TIME_CUE.search(piece):
            runs.append(", ".join(current))
            current = []
    if current:
        runs[-1] = ", ".join([runs[-1], *current])
    return runs


_ON_A_DAY = re.compile(r"\b[Oo]n[ \t]+(?=\S)")


def _day_said(sentence: str, day: date | None) -> date | None:
    """The day a sentence names after "on" ("On Wednesday 21 August, at 2pm, ..."), or ``None``."""
    for found in itertools.islice(_ON_A_DAY.finditer(sentence[:300]), 3):
        reading = read(sentence[found.end() :], date_only_ok=True, default_year=day.year if day else None)
        if reading is not None and reading.has_date:
            return reading.moment.date()
    return None
