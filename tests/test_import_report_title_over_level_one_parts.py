"""A level-one title that calls itself a report keeps its place, though it holds a section's name.

"# Ticket OPS-912 - Postmortem / Root Cause Analysis Report" over "# Executive Summary" and "# Details": the
words "Root Cause Analysis" name a section, but the heading says it is the report; a reader takes it as the
title, and the "## Root Causes" written below as the root cause.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_RCA_REPORT = """\
# Ticket OPS-912 - Postmortem / Root Cause Analysis Report

# Executive Summary
## Fault
Invoices were not e-mailed for a morning.

## Root Causes
The mail relay rejected our new sender certificate.

## Mitigation and Resolution
The certificate was reissued.

# Details
## Owner
Sam Lee
"""

_POSTMORTEM_FIRST = _RCA_REPORT.replace(
    "# Ticket OPS-912 - Postmortem / Root Cause Analysis Report", "# Post-mortem: root cause analysis of OPS-912"
)
_REPORT_ONLY = _RCA_REPORT.replace(
    "# Ticket OPS-912 - Postmortem / Root Cause Analysis Report", "# OPS-912 Root Cause Analysis Report"
)


@pytest.mark.parametrize("text", [_RCA_REPORT, _POSTMORTEM_FIRST, _REPORT_ONLY])
def test_a_report_heading_is_the_title_and_the_root_causes_the_cause(text: str) -> None:
    incident = from_markdown(text)
    assert "OPS-912" in incident.metadata.title
    assert "sender certificate" in incident.root_cause.cause
