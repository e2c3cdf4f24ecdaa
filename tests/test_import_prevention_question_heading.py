"""A plain list under a heading that asks what is done to prevent a repeat is the improvements.

"## What are we doing to prevent this from happening again?" over numbered, bold-named steps with no owner or
date names the measures in general, as "Prevention" does: a careful reader files its items as improvements.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Mirror outage

The package mirror was down for two hours on 4 March 2026.

## What are we doing to prevent this from happening again?

1. **Two mirrors at all times**: a second mirror takes over when the first fails.
2. **Disk alerts**: the team is paged when a mirror's disk is 80% full.
3. **Smaller indexes**: the index is split by year so a rebuild takes minutes.
"""


def test_numbered_steps_under_a_prevention_question_are_improvements() -> None:
    document = from_markdown(REPORT)
    assert len(document.measures.improvements) == 3
    assert document.measures.tasks == []
