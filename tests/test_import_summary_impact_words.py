"""A summary told in sentences gives the impact from the sentences that tell who or what was hurt.

"…, affecting every learner trying to reach the API" and "Damage was limited to under two hours" tell the
impact as much as "users could not log in" does: a careful reader copies them to the impact.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def _report(summary: str) -> str:
    return f"""# Postmortem: the course API refused requests

## Issue Summary
{summary}

## Timeline
- 2024-02-13 04:30 UTC - First reports of refused requests.
- 2024-02-13 09:00 UTC - Access restored.

## Root Cause and Resolution
The API's new access rules had not been planned for. Access was granted after a request to its owners.
"""


def test_a_sentence_telling_who_it_was_affecting_is_the_impact() -> None:
    document = from_markdown(
        _report(
            "During the third project week the course hit a wall with the external API. "
            "This went on from 04:00 to 09:00 UTC, affecting every learner trying to fetch data from it."
        )
    )
    assert "affecting every learner trying to fetch data" in (document.summary.impact or "")


def test_a_sentence_telling_the_damage_is_the_impact() -> None:
    document = from_markdown(
        _report(
            "A release went out a day before the first tickets came in. "
            "Damage was limited to under five hours from the first report."
        )
    )
    assert "Damage was limited to under five hours" in (document.summary.impact or "")


FIGURES_ONLY = """# 2026-01-12 - Scanner instances unavailable in two regions

## Impact

| Customers Impacted | Support Cases | Data Loss | Duration |
| ------------------ | ------------- | --------- | -------- |
| EU and UK regions  | 4             | None      | ~6h      |

## Issue Summary

An expired webhook certificate caused every scanner instance in two regions to stop. Customers were unable to \
open the dashboard or start scans.

## Timeline

- **12-01-2026 08:00 UTC** - Scans start failing.
- **12-01-2026 14:00 UTC** - Certificates renewed, scans run again.
"""


def test_an_impact_section_of_figures_only_gets_the_summary_sentence_over_its_table() -> None:
    document = from_markdown(FIGURES_ONLY)
    impact = document.summary.impact or ""
    assert impact.startswith("Customers were unable to open the dashboard or start scans.")
    assert "| EU and UK regions" in impact
