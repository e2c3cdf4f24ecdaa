"""The window a report's figures give: "Time to detection: 64 minutes", "Time to recovery: 87 minutes".

A report's stats ("TTD", "TTR", "Time to detect", "Time to recover") count from the moment the incident began. A
careful reader checks them against the timeline: when exactly one entry's time, with each figure added, lands on
the times of other entries (08:22 + 64 minutes = the 09:26 report; 08:22 + 87 minutes = 09:49 "Service
operational"), that entry is the start and the recovery the end, over a window only guessed from the entries'
words. Figures that fit no entry, or fit more than one, change nothing.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timedelta

from app.formats.markdown_read.draft import Draft
from app.model import EventKind

_LONGEST_TEXT = 400_000


@functools.cache
def _figures() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The time-to-detect and time-to-recover patterns, made with the first timeline that has times.

    (``duration`` is loaded with them: a document without times never needs it; tests/test_reader_imports.py.)
    """
    from app.formats.markdown_read.duration import LENGTH

    figure = r"[ \t*_]*[:|=][ \t*_]*(?:~|about[ \t]+|approx\.?[ \t]+)?" + LENGTH
    to_detect = re.compile(
        r"(?:^|[ \t*_|(-])(?:time[ \t]+to[ \t]+(?:detection|detect)|ttd|mttd)(?:[ \t]*\([^()\n]{0,20}\))?" + figure,
        re.IGNORECASE | re.MULTILINE,
    )
    to_recover = re.compile(
        r"(?:^|[ \t*_|(-])(?:time[ \t]+to[ \t]+(?:recovery|recover|restore|restoration|resolution|resolve|repair)"
        r"|ttr|mttr)(?:[ \t]*\([^()\n]{0,20}\))?" + figure,
        re.IGNORECASE | re.MULTILINE,
    )
    return to_detect, to_recover


def window_from_figures(draft: Draft) -> None:
    """The start and end the stated time to detect and time to recover agree on with the timeline's entries."""
    summary = draft.summary
    if not (summary.start is None or draft.start_guessed) or not (summary.end is None or draft.end_guessed):
        return  # a start or an end the document states is kept
    if not any(event.time is not None for event in draft.timeline):
        return  # no entry to fit the figures to
    to_detect, to_recover = _figures()
    kept = [kept.body for kept in sorted(draft.kept, key=lambda kept: kept.position)]
    texts = [text[:_LONGEST_TEXT] for text in ("\n".join(draft.header_lines), draft.introduction or "", *kept)]
    detect = _first(to_detect, texts)
    recover = _first(to_recover, texts)
    if detect is None or recover is None or not timedelta(0) < detect < recover:
        return
    times = {event.time for event in draft.timeline if event.time is not None}
    if len(times) > 5_000:
        return  # (each time is tried once against a set: cheap, but no stats table is that long)
    fitting = [start for start in times if start + detect in times and start + recover in times]
    if len(fitting) != 1:
        return
    start: datetime = fitting[0]
    if (summary.start, summary.end) == (start, start + recover):
        return
    guessed_start = summary.start
    summary.start, summary.end = start, start + recover
    if guessed_start is not None and start < guessed_start:
        _read_again_from(draft, start, guessed_start)
    draft.window_guessed = draft.start_guessed = draft.end_guessed = False
    draft.notes.append(
        "The incident's start and end were worked out from the stated time to detect and time to recover."
    )


def _first(pattern: re.Pattern[str], texts: list[str]) -> timedelta | None:
    for text in texts:
        match = pattern.search(text)
        if match is not None:
            from app.formats.markdown_read.duration import length_of  # loaded with the patterns

            return length_of(match)
    return None


def _read_again_from(draft: Draft, start: datetime, guessed_start: datetime) -> None:
    """Entries between the start the figures give and the one guessed were read as before the incident, their
    steps as notes ("08:22 Load balancers updated to the new proxy"): within it, their words say their kind."""
    from app.formats.markdown_read.timeline.kinds import guess_kind  # the timeline's own reading of words

    for event in draft.timeline:
        if event.time is None or not start <= event.time < guessed_start:
            continue
        if event.kind_guessed and event.kind is EventKind.NOTE:
            said = guess_kind(event.text)
            if said in (EventKind.ACTION, EventKind.RESOLUTION):
                event.kind = said
