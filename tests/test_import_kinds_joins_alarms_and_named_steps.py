"""Kinds a careful reader gives from a few more forms of words.

Someone joining the response was brought in (an escalation); an alarm named, quoted or scoped that fires is
the detection, and so is someone ringing the service desk, whatever the desk does next; a step named by its
noun ("Partial fix: …", "Full rebuild of …") or values keyed in by hand is a deed of the response.
"""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Okafor (payments) joins.",
        "Bea (database owner) joins the call.",
        "Ravi from networking joined the bridge",
        "@lin hops on the call",
        "The on-call DBA dials in.",
        "The storage team joined at 03:20.",
    ],
)
def test_someone_joining_the_response_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Replica db-3 joins the cluster again.",
        "Node 4 rejoins the ring.",
        "Sam joins the company in May as an SRE.",
    ],
)
def test_a_thing_joining_what_it_belongs_to_is_no_escalation(text: str) -> None:
    assert kind_of_entry(text) is not EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Monitor `[orders] error rate > 5%` triggered.",
        'Alarm "queue depth high" fired.',
        "Our automated error alarms for the west region fired and the on-call engineers were engaged.",
        "The warehouse supervisors rang the IT service desk, who opened a P2 and called the on-call engineer.",
        "A nurse phoned the help desk about the frozen screens.",
    ],
)
def test_an_alarm_firing_or_a_call_to_the_service_desk_is_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


def test_calling_the_help_desk_lead_in_is_still_an_escalation() -> None:
    assert kind_of_entry("Ana called the help desk lead to join.") is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Partial fix: replay the orders of the last six hours through the live queue.",
        "Full rebuild of `catalog-v3`.",
        "Temporary workaround: route EU traffic through Dublin.",
        "New API keys and endpoints entered on the gateway.",
    ],
)
def test_a_step_named_by_its_noun_or_values_keyed_in_is_an_action(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ACTION


def test_a_rebuild_that_ends_the_outage_stays_the_resolution() -> None:
    assert kind_of_entry("Full rebuild complete; search back to normal.") is EventKind.RESOLUTION
