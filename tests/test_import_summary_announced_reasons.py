"""A summary that announces its reasons, then tells them: the root cause is what it tells.

"… the second deploy deleted the healthy pods for two reasons. The old replica set was still scaled up and the
cleanup job removes the oldest one first." A reader copies the sentence after the announcement as the cause,
not an earlier sentence that merely holds "due to".
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_TWO_REASONS = """\
# Checkout pods gone

## Summary

Due to a missing metrics label, an unplanned redeploy was started to fix it. The redeploy stalled, and a second
deploy to fix that deleted the healthy pods because of two reasons. The old replica set was still scaled up and
the cleanup job removes the oldest replica set first. Checkout was down for twenty minutes.

## Timeline

- 2024-03-01 10:00 redeploy started
- 2024-03-01 10:20 checkout back
"""

_FOLLOWING_REASONS = _TWO_REASONS.replace(
    "because of two reasons. The old replica set was still scaled up and\nthe cleanup job removes the oldest replica "
    "set first.",
    "due to the following reasons: First, the old replica set was still scaled up. Second, the cleanup job removes\n"
    "the oldest replica set first.",
)


def test_the_sentence_after_two_reasons_is_the_cause() -> None:
    incident = from_markdown(_TWO_REASONS)
    assert incident.summary.root_cause is not None
    assert "cleanup job removes the oldest replica set" in incident.summary.root_cause
    assert "missing metrics label" not in incident.summary.root_cause


def test_reasons_counted_out_are_all_the_cause() -> None:
    incident = from_markdown(_FOLLOWING_REASONS)
    cause = incident.summary.root_cause or ""
    assert "old replica set was still scaled up" in cause
    assert "cleanup job removes the oldest replica set" in cause


@pytest.mark.parametrize("words", ["for two reasons.", "for several reasons:"])
def test_an_announcement_at_the_very_end_reads_nothing(words: str) -> None:
    incident = from_markdown(f"# Outage\n\n## Summary\n\nThe site went down {words}\n")
    assert "reasons" not in (incident.summary.root_cause or "")
