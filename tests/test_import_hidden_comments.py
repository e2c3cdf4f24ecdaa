"""HTML comments in a Markdown report are the template's hidden guidance, not the writer's words.

A template writes "<!-- Describe … Example: … -->" under every heading, a whole example timeline among them; the
page shows none of it. The report's own text is what is written outside the comments; the comments are kept, as
written, in one "Hidden comments" section. A blog's metadata written as a first-line comment (Nikola's
".. title: …") is its front matter.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_TEMPLATE = """## Summary
<!--
Say what happened in two lines.

Example:
The login service was down for 20 minutes after a bad deploy.
-->
The nightly invoice export stopped for five hours because its disk was full.

## Timeline
<!--
List what happened, in order.

2020-01-04
    07:00 Deploy of v2 starts
    07:05 DOWNTIME START - logins fail
    07:25 DOWNTIME END - rolled back
-->

| Timeline 03.05.23 | Event |
|-------------------|-------|
| 09:10 | Team Ledger was made aware of the problem |
| 09:20 | Team Ledger reached out to Team Hosting about the problem |
| 14:05 | PROBLEM FIXED - export resumes |

## Cause(s)
<!--
Example:
- A spike of new users
-->
- Nobody had set a size limit on the export's scratch disk

## Impact
<!-- Example: - 30,000 users saw an error -->
- Invoices went out five hours late
"""


def test_commented_examples_are_not_read_as_the_report() -> None:
    document = from_markdown(_TEMPLATE)
    # (How the clocks without a day are shown is another matter: only the words are asked for here.)
    texts = [event.text for event in document.timeline]
    assert len(texts) == 3
    assert texts[0].endswith("Team Ledger was made aware of the problem")
    assert texts[1].endswith("Team Ledger reached out to Team Hosting about the problem")
    assert texts[2].endswith("PROBLEM FIXED - export resumes")
    assert [event.kind for event in document.timeline] == [
        EventKind.DETECTION,
        EventKind.ESCALATION,
        EventKind.RESOLUTION,
    ]
    assert document.root_cause.cause == "Nobody had set a size limit on the export's scratch disk"
    assert document.summary.impact == "Invoices went out five hours late"
    assert "30,000" not in document.summary.impact


def test_the_comments_are_kept_as_written_in_their_own_section() -> None:
    document = from_markdown(_TEMPLATE)
    [hidden] = [section for section in document.extra_sections if section.heading == "Hidden comments"]
    assert hidden.body.startswith("<!--\nSay what happened in two lines.")
    assert "07:05 DOWNTIME START - logins fail" in hidden.body
    assert hidden.body.endswith("<!-- Example: - 30,000 users saw an error -->")


def test_an_unclosed_comment_stays_where_it_is() -> None:
    document = from_markdown("# Outage\n\nThe queue stalled.\n\n<!-- todo: add graphs\n\nWe drained it by hand.\n")
    assert "<!-- todo: add graphs" in document.introduction
    assert "We drained it by hand." in document.introduction


def test_a_blog_posts_metadata_comment_is_its_front_matter() -> None:
    document = from_markdown(
        "<!--\n.. title: Interruzione del servizio\n.. slug: outage\n.. date: 2019-03-02 10:00:00\n"
        ".. author: Chiara Bassi\n-->\n\nIl server è andato offline ieri sera.\n"
    )
    assert document.metadata.title == "Interruzione del servizio"
    assert document.metadata.authors == ["Chiara Bassi"]
    assert document.introduction == "Il server è andato offline ieri sera."
