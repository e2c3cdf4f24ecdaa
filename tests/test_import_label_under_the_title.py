"""A bold label standing alone under the document's title is no chapter heading that swallows the report.

"# My Postmortem" then "**Author:**" over a list of names, then the usual "## Issue Summary", "## Root Cause":
the label belongs to the title's opening lines. Made a level-one heading, it held every section after it and
the summary, the cause and the measures were kept as written under "Author:". They are read as those parts.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# My First Postmortem

**Author:**
- Kwame Asante
- GitHub: kasante

## Issue Summary

**Impact:**

- Most visitors saw HTTP 500 errors for an hour.

## Root Cause

The outage was caused by a failing disk on the database server.

## Corrective and Preventative Measures

- Replace disks on a schedule.
- Alert on disk health.
"""


def test_the_sections_after_a_label_under_the_title_are_read() -> None:
    document = from_markdown(REPORT)
    assert "saw HTTP 500 errors" in (document.summary.impact or "")
    assert "failing disk" in document.root_cause.cause
    assert len(document.measures.tasks) + len(document.measures.improvements) == 2
    assert not any(section.heading == "Author:" for section in document.extra_sections)
