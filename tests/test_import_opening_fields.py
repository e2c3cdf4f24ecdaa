"""Fields a report's opening states as bold labels: "**Impact**: …", "- **Impact:**" over bullets of its own.

Under a plain "## Summary" (read as the introduction, since it is the report's opening words), a reader
still sees the impact the authors wrote against their "Impact" label, whether on its line or as the
bullets nested under it.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

NESTED = """# Outage: image uploads failing

## Summary

- **Duration:** 2024-06-02 09:10 to 10:25 UTC
- **Impact:**
  - Image uploads failed for all users.
  - About 4,000 uploads were lost.
- **Root cause:** The storage bucket's quota was reached.

## Timeline

- 09:10 — Upload errors begin.
- 10:25 — Quota raised, uploads succeed.
"""


def test_an_impact_label_over_its_own_bullets_gives_the_impact() -> None:
    document = from_markdown(NESTED)
    assert document.summary.impact == "- Image uploads failed for all users.\n- About 4,000 uploads were lost."
    assert "**Impact:**" in document.introduction  # the opening keeps its lines as written


def test_a_bulleted_resolution_label_in_the_opening_gives_the_resolution() -> None:
    document = from_markdown(
        "# Mail queue stuck\n\n## Overview\n\n- **Impact:** Outgoing mail was delayed by two hours.\n"
        "- **Resolution:** Restarted the relay and drained the queue.\n"
    )
    assert document.summary.impact == "Outgoing mail was delayed by two hours."
    assert document.root_cause.resolution == "Restarted the relay and drained the queue."


def test_a_label_with_nothing_under_it_gives_nothing() -> None:
    document = from_markdown("# Mail queue stuck\n\n## Overview\n\n- **Impact:**\n- **Severity:** SEV3\n")
    assert document.summary.impact == ""
