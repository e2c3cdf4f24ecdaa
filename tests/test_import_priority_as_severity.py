"""An incident's priority or impact level, stated in its header or summary, gives its severity.

"Classification: Priority 2 (major)", "Priority: P2 - High", "Incident priority: 1 (critical)", "Impact level:
High": a reader takes the level (P1/critical → SEV1, P2/major/high → SEV2, P3/medium/moderate → SEV3,
P4/low/minor → SEV4). A "Priority" column of the action items is a task's priority, not the incident's.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


def _severity(markdown: str) -> str | None:
    return from_markdown(markdown).metadata.severity


@pytest.mark.parametrize(
    ("line", "severity"),
    [
        ("**Classification:** Priority 2 (major)", "SEV2"),
        ("Classification: Priority 3", "SEV3"),
        ("**Incident priority:** 1 (critical)", "SEV1"),
        ("Incident priority: minor", "SEV4"),
        ("- **Priority level:** P4 (low)", "SEV4"),
        ("**Priority:** P2 - High", "SEV2"),
        ("**Impact level:** High", "SEV2"),
    ],
)
def test_a_header_line_states_the_level(line: str, severity: str) -> None:
    assert _severity(f"# Checkout outage\n\n{line}\n\n## Summary\n\nCheckout failed for an hour.\n") == severity


@pytest.mark.parametrize(
    ("summary", "severity"),
    [
        ("Checkout failed for an hour. Incident priority: 1 (critical).", "SEV1"),
        ("Classification: Priority 2 (major)\n\nCheckout failed for an hour.", "SEV2"),
        ("Impact level: moderate. Some shoppers could not pay.", "SEV3"),
    ],
)
def test_the_summary_states_the_level(summary: str, severity: str) -> None:
    assert _severity(f"# Checkout outage\n\n## Summary\n\n{summary}\n") == severity


def test_a_severity_stated_outranks_a_priority() -> None:
    assert _severity("# Checkout outage\n\n**Severity:** SEV1\n**Incident priority:** 3 (medium)\n") == "SEV1"


@pytest.mark.parametrize(
    "markdown",
    [
        "# Outage\n\n## Summary\n\nCheckout failed.\n\n## Action items\n\n| Task | Owner | Priority |\n"
        "|---|---|---|\n| Add an alert | Ana | P1 |\n",
        "# Outage\n\nWe fixed it.\n\n- Add an alert on checkout errors — Priority: P1\n",
        "# Outage\n\n**Classification:** Confidential\n\nCheckout failed.\n",
    ],
)
def test_a_tasks_priority_or_another_classification_is_no_severity(markdown: str) -> None:
    assert _severity(markdown) is None


@pytest.mark.parametrize("value", ["~severity::3", '~"severity::3"'])
def test_a_gitlab_label_as_the_summarys_severity_is_its_level(value: str) -> None:
    # A GitLab write-up copies the scoped label into its summary bullets as the value.
    summary = f"- **Start:** 2026-05-02 08:10 UTC\n- **Severity:** {value}\n- **Impact:** Builds were slow.\n"
    assert _severity(f"# Slow builds\n\n## Summary\n\n{summary}") == "SEV3"


@pytest.mark.parametrize(
    ("title", "severity"),
    [("Checkout down (SEV1)", "SEV1"), ("[Sev-3] Slow search", "SEV3"), ("Search stalled [P2]", "SEV2")],
)
def test_a_level_in_brackets_beside_the_title_is_the_severity(title: str, severity: str) -> None:
    assert _severity(f"# {title}\n\n## Summary\n\nSomething broke.\n") == severity


def test_a_level_inside_the_title_s_words_is_no_severity() -> None:
    assert _severity("# The P2 rollout stalled the queue\n\n## Summary\n\nSomething broke.\n") is None
