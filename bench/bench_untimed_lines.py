"""Markdown import of a timeline of untimed sentence lines: one timed line, then thousands of lines that each end a
sentence, each read as an event of its own whose kind is guessed from its words.

Reference, measured in the same run: the same lines as one entry's continuation ("- 10:00 UTC Alert fired." over
them), the same words read as a single event, so the ratio is what guessing the kind of each line (and keeping it
as an event) adds to reading its words. The growth check times a tenth of the lines: linear is 10x.
"""

from __future__ import annotations

import itertools

from bench.common import Reporter, median_times_interleaved

LINES = 6_000
SMALL_LINES = 600

TARGET_RATIO = 4.0
"""A guard on what guessing each line's kind costs, set from measurement: 4.75x before the kind patterns'
gates were tightened, 3.60x after (a loaded 2-core machine). The rest of an event's cost is spread over the
timeline reader (times, days, headings), not in one place; a change that puts it back over 4x is a regression."""

GROWTH_TARGET_RATIO = 13.0
"""10 times the lines at most about 10 times as long (see ``bench_core.GROWTH_TARGET_RATIO``)."""

_SUBJECTS = ("The on-call engineer", "Someone", "The team", "An engineer", "The database team", "Priya", "The SRE")
_VERBS = ("checked", "looked at", "compared", "read", "watched", "asked about", "went over", "opened")
_OBJECTS = (
    *("the proxy logs", "the dashboard for the proxy pool", "the config with last week's copy"),
    *("the error rates on the gateway", "the deploy history", "the status page", "the queue depth"),
)
_ENDS = ("again.", "once more.", "closely.", "line by line.", "for a while.", "with the vendor.", "before lunch.")


def _sentences(count: int) -> list[str]:
    """``count`` sentences, most of them different (a real timeline repeats few lines word for word)."""
    combos = [" ".join(words) for words in itertools.product(_SUBJECTS, _VERBS, _OBJECTS, _ENDS)]
    return [combos[(index * 7919) % len(combos)] for index in range(count)]


def document(count: int, *, as_events: bool) -> str:
    """A post-mortem whose timeline is one timed line and ``count`` untimed sentence lines: events of their own
    (``as_events``) or the continuation of the timed entry."""
    timed = "10:00 UTC Alert fired." if as_events else "- 10:00 UTC Alert fired."
    lines = ["# Proxy outage", "", "## Summary", "", "The proxy failed.", "", "## Timeline", "", timed]
    lines += _sentences(count)
    lines += ["", "## Root cause", "", "A bad config."]
    return "\n".join(lines) + "\n"


def run(report: Reporter) -> None:
    from app.formats.markdown_import import from_markdown

    events, one_event, small = (
        document(LINES, as_events=True),
        document(LINES, as_events=False),
        document(SMALL_LINES, as_events=True),
    )
    # Untimed: loads the timeline readers and compiles the kind patterns for all three alike
    for text in (events, one_event, small):
        from_markdown(text)
    events_seconds, one_event_seconds = median_times_interleaved(
        [lambda: from_markdown(events), lambda: from_markdown(one_event)], repeat=5
    )
    report.measure(
        f"Markdown import, {LINES:,} untimed sentence lines as events",
        events_seconds,
        reference_seconds=one_event_seconds,
        target_ratio=TARGET_RATIO,
        note="reference: the same lines as one entry's continuation (one event)",
    )
    large_seconds, small_seconds = median_times_interleaved(
        [lambda: from_markdown(events), lambda: from_markdown(small)], repeat=5
    )
    report.measure(
        f"Untimed sentence lines growth {SMALL_LINES:,} -> {LINES:,} lines",
        large_seconds,
        reference_seconds=small_seconds,
        target_ratio=GROWTH_TARGET_RATIO,
        note="ratio = time at 10x the lines; linear is 10x",
    )
