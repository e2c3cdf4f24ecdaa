"""The summary's impact, cause and end, and the investigation's flowchart, where a team writes them.

A retro's "Context" counts who was hit; its "What went wrong" list names the cause; an "End:" line
says when and why; a "**Root cause:**" paragraph closes five whys; a header's "**Impact:**"
paragraph is hard-wrapped; a "How we debugged it" section is a chain of "->" steps.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

RETRO = """# Retro: search autocomplete empty, 4 Mar 2026

## Background

The suggest service answers every keystroke in the search box. On 4 March it returned nothing for
about 40 minutes, so some 85k shoppers typed their queries in full and 6% gave up.

End: 10:42 UTC, when the suggest index finished rebuilding.

## What went well

- The search team spotted the drop on the dashboard quickly.

## What went wrong

- Nobody was told the rebuild job had moved to a new cluster.
- The suggest index was deleted by a retention job that treated it as a stale snapshot.

## Timeline

- 10:02 UTC Suggestions go empty.
- 10:15 UTC Search on-call paged.
- 10:55 UTC Traffic back to normal.

## Improvements we want longer term

- Give every index an owner label that retention jobs respect.
"""


def test_a_retros_background_and_what_went_wrong_give_the_impact_and_the_cause() -> None:
    document = from_markdown(RETRO)
    assert document.summary.impact is not None and "85k shoppers" in document.summary.impact
    assert document.summary.root_cause == (
        "The suggest index was deleted by a retention job that treated it as a stale snapshot."
    )
    # The section stays where it was read.
    assert "retention job" in document.closing_notes


def test_an_end_line_with_words_after_its_time_gives_the_end() -> None:
    document = from_markdown(RETRO)
    assert document.summary.end == datetime(2026, 3, 4, 10, 42, tzinfo=UTC)
    assert "when the suggest index finished rebuilding" in document.introduction


def test_improvements_named_in_a_teams_words_are_improvements() -> None:
    document = from_markdown(RETRO)
    assert document.measures.improvements == ["Give every index an owner label that retention jobs respect."]


def test_a_background_that_only_describes_the_system_gives_no_impact() -> None:
    document = from_markdown(
        "# Retro\n\n## Background\n\nCustomers connect through the gateway, which forwards to the API.\n\n"
        "## Timeline\n\n- 10:02 UTC on 2026-03-04 gateway restarts.\n"
    )
    assert not document.summary.impact


def test_a_root_cause_label_after_the_last_why_is_the_root_cause() -> None:
    document = from_markdown(
        "# Five whys: nightly export failed\n\n## Problem\n\nThe nightly export failed on 2 May 2026.\n\n"
        "## The five whys\n\n1. **Why did the export fail?**\n   The disk was full.\n\n"
        "2. **Why was the disk full?**\n   Old exports were never deleted.\n\n"
        "**Root cause:** no job cleans up exports older than a week, and nobody\nwatches the disk.\n"
    )
    assert document.summary.root_cause == "no job cleans up exports older than a week, and nobody watches the disk."


def test_a_hard_wrapped_impact_label_keeps_all_its_lines() -> None:
    document = from_markdown(
        "# Export outage\n\n**Impact:** Exports queued between\n09:10 UTC and 11:40 UTC on 2 May 2026 were\n"
        "delayed; 1,200 customers noticed.\n\n**Resolution:** Cleared the disk and\nrestarted the exporter.\n\n"
        "## Timeline\n\n- 09:10 UTC exports start queueing.\n"
    )
    assert document.summary.impact == (
        "Exports queued between 09:10 UTC and 11:40 UTC on 2 May 2026 were delayed; 1,200 customers noticed."
    )
    assert document.root_cause.resolution == "Cleared the disk and restarted the exporter."
    assert "delayed" not in document.introduction


def test_steps_each_led_by_an_arrow_are_the_investigations_flowchart() -> None:
    document = from_markdown(
        "# Export outage\n\n## Summary\n\nExports failed.\n\n## How we debugged it\n\n"
        "-> Exports are failing\n-> Is the exporter up? (yes)\n-> Is the disk full? (yes)\n-> Clear it and restart\n"
    )
    assert [node.label for node in document.humor.flowchart.nodes] == [
        "Exports are failing",
        "Is the exporter up? (yes)",
        "Is the disk full? (yes)",
        "Clear it and restart",
    ]
    assert len(document.humor.flowchart.edges) == 3
    assert "How we debugged it" in document.humor.caption


def test_a_chain_of_arrows_under_a_heading_that_is_no_investigation_stays_text() -> None:
    document = from_markdown(
        "# Export outage\n\n## Summary\n\nExports failed.\n\n## Data flow\n\nClient -> Gateway -> Exporter -> Disk\n"
    )
    assert not document.humor.flowchart.nodes
    assert [section.heading for section in document.extra_sections] == ["Data flow"]


def test_a_cause_ruled_out_is_not_the_root_cause_and_a_slip_told_in_the_story_is() -> None:
    document = from_markdown(
        "Summary of the queue service disruption\n\n"
        "Between 9:10 AM and 11:30 AM PDT on May 4, 2026, customers saw errors when sending messages. During a "
        "routine resize, the target size was typed incorrectly, and the cluster shrank to two brokers. Engineers "
        "first rolled back a firewall change; by then it was clear the firewall was not the cause.\n"
    )
    assert document.summary.root_cause == (
        "During a routine resize, the target size was typed incorrectly, and the cluster shrank to two brokers."
    )


def test_the_first_bad_data_served_starts_the_incident_before_the_first_report() -> None:
    document = from_markdown(
        "# Thumbnails broken\n\n## Timeline (UTC)\n\n- 2026-05-06 06:00 resizer v12 deployed\n"
        "- 2026-05-06 06:41 first corrupted thumbnail served (found later in the logs)\n"
        "- 2026-05-06 07:30 user report: thumbnails look garbled\n- 2026-05-06 08:10 rolled back to v11\n"
    )
    assert document.summary.start == datetime(2026, 5, 6, 6, 41, tzinfo=UTC)


def test_numbered_whys_in_a_report_with_underlined_sections_are_its_root_cause() -> None:
    document = from_markdown(
        "Five whys: nightly export failed\n================================\n\n"
        "Problem\n-------\n\nThe nightly export failed on 2 May 2026.\n\n"
        "The five whys\n-------------\n\n1. **Why did the export fail?**\n   The disk was full.\n\n"
        "2. **Why was the disk full?**\n   Old exports were never deleted.\n\n"
        "3. **Why were they never deleted?**\n   No job was ever written to delete them.\n\n"
        "Timeline\n--------\n\n- 02:00 UTC export starts\n"
    )
    assert "Old exports were never deleted." in document.root_cause.cause
    assert document.extra_sections == []  # no why is a section
    assert document.summary.impact == "The nightly export failed on 2 May 2026."  # the problem the whys start from


def test_a_cause_told_in_a_hand_wrapped_paragraph_under_what_broke_is_copied_as_its_whole_sentence() -> None:
    text = (
        "# Build cache outage\n\n## What broke\n\nThe cache writes each artifact to a staging folder\n"
        "and then renames it. On Monday the staging volume ran out of inodes because the janitor job: the\n"
        "one that removes old staging folders, had been paused for the migration. Every write failed.\n\n"
        "## Timeline\n\n- 09:00 UTC builds start failing\n- 10:00 UTC janitor resumed, builds pass\n"
    )
    document = from_markdown(text)
    assert document.summary.root_cause == (
        "On Monday the staging volume ran out of inodes because the janitor job: the one that removes old"
        " staging folders, had been paused for the migration."
    )
