"""Student reports typed without the marks Markdown expects: a step a line with no full stops, a title with no
space after its hash, a label bolded one word at a time. A careful reader reads each as meant."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown
from app.model import EventKind

STEPS_WITHOUT_STOPS = """# Blog went blank

## Issue Summary
The blog answered 500 from 9:10 AM to 9:55 AM UTC on June 4, 2024.

## Timeline
Spotted at Jun 4, 2024 9:10 AM while proofreading a draft post
Looked through the Nginx error log for clues
Restarted PHP-FPM which did not help
Fixed the wrong socket path and the blog came back

## Root cause
The socket path in the pool file was wrong.
"""


def test_each_line_of_a_timeline_typed_without_full_stops_is_its_own_step() -> None:
    timeline = from_markdown(STEPS_WITHOUT_STOPS).timeline
    assert [event.text for event in timeline] == [
        "Spotted at Jun 4, 2024 9:10 AM while proofreading a draft post",
        "Looked through the Nginx error log for clues",
        "Restarted PHP-FPM which did not help",
        "Fixed the wrong socket path and the blog came back",
    ]
    assert [event.kind for event in timeline] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.RESOLUTION,
    ]


def test_the_step_that_tells_its_moment_is_dated_and_the_others_stay_untimed() -> None:
    timeline = from_markdown(STEPS_WITHOUT_STOPS).timeline
    assert [event.time for event in timeline] == [datetime(2024, 6, 4, 9, 10, tzinfo=UTC), None, None, None]


def test_a_paragraph_wrapped_to_a_width_stays_one_entry_though_its_lines_open_with_capitals() -> None:
    wrapped = (
        "# Queue stall\n\n## Timeline\n"
        "We saw the queue stop growing around noon and\n"
        "Grafana showed the consumers idle while the\n"
        "Broker kept accepting new messages for them\n"
    )
    timeline = from_markdown(wrapped).timeline
    assert len(timeline) == 1
    assert timeline[0].text.startswith("We saw the queue stop growing")
    assert timeline[0].text.endswith("new messages for them")


def test_three_unstopped_lines_cut_at_one_width_stay_one_entry() -> None:
    cut_alike = (
        "# Queue stall\n\n## Timeline\n"
        "Consumers stopped pulling from the orders queue\n"
        "Producers kept writing at the usual daily rate\n"
        "Memory on the broker climbed past its watermark\n"
    )
    assert len(from_markdown(cut_alike).timeline) == 1


def test_a_first_line_typed_with_no_space_after_its_hash_is_the_title() -> None:
    document = from_markdown("#0x19. Postmortem of the blog outage\n\n## Timeline\n- 10:00 UTC alert fired\n")
    assert document.metadata.title == "0x19. Postmortem of the blog outage"


def test_a_single_tag_on_the_first_line_is_not_made_a_title() -> None:
    document = from_markdown("#outage\n\nThe blog was down for an hour.\n")
    assert document.metadata.title == "#outage"  # as written: a tag, not a heading


def test_a_root_cause_label_bolded_word_by_word_is_the_root_cause() -> None:
    document = from_markdown(
        "# Blog outage\n\n## Issue Summary\n"
        "**Duration**: 45 minutes.\n\n"
        "**Root** **cause**: the socket path in the pool file was wrong.\n\n"
        "**Impact** **on** **users:** every reader saw an error page.\n"
    )
    assert document.summary.root_cause == "the socket path in the pool file was wrong."
    assert document.summary.impact == "every reader saw an error page."
