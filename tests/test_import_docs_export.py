"""Pages exported from Google Docs ("Download as Markdown") and Notion, read as the page a reader saw.

Google Docs names its sections in bold paragraphs, escapes every character that could be markup ("re\\-run",
"queue\\_depth", "\\#212") and writes each table under an empty header row, its real header the first row.
Notion folds a part of a section into a toggle (a bullet over what it holds, indented).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import PostMortem, TaskStatus


def _read(text: str) -> PostMortem:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document
    return document


DOCS_PAGE = """\
**Thumbnail cache stampede – 9 Jul 2025**

Authors: Rosa Ibarra
Severity: P3

**Summary**

On 9 Jul the thumbnail cache was flushed by a re\\-run of the cleanup job, and the origin took every request.

**Impact**

* Image pages slow for 40 minutes, ticket \\#212 the first report

**Root cause**

The cleanup job's `max\\_age` flag was read in hours, not days.

**Timeline**

|  |  |
| :---- | :---- |
| **Time (UTC)** | **What happened** |
| 14:10 | Cleanup job re\\-run by hand flushes the cache |
| 14:25 | Origin CPU alert fires |
| 14:50 | Cache warmed again, latency normal |

**Follow-ups**

|  |  |  |  |
| :---- | :---- | :---- | :---- |
| **Action** | **Owner** | **Due** | **Status** |
| Read max\\_age in days everywhere | Rosa Ibarra | 18 Jul 2025 | In progress |
| Rate\\-limit cache flushes | Sami Okafor |  | Not started |

**Glossary**

Origin: the image servers behind the cache.
"""


def test_a_docs_table_under_an_empty_header_row_is_headed_by_its_bold_first_row() -> None:
    document = _read(DOCS_PAGE)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 7, 9, 14, 10, tzinfo=UTC), "Cleanup job re-run by hand flushes the cache"),
        (datetime(2025, 7, 9, 14, 25, tzinfo=UTC), "Origin CPU alert fires"),
        (datetime(2025, 7, 9, 14, 50, tzinfo=UTC), "Cache warmed again, latency normal"),
    ]
    tasks = [(task.text, task.owner, task.due, task.status) for task in document.measures.tasks]
    assert tasks == [
        ("Read max_age in days everywhere", "Rosa Ibarra", date(2025, 7, 18), TaskStatus.IN_PROGRESS),
        ("Rate-limit cache flushes", "Sami Okafor", None, TaskStatus.OPEN),
    ]


def test_a_docs_export_s_escapes_are_not_words_of_the_text() -> None:
    document = _read(DOCS_PAGE)
    assert "re-run of the cleanup job" in document.introduction
    assert "ticket #212" in document.summary.impact
    assert "`max_age`" in document.root_cause.cause


def test_a_bold_paragraph_in_a_page_of_bold_sections_heads_a_section_of_its_own() -> None:
    document = _read(DOCS_PAGE)
    assert [section.heading for section in document.extra_sections] == ["Glossary"]
    assert all("Origin" not in task.text for task in document.measures.tasks)


def test_escapes_a_person_wrote_stay_where_they_keep_markup_from_forming() -> None:
    document = _read(
        "# Queue outage\n\n## Impact\n\nOrders were late (see queue\\_depth graph).\n\n"
        "\\# of orders delayed: 41\n\n## Root cause\n\nThe *consumer* paused; \\*not\\* the broker.\n"
    )
    assert "\\*not\\*" in document.root_cause.cause


def test_a_table_of_labels_under_an_empty_header_row_is_not_headed_by_its_first_label() -> None:
    document = _read(
        "# Login errors\n\n|  |  |\n| --- | --- |\n| Severity | SEV3 |\n| Status | Final |\n\n"
        "## Summary\n\nLogins failed for ten minutes.\n"
    )
    assert document.metadata.severity == "SEV3"


NOTION_PAGE = """\
# Billing emails sent twice

Status: Final
Date: May 4, 2025

## Summary

Receipts went out twice for two hours.

## Resolution

We turned off the second mailer and deduplicated the outbox.

- Timeline (UTC)
    - 10:02 — Second mailer pod starts after the autoscaler change
    - 10:40 — Support reports duplicate receipts
    - 12:05 — Second mailer scaled to zero; duplicates stop

## Lessons

- Autoscaling a singleton needs a lock
"""


def test_a_notion_toggle_holding_the_timeline_under_another_section_is_the_timeline() -> None:
    document = _read(NOTION_PAGE)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 5, 4, 10, 2, tzinfo=UTC), "Second mailer pod starts after the autoscaler change"),
        (datetime(2025, 5, 4, 10, 40, tzinfo=UTC), "Support reports duplicate receipts"),
        (datetime(2025, 5, 4, 12, 5, tzinfo=UTC), "Second mailer scaled to zero; duplicates stop"),
    ]
    assert document.root_cause.resolution == "We turned off the second mailer and deduplicated the outbox."


def test_a_section_name_among_other_items_of_a_list_stays_a_list_item() -> None:
    document = _read(
        "# Cache outage\n\n## Notes\n\n- Follow the runbook\n- Timeline\n    - the graph is in the appendix\n"
        "- Ask for help early\n"
    )
    assert document.timeline == []


def test_improvements_named_under_the_lessons_are_the_improvements() -> None:
    document = _read(
        "# Billing emails sent twice\n\n## Summary\n\nReceipts went out twice.\n\n## What could have gone better\n\n"
        "- The lock was missing\n\n#### Improvements\n\n- Take a lock before sending\n- Alert on duplicate sends\n\n"
        "## Action items\n\n| Task | Owner |\n| --- | --- |\n| Add the lock | Pia Lund |\n"
    )
    assert document.measures.improvements == ["Take a lock before sending", "Alert on duplicate sends"]
    assert [(task.text, task.owner) for task in document.measures.tasks] == [("Add the lock", "Pia Lund")]
    assert "The lock was missing" in document.closing_notes


def test_a_table_under_an_empty_header_row_is_headed_by_a_first_row_naming_its_columns() -> None:
    document = _read(
        "# Cache outage\n\nDate: 2025-02-03\n\n## Timeline\n\n|  |  |\n| --- | --- |\n"
        "| Timestamp (UTC) | Description |\n| 10:00 | Cache node evicts every key |\n"
    )
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 2, 3, 10, 0, tzinfo=UTC), "Cache node evicts every key")
    ]
