"""Three forms of the student template's timeline a careful reader sorts without a second thought.

- Under the writer's "Actions Taken:", an entry that opens with what the team first believed ("Initially
  suspected the cache layer") is the wrong turn it turned out to be: the template asks for the assumptions made
  under that label, and the reader of the post-mortem still records them as misleading paths. A finding listed
  under "Assumed Root Cause:" is no such belief.
- A log's terse "Engineering team notified." is a team brought in, as "The engineering team was notified" is;
  not when the monitoring told them, nor the on-call's first page.
- "Attempted to fix the module", "Tried to reach the host" are steps taken, whether or not they worked.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry

_ACTIONS_TAKEN = """# Postmortem: checkout outage

## Timeline (UTC), 3 March 2025

- **Detection:** 10:02 alerts fired on the checkout error rate
- **Actions Taken:**
  - Looked through the web logs for anything odd.
  - Initially suspected the cache layer, because the first errors came from it.
  - Thought it was a traffic spike, so we scaled out the web tier.
  - We first assumed the morning's deploy was at fault
  - Restarted the database and the errors stopped.
- **Escalation:** the database team joined at 10:40
"""


def _kinds(markdown: str) -> dict[str, EventKind]:
    return {event.text: event.kind for event in from_markdown(markdown).timeline}


def test_first_beliefs_listed_under_actions_taken_are_misleading_paths() -> None:
    kinds = _kinds(_ACTIONS_TAKEN)
    assert kinds["Initially suspected the cache layer, because the first errors came from it."] is (
        EventKind.MISLEADING
    )
    assert kinds["Thought it was a traffic spike, so we scaled out the web tier."] is EventKind.MISLEADING
    assert kinds["We first assumed the morning's deploy was at fault"] is EventKind.MISLEADING


def test_the_deeds_beside_them_stay_actions() -> None:
    kinds = _kinds(_ACTIONS_TAKEN)
    assert kinds["Looked through the web logs for anything odd."] is EventKind.ACTION
    assert kinds["Restarted the database and the errors stopped."] is EventKind.ACTION


def test_a_finding_under_the_assumed_root_cause_label_is_not_a_belief() -> None:
    markdown = _ACTIONS_TAKEN.replace(
        "  - Restarted the database",
        "  - Assumed Root Cause: Disk usage on the primary was normal.\n  - Restarted the database",
    )
    assert _kinds(markdown)["Assumed Root Cause: Disk usage on the primary was normal."] is EventKind.ACTION


def test_a_belief_the_entry_says_was_borne_out_stays_an_action() -> None:
    markdown = _ACTIONS_TAKEN.replace(
        "  - Restarted the database",
        "  - Suspected the disk, which SMART data then confirmed.\n  - Restarted the database",
    )
    assert _kinds(markdown)["Suspected the disk, which SMART data then confirmed."] is EventKind.ACTION


@pytest.mark.parametrize(
    "text",
    ["Engineering team notified.", "DevOps team alerted and begins investigation.", "DBA team paged and joining."],
)
def test_a_team_told_in_a_terse_line_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Engineers alerted by Datadog.",
        "Engineering team notified through the automated alerting system.",
        "On-call engineer paged.",
    ],
)
def test_a_team_the_monitoring_told_is_still_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text", ["Attempted to fix Terraform module for new node bootstrap", "Attempted to update staging endpoint"]
)
def test_an_attempt_is_a_step_taken(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ACTION


@pytest.mark.parametrize(
    "text",
    [
        "Temporary measure put in place so the builds run at half speed",
        "Rosa and Idris submit a fix to the mail records.",
        "Confirmed SSH config and key location correct",
    ],
)
def test_a_step_in_other_words_is_an_action(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ACTION
