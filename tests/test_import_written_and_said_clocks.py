"""Clock times as people type and say them in a timeline and in the summary's window.

"1650 hrs engineer on site", "2310Z — alert", "Just after 3pm: the controller stops", "Quarter past ten
that night: vendor rung": a careful reader reads each as its entry's time. A year, a count ("1430 users"),
a ticket number or "the first quarter" stays words.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.formats.markdown_read import read_markdown


def _document(summary: str, *bullets: str) -> str:
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    return f"# Gate barrier stuck\n\n## Summary\n\n{summary}\n\n## Timeline\n\n{lines}\n"


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 10, 14, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("bullet", "hour", "minute", "text"),
    [
        ("1650 hrs engineer on site", 16, 50, "engineer on site"),
        ("1650hrs: engineer on site", 16, 50, "engineer on site"),
        ("1650h engineer on site", 16, 50, "engineer on site"),
        ("1650Z engineer on site", 16, 50, "engineer on site"),
        ("At 1650 hours the engineer arrived on site", 16, 50, None),
        ("Just after 4pm: the engineer arrived on site", 16, 0, "the engineer arrived on site"),
        ("Ten to five in the afternoon — the engineer arrived on site", 16, 50, "the engineer arrived on site"),
    ],
)
def test_a_clock_written_or_said_the_way_people_do_leads_a_lone_entry(
    bullet: str, hour: int, minute: int, text: str | None
) -> None:
    document, _ = read_markdown(_document("On 14 October 2026 the car park barrier stuck shut.", bullet))
    first = document.timeline[0]
    assert first.time == _at(hour, minute)
    if text is not None:  # (the writer's case of the first letter is kept or raised; either reads the same)
        assert first.text[:1].lower() + first.text[1:] == text
    else:
        assert "engineer arrived on site" in first.text


def test_that_night_says_which_half_of_the_day_and_the_label_is_cut() -> None:
    document, _ = read_markdown(
        _document(
            "On 14 October 2026 the car park barrier stuck shut.",
            "Quarter past nine that night: the barrier jammed closed",
            "2140 hrs — contractor rung",
        )
    )
    first = document.timeline[0]
    assert first.time == _at(21, 15)
    assert first.text == "The barrier jammed closed"


@pytest.mark.parametrize(
    "bullet",
    [
        "1430 users could not leave the car park",
        "1200 people were refunded",
        "In the first quarter the barrier failed twice",
    ],
)
def test_a_count_or_a_quarter_of_the_year_is_no_time_in_a_timeline_of_four_digit_clocks(bullet: str) -> None:
    document, _ = read_markdown(
        _document("On 14 October 2026 the car park barrier stuck shut.", "0810 barrier stuck", "0905 fixed", bullet)
    )
    last = document.timeline[-1]
    assert last.time is None
    assert bullet.split()[0] in last.text


@pytest.mark.parametrize(
    ("summary", "start", "end"),
    [
        ("On 14 October 2026 the barrier was stuck between 0810Z and 0955Z.", _at(8, 10), _at(9, 55)),
        ("On 14 October 2026 the outage began just after 3pm and ended at ten past five.", _at(15, 0), _at(17, 10)),
        ("On 14 October 2026 the barrier was stuck from 1510 to 1710 hours.", _at(15, 10), _at(17, 10)),
        ("On 14 October 2026 the barrier was down from noon until just after 3pm.", _at(12, 0), _at(15, 0)),
        (
            "On 14 October 2026 the barrier went down just after 3pm and came back at ten past five.",
            _at(15, 0),
            _at(17, 10),
        ),
    ],
)
def test_the_window_in_the_summary_is_read_from_clocks_written_or_said(
    summary: str, start: datetime, end: datetime
) -> None:
    document, _ = read_markdown(_document(summary, "Barrier reported stuck"))
    assert (document.summary.start, document.summary.end) == (start, end)


def test_a_story_told_with_four_digit_clocks_and_their_marks_is_read_sentence_by_sentence() -> None:
    document, _ = read_markdown(
        "# Gate barrier stuck\n\nOn 14 October 2026 the car park barrier stuck shut. All times UTC.\n\n"
        "In the early evening, at 1810 hours, the barrier stopped lifting. At 1825 hrs the attendant rang "
        "the supplier. Shortly after 1900Z a technician freed the arm. By half past seven the queue was gone.\n"
    )
    timeline = [(event.time, event.text.split()[0]) for event in document.timeline]
    assert timeline == [(_at(18, 10), "In"), (_at(18, 25), "At"), (_at(19, 0), "Shortly"), (_at(19, 30), "By")]
