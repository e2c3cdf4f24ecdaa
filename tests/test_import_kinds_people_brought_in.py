"""Someone paged, called in or woken up by a person is brought into the incident: an escalation.

A careful reader tells "paged the on-call DBA" (a person bringing in a specialist) from "we were paged by
the alert" (an alert telling the on-call: how the incident was found). Both say "paged"; who does the paging
decides the kind.
"""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Alice paged the on-call DBA to check replication lag.",
        "Called the on-call DBA.",
        "Paging the on-call network engineer.",
        "Maria from storage was paged.",
        "Maria (storage) woken up by phone.",
        "Maria is woken up and joins the bridge.",
        "Maria paged by Alice.",
        "Called Maria from storage.",
        "Rang Maria Lopez.",
        "Got Maria from storage out of bed.",
    ],
)
def test_a_person_paging_calling_or_waking_another_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Paged the on-call DBA.",
        "Paged Maria from storage.",
        "Called in the network team.",
        "Pulled in @sam.",
        "Woke up the platform lead.",
    ],
)
def test_the_plain_forms_stay_escalations(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "We were paged by the alert.",
        "PagerDuty paged the on-call.",
        "On-call was paged at 14:02 by the high-latency alert.",
        "The alert woke up the on-call.",
        "We were woken up by the pager at 03:10.",
        "Ines was paged by the queue-depth alarm.",
    ],
)
def test_an_alert_paging_or_waking_us_is_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "Customer called Maria at the front desk.",
        "Store manager calls the on-call team.",
    ],
)
def test_someone_calling_to_report_the_problem_stays_a_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "Got a lead on the cause.",
        "The on-call engineer called the customer back.",
    ],
)
def test_look_alikes_bring_nobody_in(text: str) -> None:
    assert kind_of_entry(text) is not EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Tariq finds the replication alarm on pg-04, pages Lena",
        "Lena traced the errors to the proxy and called in Tariq",
        "Omar discovered the full-disk alert on node 7, then paged the storage team",
    ],
)
def test_someone_who_finds_an_alarm_then_pages_another_brings_them_in(text: str) -> None:
    # The alarm named is what was found; the person found it and pages someone else.
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "The ticket was assigned to the database administrator.",
        "Issue reassigned to the network team.",
        "Incident handed over to the on-call DBA.",
        "Problem passed on to Maria from storage.",
    ],
)
def test_the_incident_handed_to_someone_to_take_on_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "The fix was assigned to the next sprint.",
        "Assigned to me while I looked at the logs.",
    ],
)
def test_work_assigned_to_a_sprint_or_to_oneself_brings_no_one_in(text: str) -> None:
    assert kind_of_entry(text) is not EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Time to call in the big guns: the networking folks took over.",
        "We brought in the cavalry from the storage side.",
    ],
)
def test_calling_in_help_said_as_an_idiom_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION
