"""A cause section that closes with a "**Resolution:** …" paragraph gives the resolution from it.

An After Action Review answers "Why was there a difference?" with its findings, then a "**Root cause:**" and
a "**Resolution:**" paragraph. A reader sees the fix in the second: the resolution holds it, and the cause
keeps the findings and the root cause, without the fix.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REVIEW = """# After-Action Review: warehouse scanners offline

**Severity:** SEV2

## 1. What was supposed to happen?

The scanner firmware update was to be rolled out to one aisle first.

## 2. Why was there a difference?

- The rollout tool ignored the aisle filter after its last upgrade.
- Nobody watched the first devices come back.

**Root cause:** the rollout tool pushed the firmware to every scanner at once.

**Resolution:** flashed the previous firmware from the depot laptops, aisle by aisle.

## 3. Timeline

| Time | Event |
|------|-------|
| 06:10 | Firmware rollout starts |
| 07:45 | Last scanner back on the old firmware |
"""


def test_a_labelled_resolution_paragraph_in_the_cause_section_is_the_resolution() -> None:
    document = from_markdown(REVIEW)
    assert document.root_cause.resolution == "flashed the previous firmware from the depot laptops, aisle by aisle."
    assert "aisle filter" in document.root_cause.cause
    assert "flashed the previous firmware" not in document.root_cause.cause
