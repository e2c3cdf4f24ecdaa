"""A cause paragraph ending "Restarting the scheduler fixed it": that sentence on is the resolution."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

CAUSE = """\
# Review: nightly reports missing

## Root cause & fix

The scheduler's lock was never released after a crash on Monday, so every later run
skipped itself. Restarting the scheduler with the lock cleared fixed
it; the lock now expires after an hour.
"""


def test_the_sentence_whose_subject_is_the_deed_that_fixed_it_is_the_resolution() -> None:
    document = from_markdown(CAUSE)
    assert document.root_cause.resolution.startswith("Restarting the scheduler with the lock cleared fixed")
    assert "skipped itself" in document.root_cause.cause and "Restarting" not in document.root_cause.cause
