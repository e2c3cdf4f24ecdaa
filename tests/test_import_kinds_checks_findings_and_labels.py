"""Kinds a careful reader gives entries that students and first-time writers put in their timelines.

A check named by its noun ("Second check of …"), a finding told by the work that made it ("Trace analysis
revealed …"), a cache cleaned, a script "begun", a slip seen in the code, the culprit "unmasked": steps of the
response. A signal first put down to something harmless ("initially attributed it to …"), a guess told as
blame ("We blame it on …") and a team's search that came back empty are wrong paths. A monitor named after its
role ("Our uptime agent, Pingdom sent an alert …") and word from users received ("We recieve customers
feedback …") are the detection, whatever else the entry tells. The writer's own label wins over the words
after it ("Corrective action taken: … brought back up"), and a timeline's "End time:" line is its end.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Steps of the response, in the words people write them.
        ("Second check of the proxy access logs.", EventKind.ACTION),
        ("Trace analysis revealed a retry storm from the mobile client.", EventKind.ACTION),
        ("Confirmation that the queue worker is not running.", EventKind.ACTION),
        ("Priya cleaned the build cache on the runner.", EventKind.ACTION),
        ("The on-call logged into Postgres to look at the locks.", EventKind.ACTION),
        ("Cleanup script begun on the two web nodes.", EventKind.ACTION),
        ("We see a typo in the hostname of the cache setting.", EventKind.ACTION),
        ("The culprit unmasked: a stale DNS record on the resolver.", EventKind.ACTION),
        ("The night engineer confirms the problem through our monitoring dashboards.", EventKind.ACTION),
        # The writer's label says what the entry is, though its words tell of a recovery.
        (
            "Corrective action taken: the pool size is restored and the API is slowly brought back online.",
            EventKind.ACTION,
        ),
        # A resolution not reached ("no immediate resolution") is no resolution: the entry is the hand-over.
        ("Escalated to the storage team on call, though with no quick resolution.", EventKind.ESCALATION),
        # Wrong paths.
        ("Ops saw the latency jump but initially attributed it to the nightly batch.", EventKind.MISLEADING),
        ("We blame it on the load balancer... until its graphs look spotless.", EventKind.MISLEADING),
        ("Storage team reports no anomalies on the volumes; attention moves to the app.", EventKind.MISLEADING),
        # The detection, whatever the entry tells after it.
        (
            "Our uptime agent, Pingdom sent an alert to the channel two minutes after the first failures, and from"
            " there the issue was escalated.",
            EventKind.DETECTION,
        ),
        ("We recieve customers feedback by mail that the cart stays empty.", EventKind.DETECTION),
        ("Received complaints from several users about slow logins.", EventKind.DETECTION),
        # Not a step: a health check's own failure is the trouble, not someone checking.
        ("Health check for the API failed.", EventKind.NOTE),
    ],
)
def test_an_entry_gets_the_kind_a_reader_gives_it(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


_ALERTS_LOOKED_INTO = """# Orders database stalls

## Timeline

- 2024-05-01 21:00 UTC Monitoring alerts fire for slow commits on the orders database.
- 2024-05-01 21:05 UTC Engineers investigated alerts and confirmed the primary was refusing writes.
- 2024-05-01 21:20 UTC Investigated the replica alert as well; a false alarm from a flapping probe.
- 2024-05-01 21:40 UTC The disk was extended and the database recovered.
"""


def test_alerts_looked_into_after_they_fired_are_a_step_unless_they_led_nowhere() -> None:
    document = from_markdown(_ALERTS_LOOKED_INTO)
    assert [event.kind for event in document.timeline] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.RESOLUTION,
    ]


_SET_TO_WORK = """# Shop offline

## Timeline

- 2024-06-02 03:30 UTC The watchdog paged the engineer on call: the shop's server had lost power.
- 2024-06-02 03:32 UTC The engineer told the team lead about it straight away.
- 2024-06-02 03:40 UTC The lead set the Ansible play to work restoring normal service on both hosts.
- 2024-06-02 04:00 UTC Normal service was restored on both hosts.
"""


def test_a_play_set_to_work_restoring_service_is_a_step_and_the_restoration_the_resolution() -> None:
    kinds = [event.kind for event in from_markdown(_SET_TO_WORK).timeline]
    assert kinds[2:] == [EventKind.ACTION, EventKind.RESOLUTION]


_START_AND_END_LINES = """# Blog down for the weekend

## Summary

The blog answered every request with an error page.

## Timeline

Start Time: March 2, 2024, 08:00 (UTC)

End Time: March 4, 2024, 17:30 (UTC)

Nobody could read a post during this time.
"""


def test_a_timeline_end_time_line_is_its_resolution() -> None:
    entries = {event.text.split(":")[0]: event.kind for event in from_markdown(_START_AND_END_LINES).timeline}
    assert entries.get("End Time") is EventKind.RESOLUTION
