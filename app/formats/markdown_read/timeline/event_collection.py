"""The part of ``TimelineContext`` that appends the events read and, at the end, works out the incident's window.

Each event's kind is its group's, a label's ("Misleading path: …") or guessed from its words; entries that mark
the outage's start or end ("OUTAGE BEGINS", "resolved") are remembered for the window. The attributes are
``TimelineContext``'s.
"""

from __future__ import annotations

from datetime import datetime

from app.formats.markdown_read.draft import Draft, EventDraft
from app.formats.markdown_read.relative_times import steps_in
from app.formats.markdown_read.timeline.before_written_day import evening_before_written_day
from app.formats.markdown_read.timeline.evening_clocks import evening_clocks
from app.formats.markdown_read.timeline.group_steps import grouped_step_kind, steps_before_the_recovery
from app.formats.markdown_read.timeline.kinds import guess_kind, kind_label
from app.formats.markdown_read.timeline.lead_patterns import IRC_NICK
from app.formats.markdown_read.timeline.unused_days import DayLine
from app.formats.markdown_read.timeline.window_marks import (
    END_MARKER,
    MITIGATED_MARKER,
    ONSET,
    RESOLVED,
    first_onset,
    settle_guessed_kinds,
    told_resolutions_as_notes,
)
from app.model import EventKind


class CollectsEvents:
    """Appends events to the draft's timeline and sets the incident's window from them."""

    draft: Draft
    kind: EventKind | None
    onset: datetime | None
    end_marker: datetime | None
    mitigated: datetime | None
    resolved: list[datetime]
    day_line: DayLine | None

    def passed(self, moment: datetime) -> None: ...  # ``TimelineContext.passed``

    def add(self, time: datetime | None, text: str, kind: EventKind | None = None, *, has_clock: bool = True) -> None:
        """Append an event; its kind is the current group's, else guessed from its words.

        A timed entry that goes on to a step counted from it ("14:05 Alerts fire. Twenty minutes later, Mina
        flushes the cache.") is an event for each: the step's at its time, the words cut where it opens."""
        if time is None or not has_clock or not self.draft.other_template:
            self._add_one(time, text, kind, has_clock=has_clock)
            return
        first, steps = steps_in(text)
        self._add_one(time, first, kind, has_clock=has_clock)
        for step_text, step in steps:
            try:
                time += step
            except OverflowError:  # past the calendar's last day: the step's words stay with the entry above
                self.draft.timeline[-1].text += " " + step_text
                continue
            self.passed(time)
            self._add_one(time, step_text, kind, has_clock=True)

    def _add_one(
        self, time: datetime | None, text: str, kind: EventKind | None = None, *, has_clock: bool = True
    ) -> None:
        if self.draft.other_template and text.startswith("<") and (nick := IRC_NICK.match(text)):
            text = f"{nick.group(1)}: {text[nick.end() :]}"  # an IRC log's "<ella> text", as a chat's "ella: text"
        if self.draft.other_template and text.endswith("\\") and text[-2:-1] not in ("\\", ":", ""):
            # "*06:00*: site down\" on lines joined by hard breaks: the break ends the entry, it is no text.
            # (Never in the editor's own files: there a backslash closing an event's text is the text's.)
            text = text[:-1].rstrip()
        if kind is None and self.kind is None and self.draft.other_template and (named := kind_label(text)):
            # "12:05 AM - Misleading path: we cleared the cache": the label is the kind; an untimed line
            # ("Misleading paths: Initially we suspected …" among sentences) keeps its words as written
            kind, text = named[0], (named[1] if time is not None else text)
        group = grouped_step_kind(text, self.kind) if self.draft.other_template else self.kind  # see that function
        chosen = kind or group or guess_kind(text)
        guessed = kind is None and self.kind is None and self.draft.other_template
        grouped = kind is None and chosen is self.kind and self.draft.other_template
        self.draft.timeline.append(EventDraft(chosen, time, text, has_clock, guessed, grouped))
        if time is not None:
            self.day_line = None  # the day heading above was used
        if time is not None and has_clock and kind is None and self.kind is None:
            if ONSET.search(text):
                self.onset = self.onset or time
            elif END_MARKER.search(text):
                self.end_marker = self.end_marker or time
            elif MITIGATED_MARKER.search(text):
                self.mitigated = self.mitigated or time
            elif RESOLVED.search(text):
                self.resolved.append(time)

    def finish(self, first_event: int = 0) -> None:
        """The incident's window from the timeline, where the document did not state it.

        The document's own markers win (OUTAGE BEGINS / OUTAGE ENDS). Failing
        them, a careful reader takes the first entry that describes impact
        starting (errors, latency, an outage), else the first detection, as the
        start; and the last resolution entry, else the last entry that says it
        was resolved, as the end.
        """
        summary = self.draft.summary
        steps_before_the_recovery(self.draft.timeline[first_event:])
        events = [event for event in self.draft.timeline[first_event:] if event.time is not None and event.has_clock]
        end_stated = summary.end  # by the document, not worked out below from these very entries
        evening_clocks(events, summary.start, end_stated)  # "07:30 - detected" under "7:30 pm to 7:55 pm"
        if moved := evening_before_written_day(events, summary.start):  # "[23:43] x", "[00:15 (2012-07-05)] y"
            self.onset = moved.get(self.onset, self.onset)  # type: ignore[arg-type]
            self.end_marker = moved.get(self.end_marker, self.end_marker)  # type: ignore[arg-type]
            self.mitigated = moved.get(self.mitigated, self.mitigated)  # type: ignore[arg-type]
            self.resolved = [moved.get(moment, moment) for moment in self.resolved]
        told_resolutions_as_notes(events)
        if summary.start is None and self.onset is not None:
            summary.start = self.onset
        elif summary.start is None:
            summary.start = first_onset(events)
            self.draft.window_guessed = self.draft.start_guessed = summary.start is not None
        if summary.end is None and (self.end_marker or self.mitigated) is not None:
            summary.end = self.end_marker or self.mitigated
        elif summary.end is None:
            resolutions = [event.time for event in events if event.kind is EventKind.RESOLUTION]
            candidates = resolutions or self.resolved
            # (A resolution at the start itself ends nothing: one entry both detected and resolved, say.)
            later = [moment for moment in candidates if summary.start is None or moment > summary.start]
            if later:
                summary.end = later[-1]
                self.draft.window_guessed = self.draft.end_guessed = True
        settle_guessed_kinds(events, summary.start, end_stated)
