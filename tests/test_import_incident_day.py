"""The incident's day, for times written without a date, as a careful reader picks it.

A follow-up's due date never dates the incident, however the task writes it
("— kai.m — by 2024-04-02"); the date a report was written, posted or
reviewed gives way to the incident's own date, and counts (with a note) only
when the document states no other.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.formats.markdown_read import read_markdown


def _story(opening: str, tasks: str = "", byline: str = "") -> str:
    return (
        f"# Login failures\n\n{byline}\n\n## Summary\n\n{opening}\n\n"
        "## Timeline\n\n- 08:12 first alert for failed logins\n- 09:40 certificate replaced, logins work again\n\n"
        f"## Follow-ups\n\n{tasks}\n"
    )


@pytest.mark.parametrize(
    "task",
    [
        "- [ ] Renew certificates automatically — kai.m — by 2024-04-02",
        "- [ ] Renew certificates automatically — Kai Moreau — by 2 April 2024",
        "- Renew certificates automatically (kai.m, by April 2, 2024)",
        "- Renew certificates automatically before 2024-04-02",
        "- Renew certificates automatically, no later than 2 April 2024",
    ],
)
def test_a_follow_ups_date_after_by_never_moves_the_incident(task: str) -> None:
    # "held" and "updated" further on in the opening sentence say nothing of its date.
    opening = "On Monday 25 March 2024 the login service held no valid certificate and nobody updated it in time."
    document, _ = read_markdown(_story(opening, task))
    assert [event.time for event in document.timeline] == [
        datetime(2024, 3, 25, 8, 12, tzinfo=UTC),
        datetime(2024, 3, 25, 9, 40, tzinfo=UTC),
    ]


def test_due_to_in_the_incidents_sentence_is_a_cause_not_a_due_date() -> None:
    opening = "On 25 March 2024, due to an expired certificate, nobody could log in."
    document, _ = read_markdown(_story(opening, "- Renew certificates (Kai)", "Published 2024-03-28"))
    assert document.timeline[0].time == datetime(2024, 3, 25, 8, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "byline",
    [
        "_Written on 28 March 2024 by Ana Ruiz. Times below are in UTC._",
        "*Last updated: 2024-03-28 10:00*",
        "Published 28 March 2024 at 17:30",
        "**Date of report:** 28/03/2024",
        "Reviewed on March 28, 2024 by the platform team (all times UTC)",
        "Debrief held 2024-03-28 at 11:00",
    ],
)
@pytest.mark.parametrize(
    "opening",
    [
        "On Monday 25th March 2024, nobody could log in for an hour and a half.",
        "Logins failed for an hour and a half on 25 March 2024.",
    ],
)
def test_the_incidents_own_date_beats_the_date_the_report_was_written(byline: str, opening: str) -> None:
    document, notes = read_markdown(_story(opening, byline=byline))
    assert document.timeline[0].time == datetime(2024, 3, 25, 8, 12, tzinfo=UTC)
    assert not any("the report was written" in note for note in notes)


@pytest.mark.parametrize(
    "byline",
    ["_Written on 28 March 2024 by Ana Ruiz._", "Last updated: 2024-03-28", "Published March 28, 2024"],
)
def test_the_reports_date_dates_the_times_when_it_is_the_only_date_and_says_so(byline: str) -> None:
    document, notes = read_markdown(_story("Nobody could log in for an hour and a half.", byline=byline))
    assert document.timeline[0].time == datetime(2024, 3, 28, 8, 12, tzinfo=UTC)
    assert any("the date the report was written" in note for note in notes)


def _blog(front_date: str, opening: str) -> str:
    return (
        f"---\nlayout: post\ntitle: Our login outage\ndate: {front_date}\n---\n\n# Our login outage\n\n"
        f"{opening}\n\n## What happened\n\n- 08:12 first alert for failed logins\n"
        "- 09:40 certificate replaced, logins work again\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "On Monday, September 8th, nobody could log in for an hour and a half.",
        "Last week (Mon 8 Sep) nobody could log in for an hour and a half.",
    ],
)
def test_a_blogs_posting_date_gives_way_to_the_weekday_and_day_the_text_names(opening: str) -> None:
    # Posted on Friday 12 September 2025; the outage was the Monday before, written without its year.
    document, notes = read_markdown(_blog("2025-09-12", opening))
    assert [event.time for event in document.timeline] == [
        datetime(2025, 9, 8, 8, 12, tzinfo=UTC),
        datetime(2025, 9, 8, 9, 40, tzinfo=UTC),
    ]
    assert any("September 8, 2025" in note and "without its year" in note for note in notes)


def test_a_blogs_posting_date_gives_way_to_a_full_date_in_the_text() -> None:
    document, _ = read_markdown(_blog("2025-09-12", "On 8 September 2025 nobody could log in."))
    assert document.timeline[0].time == datetime(2025, 9, 8, 8, 12, tzinfo=UTC)


@pytest.mark.parametrize("posted", ["2025-09-12", "2025-09-12 10:00:00 +0000", "2025-09-12T10:00:00Z"])
def test_a_blogs_posting_date_dates_the_times_when_the_text_names_no_day_and_says_so(posted: str) -> None:
    document, notes = read_markdown(_blog(posted, "Nobody could log in for an hour and a half."))
    assert document.timeline[0].time == datetime(2025, 9, 12, 8, 12, tzinfo=UTC)
    assert any("the date the report was written" in note for note in notes)


@pytest.mark.parametrize(
    ("header", "dates"),
    [
        ("| Maßnahme | Verantwortlich | Fällig | Stand |", ("19.05.2025", "02.06.2025")),
        ("| Action | Responsable | Échéance | État |", ("19/05/2025", "02/06/2025")),
        ("| Acción | Responsable | Fecha límite | Estado |", ("2025-05-19", "2025-06-02")),
        ("| Aufgabe | Wer | Frist |", ("19. Mai 2025", "2. Juni 2025")),
    ],
)
def test_a_due_date_column_named_in_another_language_never_dates_the_incident(
    header: str, dates: tuple[str, str]
) -> None:
    rows = "\n".join(
        f"| Renew certificates {n} | Kai | {due} |" + (" open |" if header.count("|") == 5 else "")
        for n, due in enumerate(dates)
    )
    tasks = f"{header}\n|---|---|---|" + ("---|" if header.count("|") == 5 else "") + f"\n{rows}"
    document, _ = read_markdown(_story("Nobody could log in for an hour and a half.", tasks))
    # No date of the incident anywhere: the times keep no day rather than a follow-up's.
    assert [event.time for event in document.timeline] == [None, None]


def test_a_date_with_a_dot_after_the_day_dates_the_incident() -> None:
    document, _ = read_markdown(_story("Am 24. February 2026 konnte sich niemand anmelden."))
    assert document.timeline[0].time == datetime(2026, 2, 24, 8, 12, tzinfo=UTC)


def test_times_of_a_document_naming_no_day_stay_undated_with_their_clocks_in_their_words() -> None:
    # A document naming no day at all: the file's date would be a guess (a clone's checkout sets it), so
    # each time stays in its event's words, and the notice says why.
    document, notes = read_markdown(_story("Nobody could log in."), file_day=date(2025, 9, 12))
    assert [(event.time, event.text) for event in document.timeline] == [
        (None, "08:12 first alert for failed logins"),
        (None, "09:40 certificate replaced, logins work again"),
    ]
    assert any("no date" in note and "undated" in note for note in notes)
