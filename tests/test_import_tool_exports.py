"""Post-mortems exported from other tools with their markup left in: a CMS's HTML tags, a table pasted
without its header row, Jira's wiki markup, an Emacs Org file, a spreadsheet's CSV.

Each test opens a small file and checks what a careful reader would take from it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import Severity, Status

CEST = timezone(timedelta(hours=2))

CMS_PAGE = """# Incident 3391: image uploads failing

<p><b>Date:</b> 2024-07-02<br>
<b>Severity:</b> SEV3<br>
<b>Author:</b> Lea Brandt</p>

## Timeline

<p>All times CEST.</p>

<b>08:32</b> Edge proxy configuration v88 deployed<br>
<b>08:58</b> Support forwards the first complaints<br>
<b>09:55</b> Upload errors back to baseline<br>

## Root cause

<p>The template dropped our <code>client_max_body_size 20m</code> override.</p>

## Action items

<ul>
<li>Add a test that uploads a 10 MB image (owner: Lea Brandt, due 2024-07-19)</li>
<li>Generate edge templates from the previous version</li>
</ul>
"""


def test_html_tags_a_cms_left_in_are_read_as_the_markdown_they_stand_for() -> None:
    document = from_markdown(CMS_PAGE)
    assert (document.metadata.severity, document.metadata.authors) == (Severity.SEV3, ["Lea Brandt"])
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 7, 2, 8, 32, tzinfo=CEST), "Edge proxy configuration v88 deployed"),
        (datetime(2024, 7, 2, 8, 58, tzinfo=CEST), "Support forwards the first complaints"),
        (datetime(2024, 7, 2, 9, 55, tzinfo=CEST), "Upload errors back to baseline"),
    ]
    assert document.root_cause.cause == "The template dropped our `client_max_body_size 20m` override."
    tasks = document.measures.tasks
    assert [(task.text, task.owner) for task in tasks] == [
        ("Add a test that uploads a 10 MB image", "Lea Brandt"),
        ("Generate edge templates from the previous version", ""),
    ]
    assert "<" not in to_markdown(document)


def test_html_tags_in_a_table_cell_keep_the_row_on_its_line() -> None:
    document = from_markdown(
        "# T\n\nDate: 2024-07-02\n\n## Timeline\n\n| Time | Event |\n|---|---|\n"
        "| 10:00 | <p>Deploy <b>v2</b></p><p>then rollback</p> |\n"
    )
    assert [event.text for event in document.timeline] == ["Deploy **v2** then rollback"]


HEADERLESS = """Date: 2024-10-08

# Dashboards empty after the migration

## Timeline (UTC)

| 02:00 | Nightly aggregation job starts |
|---|---|
| 03:40 | Job finishes and reports success |
| 10:35 | Aggregates complete; dashboards show 7 October again |
"""


def test_a_timeline_table_pasted_without_its_header_row_keeps_its_first_event() -> None:
    document = from_markdown(HEADERLESS)
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 10, 8, 2, 0, tzinfo=UTC), "Nightly aggregation job starts"),
        (datetime(2024, 10, 8, 3, 40, tzinfo=UTC), "Job finishes and reports success"),
        (datetime(2024, 10, 8, 10, 35, tzinfo=UTC), "Aggregates complete; dashboards show 7 October again"),
    ]


def test_a_table_whose_rows_are_not_timed_is_not_read_as_headless() -> None:
    document = from_markdown("# T\n\n## Timeline\n\n| 10:00 | Event |\n|---|---|\n| notes | x |\n| more | y |\n")
    assert not any(event.text == "Event" for event in document.timeline)


JIRA_PAGE = """h1. PIR-208: Mobile app crash loop on Android 14

{panel:title=Incident details|borderStyle=solid}
*Date:* 2024-09-25
*Severity:* SEV1
*Author:* [~oduarte]
*Status:* {status:colour=Green|title=Closed}{status}
{panel}

h2. Timeline

||Time (UTC)||Event||
|17:05|Crash-free rate on Android 14 falls to 61%|
|19:48|8.12.1 live; crash-free rate back to 99.7%|

h2. Root cause

The service type was not declared.

{code}
MissingForegroundServiceTypeException
{code}

h2. Action items

# Add an Android 14 device to the smoke test (owner: [~hnguyen], due 2024-10-04)
# Stage rollouts at 1%
"""


def test_a_page_in_jira_wiki_markup_gives_its_header_timeline_and_tasks() -> None:
    document = from_markdown(JIRA_PAGE)
    assert document.metadata.title == "PIR-208: Mobile app crash loop on Android 14"
    assert (document.metadata.severity, document.metadata.authors) == (Severity.SEV1, ["oduarte"])
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 9, 25, 17, 5, tzinfo=UTC), "Crash-free rate on Android 14 falls to 61%"),
        (datetime(2024, 9, 25, 19, 48, tzinfo=UTC), "8.12.1 live; crash-free rate back to 99.7%"),
    ]
    assert "```\nMissingForegroundServiceTypeException\n```" in document.root_cause.cause
    assert [(task.text, task.owner) for task in document.measures.tasks] == [
        ("Add an Android 14 device to the smoke test", "hnguyen"),
        ("Stage rollouts at 1%", ""),
    ]
    exported = to_markdown(document)
    assert "{panel" not in exported and "[~" not in exported and "||" not in exported and "{status" not in exported
    assert document.metadata.status is Status.FINAL  # "{status:…|title=Closed}" reads as "Closed"


def test_a_markdown_title_over_wiki_headings_stays_the_title() -> None:
    document = from_markdown("# Billing run failed\n\nh2. Summary\n\nText.\n\nh2. Impact\n\nLate invoices.\n")
    assert document.metadata.title == "Billing run failed"


ORG_FILE = """#+TITLE: Post-mortem: webhook deliveries stalled
#+AUTHOR: Ines Duarte
#+DATE: <2024-04-16 Tue>
#+OPTIONS: toc:nil num:nil

* Summary
Deliveries stalled for 52 minutes.

* Timeline
- <2024-04-16 Tue 13:05> Delivery workers stop acknowledging jobs
- [2024-04-16 Tue 13:11] Alert =webhooks_queue_depth= fires and pages Ines
- <2024-04-16 Tue 13:57> Queue depth back to normal

* Action items
** TODO Set an explicit DNS timeout in the delivery worker
   DEADLINE: <2024-04-30 Tue>
   Owner: Marco Lind
** DONE Pin the resolver library to 2.3.1
   CLOSED: [2024-04-16 Tue 14:20]
"""


def test_an_org_file_gives_its_title_author_timestamps_and_todo_tasks() -> None:
    document = from_markdown(ORG_FILE)
    assert document.metadata.title == "Post-mortem: webhook deliveries stalled"
    assert document.metadata.authors == ["Ines Duarte"]
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2024, 4, 16, 13, 5, tzinfo=UTC), "Delivery workers stop acknowledging jobs"),
        (datetime(2024, 4, 16, 13, 11, tzinfo=UTC), "Alert `webhooks_queue_depth` fires and pages Ines"),
        (datetime(2024, 4, 16, 13, 57, tzinfo=UTC), "Queue depth back to normal"),
    ]
    tasks = [(task.text, task.owner, str(task.due), task.status.value) for task in document.measures.tasks]
    assert tasks == [
        ("Set an explicit DNS timeout in the delivery worker", "Marco Lind", "2024-04-30", "open"),
        # Org's CLOSED line says when it was done: no field holds that, so it follows the task's text.
        ("Pin the resolver library to 2.3.1 (closed 2024-04-16 14:20)", "", "None", "done"),
    ]
    assert document.extra_sections == []
    assert "#+" not in to_markdown(document)


def test_a_markdown_file_with_star_bullets_is_not_read_as_org() -> None:
    document = from_markdown("# T\n\n## Timeline\n\n* 2024-04-16 13:05 UTC workers stop\n* TODO later\n")
    assert [event.text for event in document.timeline][:1] == ["workers stop"]
