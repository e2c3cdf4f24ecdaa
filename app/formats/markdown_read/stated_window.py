"""The incident's window as the summary states it in one sentence: a start word before one time, an end word
before a later one.

"Started 14:02 BST, fully drained by 15:41 BST.", "crash reports start 10:12 PT, fixed build live 18:50 PT",
"The window opened at 01:00 AEST and normal service was restored at 07:48 AEST." A careful reader copies that
window: it is what the authors settled on, worth more than the first and last timeline entries (an all-clear
posted a few minutes after the backlog drained, a check hours later) or a time the story's prose mentions.

Only when the window was guessed from the timeline: a start and end the document labels are kept.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta

from app.formats.markdown_read.draft import Draft
from app.formats.markdown_read.window import CLOCK
from app.timeparse import read

# The words right before the start's time: "Started 14:02", "crash reports start 10:12", "opened at 01:00".
_START_CUE = re.compile(
    r"\b(?:start(?:s|ed)?|began|begun|begins|open(?:s|ed)|first[ \t]+seen|kicked[ \t]+off|from)"
    r"(?:[ \t]+(?:at|on|around|about|approximately|~))?[ \t]*~?[ \t]*$",
    re.IGNORECASE,
)
# The words right before the end's time: "fully drained by 15:41", "fixed build live 18:50", "restored at 07:48".
_END_CUE = re.compile(
    r"\b(?:restored|resolved|recovered|mitigated|fixed|drained|cleared|ended|closed|live|back(?:[ \t]+(?:up|online))?"
    r"|normal|until|till|to)(?:[ \t]+(?:by|at|on|around|about|approximately|~))?[ \t]*~?[ \t]*$",
    re.IGNORECASE,
)
_CUE_SPAN = 40
"""A cue is looked for in this many signs before its time: the words right before it."""
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\n]+|\n[ \t]*\n|\n[ \t]*[-*+][ \t]")
_LONGEST_TEXT = 20_000
_MOST_SENTENCES = 400


def window_stated_in_a_sentence(draft: Draft, texts: list[str]) -> None:
    """Replace a window guessed from the timeline by the one a sentence of ``texts`` states, the first one."""
    if not draft.window_guessed:
        return
    day = draft.day or next((event.time.date() for event in draft.timeline if event.time), None)
    if day is None:
        return
    sentences = (piece for text in texts for piece in _SENTENCE_END.split(text[:_LONGEST_TEXT]))
    for sentence in itertools.islice(sentences, _MOST_SENTENCES):
        found = _stated_window(" ".join(sentence.split()), day, draft)
        if found is not None:
            draft.summary.start, draft.summary.end = found
            draft.window_guessed = draft.end_guessed = False
            return


def _stated_window(sentence: str, day: date, draft: Draft) -> tuple[datetime, datetime] | None:
    clocks = list(itertools.islice(CLOCK.finditer(sentence), 3))
    if len(clocks) != 2:
        return None
    first, second = clocks
    if not _START_CUE.search(sentence[max(0, first.start() - _CUE_SPAN) : first.start()]):
        return None
    if not _END_CUE.search(sentence[max(first.end(), second.start() - _CUE_SPAN) : second.start()]):
        return None
    start = read(sentence[first.start() :], default_date=day, default_zone=draft.zone, default_year=day.year)
    end = read(sentence[second.start() :], default_date=day, default_zone=draft.zone, default_year=day.year)
    if start is None or end is None or not start.has_time or not end.has_time:
        return None
    moment, until = start.moment, end.moment
    if until <= moment and not end.has_date:
        until += timedelta(days=1)  # "started 23:10, restored at 01:20": past midnight
    return (moment, until) if moment < until <= moment + timedelta(days=2) else None
