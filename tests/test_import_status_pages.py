"""A status page's incident history, copied into a file as it was, is read as the incident's timeline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown, read_markdown
from app.model import EventKind

# As a status page's history mails and feeds give it: newest first, each update dated on the line under it.
RUN_IN = """# Slow page loads on the dashboard

**Resolved** - Page loads are back to their usual speed. We consider this incident closed.
Jun 14, 2025 - 10:31 UTC

**Monitoring** - A configuration change was rolled back and response times are falling.
Jun 14, 2025 - 10:02 UTC

**Identified** - The slowdown comes from a cache that stopped being used after this morning's deploy.
Jun 14, 2025 - 09:47 UTC

**Investigating** - We are looking into reports of dashboards taking over a minute to load.
Jun 14, 2025 - 09:20 UTC

This incident affected: Dashboard.

## What happened

Between 09:05 and 10:31 UTC on June 14, dashboards loaded slowly for most customers.
"""

# Copied from the page itself: the status word on a line of its own, the age of the post before its moment.
FROM_THE_PAGE = """Login failures for some accounts

Resolved
Logins have worked for every account for thirty minutes.
Posted 3 days ago. Jun 20, 2025 - 16:40 UTC

Investigating
Some users cannot log in with single sign-on.
We are looking into it.
Posted 3 days ago. Jun 20, 2025 - 15:55 UTC
"""


def _events(text: str) -> list[tuple[datetime | None, EventKind, str]]:
    document, _ = read_markdown(text)
    return [(event.time, event.kind, event.text) for event in document.timeline]


def test_updates_posted_newest_first_become_the_timeline_oldest_first_with_the_kind_each_status_says() -> None:
    events = _events(RUN_IN)
    assert [(time, kind) for time, kind, _ in events] == [
        (datetime(2025, 6, 14, 9, 20, tzinfo=UTC), EventKind.DETECTION),
        (datetime(2025, 6, 14, 9, 47, tzinfo=UTC), EventKind.ACTION),
        (datetime(2025, 6, 14, 10, 2, tzinfo=UTC), EventKind.ACTION),
        (datetime(2025, 6, 14, 10, 31, tzinfo=UTC), EventKind.RESOLUTION),
    ]
    # The status word stays with its text: "Identified" says more than the kind.
    assert (
        events[1][2]
        == "Identified: The slowdown comes from a cache that stopped being used after this morning's deploy."
    )


def test_the_page_s_own_story_beside_the_updates_is_the_introduction_and_gives_the_window() -> None:
    document, _ = read_markdown(RUN_IN)
    assert "dashboards loaded slowly for most customers" in document.introduction
    assert "This incident affected: Dashboard." in document.introduction
    assert document.summary.start == datetime(2025, 6, 14, 9, 5, tzinfo=UTC)
    assert document.summary.end == datetime(2025, 6, 14, 10, 31, tzinfo=UTC)
    assert not document.extra_sections


def test_updates_copied_from_the_page_with_their_age_are_read_too() -> None:
    document, _ = read_markdown(FROM_THE_PAGE)
    assert document.metadata.title == "Login failures for some accounts"
    assert [(event.time, event.kind, event.text) for event in document.timeline] == [
        (
            datetime(2025, 6, 20, 15, 55, tzinfo=UTC),
            EventKind.DETECTION,
            "Investigating: Some users cannot log in with single sign-on.\nWe are looking into it.\nPosted 3 days ago.",
        ),
        (
            datetime(2025, 6, 20, 16, 40, tzinfo=UTC),
            EventKind.RESOLUTION,
            "Resolved: Logins have worked for every account for thirty minutes.\nPosted 3 days ago.",
        ),
    ]


def test_a_file_with_a_timeline_of_its_own_keeps_the_updates_where_they_are() -> None:
    text = RUN_IN + "\n## Timeline\n\n- 09:05 UTC - A deploy turns the cache off.\n- 09:20 UTC - Reports arrive.\n"
    document, _ = read_markdown(text)
    assert [event.text for event in document.timeline] == ["A deploy turns the cache off.", "Reports arrive."]
    assert "**Identified** - The slowdown comes from a cache" in document.introduction


def test_a_single_bold_status_word_is_no_history() -> None:
    text = "# Notes\n\n**Update** - We will publish a full report next week.\nJun 14, 2025 - 10:31 UTC\n"
    document, _ = read_markdown(text)
    assert document.timeline == [] or len(document.timeline) == 1
    assert "We will publish a full report next week." in (
        document.introduction + " ".join(event.text for event in document.timeline)
    )


def test_updates_told_to_customers_beside_the_file_s_own_timeline_stay_where_they_are() -> None:
    text = (
        "# Webhook delays\n\n## Timeline\n\nAt 10:02 UTC on 5 March 2025 webhooks began to queue; delivery caught "
        "up by 11:00.\n\n## Status page posts\n\n"
        "**Investigating** - Webhooks are delayed.\nMar 5, 2025 - 10:25 UTC\n\n"
        "**Resolved** - Webhooks are delivered on time.\nMar 5, 2025 - 11:02 UTC\n"
    )
    document, _ = read_markdown(text)
    posts = [extra for extra in document.extra_sections if extra.heading == "Status page posts"]
    assert posts and "**Investigating** - Webhooks are delayed." in posts[0].body
    assert not any("Webhooks are delayed" in event.text for event in document.timeline)


_WITH_POSTMORTEM = """Queued e-mails sent late

Postmortem
From 08:10 to 09:40 UTC on May 2, 2025, password-reset e-mails reached users up to an hour late. To prevent \
this from happening again we will {measures}
Posted 1 day ago. May 3, 2025 - 11:00 UTC

Resolved
All queued e-mails have been sent.
Posted 2 days ago. May 2, 2025 - 09:45 UTC

Identified
The mail relay's {cause}
Posted 2 days ago. May 2, 2025 - 09:05 UTC

Investigating
We are looking into delayed password-reset e-mails.
Posted 2 days ago. May 2, 2025 - 08:30 UTC
"""


def test_a_cause_copied_from_the_identified_update_leaves_the_page_s_posted_line() -> None:
    for cause in ("disk filled up with bounce logs.", "disk filled up.\nWe are clearing it."):
        text = _WITH_POSTMORTEM.format(measures="rotate the relay's logs daily.", cause=cause)
        document, _ = read_markdown(text)
        assert document.summary.root_cause == f"The mail relay's {cause}"
        identified = next(event for event in document.timeline if event.text.startswith("Identified"))
        assert identified.text.endswith("Posted 2 days ago.")  # the update itself keeps the page's words


def test_two_measures_promised_in_one_sentence_are_two_measures() -> None:
    for joined, second in [
        ("rotate the relay's logs daily, and we will alert when its disk is 80% full.", "we will alert when"),
        ("rotate the relay's logs daily; and the team will add a second relay.", "the team will add"),
    ]:
        document, _ = read_markdown(_WITH_POSTMORTEM.format(measures=joined, cause="disk filled up."))
        improvements = document.measures.improvements
        assert len(improvements) == 2
        assert improvements[0] == "we will rotate the relay's logs daily"
        assert improvements[1].startswith(second)


def _page_with_postmortem(postmortem: str) -> str:
    return (
        "# Search results delayed\n\n"
        f"**Postmortem** - {postmortem}\nSep 12, 2024 - 09:30 UTC\n\n"
        "**Resolved** - Search is working normally again.\nSep 10, 2024 - 18:25 UTC\n\n"
        "**Identified** - A full index queue is delaying updates.\nSep 10, 2024 - 17:40 UTC\n\n"
        "**Investigating** - Some search results are out of date.\nSep 10, 2024 - 17:05 UTC\n"
    )


@pytest.mark.parametrize(
    "first",
    [
        "On September 10 between 16:50 and 18:25 UTC, about 15% of searches returned results up to an hour old.",
        "On 10 September, from 16:50 to 18:25 UTC, search results lagged for roughly one customer in seven.",
        "On Sep 10th between 16:50 and 18:25 UTC some searches showed stale results.",
    ],
)
def test_a_postmortem_posted_days_later_keeps_the_window_on_the_day_it_names(first: str) -> None:
    postmortem = f"{first} An index worker stopped after a config change. We have added a health check."
    document = from_markdown(_page_with_postmortem(postmortem))
    assert document.summary.start == datetime(2024, 9, 10, 16, 50, tzinfo=UTC)
    assert document.summary.end == datetime(2024, 9, 10, 18, 25, tzinfo=UTC)
    assert document.summary.impact == first
    assert "An index worker stopped after a config change." in document.introduction
    assert "Sep 12, 2024 - 09:30 UTC" in document.introduction


def test_a_postmortem_that_does_not_open_with_the_window_stays_whole_in_the_introduction() -> None:
    postmortem = "An index worker stopped after a config change. We have added a health check."
    document = from_markdown(_page_with_postmortem(postmortem))
    assert document.summary.impact == ""
    assert postmortem in document.introduction


# A status page copied whole: the site's name, the incident's, its updates, then the postmortem posted days later
# below a rule, its parts named by short lines of their own (no Markdown marks anywhere).
PAGE_WITH_POSTMORTEM = """Lumen Maps Status
Map tiles missing in northern Europe

Incident Report for Lumen Maps

Resolved
Tiles are being served normally again in all regions.
Posted Oct 21, 2025 - 15:02 EEST

Identified
A cache purge removed tiles that had not yet been regenerated. We are regenerating them.
Posted Oct 21, 2025 - 13:40 EEST

Investigating
Some customers see grey squares instead of map tiles in northern Europe.
Posted Oct 21, 2025 - 13:05 EEST

This incident affected: Tile API.

--------------------------------------------------------------

Postmortem
Posted Oct 24, 2025 - 11:00 EEST

Summary

Between 12:50 and 14:55 EEST on October 21, about a fifth of tile requests in northern Europe returned empty
tiles, and maps there showed grey squares.

Root cause

A scheduled purge of the edge cache ran before the nightly tile regeneration had finished, because the
regeneration job was slower after a data import.

Timeline (all times EEST)

12:40 - Nightly tile regeneration overruns its usual window.
12:50 - Edge cache purge runs; empty tiles start being served.
13:05 - Support sees the first reports and opens an incident.
13:40 - Cause found; regeneration of the missing tiles started.
14:55 - Last missing tiles regenerated; error rate back to normal.

Follow-up actions

- Make the purge wait for regeneration to finish (owner: Tiles team, due November 7, 2025).
- Alert when regeneration runs past its window (done).
"""


def test_a_postmortem_posted_below_the_updates_is_read_by_its_plain_section_names() -> None:
    document = from_markdown(PAGE_WITH_POSTMORTEM)
    assert document.metadata.title == "Map tiles missing in northern Europe"
    # The postmortem's own timeline is the record of events (the updates are what customers were told).
    assert [event.time.strftime("%H:%M") for event in document.timeline] == [
        "12:40",
        "12:50",
        "13:05",
        "13:40",
        "14:55",
    ]
    assert document.timeline[0].text == "Nightly tile regeneration overruns its usual window."
    assert document.summary.start is not None and document.summary.start.strftime("%H:%M") == "12:50"
    assert "purge of the edge cache ran before" in document.root_cause.cause
    assert [task.owner for task in document.measures.tasks] == ["Tiles team", ""]
    assert [task.status.value for task in document.measures.tasks] == ["open", "done"]
    # The impact is what the summary says; no title, rule or timeline line in it.
    impact = document.summary.impact
    assert "Map tiles missing" not in impact and "----" not in impact and "12:40" not in impact
    assert "grey squares" in impact + document.introduction


def test_a_postmortem_below_the_updates_without_a_timeline_leaves_the_updates_as_the_timeline() -> None:
    start = PAGE_WITH_POSTMORTEM.index("Timeline (all times EEST)")
    end = PAGE_WITH_POSTMORTEM.index("Follow-up actions")
    document = from_markdown(PAGE_WITH_POSTMORTEM[:start] + PAGE_WITH_POSTMORTEM[end:])
    assert [event.time.strftime("%H:%M") for event in document.timeline] == ["13:05", "13:40", "15:02"]
    assert "purge of the edge cache ran before" in document.root_cause.cause
    assert len(document.measures.tasks) == 2


_UPDATES_THEN_REPORT = """# Card payments declined in the EU

Service: payments-gateway

## Status page updates

**Resolved** - Card payments are working normally again.
Mar 9, 2026 - 11:40 UTC

**Identified** - A certificate on the card network link had expired; a new one is being installed.
Mar 9, 2026 - 11:05 UTC

**Investigating** - Some card payments in the EU are being declined.
Mar 9, 2026 - 10:20 UTC

## Post-mortem

### What happened

An expired client certificate made the card network refuse our connections. At 10:10 declines began.

### Resolution

A new certificate was installed.
"""


def test_updates_above_a_post_mortem_that_tells_no_timeline_are_its_timeline() -> None:
    document = from_markdown(_UPDATES_THEN_REPORT)
    assert [event.time for event in document.timeline] == [
        datetime(2026, 3, 9, 10, 20, tzinfo=UTC),
        datetime(2026, 3, 9, 11, 5, tzinfo=UTC),
        datetime(2026, 3, 9, 11, 40, tzinfo=UTC),
    ]
    assert [event.kind for event in document.timeline] == [EventKind.DETECTION, EventKind.ACTION, EventKind.RESOLUTION]
    assert "expired client certificate" in to_markdown(document)  # the story stays, as a section of its own


def test_updates_above_a_post_mortem_with_a_timeline_of_its_own_stay_what_customers_were_told() -> None:
    text = _UPDATES_THEN_REPORT.replace("### What happened", "### Timeline")
    document = from_markdown(text)
    assert not any("being declined" in event.text for event in document.timeline)
