"""The measures are found wherever a student's layout puts their heading.

- "### Corrective and preventive measures" written one level under "## Root cause and fix";
- "**Corrective and Preventive Measures:**" as a bold line after the summary's "**Timeline:**", where the bold
  lines all became parts of the summary;
- "### Corrective and Preventive Measures" among "###" parts that sit under a "# Overview:" at the title's level;
- "**Written by:**" as a bold label right under the title, over "##" sections: it must not swallow them.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

MEASURES_UNDER_ROOT_CAUSE = """# Postmortem

## Summary:

On 3 March 2024 from 09:00 to 09:40 UTC the upload page failed for every user.

## Timeline:

- 09:00 UTC - the upload error rate alarm went off
- 09:40 UTC - the storage quota was raised and uploads worked again

## Root cause and fix:

### What we tried:

1. Restarted the upload workers, which changed nothing.
2. Raised the storage quota, which fixed it.

### Corrective and preventive measures

- Alert when the storage quota is nearly used up.

- Review every quota once a quarter.

- Add a check of free quota to the deploy script.
"""


def test_measures_heading_one_level_under_the_root_cause_is_the_measures() -> None:
    incident = from_markdown(MEASURES_UNDER_ROOT_CAUSE)
    items = [task.text for task in incident.measures.tasks] + list(incident.measures.improvements)
    assert len(items) == 3
    assert any("nearly used up" in item for item in items)
    assert "quota once a quarter" not in incident.root_cause.resolution


BOLD_PARTS_UNDER_SUMMARY = """## Postmortem
### Issue Summary:

*Duration:* The shop was down from 08:00 to 09:00 (UTC).

*Root Cause:* a wrong path in the cache settings.

**Timeline:**

- *Detection:* the checkout alert fired at 08:05.

- *Resolution:* the path was corrected at 09:00.

**Root Cause and Resolution:**

*Root Cause:* the cache settings named a folder that did not exist.

*Resolution:* the folder name was fixed and the cache restarted.

**Corrective and Preventative Measures:**

*Improvements/Fixes:*
- Check configuration paths in the build.
- Watch the cache hit rate.

*Tasks:*
1. Add a path check to the deploy pipeline.
2. Add a dashboard panel for cache misses.
3. Write a runbook for cache restarts.
"""


def test_bold_measures_line_after_the_summary_is_read_as_the_measures() -> None:
    incident = from_markdown(BOLD_PARTS_UNDER_SUMMARY)
    assert incident.measures.improvements == [
        "Check configuration paths in the build.",
        "Watch the cache hit rate.",
    ]
    assert [task.text for task in incident.measures.tasks] == [
        "Add a path check to the deploy pipeline.",
        "Add a dashboard panel for cache misses.",
        "Write a runbook for cache restarts.",
    ]
    assert "cache settings named a folder" in incident.root_cause.cause


MEASURES_UNDER_AN_OVERVIEW = """# 0x19-postmortem

# Overview:

A short write-up of the night our stock database broke.

## Postmortem: Stock Database Corruption

### Issue Summary:

The stock pages failed from 20:00 to 23:00 UTC on 2 May 2024.

### Resolution:

The broken table was repaired and the service restarted.

### Root Cause and Resolution:

A disk filled up and one table was corrupted; it was repaired from a backup.

### Corrective and Preventative Measures:

#### Improvements/Fixes:

Watch the free disk space.
Keep a replica on a second server.

#### Tasks:

TODO: Add a disk space alert.
TODO: Test restoring a backup every month.
"""


def test_measures_part_under_an_opening_at_the_titles_level_is_the_measures() -> None:
    incident = from_markdown(MEASURES_UNDER_AN_OVERVIEW)
    assert incident.measures.improvements == ["Watch the free disk space.", "Keep a replica on a second server."]
    assert [task.text for task in incident.measures.tasks] == [
        "Add a disk space alert.",
        "Test restoring a backup every month.",
    ]


LABEL_UNDER_THE_TITLE = """# Our Postmortem Project

**Written by:**
- Dana Whitfield

## About

This repository holds a postmortem written for a course.

## Postmortem: Queue Outage

### Issue Summary

- Start Time: June 4, 2024, 2:00 PM (UTC)
- End Time: June 4, 2024, 3:00 PM (UTC)

### Timeline

- The queue depth alert fired.
- The consumers were restarted and the queue drained.

### Corrective and Preventative Measures

**Improvements/Fixes:**

- Scale the consumers with the queue depth.

**Tasks to Address the Issue:**

- Add an autoscaling rule for the consumers.
- Document the restart procedure.
"""


def test_bold_label_under_the_title_does_not_swallow_the_sections_after_it() -> None:
    incident = from_markdown(LABEL_UNDER_THE_TITLE)
    assert incident.metadata.authors == ["Dana Whitfield"]
    assert incident.measures.improvements == ["Scale the consumers with the queue depth."]
    assert [task.text for task in incident.measures.tasks] == [
        "Add an autoscaling rule for the consumers.",
        "Document the restart procedure.",
    ]
    assert incident.summary.start is not None


PLAIN_ACTION_ITEMS_LINE = """# Expired token postmortem

## Summary
The nightly export stopped because its access token expired.

## Detection
A customer wrote to support the next morning.

Action Items
- Alert a week before any token expires

- Move the token into the shared secrets store

## Lessons Learned
- Keep a list of every token we depend on.
"""


def test_plain_action_items_line_over_bullets_is_the_measures() -> None:
    incident = from_markdown(PLAIN_ACTION_ITEMS_LINE)
    items = [task.text for task in incident.measures.tasks] + list(incident.measures.improvements)
    assert "Alert a week before any token expires" in items
    assert "Move the token into the shared secrets store" in items
    assert len(items) == 2
