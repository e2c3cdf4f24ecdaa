"""Several outages in one report, and times written other ways at an entry's front.

A report of a week's repeated failures gives each outage a heading that names its day ("## Outage 2 —
Wednesday 5 February", "### Second outage (Feb 5)"): a careful reader reads each part's entries on that
day, reads the parts as the timeline when no Timeline heading holds them, and takes the window from the
first outage's start to the last one's end. Entries may also open with a weekday ("Sat 11:45 pm ET —"),
count from the entry above ("Twenty minutes later, …") or say an hour alone ("shortly after 11 —").
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_read import read_markdown

_PARTS = [
    # (first heading, second heading, heading marks)
    ("Outage 1 — Tuesday 11 March 2025", "Outage 2 — Thursday 13 March 2025", "##"),
    ("First outage (Mar 11)", "Second outage (Mar 13)", "##"),
    ("Incident #1: 11 March 2025", "Incident #2: 13 March 2025", "##"),
    ("The first failure, on Tuesday 11 March", "The second failure, on Thursday 13 March", "##"),
]


def _report(first: str, second: str, marks: str, *, under_timeline: bool) -> str:
    timeline = "## Timeline\n\n" if under_timeline else ""
    marks = "###" if under_timeline else marks  # under the Timeline, a level below it
    return (
        "# Two print queue outages in March 2025\n\nAll times UTC.\n\n"
        "## Summary\n\nThe print queue stalled twice in one week.\n\n"
        f"{timeline}{marks} {first}\n\n"
        "- 08:05 Print jobs stop leaving the queue.\n- 08:20 The spooler is restarted and jobs flow again.\n\n"
        f"{marks} {second}\n\n"
        "- 16:40 Jobs pile up in the queue again.\n- 17:10 The spooler disk is cleaned and the queue drains.\n\n"
        "## Root cause\n\nThe spooler disk filled with stale jobs.\n"
    )


@pytest.mark.parametrize("under_timeline", [False, True])
@pytest.mark.parametrize(("first", "second", "marks"), _PARTS)
def test_each_outage_is_read_on_the_day_its_heading_names(first: str, second: str, marks: str, under_timeline: bool):
    document, _ = read_markdown(_report(first, second, marks, under_timeline=under_timeline))
    times = [event.time for event in document.timeline]
    assert times == [
        None,
        datetime(2025, 3, 11, 8, 5, tzinfo=UTC),
        datetime(2025, 3, 11, 8, 20, tzinfo=UTC),
        None,
        datetime(2025, 3, 13, 16, 40, tzinfo=UTC),
        datetime(2025, 3, 13, 17, 10, tzinfo=UTC),
    ]
    # Each outage's heading stays before its entries, as an untimed note: "Outage 2" is the writer's word.
    assert [(event.kind.value, event.text) for event in document.timeline if event.time is None] == [
        ("note", first),
        ("note", second),
    ]
    # The window runs to the last outage's end, not the first one's.
    assert document.summary.end == datetime(2025, 3, 13, 17, 10, tzinfo=UTC)


def test_an_outage_told_in_prose_is_read_on_its_own_day():
    text = (
        "# Repeated VPN drops\n\nTimes are UTC.\n\n"
        "## Outage 1 — Monday 7 April 2025\n\n- 09:00 VPN tunnels drop.\n- 09:30 Gateway rebooted; tunnels back.\n\n"
        "## Outage 2 — Wednesday 9 April 2025\n\n"
        "Shortly after 2 in the afternoon the tunnels dropped again. Maria rebooted the gateway at 14:25, "
        "and the tunnels were back by 14:40.\n"
    )
    document, _ = read_markdown(text)
    later = [event for event in document.timeline if event.time and event.time.date() == date(2025, 4, 9)]
    assert [event.time.hour * 60 + event.time.minute for event in later] == [14 * 60, 14 * 60 + 25, 14 * 60 + 40]
    assert "dropped again" in later[0].text


def test_headings_that_name_no_outage_are_not_parts():
    # One dated heading is not "several outages": nothing is merged, the section stays as written.
    text = "# Notes\n\n## Release of 3 March 2025\n\n- 10:00 Release cut.\n\n## Thoughts\n\nIt went fine.\n"
    document, _ = read_markdown(text)
    assert all("Outage" not in event.text for event in document.timeline)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (
            ["Sat 11:45 pm ET — nightly batch staged.", "Sun 6:10 am ET — first complaints."],
            ["2025-03-08T23:45:00-05:00", "2025-03-09T06:10:00-04:00"],
        ),
        (
            ["Saturday 22:15 — nightly batch staged.", "Sunday 07:05 — first complaints."],
            ["2025-03-08T22:15:00+00:00", "2025-03-09T07:05:00+00:00"],
        ),
        (
            ["**Sat** 9:30 pm — nightly batch staged.", "**Sun** 8:00 am — first complaints."],
            ["2025-03-08T21:30:00+00:00", "2025-03-09T08:00:00+00:00"],
        ),
    ],
)
def test_a_weekday_before_an_entrys_clock_gives_its_day(entries: list[str], expected: list[str]):
    bullets = "\n".join(f"- {entry}" for entry in entries)
    text = f"# Stale labels\n\n**Date:** Saturday 8 March 2025\n\n## Timeline\n\n{bullets}\n"
    document, _ = read_markdown(text)
    assert [event.time.isoformat() for event in document.timeline if event.time] == expected
    assert not document.timeline[0].text.lower().startswith(("sat", "**sat"))


@pytest.mark.parametrize(
    ("phrase", "minutes"),
    [("Twenty minutes later", 20), ("An hour later", 60), ("15 min later", 15), ("Half an hour later", 30)],
)
@pytest.mark.parametrize("numbered", [True, False])
def test_an_entry_counted_from_the_one_above_gets_its_time(phrase: str, minutes: int, numbered: bool):
    mark = "{}." if numbered else "-"
    lines = [
        f"{mark.format(1)} 11:00 – A major incident is declared.",
        f"{mark.format(2)} {phrase}, Ines finds the disk is full.",
        f"{mark.format(3)} 13:00 – Logs are rotated.",
    ]
    text = "# Disk full\n\nAll times UTC, Monday 6 January 2025.\n\n## Sequence of events\n\n" + "\n".join(lines) + "\n"
    document, _ = read_markdown(text)
    second = document.timeline[1]
    assert second.time == datetime(2025, 1, 6, 11, minutes // 60 * 0, tzinfo=UTC).replace(
        hour=11 + minutes // 60, minute=minutes % 60
    )
    assert second.text.startswith(phrase)  # the writer's words stay


@pytest.mark.parametrize(
    ("bullet", "hour"),
    [
        ("shortly after 11 — Ravi notices the cache evicting keys.", 11),
        ("Just after 2 — Ravi notices the cache evicting keys.", 14),
        ("Around 3 in the afternoon, Ravi notices the cache evicting keys.", 15),
        ("A little before 11 o'clock Ravi notices the cache evicting keys.", 11),
    ],
)
def test_an_hour_said_alone_at_a_bullets_front_is_its_time(bullet: str, hour: int):
    text = (
        "# Lobby jam\n\n## Summary\n\nOn 7 March 2025 players could not join from 10:05 to 15:30 UTC.\n\n"
        f"## Timeline\n\n- 10:05 Queues grow.\n- {bullet}\n- 15:30 Queues clear.\n"
    )
    document, _ = read_markdown(text)
    assert document.timeline[1].time == datetime(2025, 3, 7, hour, 0, tzinfo=UTC)


@pytest.mark.parametrize("bullet", ["after 3 retries the job gave up.", "around 5 nodes were affected."])
def test_a_count_after_a_cue_is_no_hour(bullet: str):
    text = (
        "# Retries\n\n## Summary\n\nOn 7 March 2025 jobs failed from 10:05 to 15:30 UTC.\n\n"
        f"## Timeline\n\n- 10:05 Jobs fail.\n- {bullet}\n"
    )
    document, _ = read_markdown(text)
    assert document.timeline[1].time is None
