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
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.formats.markdown_read.draft import Draft, EventDraft
from app.model import EventKind
from app.said_times import clock_said, says_a_clock
from app.timeparse import read


def guess_kind(text: str) -> EventKind:
    """``timeline.kinds.guess_kind``, imported by the first document with a timed sentence: importing it
    loads the timeline's readers, which a document without a timeline or times never needs."""
    from app.formats.markdown_read.timeline.kinds import guess_kind as guess

    return guess(text)


# A sentence ends at ". ", "! " or "? " before a capital letter or a digit.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
# Two timed clauses in one sentence: "..., and error rates returned to normal by 11:29".
_CLAUSE_JOIN = re.compile(r",?\s+and\s+|;\s+")
# Where a time is told in a sentence: at its start, or after "at", "by", "around", "until", "since".
_TIME_CUE = re.compile(
    r"(?:^|\b(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Uu]ntil|[Ss]ince|[Aa]pproximately)\s+)"
    r"(?=[*_`]{0,2}\d{1,2}(?::\d{2}|\s?[ap]\.?m\b))",  # "**21:10** The queue …": in bold too
)
# "from 09:12 to 11:29", "between 14:02 and 15:10": the window, not an event.
_RANGE = re.compile(
    r"\b(?:from|between)\s+\d{1,2}(?::\d{2})?(?:\s+\S+){0,3}?\s+(?:to|and|until|through|-|–)\s+\d", re.IGNORECASE
)
_LONGEST_SENTENCE = 2000
"""Longer runs of text are not sentences a timeline is told in; they are not searched for times."""
_NOT_PROSE = ("|", "```", "~~~", "<", "#")
# A story of an incident is told in its first pages: past this many characters of prose (a 60 MB
# Introduction) the search for timed sentences stops, so that such a file still opens in seconds.
_PROSE_SEARCHED = 400_000
_DIGIT = re.compile(r"\d")
# The words a said time follows in a story: "At quarter past two", "by twenty past three", "at about ten past two".
# "Just after three o'clock", "a little before four": a time said near an hour is told at that hour.
_NEAR = r"(?:just|shortly|a little|a bit|right|soon|not long)\s+(?:after|before|past)"
_SAID_CUE = re.compile(rf"(?:^|\b(?:at|by|around|about|until|since|approximately|{_NEAR}))\s*$", re.IGNORECASE)


def _written_time(clause: str, day: date | None, zone: tzinfo | None) -> datetime | None:
    for cue in _TIME_CUE.finditer(clause):
        reading = read(clause[cue.end() :], default_date=day, default_zone=zone, default_year=day.year if day else None)
        if reading is not None and reading.has_time:
            return reading.moment
    return None


def _said_time(
    clause: str, day: date | None, zone: tzinfo | None, found: list[EventDraft], before: datetime | None = None
) -> datetime | None:
    """A clock time told in words after "at", "by", "around" ("At ten to three Dana paged Viktor").

    Without "am" or "pm" the hour is the first such one after the story's last time (or ``before``, for its
    first): a story is told in order.
    """
    if day is None:
        return None
    previous = found[-1].time if found else before
    said = clock_said(clause, previous)
    if said is None or not _SAID_CUE.search(clause[: said[0]]):
        said = _hour_alone(clause, previous)
        if said is None:
            return None
    _start, _end, hour, minute = said
    if _NEXT_MORNING.search(clause):
        if day >= date.max:
            return None  # no next morning after 31 December 9999
        day, previous = day + timedelta(days=1), None  # "The next morning at nine"
        hour = hour - 12 if hour > 12 else hour
    moment = datetime.combine(day, time(hour, minute), tzinfo=zone or UTC)
    # previous - moment, not moment < previous - 12 h: an hour before 1 January of year 1 cannot be made.
    if previous is not None and previous.date() == day and previous - moment > timedelta(hours=12):
        try:
            moment += timedelta(days=1)  # past midnight in the story
        except OverflowError:
            return None  # past 31 December 9999
    return moment


def _a_little_before(start: datetime) -> datetime:
    """Where a story's first said hour is looked for from: a little before the window it tells of starts, so
    that a step taken shortly before it (a deploy) is on the same side of noon."""
    try:
        return start - timedelta(hours=3)
    except OverflowError:  # a window on the first day of the calendar
        return start


_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
# "The next morning at nine, Viktor and I ...": an hour word alone after a cue, only before a comma or the
# sentence's end ("at one of our partners" is no time).
# Or before the sentence's subject: "A little before four we restarted Gunicorn", "at two Zainab called".
_HOUR_ALONE = re.compile(
    rf"\b(?:at|by|around|about|{_NEAR})\s+(?:(?:about|around)\s+)?(?P<hour>{'|'.join(_HOURS)})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:I|we|he|she|they|the|our|my|everyone|everything|someone|nobody"
    r"|(?-i:[A-Z][a-z]+(?<!Of)(?<!And)))\b)",
    re.IGNORECASE,
)
_NEXT_MORNING = re.compile(r"\b(?:next|following)\s+(?:morning|day)\b|\bthe\s+morning\s+after\b", re.IGNORECASE)


def _hour_alone(clause: str, previous: datetime | None) -> tuple[int, int, int, int] | None:
    """An hour said alone ("at nine,"), on the 24-hour clock as the story goes on from ``previous``."""
    found = _HOUR_ALONE.search(clause[:_LONGEST_SENTENCE])
    if found is None:
        return None
    hour = _HOURS.index(found.group("hour").lower()) + 1
    morning, evening = hour % 12, hour % 12 + 12
    if previous is not None:
        chosen = min((morning, evening), key=lambda candidate: (candidate - previous.hour) % 24)
    else:
        chosen = evening if 1 <= hour <= 6 else morning
    return found.start(), found.end(), chosen, 0


_MOST_LINES_ASKED = 2000


def timed_sentences(lines: list[str]) -> int:
    """How many times ``lines`` tell after a cue ("at 09:49", "by 13:17"), the window's range not counted."""
    count = 0
    for line in lines[:_MOST_LINES_ASKED]:
        line = line[:_LONGEST_SENTENCE]
        if not _DIGIT.search(line):
            continue
        count += sum(1 for _ in _TIME_CUE.finditer(line)) - sum(1 for _ in _RANGE.finditer(line))
    return count


def says_a_time(lines: list[str]) -> bool:
    """Whether any of ``lines`` says a clock time in words ("ten to three", "at nine,")."""
    for line in lines[:_MOST_LINES_ASKED]:
        line = line[:_LONGEST_SENTENCE]
        if clock_said(line) is not None or _HOUR_ALONE.search(line):
            return True
    return False


def timeline_from_prose(draft: Draft, texts: list[str]) -> None:
    """Add an event for each timed clause of ``texts``, in time order (those without a day are skipped)."""
    day = draft.day or (draft.summary.start.date() if draft.summary.start else None)
    # The zone the document states, else the one its window was told in ("from 18:40 to 22:50 US/Pacific").
    zone = draft.zone or (draft.summary.start.tzinfo if draft.summary.start else None)
    found: list[EventDraft] = []
    budget = _PROSE_SEARCHED
    for text in texts:
        text, budget = text[:budget], budget - min(len(text), budget)
        for paragraph in text.split("\n\n"):
            if paragraph.lstrip().startswith(_NOT_PROSE) or not (_DIGIT.search(paragraph) or says_a_clock(paragraph)):
                continue
            if (update := _status_update(paragraph, draft)) is not None:
                found.append(update)
                continue
            for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
                if len(sentence) > _LONGEST_SENTENCE or _RANGE.search(sentence):
                    continue
                # "On Wednesday 21 August, at around 2pm, ...": the sentence's own day for its time.
                said = _day_said(sentence, day)
                told = len(found)
                for clause in _clauses(sentence):
                    moment = _written_time(clause, said or day, zone) or _said_time(clause, said or day, zone, found)
                    if moment is not None:
                        text = clause.strip().rstrip(",;")
                        found.append(EventDraft(guess_kind(text), moment, text, kind_guessed=True))
                if said is not None and len(found) > told:
                    day = said  # and the story goes on from that day (a date in an untimed sentence may be a plan)
                if len(found) > told and day is not None and found[-1].time.date() > day:  # type: ignore[union-attr]
                    day = found[-1].time.date()  # type: ignore[union-attr]  # "The next morning at nine": on from then
    found.sort(key=lambda event: event.time)  # type: ignore[arg-type, return-value]
    draft.timeline.extend(found)


# A paragraph that is a list, a table, a fence or a heading: a section holding one is not told as a story.
_NOT_STORY = re.compile(r"\s*(?:[-*+](?=\s)|---|\*\*\*|___|[|#<]|```|~~~|\d{1,3}[.)]\s)")  # a bullet, not "**21:10** …"


def tells_a_time(paragraphs: list[str], day: date, zone: tzinfo | None) -> bool:
    """Whether a sentence of ``paragraphs`` (prose, not a list or a table) tells a time, in digits or words."""
    budget = _PROSE_SEARCHED
    for paragraph in paragraphs:
        if _NOT_STORY.match(paragraph) or budget <= 0:
            continue
        budget -= len(paragraph)
        for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
            if len(sentence) > _LONGEST_SENTENCE or _RANGE.search(sentence):
                continue
            if _written_time(sentence, day, zone) or _said_time(sentence, day, zone, []):
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
    budget = _PROSE_SEARCHED
    for paragraph in paragraphs:
        if _NOT_STORY.match(paragraph) or budget <= 0:
            return []
        budget -= len(paragraph)
        for sentence in _story_clauses(_SENTENCE_END.split(" ".join(paragraph.split()))):
            moment = None
            if len(sentence) <= _LONGEST_SENTENCE and not _RANGE.search(sentence):
                moment = _written_time(sentence, day, zone) or _said_time(
                    sentence, day, zone, events, _a_little_before(stated_start) if stated_start and not events else None
                )
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


# Between two clauses of a story's sentence that each tell a time: "dropped the slot at 05:16; writes resumed
# at 05:19", "restarted it at 10:40, and at 10:55 the errors stopped"; or a relative clause that goes on to
# what the others did: "escalated at 11:15 to the network team, who found the loop at 11:38". The mark stays
# with the first clause.
_STORY_CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=,)\s+(?=(?:and|who|which)\s)")


def _story_clauses(sentences: list[str]) -> list[str]:
    """The sentences, each cut where it goes on to tell a second time (every word kept, in order)."""
    clauses: list[str] = []
    for sentence in sentences:
        if len(sentence) > _LONGEST_SENTENCE or len(_TIME_CUE.findall(sentence)) < 2:
            clauses.append(sentence)
            continue
        current = ""
        for part in _STORY_CLAUSE_END.split(sentence):
            if current and _TIME_CUE.search(current) and _TIME_CUE.search(part):
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
    timed = [part for part in parts if _TIME_CUE.search(part)]
    if len(timed) <= 1:
        return [sentence]
    clauses: list[str] = []
    for part in timed:
        pieces = part.split(", ")
        told = [piece for piece in pieces if _TIME_CUE.search(piece)]
        clauses.extend(_joined_to_times(pieces) if len(told) > 1 else [part])
    return clauses


def _joined_to_times(pieces: list[str]) -> list[str]:
    """Comma-separated pieces joined back into runs that each end with the piece telling their time."""
    runs: list[str] = []
    current: list[str] = []
    for piece in pieces:
        current.append(piece)
        if _TIME_CUE.search(piece):
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
