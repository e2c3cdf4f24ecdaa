"""Markdown that writes some of its parts in raw HTML, read as a careful person reads it.

GitHub renders HTML inside Markdown, so writers reach for ``<table>`` where a pipe table falls short and fold
a section away in ``<details><summary>…</summary>``. A reader sees a table of action items and a section named
by its summary line: the import reads them so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

CEST = timezone(timedelta(hours=2))

REPORT = """# Postmortem: search results stale

## Summary

On 9 June 2025 search served results up to two hours old. Times are CEST.

<details>
<summary><strong>Impact</strong></summary>

- Shoppers saw sold-out items for two hours.

</details>

## Timeline

<table>
<tr><th>Time</th><th>Event</th></tr>
<tr><td>09:12</td><td>Indexer queue stops draining</td></tr>
<tr><td>11:05</td><td>Indexer restarted, <code>lag</code> back to zero</td></tr>
</table>

## Follow-up actions

<table>
  <thead>
    <tr><th>Task</th><th>Owner</th><th>Due date</th><th>State</th></tr>
  </thead>
  <tbody>
    <tr><td>Alert on indexer lag above ten minutes</td><td>Maren Solberg</td><td>2025-06-20</td><td>Done</td></tr>
    <tr>
      <td>Document the indexer restart<br>in the runbook</td>
      <td>Pieter de Groot</td>
      <td>2025-07-01</td>
      <td>Open</td>
    </tr>
  </tbody>
</table>
"""


def test_an_html_table_of_action_items_gives_tasks() -> None:
    document = from_markdown(REPORT)
    assert [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks] == [
        ("Alert on indexer lag above ten minutes", "Maren Solberg", date(2025, 6, 20), "done"),
        ("Document the indexer restart; in the runbook", "Pieter de Groot", date(2025, 7, 1), "open"),
    ]


def test_an_html_timeline_table_keeps_its_events_and_their_code() -> None:
    document = from_markdown(REPORT)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 6, 9, 9, 12, tzinfo=CEST), "Indexer queue stops draining"),
        (datetime(2025, 6, 9, 11, 5, tzinfo=CEST), "Indexer restarted, `lag` back to zero"),
    ]


def test_a_bold_summary_line_names_the_section_it_folds() -> None:
    document = from_markdown(REPORT)
    assert "sold-out items" in document.summary.impact
    assert "<summary>" not in document.introduction and "<details>" not in document.introduction


def test_an_unclosed_html_table_stays_as_written() -> None:
    document = from_markdown("# T\n\n## Notes\n\n<table>\n<tr><td>left open\n")
    assert "left open" in document.model_dump_json()


def test_many_unclosed_html_tables_are_read_in_one_pass() -> None:
    # Each "<table>" line looks ahead for its "</table>": found once for all of them, not searched from each.
    hostile = "# T\n\n## Notes\n\n" + "<table><tr><td>cell\n" * 60_000
    document = from_markdown(hostile)
    assert document.metadata.title == "T"
