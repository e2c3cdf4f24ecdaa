"""A timeline written as bare lines, a step a line, as plain-text reports are: each line its own event.

"March 3, 2022, 09:15 AM: the queue alarm fired." over "Work started on the consumers at once." over "The
case was handed to the messaging team …": three steps, though Markdown joins the lines into one paragraph. A
step may state its own moment mid-sentence. Labels ("Actions Taken:", a blank line, then lines) give the
lines under them their kind; a paragraph wrapped to a width stays one entry. Also: the sentences whose kind a
reader knows before any one word in them counts, and a small hour after midnight inside a stated window.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry

_STEPS = """\
Payment queue stall

Timeline:
March 3, 2022, 09:15 AM: The issue was noticed when the queue depth alarm went off for the payments queue.
Work started on the consumers straight away, on the theory that one of them had crashed.
The case was escalated to the messaging team because nobody could find a stuck consumer.
The incident was resolved on March 3, 2022, 11:40 AM, once the broker's disk was cleaned up.
Root cause:
The broker's disk was full of old dead letters.
"""


def test_each_bare_line_after_a_timed_one_is_its_own_step() -> None:
    timeline = from_markdown(_STEPS).timeline
    texts = [event.text for event in timeline]
    assert len(timeline) == 4, texts
    assert texts[1].startswith("Work started on the consumers")
    assert timeline[2].kind is EventKind.ESCALATION
    last = timeline[3]
    assert last.kind is EventKind.RESOLUTION
    assert last.time is not None and (last.time.day, last.time.hour, last.time.minute) == (3, 11, 40)


def test_a_paragraph_wrapped_to_a_width_stays_one_entry() -> None:
    text = (
        "# Cache outage\n\n## Timeline\n\n"
        "2024-02-02 10:00 UTC The cache cluster lost two of its nodes and the\n"
        "remaining ones could not hold the keys, so the hit rate fell to almost\n"
        "nothing within a minute.\n"
    )
    [event] = from_markdown(text).timeline
    assert "hit rate fell" in event.text


def test_lines_in_paragraphs_parted_by_blank_lines_stay_with_their_entry() -> None:
    text = (
        "# Mail delay\n\n## Timeline\n\n"
        "2024-02-02 10:00 UTC Customers write in about late mail.\nSome of them send twice.\n\n"
        "2024-02-02 10:20 UTC The relay is restarted.\n"
    )
    first, second = from_markdown(text).timeline
    assert first.text.endswith("Some of them send twice.")
    assert second.text.startswith("The relay")


_LABELLED = """\
Search outage

Issue Summary: Duration: August 8, 2023, 11:40 AM to August 9, 2023, 1:15 AM (UTC+2)

Timeline:
11:40 AM: The issue was noticed when the search page started returning empty results.

Actions Taken:

The on-call developer looked at the search servers first.
They rebuilt the index on one node as a trial.
Misleading Investigation/Debugging Paths:

The first guess was a broken deploy, but the last deploy was two days old.
Incident Resolution:

The index settings were put back as they were.
By 1:15 AM, search results were complete again.
Root Cause:

A changed analyzer setting.
"""


def test_lines_under_a_label_and_a_blank_line_are_that_kind_one_event_each() -> None:
    timeline = from_markdown(_LABELLED).timeline
    kinds = [(event.kind, event.text[:20]) for event in timeline]
    assert len(timeline) == 6, kinds
    # (Under "Incident Resolution:", the setting put back is the step before the recovery the next line tells.)
    assert [event.kind for event in timeline[1:]] == [
        EventKind.ACTION,
        EventKind.ACTION,
        EventKind.MISLEADING,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]


def test_an_hour_after_midnight_inside_the_stated_window_is_on_the_next_day() -> None:
    last = from_markdown(_LABELLED).timeline[-1]
    assert last.time is not None and (last.time.day, last.time.hour, last.time.minute) == (9, 1, 15)


def test_a_step_under_actions_taken_that_calls_itself_misleading_is_a_wrong_turn() -> None:
    text = (
        "Disk alarm\n\nTimeline:\n\nDetection: 14:00 - The disk alarm fired on the build host.\nActions Taken:\n"
        "Lena cleared the build caches.\n"
        "A misleading path was followed when the log rotation was blamed.\n"
        "Resolution: At 15:00, the old artifacts were deleted.\n"
    )
    timeline = from_markdown(text).timeline
    wrong = next(event for event in timeline if "misleading path" in event.text)
    assert wrong.kind is EventKind.MISLEADING
    assert "Lena cleared" not in wrong.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ticket was escalated to the storage team for further analysis and resolution.", EventKind.ESCALATION),
        ("We escalated it to the vendor for resolution.", EventKind.ESCALATION),
        ("All checkout services were restored to normal operation.", EventKind.RESOLUTION),
        ("the issue solved", EventKind.RESOLUTION),
        ("**Shop restored**", EventKind.RESOLUTION),
        ("Ran curl against the login page, receiving HTTP 502 Bad Gateway.", EventKind.DETECTION),
        ("Problem noticed while fixing an unrelated build failure", EventKind.DETECTION),
        ("Ops reported the abusive account to the host's abuse desk.", EventKind.ACTION),
        ("Standby database on db3 promoted to primary", EventKind.ACTION),
        ("`config.yml` pasa a leer la clave del entorno", EventKind.ACTION),
        ("servicio en vivo y verificado por el equipo", EventKind.RESOLUTION),
    ],
)
def test_a_sentence_s_kind_before_its_words(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind
