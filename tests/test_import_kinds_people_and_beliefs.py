"""Kinds from the words for bringing people in, for a belief that proved wrong, and for the first word from
the people affected, as a careful reader gives them; and the words that look alike but are none of these.

Escalation is more people brought to the incident (paging, phoning, waking, looping in, a priority raised,
an outside party's support called); a misleading path is a belief or a guess the timeline then leaves; a
detection is the people affected reporting or asking; a deed is an action.
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
        "The service desk opened a P1 and rang the storage on-call, Bea.",
        "Raised a SEV2 and paged the storage team.",
        "Duty manager phoned the database on-call, Ines.",
        "jon.b: paging @search-oncall, the indexer belongs to them",
        "paging @db-oncall to look at the replication slot",
        "Paging the network on-call for a second pair of eyes",
        "Looped in the identity team.",
        "Looping in @sre-leads on the bridge",
        "Contacted the vendor's support about the firmware.",
        "Called the ISP's fault line and opened a ticket.",
        "Woke up the platform lead.",
        "Woke Marta, who wrote the importer.",
        "Aiko notices the index is empty and pages Tobias, who owns the cluster",
    ],
)
def test_bringing_more_people_in_is_an_escalation(text):
    assert _kind(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A tool paging the on-call, or someone calling the on-call, is how the incident was found.
        ("PagerDuty pages the billing on-call: error rate above 5%", EventKind.DETECTION),
        ("The disk alert pages Ruth.", EventKind.DETECTION),
        ("The shift lead calls the on-call number about the frozen tills", EventKind.DETECTION),
        # "loop" the noun, a service waking, a reply to a customer: no one brought in.
        ("Found an infinite loop in the parser.", EventKind.ACTION),
        ("The retry loop in the worker never exits.", EventKind.NOTE),
        ("The service woke up after the restart.", EventKind.ACTION),
        ("Our support team called the customer back with an update.", EventKind.NOTE),
        ("We rang the bell on the bridge call to mark the end.", EventKind.NOTE),
        ("The on-call engineer restarted the pod.", EventKind.ACTION),
        ("The database on-call restarted the replica.", EventKind.ACTION),
    ],
)
def test_words_like_bringing_people_in_that_are_not_an_escalation(text, kind):
    assert _kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "The service desk believed the card processor was down and checked its status page, which was green.",
        "Support believed the CDN was at fault and purged it.",
        "Tomás thought the DNS change was to blame and reverted it.",
        "We assumed the database was the bottleneck and added a replica.",
        "Mira suspected a memory leak and restarted the workers.",
        "The cache turned out not to be the problem.",
        "The load balancer was a red herring.",
        "Disk I/O was ruled out after checking iostat.",
    ],
)
def test_a_belief_or_guess_the_timeline_leaves_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We thought about adding a cache but scaled the pool instead.", EventKind.ACTION),
        ("The fix is believed to be holding; watching.", EventKind.NOTE),
    ],
)
def test_thinking_about_a_plan_or_a_present_belief_is_not_a_misleading_path(text, kind):
    assert _kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        'The shop 7 supervisor called the IT helpdesk: "the terminal says no connection".',
        "A branch clerk rang the service desk to say the tills were frozen.",
        "The night nurse phoned the IT help desk about the blank screens.",
        "A cashier called our central support line: payments fail.",
        "ana.r: seeing loads of 504s on search in kibana, anyone else?",
        "dee: getting timeouts on login from the office, anyone else?",
        "priya: is anyone else unable to reach the VPN?",
        "A customer asked on Twitter why their order vanished.",
        "First post on the forum about it: 'is the app broken for anyone?'",
        "The support lead writes in #ops that tickets about missing receipts are piling up",
    ],
)
def test_the_people_affected_reporting_or_asking_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Users were asked to log out and back in.", EventKind.NOTE),  # told, not telling
        ("I'm getting the heap dump now.", EventKind.NOTE),  # getting a thing, not seeing a symptom
    ],
)
def test_words_like_a_report_that_are_not_the_detection(text, kind):
    assert _kind(text) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ravi.s: kill switch search_v2 turned off", EventKind.ACTION),
        ("We switched the write path off.", EventKind.ACTION),
        ("Bea routed the branch through the shop next door's fibre line.", EventKind.ACTION),
        ("Asked the registrar for a fresh transfer code and requested a new certificate.", EventKind.ACTION),
        ("The vendor talked us through resetting the profile on till 2, which then worked.", EventKind.ACTION),
        ("Ines confirmed that the signing key had been rotated at 02:10.", EventKind.ACTION),
        ("Rebuild of the search index from the snapshot starts", EventKind.ACTION),
        ("The whole health-check loop answers 200 again.", EventKind.RESOLUTION),
        ("till 2 fixed the same way; the print queue was cleared by 16:10.", EventKind.RESOLUTION),
        ("Card payments succeeding at all 9 branches.", EventKind.RESOLUTION),
        ("Staff confirmed they could sign in again.", EventKind.RESOLUTION),
        # The system's own course stays a note.
        ("The primary link at the hub started dropping packets.", EventKind.NOTE),
    ],
)
def test_deeds_and_recoveries_in_other_words(text, kind):
    assert _kind(text) is kind


def test_a_closing_remark_about_what_we_thought_is_not_an_event():
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n- 2024-05-01 10:00 UTC The queue stalled.\n"
        "- 2024-05-01 10:20 UTC Restarted the consumer; the queue drained.\n\n"
        "## Closing notes\n\nWe thought about adding a cache in front of the queue, and will discuss it.\n"
    )
    assert [event.text for event in document.timeline] == [
        "The queue stalled.",
        "Restarted the consumer; the queue drained.",
    ]
    assert "We thought about adding a cache" in document.closing_notes
