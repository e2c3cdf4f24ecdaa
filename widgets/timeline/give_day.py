"""Timeline › Give Times a Day…: ask the day, then date every event whose words start with a clock.

The plan is ``app.undated_days``; here it is asked for and made one undo step on the document, so a
single Undo gives every event back its empty time and its words as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo

from app.model import TimelineEvent
from app.time_input import describe_date
from app.undated_days import plan_day, plan_summary, unreadable_summary
from widgets.document import Document

UNDO_TEXT = "Give Times a Day"
AskDay = Callable[[date, Callable[[date], str]], "date | None"]


def default_day(document: Document) -> date:
    """The incident's start day when the window has one, else today."""
    start = document.model.summary.start
    return start.date() if start is not None else date.today()


def give_times_a_day(document: Document, zone: tzinfo | None, ask: AskDay) -> str:
    """Ask for the day and give it; what was done, for the line under the list ("" when cancelled)."""

    def describe(day: date) -> str:
        return plan_summary(plan_day(document.model.timeline, day, zone, window_empty=_window_empty(document)))

    day = ask(default_day(document), describe)
    if day is None:
        return ""
    return apply_day(document, day, zone)


def _window_empty(document: Document) -> bool:
    summary = document.model.summary
    return summary.start is None and summary.end is None


def apply_day(document: Document, day: date, zone: tzinfo | None) -> str:
    """Date the events with written clocks on ``day`` (and an empty window from them), as one undo step;
    what was done."""
    events = document.model.timeline
    plan = plan_day(events, day, zone, window_empty=_window_empty(document))
    # Validated as every edit of an item is (``Document.update_item``): the model stores what it would read back.
    changed = {
        dated.row: TimelineEvent.model_validate(
            events[dated.row].model_copy(update={"time": dated.time, "text": dated.text}).model_dump()
        )
        for dated in plan.dated
    }
    document.begin_macro(UNDO_TEXT)
    try:
        document.replace_items("timeline", changed, text=UNDO_TEXT)
        if plan.window is not None:
            start, end = plan.window
            document.set_field(("summary", "start"), start)
            if end is not None:
                document.set_field(("summary", "end"), end)
    finally:
        document.end_macro()
    count = len(plan.dated)
    said = f"Gave {'1 event' if count == 1 else f'{count:,} events'} the day {describe_date(day)}."
    if plan.window is not None:
        said += " The incident's window now runs from them."
    return f"{said} {unreadable_summary(plan)}".rstrip()
