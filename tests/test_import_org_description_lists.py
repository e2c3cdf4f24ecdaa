"""An Org file's description list ("- Start :: <2026-02-03 Tue 08:10>") is read as labels are: "- Start: …"."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import read_markdown

_ORG = """#+TITLE: Mail relay queue stuck
#+AUTHOR: Tomasz Wilk

* Summary
- Start :: <2026-02-03 Tue 08:10> (first bounced message; the relay had been degraded since the night before)
- End :: <2026-02-03 Tue 11:45>
- Impact :: outgoing mail delayed for three and a half hours.

All times are UTC.

* Timeline
- <2026-02-03 Tue 08:10> First bounce reported by the billing team.
- <2026-02-03 Tue 11:45> Relay restarted with a larger queue; backlog delivered.
"""


def test_an_org_summary_written_as_a_description_list_gives_the_window_and_the_impact() -> None:
    document, _ = read_markdown(_ORG)
    assert document.summary.start == datetime(2026, 2, 3, 8, 10, tzinfo=UTC)
    assert document.summary.end == datetime(2026, 2, 3, 11, 45, tzinfo=UTC)
    assert document.summary.impact.startswith("outgoing mail delayed")
