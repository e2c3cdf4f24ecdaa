"""Kinds a careful reader gives entries told in a team's own words: made aware, reaching out, telling the boss,
a service said to be live or restored, power put back by hand, and a purpose that is not yet an outcome."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Team Payroll was made aware of the problem",
        "The night shift became aware of the problem",
        "Outage notification",
    ],
)
def test_being_made_aware_is_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "Team Payroll reached out to Team Platform about the problem",
        "Team Payroll [reached out](https://chat.example.com/p123) to the storage team",
        "The operator alerted their supervisor about the matter",
        "She informed her line manager of the failed batch",
    ],
)
def test_reaching_out_to_another_team_or_the_boss_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Normal running of the payment gateway was restored by 04:10",
        "Connectivity has been restored for the branch offices",
        "Web site is live",
        "Storefront confirmed UP: HTTP 200 from every region",
    ],
)
def test_the_service_said_to_be_up_again_is_the_resolution(text: str) -> None:
    assert kind_of_entry(text) is EventKind.RESOLUTION


@pytest.mark.parametrize(
    "text",
    [
        "After ten minutes of digging, a decision is made to drop the queue in order to get the service back up fast.",
        "Redeploy triggered via the CLI from the web directory.",
    ],
)
def test_a_step_taken_for_a_purpose_is_an_action_not_the_outcome(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ACTION


def test_power_put_back_by_hand_before_the_service_is_live_is_an_action() -> None:
    document = from_markdown(
        "# Power cut\n\n## Timeline\n\n"
        "- 2024-05-02 02:15 UTC: Facilities moved a cart into the server room\n"
        "- 2024-05-02 02:33 UTC: The cart knocks the power strip switch off\n"
        "- 2024-05-02 02:35 UTC: Ops power the file server back on\n"
        "- 2024-05-02 02:38 UTC: File server is live\n"
    )
    assert [event.kind for event in document.timeline][-2:] == [EventKind.ACTION, EventKind.RESOLUTION]
