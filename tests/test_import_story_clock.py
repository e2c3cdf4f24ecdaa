"""A story's clock times as its reader counts them: on from the time told last, in the order written.

An essay says "It began a little after 1pm", "At twenty past two …", then "We rolled it back at 3:05." and
"By half past three …". Nobody reads 3:05 as the small hours: after twenty past two in the afternoon it is
15:05. A short note's "At 1:15" after "12:40" is 13:15, and "Around noon the VPN stopped accepting logins"
is a step at 12:00, where the incident began. The events stay in the order the story tells them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import from_markdown, read_markdown

_PACIFIC = timezone(timedelta(hours=-8))


def _essay(reverted: str, over: str, after: str) -> str:
    return (
        "# The day every receipt was blank\n\n"
        "*Written by the payments team. All times are Pacific.*\n\n"
        "On Tuesday, 13 February 2024, receipts came out blank for most of an afternoon.\n\n"
        "## The afternoon, as it went\n\n"
        "It began a little after 1pm, when the lunchtime release switched the receipt renderer to a new template "
        "engine. Nothing in its notes said that missing fields would now render as nothing.\n\n"
        "At twenty past two, Oksana from support forwarded three customer emails with blank receipts.\n\n"
        "At ten to three Kwame brought in Lior, who had reviewed the release.\n\n"
        f"{reverted} {over} {after}\n\n"
        "## Why\n\nThe new engine renders a missing field as an empty string.\n"
    )


_REVERTED = {
    "at_end": "We rolled the release back at 3:05.",
    "at_start": "At 3:05 we rolled the release back.",
    "by": "The release was rolled back by 3:05.",
}
_OVER = {
    "said": "By half past three, new receipts were whole again.",
    "written": "New receipts were whole again by 3:30.",
}
_AFTER = {
    "said": "At quarter to five, support began re-sending the blank receipts.",
    "written": "At 4:45 support began re-sending the blank receipts.",
}


@pytest.mark.parametrize("reverted", _REVERTED.values(), ids=_REVERTED.keys())
@pytest.mark.parametrize("over", _OVER.values(), ids=_OVER.keys())
@pytest.mark.parametrize("after", _AFTER.values(), ids=_AFTER.keys())
def test_a_time_without_am_or_pm_in_an_afternoon_story_is_in_the_afternoon(reverted: str, over: str, after: str):
    document = from_markdown(_essay(reverted, over, after))
    hours = [(event.time.hour, event.time.minute) for event in document.timeline if event.time]
    assert hours == [(14, 20), (14, 50), (15, 5), (15, 30), (16, 45)]
    assert all(event.time.date() == datetime(2024, 2, 13).date() for event in document.timeline if event.time)


def test_a_story_is_not_sorted_by_its_times():
    # The times as written, once read: a look back ("had gone out at 2:55") stays where the story tells it.
    document = from_markdown(
        "# Stale prices\n\nAll times are UTC.\n\n## How it went\n\n"
        "On 8 May 2024, at ten past three, the price feed was paused by Ines. "
        "The bad file had gone out at 2:55, five minutes before the first complaint. "
        "At half past three the feed was running again.\n"
    )
    assert [(event.time.hour, event.time.minute) for event in document.timeline] == [(15, 10), (14, 55), (15, 30)]


def _note(opening: str) -> str:
    return (
        "vpn outage, wed 6 mar 2024\n\n"
        f"{opening} Tariq noticed at twenty past twelve when he could not reach the wiki. "
        "Rebooting the gateway at 12:40 did nothing. At 1:15 Noor found the certificate had expired. "
        "She renewed it, and logins worked again by 1:50.\n"
    )


_NOON = {
    "around": "Around noon the VPN gateway stopped accepting logins.",
    "at": "At noon the VPN gateway stopped accepting logins.",
    "at_12": "At 12 noon the VPN gateway stopped accepting logins.",
    "about_midday": "At about midday the VPN gateway stopped accepting logins.",
}


@pytest.mark.parametrize("opening", _NOON.values(), ids=_NOON.keys())
def test_a_short_note_counts_on_from_noon(opening: str):
    document = from_markdown(_note(opening))
    times = [event.time for event in document.timeline]
    day = datetime(2024, 3, 6, tzinfo=UTC)
    assert times == [day.replace(hour=h, minute=m) for h, m in [(12, 0), (12, 20), (12, 40), (13, 15), (13, 50)]]
    assert "stopped accepting logins" in document.timeline[0].text
    assert document.summary.start == day.replace(hour=12)  # where the note says it began


@pytest.mark.parametrize(
    "sentence",
    [
        "The midnight cron job had run as usual.",  # no cue: a name, not a time
        "We promised the partner a fix by noon tomorrow.",  # a plan
        "The freeze lasts until midnight on Friday.",
        "Nobody was paged before noon.",
        "The noon-ish batch was late.",
    ],
)
def test_noon_or_midnight_that_is_not_a_step_of_the_story_is_no_event(sentence: str):
    document = from_markdown(
        "# Reports late\n\nAll times are UTC.\n\n## Story\n\n"
        f"On 4 June 2024 at 09:10 the report queue stalled. {sentence} At 09:40 Ama restarted the workers.\n"
    )
    assert [(event.time.hour, event.time.minute) for event in document.timeline] == [(9, 10), (9, 40)]


def test_a_story_told_past_midnight_goes_on_to_the_next_day():
    document = from_markdown(
        "# Backups failed\n\nAll times are UTC.\n\n## The night\n\n"
        "On 11 April 2024 at 11:20pm the backup job started failing. "
        "At midnight, the on-call engineer was paged. At 12:35 she found the full volume.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 4, 11, 23, 20, tzinfo=UTC),
        datetime(2024, 4, 12, 0, 0, tzinfo=UTC),
        datetime(2024, 4, 12, 0, 35, tzinfo=UTC),
    ]


def test_a_story_on_the_24_hour_dial_keeps_its_morning_times():
    # "09:05" says the 24-hour dial: the "8:40" told after "18:30" is the next morning's, as written.
    document = from_markdown(
        "# Slow search\n\nAll times are UTC.\n\n## Story\n\n"
        "On 2 May 2024 at 09:05 search slowed down. At 18:30 we added two replicas. "
        "At 8:40 the reindex finished.\n"
    )
    assert [(event.time.hour, event.time.minute) for event in document.timeline] == [(9, 5), (18, 30), (8, 40)]


def test_a_timeline_section_told_as_a_story_counts_on_in_the_afternoon_too():
    document = from_markdown(
        "# Receipts blank\n\n**Date:** 13 February 2024 (all times Pacific)\n\n## Timeline\n\n"
        "At twenty past two Oksana forwarded the first blank receipt. "
        "At ten to three Kwame paged Lior. We rolled the release back at 3:05. "
        "By 3:30 new receipts were whole again.\n"
    )
    assert [event.time for event in document.timeline] == [
        datetime(2024, 2, 13, h, m, tzinfo=_PACIFIC) for h, m in [(14, 20), (14, 50), (15, 5), (15, 30)]
    ]


@pytest.mark.parametrize("count", [2, 3])
def test_status_updates_copied_newest_first_into_a_section_read_oldest_first_and_the_user_is_told(count: int):
    updates = [
        ("Resolved", "Card payments have gone through normally for an hour.", "11:40"),
        ("Monitoring", "A fix is out and declines are falling.", "10:55"),
        ("Investigating", "Some card payments are being declined.", "10:05"),
    ]
    updates = updates[:1] + updates[3 - count + 1 :]
    body = "\n\n".join(f"{word} - {text}\nPosted Jul 03, 2024 - {clock} UTC" for word, text, clock in updates)
    document, notes = read_markdown(
        "# Card payments declined\n\n## Summary\n\nSome card payments were declined on 3 July 2024.\n\n"
        f"## What the page said\n\n{body}\n\n## Root cause\n\nA certificate on the acquirer link expired.\n"
    )
    assert [event.time.strftime("%H:%M") for event in document.timeline] == [c for *_, c in reversed(updates)]
    assert f"The text was written newest first: its {count} events now read oldest first." in notes
