"""A timeline written as the assignment's questions, each answered on the line under it.

"How was the issue detected?" over "`Monitoring software alerted us immediately`", "Which team was the
incident escalated to?" over "`The regional manager`": a reader takes each answer for a step of the incident,
of the kind its question asks about (the detection, a wrong track, the escalation, the fix), and the question
for the form's words, not the writer's. An answer that is only a time ("When was the issue detected?" over
"`3:00:01pm -PST`") is when the next answer happened. Only in a run of three or more answered questions: one
question in a timeline is someone wondering.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from app.formats.markdown_read.timeline.kinds import guess_kind, kind_named
from app.formats.markdown_read.tokens import BULLET, heading_of, is_table_line
from app.model import EventKind
from app.timeparse import read

if TYPE_CHECKING:
    from app.formats.markdown_read.timeline.context import TimelineContext
    from app.formats.markdown_read.timeline.lines import Entries

_ANY_DAY = date(2000, 1, 1)
_LONGEST_QUESTION = 300
_LONGEST_ANSWER = 2000
_LONGEST_TIME = 40
_FEWEST_ANSWERED = 3
_LOOKED_AT = 40
"""Entries either side searched for the run's other answered questions (bounded: a reader's glance)."""
# The form's explanation in brackets: "(monitoring alert, an engineer noticed something, …)".
_ASIDE = re.compile(r"[ \t]*\([^()]{0,300}\)")
# "14:35 <omar> is it mounted?", "[09:12] still down?": a line led by its clock is an entry at that time,
# someone asking in a chat's log, not the form's question.
_CLOCK_FIRST = re.compile(r"[ \t]*[\[(]?\d{1,2}[:.]\d{2}\b")
# "-PST", "- PST": a zone written with a dash before it.
_DASHED_ZONE = re.compile(r"[ \t]+-[ \t]?(?=[A-Z]{2,5}$)")


def answered_question(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A question line over its answer line, in a run of them: the answer as an event of the question's kind."""
    answer = _answer_to(entries, index)
    if answer is None or _run_length(entries, index) < _FEWEST_ANSWERED:
        return None
    question = _ASIDE.sub("", entries[index].strip())  # type: ignore[union-attr]  # a question: a string
    after = _next_written(entries, index + 2)
    if _is_time_only(answer) and (following := _answer_to(entries, after)) is not None:
        # "When was it detected?" "`3:00:01pm -PST`", then "How was it detected?" "`Monitoring alerted us`".
        found = ctx.leading(f"{_DASHED_ZONE.sub(' ', answer)}: {following}")
        kind = _kind(question, following)
        if found is not None and found.has_time:
            ctx.add(found.moment, found.text or following, kind)
        else:
            ctx.add(None, f"{_DASHED_ZONE.sub(' ', answer)}: {following}", kind)
        return after + 2
    ctx.add(None, answer, _kind(question, answer))
    return index + 2


def _next_written(entries: Entries, index: int) -> int:
    """The first entry from ``index`` that is not a blank line (past a few)."""
    for at in range(index, min(len(entries), index + 4)):
        if not isinstance(entries[at], str) or entries[at].strip():  # type: ignore[union-attr]
            return at
    return index


def _answer_to(entries: Entries, index: int) -> str | None:
    """The answer under the question at ``index`` (its backticks taken off), else ``None``."""
    if index + 1 >= len(entries):
        return None
    question, answer = entries[index], entries[index + 1]
    if not isinstance(question, str) or not isinstance(answer, str):
        return None
    if len(question) > 2 * _LONGEST_QUESTION or len(answer) > _LONGEST_ANSWER:
        return None  # (measured before stripping: a run of them near a 1 MiB line is looked at many times)
    asked, said = question.strip(), answer.strip()
    if not asked.endswith("?") or len(asked) > _LONGEST_QUESTION or not _plain(asked) or _CLOCK_FIRST.match(asked):
        return None
    if not said or said.endswith("?") or not _plain(said):
        return None
    if len(said) > 2 and said.startswith("`") and said.endswith("`") and "`" not in said[1:-1]:
        said = said[1:-1].strip()
    return said or None


def _run_length(entries: Entries, index: int) -> int:
    """How many answered questions stand near ``index``, this one among them."""
    low, high = max(0, index - _LOOKED_AT), min(len(entries), index + _LOOKED_AT)
    return sum(1 for at in range(low, high) if _answer_to(entries, at) is not None)


def _plain(line: str) -> bool:
    return not BULLET.match(line) and heading_of(line) is None and not is_table_line(line)


def _is_time_only(answer: str) -> bool:
    """Whether the answer is a clock and nothing more ("3:00:01pm -PST"), whatever day it falls on."""
    if len(answer) > _LONGEST_TIME:
        return False
    text = _DASHED_ZONE.sub(" ", answer)
    reading = read(text, default_date=_ANY_DAY)
    return reading is not None and reading.has_time and not text[reading.end :].strip(" \t-:`.")


def _kind(question: str, answer: str) -> EventKind | None:
    """The kind the question asks about ("How was the incident resolved?"), else the answer's own words'."""
    kind = kind_named(question.rstrip("? \t")) or guess_kind(question)  # "Actions taken?": a kind's name
    return kind if kind is not EventKind.NOTE else None
