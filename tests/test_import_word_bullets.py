"""Bullets a Word document keeps when copied as text: its symbol-font bullet and its "o" second level.

Word stores its round bullet as a private-use character (U+F0B7) that copies into plain text; a reader still
sees one list item a line, and the "o" lines under a numbered point as that point's sub-items.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

_WORD_COPY = """\
Postmortem: Queue Backlog
Summary:
\uf0b7 Duration: 12 March 2025, from 08:00 to 09:15 UTC
\uf0b7 Impact: Order confirmations were delayed by up to an hour for every
customer who checked out in that window.

Timeline:
\uf0b7 08:00 UTC: Monitoring reported the queue depth climbing past its
threshold.
\uf0b7 08:10 UTC: The on-call engineer paged the platform team.
\uf0b7 08:40 UTC: A stuck consumer was found and restarted.
\uf0b7 09:15 UTC: The backlog drained and confirmations went out on time.

Corrective Measures:
1. Watch the consumers:
o Alert when a consumer stops acknowledging messages.
o Add a dashboard of queue depth per consumer.
"""


def test_a_word_copy_gives_one_event_per_symbol_bullet_at_its_time() -> None:
    document = from_markdown(_WORD_COPY)
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 12, 8, 0, tzinfo=UTC),
        datetime(2025, 3, 12, 8, 10, tzinfo=UTC),
        datetime(2025, 3, 12, 8, 40, tzinfo=UTC),
        datetime(2025, 3, 12, 9, 15, tzinfo=UTC),
    ]
    assert document.timeline[0].text.startswith("Monitoring reported the queue depth")
    assert "\uf0b7" not in document.timeline[1].text
    assert "every customer who checked out" in " ".join(document.summary.impact.split())


def test_word_o_bullets_are_sub_items_not_words_run_into_the_point_above() -> None:
    document = from_markdown(_WORD_COPY)
    assert document.measures.improvements == ["Watch the consumers:"]
    kept = "\n".join(section.body for section in document.extra_sections)
    assert "- Alert when a consumer stops acknowledging messages." in kept
    assert "- Add a dashboard of queue depth per consumer." in kept


def test_a_line_opening_with_o_elsewhere_is_left_as_written() -> None:
    document = from_markdown("# Outage\n\n## Summary\n\no caso foi resolvido pela equipe.\n")
    assert "o caso foi resolvido" in document.introduction + document.summary.impact
