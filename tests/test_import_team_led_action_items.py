"""Action items each opened by the team doing them, as minutes write them: "Payments will …", "SRE to …".

A careful reader takes the team leading item after item as the owner of its items, though it is no person's
name, and the item's work from its verb on.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Card payments declined

- Date: 2026-Apr-02
- Authors: Payments and SRE

## Action Items

- Payments will add a retry budget to the card client
- SRE check whether the gateway timeouts can be shortened
- SRE to add an alert on decline rate
- Payments to write a runbook for gateway failovers
- SRE to review the on-call rota

## Timeline

- 0910 UTC: Decline rate rises; SRE paged.
- 0955 UTC: Payments rolls back the client.
"""


def test_teams_leading_their_items_are_the_owners() -> None:
    tasks = from_markdown(REPORT).measures.tasks
    assert [task.owner for task in tasks] == ["Payments", "SRE", "SRE", "Payments", "SRE"]
    assert tasks[0].text == "Add a retry budget to the card client"
    assert tasks[1].text == "Check whether the gateway timeouts can be shortened"


def test_a_verb_opening_two_items_is_no_owner() -> None:
    report = REPORT.replace(
        "- Payments will add", "- Update to v3 of the card client\n- Update to v2 of the SDK\n- Add"
    )
    tasks = from_markdown(report).measures.tasks
    assert not any(task.owner == "Update" for task in tasks)
    assert tasks[0].text == "Update to v3 of the card client"
