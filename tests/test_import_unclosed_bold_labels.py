"""Bold labels opened and never closed ("**Root Cause:" over its paragraph): a reader still sees each section's
name, and a measure's label, as the writer meant them."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_UNCLOSED = """\
Printer Queue Outage

**What Happened:
On 3 March 2025 nobody in the office could print for most of the morning.

**Timeline:

- 3 March 2025 08:30: First complaints reached the help desk.
- 3 March 2025 09:40: The print server was restarted and jobs went out again.
**Root Cause:
A driver update filled the spool disk until the service stopped taking jobs.

**Resolution:
We cleared the spool folder and rolled the driver back.

**Preventive Measures:

**Disk Alerts: Warn the help desk when the spool disk passes 80 percent.
Driver Staging: Try new drivers on one printer for a week first.
"""


def test_unclosed_bold_names_open_their_sections() -> None:
    document = from_markdown(_UNCLOSED)
    assert len(document.timeline) == 2
    assert document.timeline[-1].text == "The print server was restarted and jobs went out again."
    assert document.root_cause.cause.startswith("A driver update filled the spool disk")
    assert document.root_cause.resolution.startswith("We cleared the spool folder")
    assert document.measures.improvements == [
        "**Disk Alerts:** Warn the help desk when the spool disk passes 80 percent.",
        "Driver Staging: Try new drivers on one printer for a week first.",
    ]


def test_a_bold_sentence_wrapped_over_two_lines_is_left_as_written() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\n**Note: the numbers below\nare estimates** from the logs.\n")
    assert (
        "**Note: the numbers below\nare estimates** from the logs." in document.introduction + document.summary.impact
    )
