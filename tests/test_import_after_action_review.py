"""An After Action Review imports into the editor's fields.

Its layout asks four or five questions under one heading over the whole
review: what was supposed to happen (the opening), what actually happened
(an account with the impact and the timed entries), why there was a
difference (the cause), what to sustain (closing notes) and what to improve
(the improvements). The labelled facts under that heading are the header's.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REVIEW = """# Payments queue cutover rehearsal

## After-action review

**Written by:** Tomasz Kale
**Severity:** SEV2
**Status:** Final

T0 = 09:30 UTC on 4 May 2026, when the cutover began.

### What was expected to happen?

The consumers move to the new broker with no lost messages.

### What really happened?

The move took an hour longer than planned.

**Impact:**

- 1,200 refunds were delayed by up to an hour
- card payments were untouched

Timeline (from T0):

- T+0 — cutover begins on the staging consumers
- T+12m — consumers stop acknowledging; lag alert fires
- T+1h02m — broker credentials rotated, consumers catch up

### Why were there differences?

The new broker's credentials had expired the week before.

### Sustain

- Rehearsing on a weekday morning

### What to improve

- Check broker credentials before every cutover
"""


def test_an_after_action_reviews_questions_fill_the_fields() -> None:
    draft = from_markdown(REVIEW)
    assert draft.metadata.severity == "SEV2"
    assert draft.metadata.status == "final"
    assert "no lost messages" in draft.introduction
    assert "1,200 refunds" in draft.summary.impact
    assert "card payments were untouched" in draft.summary.impact
    assert "credentials had expired" in draft.root_cause.cause
    assert any("broker credentials before" in item for item in draft.measures.improvements)
    assert "weekday morning" in draft.closing_notes
    texts = [event.text for event in draft.timeline]
    assert not any("refunds" in text for text in texts)
    times = [event.time.strftime("%H:%M") for event in draft.timeline if event.time is not None]
    assert times == ["09:30", "09:42", "10:32"]


def test_a_lone_heading_that_names_a_part_stays_that_part() -> None:
    # "## Timeline" over "### Day 1", "### Day 2" is the timeline, not a heading over the whole report.
    text = "# Outage\n\n## Timeline\n\n### Day 1\n\n- 10:00 — alert fires\n\n### Day 2\n\n- 09:00 — fixed\n"
    draft = from_markdown(text)
    texts = [event.text for event in draft.timeline]
    assert len(texts) == 2 and "alert fires" in texts[0] and "fixed" in texts[1]
