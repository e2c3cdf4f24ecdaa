"""Summary bullets labelled with their article: "- The impact: …", "- The root cause: …".

A careful reader reads "The impact:" as the "Impact:" label it is, and takes its words as the impact rather
than guessing one from the summary's opening sentence.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

REPORT = """# Report: shop offline
## Summary
The shop front stopped answering on Monday morning.

- Duration of the outage: Mar 2, 2026 7:00 AM - Mar 2, 2026 8:30 AM
- The impact: every product page answered with a 502 error for ninety minutes.
- The root cause: a proxy rule pointed at a retired backend.

## Timeline
- 02/03 - the on-call engineer saw the 502 alerts.
"""


def test_the_impact_label_with_its_article_gives_the_impact() -> None:
    summary = from_markdown(REPORT).summary
    assert summary.impact == "every product page answered with a 502 error for ninety minutes."


def test_the_root_cause_label_with_its_article_gives_the_cause() -> None:
    document = from_markdown(REPORT)
    assert "retired backend" in document.summary.root_cause + document.root_cause.cause
