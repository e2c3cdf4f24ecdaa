"""The measures of reports typed as plain text, whose list names and group names carry no marks at all.

- "Areas for Improvement" and "Specific Action Items" on lines of their own name the two lists; the short
  title-case lines among the action items ("Disk Hygiene") name groups of tasks and are no tasks themselves;
- a heading that runs on into its first sentence ("## Corrective and Preventative Measures: To stop …")
  is still the measures' heading, and a name signed under the closing words is no task;
- lines each holding one measure, some labelled and some a plain sentence, over a "Tasks to Address the
  Issues:" line with no blank line between, are the improvements, the lines under it the tasks;
- "What Can Be Improved?" right under an empty measures heading is the improvements' list, not a lesson.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

BARE_NAMES = """Outage of the image service

Issue Summary
Duration: 4 June 2024, from 10:00 to 11:00 UTC
Impact: thumbnails failed to load for most visitors.
Root Cause: a full disk on the resize worker.

Timeline
10:00 UTC - the thumbnail error alarm fired
10:40 UTC - old files removed and the worker restarted
11:00 UTC - thumbnails loaded again

Root Cause and Resolution
The resize worker's disk filled with temporary files that were never deleted.

Corrective and Preventative Measures
Areas for Improvement
Nothing watched the free space on the worker's disk
Temporary files were never cleaned up after a resize
Specific Action Items
Disk Hygiene
Add a nightly job that deletes temporary files older than a day
Move temporary files to a volume of their own
Alerting Gaps
Alert when the worker's disk is three quarters full
Add the worker's disk to the main dashboard
This outage was a cheap lesson. By acting on these items we expect the resize worker to stay healthy.
"""


def test_bare_list_names_split_the_measures_and_group_names_are_no_tasks() -> None:
    incident = from_markdown(BARE_NAMES)
    assert incident.measures.improvements == [
        "Nothing watched the free space on the worker's disk",
        "Temporary files were never cleaned up after a resize",
    ]
    assert [task.text for task in incident.measures.tasks] == [
        "Add a nightly job that deletes temporary files older than a day",
        "Move temporary files to a volume of their own",
        "Alert when the worker's disk is three quarters full",
        "Add the worker's disk to the main dashboard",
    ]
    assert "cheap lesson" in (incident.closing_notes or "")


RUN_IN_HEADING = """# The cron that ate the disk

## Summary:
On 8 May 2024 from 02:00 to 03:10 UTC the report exports failed.

## Timeline:
* 02:00 UTC: exports start failing
* 03:10 UTC: the disk is cleaned and exports work again

## Root Cause and Resolution: A cron job wrote a full copy of the logs every minute until the disk was full.

The job was stopped and the copies deleted.

## Corrective and Preventative Measures: To stop this happening again we will do the following:

* Review Step: every new cron job is reviewed by a second person.
* Disk Alerts: alert when a disk passes 80%.

## Tasks to Address the Issue:

Add the cron review to the change checklist.
Set up the disk alert on every export host.
By taking these steps we expect exports to stay up.


Priya Natarajan
"""


def test_a_heading_running_on_into_its_sentence_still_names_its_section() -> None:
    incident = from_markdown(RUN_IN_HEADING)
    assert "wrote a full copy of the logs" in incident.root_cause.cause
    assert incident.measures.improvements == [
        "Review Step: every new cron job is reviewed by a second person.",
        "Disk Alerts: alert when a disk passes 80%.",
    ]
    assert [task.text for task in incident.measures.tasks] == [
        "Add the cron review to the change checklist.",
        "Set up the disk alert on every export host.",
    ]
    assert "Priya Natarajan" in (incident.closing_notes or "")


MIXED_LINES = """Queue backlog report
Issue Summary:
Duration: a few hours on 2 July 2024.
Root Cause and Resolution:
The consumers were stopped by a bad deploy and restarted by hand.
Corrective and Preventative Measures:
Better review of deploy scripts.
Faster rollback when consumers stop.
Queue Alerts: Page the on-call engineer when the backlog grows for ten minutes.
Consumer Health: Add a health check that restarts a stuck consumer.
Tasks to Address the Issues:
Fix Deploy Script: Remove the line that stops every consumer.
Write Runbook: Describe how to drain a backlog by hand.
"""


def test_measure_lines_over_a_tasks_label_are_the_improvements() -> None:
    incident = from_markdown(MIXED_LINES)
    assert len(incident.measures.improvements) == 4
    assert incident.measures.improvements[0] == "Better review of deploy scripts."
    assert [task.text[:18] for task in incident.measures.tasks] == ["Fix Deploy Script:", "Write Runbook: Des"]


IMPROVABLE = """Login outage

---

Timeline

09:00 UTC - logins fail after the certificate expires

09:30 UTC - a new certificate is installed and logins work

---

Corrective and Preventative Measures

What Can Be Improved?

Track every certificate's expiry date in one place.

Renew certificates a month before they expire.


To-Do List:

Alerting:

Add an alert thirty days before a certificate expires.

Automation:

Renew the login certificate automatically.
"""


def test_what_can_be_improved_under_an_empty_measures_heading_is_the_improvements() -> None:
    incident = from_markdown(IMPROVABLE)
    assert incident.measures.improvements == [
        "Track every certificate's expiry date in one place.",
        "Renew certificates a month before they expire.",
    ]
    assert [task.text for task in incident.measures.tasks] == [
        "Add an alert thirty days before a certificate expires.",
        "Renew the login certificate automatically.",
    ]
    assert "expiry date" not in (incident.closing_notes or "")


CLOSING_ITEM = """# Search index outage

## Timeline

- 14:00 UTC 9 Sep 2024: search returns nothing
- 14:30 UTC 9 Sep 2024: the index is rebuilt and search works

## Corrective and Preventative Measures

**Tasks:**

- Rebuild the index nightly from the primary copy.

- Alert when the index holds fewer documents than yesterday.

- By taking these steps, we expect search to survive a lost index without anyone noticing.
"""


def test_a_last_item_looking_back_on_the_measures_is_the_closing_words() -> None:
    incident = from_markdown(CLOSING_ITEM)
    assert [task.text for task in incident.measures.tasks] == [
        "Rebuild the index nightly from the primary copy.",
        "Alert when the index holds fewer documents than yesterday.",
    ]
    assert (incident.closing_notes or "").startswith("By taking these steps, we expect search")


README_WITH_REPORT = """# My Outage Write-up

## Introduction
This repository holds a write-up of an outage, done as a course exercise.

## Tasks
1. **Write the write-up**
   - Describe an outage, real or invented.
   - Keep it under a page.

## License
Free to copy.

---

## Postmortem: Lost uploads on the photo site

### Issue Summary
From 08:00 to 08:45 UTC on 3 March 2024 uploads to the photo site failed.

### Timeline
- 08:00 UTC: upload errors reported by users
- 08:45 UTC: the storage mount was restored and uploads worked

### Corrective and Preventative Measures

**Tasks:**

- Implement

 a check that the storage mount is present before the site starts.
- Alert when uploads fail for more than a minute.

1. **Storage Diagram:**

   ```
   [site] --> [mount] --> [disk]
   ```

2. **Checklist Diagram:**

   ```
   - [x] mount found missing
   - [x] mount restored
   ```
"""


def test_a_readme_s_own_tasks_a_broken_item_and_drawings_in_the_measures() -> None:
    incident = from_markdown(README_WITH_REPORT)
    assert [task.text for task in incident.measures.tasks] == [
        "Implement a check that the storage mount is present before the site starts.",
        "Alert when uploads fail for more than a minute.",
    ]
    assert incident.measures.improvements == []
    kept = "\n".join(section.body for section in incident.extra_sections)
    assert "Keep it under a page." in kept
    assert "[x] mount restored" in kept


CORRECTIVE_ALONE = """# Map tiles missing

## Summary
Between 10:00 and 10:20 UTC on 5 May 2024 the map showed no tiles.

## Corrective
We added a test that loads one tile before each release.
We moved the tile address into the settings file.
"""


def test_a_heading_of_the_template_s_first_word_names_the_measures() -> None:
    incident = from_markdown(CORRECTIVE_ALONE)
    items = [task.text for task in incident.measures.tasks] + incident.measures.improvements
    assert len(items) == 2
    assert "loads one tile" in items[0]
    assert incident.extra_sections == []
