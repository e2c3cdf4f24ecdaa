"""Kinds a careful reader gives a timeline's entries: investigation steps with no kind word, a finding after
the detection, the fix against the recovery after it, what happened before the incident, and the first word
from the people affected.

Each entry is read in its timeline, since its kind depends on the entries around it.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry

_kind = kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "I curl the login page and get a 502 back.",
        "Marta reads the worker logs.",
        "We run `iostat -x 1` on the database host.",
        "Tried to SSH into cache-03; the connection hangs.",
        "Used tcpdump on the load balancer.",
        "Kim compares yesterday's config with today's.",
        "`free -m` shows 40 MB left on the box.",
        "Root cause found: the cron entry points at the wrong folder.",
        "The TLS certificate was renewed and uploaded.",
    ],
)
def test_a_step_of_the_investigation_with_no_kind_word_is_an_action(text):
    assert _kind(text) is EventKind.ACTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A shopper emails us a screenshot of the empty cart.", EventKind.DETECTION),
        ("Players begin reporting lag in the lobby.", EventKind.DETECTION),
        ("Grafana shows the queue at 2 million.", EventKind.DETECTION),
        ("I message my mentor on Slack.", EventKind.ESCALATION),
        ("Support opens a ticket for the platform team.", EventKind.ESCALATION),
        ("We asked the hosting company for help.", EventKind.ESCALATION),
        ("Lena blames the new CDN rule and removes it.", EventKind.MISLEADING),
        ("Nightly export job starts as scheduled.", EventKind.NOTE),
        ("Users were emailed a notice about the outage.", EventKind.NOTE),  # told, not telling
        ("The payment terminal shows an error.", EventKind.NOTE),  # a shop's terminal, not a shell
        # the system's own course, not a deed of the response
        ("The circuit breaker opened.", EventKind.NOTE),
        ("Running out of disk on db-02.", EventKind.NOTE),
        ("Used memory at 95% on web-1.", EventKind.NOTE),
        ("Image requests return 404 Not Found.", EventKind.NOTE),
        ("Users' uploads hang at 99%.", EventKind.NOTE),
    ],
)
def test_the_words_of_an_entry_give_its_kind(text, kind):
    assert _kind(text) is kind


TIMELINE = """\
# The shop's search went blank

## Timeline

- 2024-05-01 09:50 UTC Search index v7 rolled out.
- 2024-05-01 10:00 UTC Error-rate alert fires for the search API.
- 2024-05-01 10:10 UTC Ahmed notices the index has no documents.
- 2024-05-01 10:30 UTC Fixed the index alias and restarted the search pods.
- 2024-05-01 10:40 UTC Search results are back to normal.
- 2024-05-01 11:30 UTC Reindex job finished.
"""


def test_kinds_read_against_the_rest_of_the_timeline():
    document = from_markdown(
        TIMELINE.replace(
            "# The shop's search went blank",
            "# The shop's search went blank\n\nStart: 2024-05-01 10:00 UTC\nEnd: 2024-05-01 10:40 UTC",
        )
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds == [
        EventKind.NOTE,  # rolled out before the incident began: what happened, no response yet
        EventKind.DETECTION,
        EventKind.ACTION,  # noticed after the alert: a finding of the response
        EventKind.ACTION,  # the fix; the recovery below is the resolution
        EventKind.RESOLUTION,
        EventKind.NOTE,  # finished after the stated end, once it was resolved: what followed
    ]


STORY = """\
# The cart that forgot

## Summary

On 3 June 2024 carts emptied themselves.

## What happened

At five past ten a customer wrote that her cart was empty again.

At twenty past ten I opened the Redis console. I was sure the cache had been flushed by the deploy, so I rolled it back.
Nothing changed.

At ten to eleven we found the session TTL set to one minute and put it back to a day.
"""


def test_a_story_s_event_is_given_its_kind_from_all_its_sentences():
    kinds = [event.kind for event in from_markdown(STORY).timeline]
    assert kinds[1] is EventKind.MISLEADING  # "I was sure …", in the sentence after its time


def test_the_people_affected_noticing_after_an_alert_is_still_a_detection():
    document = from_markdown(
        "# T\n\n## Timeline\n\n- 2024-05-01 10:00 UTC Error-rate alert fires.\n"
        "- 2024-05-01 10:10 UTC Customers notice that checkout fails.\n"
    )
    assert document.timeline[1].kind is EventKind.DETECTION


def test_a_recovery_with_a_deed_in_it_stays_a_resolution_when_another_follows():
    document = from_markdown(
        "# T\n\n## Timeline\n\n- 2024-05-01 10:00 UTC Error-rate alert fires.\n"
        "- 2024-05-01 10:30 UTC Rollback completed; traffic healthy.\n"
        "- 2024-05-01 10:45 UTC Incident closed.\n"
    )
    assert [event.kind for event in document.timeline][1:] == [EventKind.RESOLUTION, EventKind.RESOLUTION]
