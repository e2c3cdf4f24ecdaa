"""A company report's "Remediation" section whose first part lists what was already done ("### Immediate
actions (completed)", "### Immediate Actions Taken", "### Mitigation"), beside planned work, and no section or
sentence telling the resolution: the completed actions are how the incident was resolved. The planned part
never is, and a resolution the report tells itself wins."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

REPORT = """# Search index outage - 3 March 2025

On 3 March 2025 the product search returned no results for 40 minutes.

## Timeline

- **09:10 UTC** - Search results drop to zero
- **09:20 UTC** - Incident declared
- **09:50 UTC** - Search results back to normal

## Root Cause

A schema change dropped the alias the search service reads from.

## Remediation

### Immediate Actions (Completed)

- Alias restored on the live index
- Schema change reverted in the deploy pipeline

### Planned Actions

- Add a check that the alias exists before a deploy finishes
- Alert when search returns no results for five minutes
"""

NUMBERED = """## Remediation

### Immediate actions (completed)

1. **Index rebuilt from the primary store**
We rebuilt the index overnight:

- Every product exported
- A fresh index loaded

2. **Traffic moved to the new index**

- Alias switch
- An hour of watching error rates

### Planned actions

1. **Better alerting**
We plan to alert on empty results.
"""


def test_the_completed_actions_are_the_resolution() -> None:
    resolution = from_markdown(REPORT).root_cause.resolution
    assert "Alias restored on the live index" in resolution
    assert "Schema change reverted in the deploy pipeline" in resolution
    assert "alias exists before a deploy" not in resolution


@pytest.mark.parametrize("name", ["Immediate Actions Taken", "Mitigation"])
def test_other_names_of_the_completed_part(name: str) -> None:
    text = REPORT.replace("Immediate Actions (Completed)", name)
    assert "Alias restored on the live index" in from_markdown(text).root_cause.resolution


def test_numbered_actions_are_read_by_their_titles_not_their_steps() -> None:
    text = REPORT[: REPORT.index("## Remediation")] + NUMBERED
    resolution = from_markdown(text).root_cause.resolution
    assert "Index rebuilt from the primary store" in resolution
    assert "Traffic moved to the new index" in resolution
    assert "Every product exported" not in resolution
    assert "Better alerting" not in resolution


def test_planned_work_alone_is_no_resolution() -> None:
    text = REPORT.replace("### Immediate Actions (Completed)\n", "### Short-term Improvements (In Progress)\n")
    assert "Alias restored" not in (from_markdown(text).root_cause.resolution or "")


def test_a_resolution_the_report_tells_wins() -> None:
    text = REPORT.replace("## Remediation", "## Resolution\n\nWe restored the alias by hand.\n\n## Remediation")
    assert from_markdown(text).root_cause.resolution == "We restored the alias by hand."


def test_the_completed_items_keep_their_place_in_the_measures() -> None:
    measures = from_markdown(REPORT).measures
    written = [*measures.improvements, *(task.text for task in measures.tasks)]
    assert "Alias restored on the live index" in written
