"""Layouts seen in real post-mortems (students' and teams' own, read with a careful reader's eyes).

Every sample here is written for the test, in its own words; each reproduces a way of laying out
a part that real reports use and the importer once misread.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


def test_tasks_and_improvements_under_headings_of_their_own_after_the_measures_are_the_measures() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Corrective and Preventative Measures\n\n- Watch the queue depth.\n\n"
        "## Tasks:\n\n- Add an alert on the queue depth.\n- Write the runbook page.\n\n"
        "## Improvements\n\n- Review the pool size.\n"
    )
    assert [task.text for task in document.measures.tasks] == [
        "Watch the queue depth.",
        "Add an alert on the queue depth.",
        "Write the runbook page.",
    ]
    assert document.measures.improvements == ["Review the pool size."]
    assert document.extra_sections == []


def test_improvements_and_tasks_headings_with_a_line_each_and_no_markers_are_lists() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Root Cause and Resolution\n\nThe consumer stalled.\n\n"
        "# Improvements:\n\nWatch the queue depth.\n\nReview the pool size.\n\n"
        "# Tasks:\n\nAdd an alert on the queue depth.\n\nWrite the runbook page.\n"
    )
    assert document.measures.improvements == ["Watch the queue depth.", "Review the pool size."]
    assert [task.text for task in document.measures.tasks] == [
        "Add an alert on the queue depth.",
        "Write the runbook page.",
    ]
    assert document.extra_sections == []


def test_plain_text_labels_name_the_lists_and_the_last_summing_up_paragraph_is_the_closing_notes() -> None:
    document = from_markdown(
        "Disk full on the build host\n\nCorrective and Preventative Measures:\n\nImprovements/Fixes:\n\n"
        "Paged sooner on disk usage.\n\nTested the rotation weekly.\n\nTask List:\n\n"
        "Turned rotation back on.\n\nAdded a disk dashboard.\n\nThis postmortem reminds us that logs grow.\n"
    )
    assert document.measures.improvements == ["Paged sooner on disk usage.", "Tested the rotation weekly."]
    assert [task.text for task in document.measures.tasks] == ["Turned rotation back on.", "Added a disk dashboard."]
    assert document.closing_notes == "This postmortem reminds us that logs grow."


def test_a_wrapped_paragraph_under_a_list_name_is_one_item() -> None:
    document = from_markdown("# T\n\n## Tasks\n\nMove the backups to another\nhost before the next release.\n")
    wrapped = "Move the backups to another host before the next release."
    assert [task.text for task in document.measures.tasks] == [wrapped]


def test_a_task_line_with_its_deadline_on_the_next_line_is_one_task_with_a_due_date() -> None:
    document = from_markdown(
        "Queue stall\n\nCorrective and Preventative Measures:\n\n    Tasks:\n\n"
        "        Alerting:\n            Task: Page on queue depth.\n            Deadline: March 4, 2024.\n\n"
        "        Runbook:\n            Task: Write the drain steps.\n            Deadline: March 9, 2024.\n"
    )
    assert [(task.text, task.due) for task in document.measures.tasks] == [
        ("Page on queue depth.", date(2024, 3, 4)),
        ("Write the drain steps.", date(2024, 3, 9)),
    ]


def test_summing_up_words_after_the_measures_lists_are_the_closing_notes_when_no_section_gives_them() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Corrective and Preventative Measures\n\nTo keep this from happening again:\n\n"
        "- Watch the queue depth.\n- Review the pool size.\n\n"
        "This incident taught the team to watch its queues.\n\nThanks to everyone who stayed late.\n"
    )
    assert document.measures.improvements == ["Watch the queue depth.", "Review the pool size."]
    closing = "This incident taught the team to watch its queues.\n\nThanks to everyone who stayed late."
    assert document.closing_notes == closing
    # The sentence leading into the list is the author's own: kept beside the measures, as written.
    assert [(kept.heading, kept.body) for kept in document.extra_sections] == [
        ("Corrective and Preventative Measures", "To keep this from happening again:")
    ]


def test_summing_up_words_after_the_lists_stay_beside_the_measures_when_a_closing_section_follows() -> None:
    document = from_markdown(
        "# Cache outage\n\n## Corrective and Preventative Measures\n\n- Watch the queue depth.\n\n"
        "By watching the queue we will see the next stall early.\n\n## Conclusion\n\nA quiet week since.\n"
    )
    assert document.closing_notes == "A quiet week since."
    kept_words = "By watching the queue we will see the next stall early."
    assert [kept.body for kept in document.extra_sections] == [kept_words]


def test_text_after_a_marked_list_under_a_list_name_is_not_an_item() -> None:
    document = from_markdown("# T\n\n## Tasks\n\n- Add an alert.\n\nWe will look again in a month.\n")
    assert [task.text for task in document.measures.tasks] == ["Add an alert."]
    assert [kept.body for kept in document.extra_sections] == ["We will look again in a month."]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n## Tasks\n\n" + "Do the thing\n" * 50_000,
        "# T\n\n## Corrective and Preventative Measures\n\n- a\n\n" + "This postmortem " * 30_000 + "\n",
        "# T\n\n## Improvements\n\n" + "1" * 200_000 + "\n",
        "# T\n\n## Tasks\n\n" + ". " * 100_000 + "x\n",
    ],
    ids=["many unmarked lines", "a long closing paragraph", "a long line of digits", "dots and spaces"],
)
def test_long_unmarked_lists_and_closing_words_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def test_a_report_pasted_with_no_blank_line_still_has_its_sections() -> None:
    document = from_markdown(
        "Lost writes on the notes service\nIssue Summary\n"
        "On May 6, 2024 from 09:00 to 09:20 UTC notes saved by users were dropped.\n"
        "Timeline\n09:00 AM Deploy of build 412 started\n09:20 AM Build 412 rolled back\n"
        "Root Cause and Resolution\nBuild 412 wrote to a retired table. Rolling back restored the writes.\n"
        "Corrective and Preventative Measures\nWe will prevent this by:\n"
        "Testing builds against a copy of the data\nAdding a check that every save is read back\n"
    )
    assert [event.text for event in document.timeline] == ["Deploy of build 412 started", "Build 412 rolled back"]
    assert document.root_cause.cause.startswith("Build 412 wrote to a retired table.")
    # "…prevent this by:" names what follows as the improvements; its words stay, as written, beside them.
    assert document.measures.improvements == [
        "Testing builds against a copy of the data",
        "Adding a check that every save is read back",
    ]
    assert [kept.body for kept in document.extra_sections] == ["We will prevent this by:"]


def test_labels_alone_on_their_line_take_the_lines_under_them_in_the_summary_and_the_root_cause() -> None:
    document = from_markdown(
        "Disk full on the build host\n\nIssue Summary\nImpact:\nBuilds failed for every team.\nRoot Cause:\n"
        "The log partition filled up.\nRoot Cause and Resolution\nRoot Cause:\nLog rotation had been switched off.\n"
        "Resolution:\nWe switched it back on and removed old logs.\n"
    )
    assert document.summary.impact == "Builds failed for every team."
    assert document.summary.root_cause == "The log partition filled up."
    assert document.root_cause.cause == "Log rotation had been switched off."
    assert document.root_cause.resolution == "We switched it back on and removed old logs."


def test_labelled_lines_one_under_another_are_each_their_own_field() -> None:
    document = from_markdown(
        "# Stale prices\n\n## Issue Summary\n\nDuration: June 3, 2024, 08:00 to 08:40 UTC\n"
        "Impact: Prices shown were an hour old for most shoppers.\nRoot Cause: The cache never expired.\n"
    )
    assert document.summary.impact == "Prices shown were an hour old for most shoppers."
    assert document.summary.root_cause == "The cache never expired."


def test_measures_written_as_labelled_lines_with_no_marker_are_the_improvements_and_prose_stays_prose() -> None:
    document = from_markdown(
        "# Stale prices\n\n## Corrective and Preventative Measures\n\n"
        "Expiry alerts: Page when a cache entry outlives its limit.\nLoad tests: Run them before each release.\n\n"
        "The team agreed that caches are everyone's business now.\n"
    )
    assert document.measures.improvements == [
        "Expiry alerts: Page when a cache entry outlives its limit.",
        "Load tests: Run them before each release.",
    ]
    assert [kept.body for kept in document.extra_sections] == [
        "The team agreed that caches are everyone's business now."
    ]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "Title\nIssue Summary\n" + "Impact:\nslow\n" * 30_000,
        "Title\n" + "Timeline\n10:00 AM a\n" * 30_000,
        "# T\n\n## Corrective and Preventative Measures\n\n" + "Label: value\n" * 50_000,
        "# T\n\n## Corrective and Preventative Measures\n\nWe will:\n" + "do one more thing\n" * 50_000,
    ],
    ids=["many labels without blank lines", "many section names", "many labelled lines", "a long lead-in list"],
)
def test_reports_pasted_without_blank_lines_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def _events(document) -> list[tuple[str | None, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (event.time.strftime("%H:%M") if event.time else None, event.kind.value, event.text)
        for event in document.timeline
    ]


def test_a_timeline_of_kind_labels_written_as_lines_is_read_by_its_labels() -> None:
    document = from_markdown(
        "# Cart errors\n\n## Timeline\n\nDetection Time: March 4, 2024, 10:00 AM UTC\n"
        "Detection Method: A shopper wrote to support.\nActions Taken:\n- Checked the cart service logs.\n"
        "- Restarted the cart pods.\nMisleading Paths:\n- Suspected the payment provider.\n"
        "Escalation: Escalated to the checkout team.\nResolution: Reverted the cart release at 10:45 AM UTC.\n"
    )
    assert _events(document) == [
        ("10:00", "detection", "A shopper wrote to support."),
        (None, "action", "Checked the cart service logs."),
        (None, "action", "Restarted the cart pods."),
        (None, "misleading", "Suspected the payment provider."),
        (None, "escalation", "Escalated to the checkout team."),
        ("10:45", "resolution", "Reverted the cart release at 10:45 AM UTC."),
    ]


def test_a_detections_time_and_method_written_as_two_bullets_are_one_timed_detection() -> None:
    document = from_markdown(
        "# Cart errors\n\n## Timeline\n\n- **Detection Time:**\n  - March 4, 2024, 10:00 AM UTC\n"
        "- **Detection Method:**\n  - A shopper wrote to support.\n- **Resolution:**\n  - Reverted the cart release.\n"
    )
    assert _events(document) == [
        ("10:00", "detection", "A shopper wrote to support."),
        (None, "resolution", "Reverted the cart release."),
    ]


def test_kind_headings_over_paragraphs_make_one_event_of_that_kind_each() -> None:
    document = from_markdown(
        "# Cart errors\n\n## Timeline\n\n### Action taken\n\nWe moved the cart service to the spare host.\n\n"
        "### Misleading investigation\n\nWe suspected the payment provider,\nwhich was healthy.\n\n"
        "### How the incident was resolved\n\nThe cart release was reverted.\n"
    )
    assert _events(document) == [
        (None, "action", "We moved the cart service to the spare host."),
        (None, "misleading", "We suspected the payment provider,\nwhich was healthy."),
        (None, "resolution", "The cart release was reverted."),
    ]


def test_timed_lines_after_a_kind_headings_paragraph_are_the_timeline_going_on() -> None:
    document = from_markdown(
        "# Cart errors on 2024-03-04\n\n## Timeline\n\n### Misleading investigation\n\n"
        "We suspected the payment provider and paused its calls.\n\n"
        "10:20 Reverted the cart release\n10:45 Errors stopped, carts load again\n"
    )
    assert _events(document) == [
        (None, "misleading", "We suspected the payment provider and paused its calls."),
        ("10:20", "action", "Reverted the cart release"),
        ("10:45", "resolution", "Errors stopped, carts load again"),
    ]
    assert document.summary.end is not None and document.summary.end.hour == 10


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n## Timeline\n\n" + "Actions Taken:\n" * 50_000,
        "# T\n\n## Timeline\n\n" + "Detection Time:\n- 10:00\nDetection Method:\n- a\n" * 20_000,
        "# T\n\n## Timeline\n\n### Escalation\n\n" + "words\n" * 50_000,
        "# T\n\n## Timeline\n\nActions Taken:\n" + "- a\n\n" * 50_000,
    ],
    ids=["many labels", "many detection pairs", "a long paragraph under a kind", "a long spaced list"],
)
def test_kind_labelled_timelines_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def test_a_kind_heading_over_timed_lines_still_names_their_kind_and_a_status_word_is_no_label() -> None:
    document = from_markdown(
        "# Payments late\n\n## Timeline\n\n### Recovery\n\n15:35 | New certificate installed\n"
        "15:41 | Payments flowing again\n\n## Updates\n\n**Resolved** — 11 Jun 2024, 16:02 UTC\n\nAll clear now.\n"
    )
    # (The heading names the group: the certificate installed is the step before the recovery the next line tells.)
    assert [(time, kind) for time, kind, _ in _events(document)][:2] == [
        ("15:35", "action"),
        ("15:41", "resolution"),
    ]
    assert "**Resolved** — 11 Jun 2024, 16:02 UTC" not in [event.text for event in document.timeline]


def test_a_label_with_its_moment_in_brackets_gives_the_events_time_and_kind() -> None:
    document = from_markdown(
        "# Cart errors\n\n## Timeline\n\n1. Detection and Discovery (March 4, 2024, 10:00): The error alert fired.\n"
        "2. Isolation (March 4, 2024, 10:20): The cart pods were cut off from the cache.\n"
        "- **Resolution (March 4, 2024, 11:00 AM)**: The release was reverted.\n"
    )
    assert _events(document) == [
        ("10:00", "detection", "Detection and Discovery: The error alert fired."),
        ("10:20", "note", "Isolation: The cart pods were cut off from the cache."),
        ("11:00", "resolution", "The release was reverted."),
    ]


def test_a_root_cause_before_the_timeline_is_the_summarys_when_a_root_cause_and_resolution_follows() -> None:
    document = from_markdown(
        "# Cart errors\n\n## Issue Summary\n\n- **Impact:** Carts emptied for a third of shoppers.\n\n"
        "## Root Cause\n\nA cache key collision after the release.\n\n## Timeline\n\n- 10:00 UTC: the alert fired.\n\n"
        "## Root Cause and Resolution\n\nThe release changed the cache key format; we reverted it.\n\n"
        "## Humorous Note\n\nOur carts took a holiday; our shoppers did not.\n"
    )
    assert document.summary.root_cause == "A cache key collision after the release."
    assert document.root_cause.cause.startswith("The release changed the cache key format")
    assert document.humor.caption == "Our carts took a holiday; our shoppers did not."
    assert document.extra_sections == []


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n## Timeline\n\n" + "- Detection (May 3, 10:00): a\n" * 30_000,
        "# T\n\n## Timeline\n\n- Detection (" + "1" * 100_000 + ":00): a\n",
        "# T\n\n## Timeline\n\n- " + "a" * 100_000 + " (May 3, 10:00): x\n",
    ],
    ids=["many bracketed moments", "a long bracket", "a long label"],
)
def test_labels_with_bracketed_moments_are_read_in_one_pass(text: str) -> None:
    document = from_markdown(text)
    assert from_markdown(to_markdown(document)) == document


def test_action_items_and_preventive_measures_with_no_markers_are_their_lists() -> None:
    document = from_markdown(
        "Cart errors\n\nAction Items\nMove the cache to its own host.\nAdd an alert on key collisions.\n\n"
        "Preventive Measures\nWe will test cache changes against a copy of real carts.\n"
    )
    assert [task.text for task in document.measures.tasks] == [
        "Move the cache to its own host.",
        "Add an alert on key collisions.",
    ]
    assert document.measures.improvements == ["We will test cache changes against a copy of real carts."]
