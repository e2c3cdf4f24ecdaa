"""Opening a cloud provider's incident review written as questions ("What happened?", "How did we respond?").

The answer to "How did we respond?" tells the response in timed sentences: it is the
timeline, one event for each timed clause. "What happened?", which states only the
window and what customers saw, is the opening; "What went wrong and why?" the cause.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind

PDT = timezone(timedelta(hours=-7))

_OPENING = (
    "Between 08:10 PDT and 10:40 PDT on 3 July 2025, some customers of Queue Service in the EU North "
    "region saw timeouts; about 7% of sends failed."
)
_CAUSE = "A certificate rotation left half the brokers with an expired chain."
_RESPONSE = (
    "Alerting caught the rise in timeouts at 08:16 PDT. Engineers first suspected a bad host, and at 08:45 PDT "
    "they drained it; this changed nothing. At 09:20 PDT the issue was escalated to the broker team, who "
    "found the expired chain at 09:41 PDT. The new certificates were in place at 10:25 PDT, and by 10:40 PDT "
    "sends were succeeding again."
)


def _review(what: str, why: str, respond: str, measures: str) -> str:
    return (
        f"# Post Incident Review – Queue timeouts\n\n## {what}\n\n{_OPENING}\n\n## {why}\n\n{_CAUSE}\n\n"
        f"## {respond}\n\n{_RESPONSE}\n\n## {measures}\n\n- We are adding an expiry check. (Completed)\n\n"
        "## How can customers make incidents like this less impactful?\n\nRetry with back-off.\n"
    )


@pytest.mark.parametrize(
    ("what", "why", "respond", "measures"),
    [
        (
            "What happened?",
            "What went wrong and why?",
            "How did we respond?",
            "How are we making incidents like this less likely or less impactful?",
        ),
        (
            "What happened",
            "What went wrong, and why?",
            "How we responded",
            "How are we making incidents like this less likely, or less impactful?",
        ),
        (
            "What happened?",
            "What went wrong and why?",
            "How did we respond?",
            "How will we make incidents like this less likely?",
        ),
    ],
)
def test_how_did_we_respond_is_the_timeline_of_a_review_asked_in_questions(
    what: str, why: str, respond: str, measures: str
) -> None:
    document = from_markdown(_review(what, why, respond, measures))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 7, 3, hour, minute, tzinfo=PDT)
        for hour, minute in ((8, 16), (8, 45), (9, 20), (9, 41), (10, 25), (10, 40))
    ]
    assert document.timeline[0].kind == EventKind.DETECTION
    assert "found the expired chain" in document.timeline[3].text
    assert document.summary.end == datetime(2025, 7, 3, 10, 40, tzinfo=PDT)
    assert "7% of sends failed" in document.summary.impact
    assert "7% of sends failed" in document.introduction
    assert "Alerting caught" not in document.introduction
    assert document.root_cause.cause == _CAUSE
    assert [task.text for task in document.measures.tasks] == ["We are adding an expiry check."]
    assert [section.heading for section in document.extra_sections] == [
        "How can customers make incidents like this less impactful?"
    ]


def test_a_what_happened_with_more_timed_sentences_stays_the_timeline_beside_a_short_response() -> None:
    document = from_markdown(
        "# Outage\n\n## What happened?\n\nThe disk filled at 09:00 UTC on 4 May 2025. The API failed at 09:05 UTC. "
        "We cleared the logs at 09:30 UTC.\n\n## How did we respond?\n\nWe paged the team at 09:07 UTC.\n"
    )
    assert [event.time.strftime("%H:%M") for event in document.timeline if event.time] == ["09:00", "09:05", "09:30"]
    assert "We paged the team at 09:07 UTC." in document.introduction  # kept as written


def test_customers_advice_and_communications_questions_are_not_the_measures() -> None:
    document = from_markdown(
        _review(
            "What happened?",
            "What went wrong and why?",
            "How did we respond?",
            "How can we make our incident communications more useful?",
        )
    )
    assert not document.measures.tasks
    assert "How can we make our incident communications more useful?" in [
        section.heading for section in document.extra_sections
    ]
