"""Event kinds a careful reader gives where the words of an entry, or the label over it, mislead the import.

- The student template's "**Resolution:**" over several bullets names what the group is about; the restart that
  helped for a while and the cause found on the way are steps taken, and only the entry that ended the incident
  is its resolution. A lone entry under the label stays the resolution.
- Under "**Actions Taken:**", an entry that does nothing but hand the incident on ("The incident was escalated
  to the storage team") is the escalation; one that also tells of work begun stays a deed. A first belief said
  as a noun ("there were assumptions of …") is the wrong turn, as "Initially suspected …" is.
- Deeds told without their doer ("The firewall rules were modified"), named by the writer's label for the step
  ("Diagnosis — …", "Root cause confirmed — …") or by their noun ("Creation of a new VM") are steps taken; a
  standing state ("The job is configured to run nightly") stays a note.
- "Services restored, and tests confirmed stability" and a deed done "to restore service" end the incident.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry

_GROUPED = """# Postmortem: shop database outage

## Timeline

**Issue Detection:**

- Time: 14 May 2024, 09:10 AM (UTC)
- Detection Method: uptime checks failed on the shop's product pages.

**Actions Taken:**

- The on-call engineer was paged and began looking into the web tier logs.
- Initially, there were assumptions of a DNS fault at the registrar.
- The incident was escalated to the storage team.

**Resolution:**

- The database host was rebooted, which brought the pages back for ten minutes.
- Disk checks then showed a dying volume, which was swapped out.
- Data was reloaded from the night's backup, and the shop was fully recovered by 10:20 AM (UTC).
"""


def _kinds(markdown: str) -> dict[str, EventKind]:
    return {event.text: event.kind for event in from_markdown(markdown).timeline}


def test_steps_under_a_resolution_label_before_the_recovery_are_actions() -> None:
    kinds = _kinds(_GROUPED)
    assert kinds["The database host was rebooted, which brought the pages back for ten minutes."] is EventKind.ACTION
    assert kinds["Disk checks then showed a dying volume, which was swapped out."] is EventKind.ACTION
    recovered = "Data was reloaded from the night's backup, and the shop was fully recovered by 10:20 AM (UTC)."
    assert kinds[recovered] is EventKind.RESOLUTION


def test_without_words_of_recovery_the_groups_last_deed_is_the_resolution() -> None:
    markdown = _GROUPED.replace(
        "- Data was reloaded from the night's backup, and the shop was fully recovered by 10:20 AM (UTC).\n",
        "- Replaced the volume and restarted the database.\n",
    )
    kinds = _kinds(markdown)
    assert kinds["Disk checks then showed a dying volume, which was swapped out."] is EventKind.ACTION
    assert kinds["Replaced the volume and restarted the database."] is EventKind.RESOLUTION


def test_a_lone_entry_under_a_resolution_label_stays_the_resolution() -> None:
    head, _, _ = _GROUPED.partition("**Resolution:**")
    kinds = _kinds(head + "**Resolution:**\n\n- The dying volume was swapped out and the database restarted.\n")
    assert kinds["The dying volume was swapped out and the database restarted."] is EventKind.RESOLUTION


def test_a_hand_over_listed_with_the_deeds_is_an_escalation() -> None:
    kinds = _kinds(_GROUPED)
    assert kinds["The incident was escalated to the storage team."] is EventKind.ESCALATION
    # Brought in and set to work: the work is what the writer listed.
    assert kinds["The on-call engineer was paged and began looking into the web tier logs."] is EventKind.ACTION


def test_a_first_belief_said_as_a_noun_under_actions_taken_is_misleading() -> None:
    assert _kinds(_GROUPED)["Initially, there were assumptions of a DNS fault at the registrar."] is (
        EventKind.MISLEADING
    )


@pytest.mark.parametrize(
    "text",
    [
        "The firewall rules were modified",
        "Staging config is modified to point at the new branch",
        "The checkout pages are tested on staging",
        "Diagnosis — booted the previous kernel from the boot menu; the machine came up",
        "Root cause confirmed — the new kernel image lacked its disk driver",
        "Remediation: boot image made anew from the older kernel",
        "Creation of a spare VM with 64GB RAM",
    ],
)
def test_deeds_without_their_doer_or_by_their_label_are_actions(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ACTION


@pytest.mark.parametrize(
    "text",
    ["The backup job is configured to run nightly", "The site is monitored by an uptime service", "Root cause: a typo"],
)
def test_a_standing_state_stays_a_note(text: str) -> None:
    assert kind_of_entry(text) is EventKind.NOTE


@pytest.mark.parametrize(
    "text",
    [
        "Services restored, and tests confirmed stability",
        "Log partition manually freed up to restore service",
    ],
)
def test_a_recovery_told_with_its_deed_is_the_resolution(text: str) -> None:
    assert kind_of_entry(text) is EventKind.RESOLUTION


def test_an_attempt_to_restore_service_is_no_resolution() -> None:
    assert kind_of_entry("We attempted to restore service by restarting the pods") is EventKind.ACTION
