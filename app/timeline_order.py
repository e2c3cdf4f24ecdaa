"""Chronology of a hand-ordered timeline: out-of-order marks, stable sort, gaps.

The user's order is the truth (see ``app.model``); this module only *reports*
where timed events disagree with it and offers a sort the user may apply.

Sorting rule, chosen so that sorting never separates text that belongs
together: an untimed event travels with the timed event written before it
(a note under an action stays under that action); untimed events before the
first timed one stay at the top. Timed events are ordered by time, and equal
times keep the user's order.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Protocol, TypeVar


class Timed(Protocol):
    @property
    def time(self) -> datetime | None: ...


T = TypeVar("T", bound=Timed)


def out_of_order_rows(events: Sequence[Timed]) -> list[bool]:
    """For each event: is it timed and earlier than a timed event above it?

    Only the late-written event is marked, not everything after it, so the
    mark points at what the user would move.
    """
    marks = [False] * len(events)
    latest: datetime | None = None
    for row, event in enumerate(events):
        time = event.time
        if time is None:
            continue
        if latest is not None and time < latest:
            marks[row] = True
        elif latest is None or time > latest:
            latest = time
    return marks


def is_chronological(events: Sequence[Timed]) -> bool:
    return not any(out_of_order_rows(events))


def sort_by_time(events: Sequence[T]) -> list[T]:
    """The events in time order, stable, untimed ones kept under their timed predecessor."""
    head: list[T] = []
    groups: list[tuple[datetime, list[T]]] = []
    for event in events:
        if event.time is not None:
            groups.append((event.time, [event]))
        elif groups:
            groups[-1][1].append(event)
        else:
            head.append(event)
    # list.sort is stable, so equal times keep the user's order.
    groups.sort(key=lambda group: group[0])
    return head + [event for _time, group in groups for event in group]


def gaps(events: Sequence[Timed]) -> list[timedelta | None]:
    """Elapsed time since the previous timed event, for each timed event after the first."""
    packed = packed_gaps(events)
    return [gap_at(packed, row) for row in range(len(events))]


NO_GAP = -(2**63)
"""In ``packed_gaps``: the row has no gap (untimed, or the first timed event)."""
_MICROSECOND = timedelta(microseconds=1)


def packed_gaps(events: Sequence[Timed]) -> array[int]:
    """``gaps`` as whole microseconds, 8 bytes a row (``gap_at`` reads one): a list of 10,000 timedeltas took 0.5 MB."""
    result = array("q", [NO_GAP]) * len(events)
    previous: datetime | None = None
    for row, event in enumerate(events):
        time = event.time
        if time is None:
            continue
        if previous is not None:
            result[row] = (time - previous) // _MICROSECOND
        previous = time
    return result


def gap_at(packed: array[int], row: int) -> timedelta | None:
    microseconds = packed[row]
    return None if microseconds == NO_GAP else timedelta(microseconds=microseconds)


def display_zone(start: datetime | None, events: Sequence[Timed]) -> tzinfo | None:
    """The zone a document is read in: the incident start's, else the first timed event's."""
    if start is not None:
        return start.tzinfo
    return next((e.time.tzinfo for e in events if e.time is not None), None)
