"""The incident's day, zone and window as a careful reader takes them from forms, memos and other languages.

- A labelled incident date ("Date of outage: …") is the day of the times, whatever a table of follow-ups with
  due dates says, however many dated rows it has.
- A zone said in words ("(heure de Paris)", "(Eastern)", "hora de Madrid", "Central time") beside times written
  "0745 hrs" or "14 h 09" is their zone, not UTC.
- "Downtime period: 0630 – 0915 hrs" is the window.
- A printed memo (MEMORANDUM, TO/FROM/DATE/RE): the RE line is the title, the DATE line is when the memo was
  written (not the incident's day), "Cause." and "Next steps." open their parts.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown

PARIS_WINTER = timezone(timedelta(hours=1))
EASTERN_SUMMER = timezone(timedelta(hours=-4))
MADRID_SUMMER = timezone(timedelta(hours=2))
CENTRAL_SUMMER = timezone(timedelta(hours=-5))


def _event_days(text: str) -> list[date]:
    document, _ = read_markdown(text)
    return [event.time.date() for event in document.timeline if event.time is not None]


def _form_with_plan(label: str, header: str, rows: list[str]) -> str:
    return (
        "# Pharmacy system downtime\n\n"
        f"**{label}:** Thursday, March 6, 2025\n\n"
        "## Timeline\n\n"
        "- 09:10 — Pharmacists report the dispensing screen hangs.\n"
        "- 11:40 — Service restored after the queue was cleared.\n\n"
        "## Corrective Action Plan\n\n"
        f"| # | Action | Owner | {header} | Status |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )


_ROWS = [
    "| 1 | Measure the batch job's run time before each change | P. Ruiz | 3/14/2025 | Completed |",
    "| 2 | Alert on queue time above five minutes | L. Chen | 4/30/2025 | Open |",
    "| 3 | Review the time windows of every nightly job | P. Ruiz | 5/15/2025 | Open |",
]


@pytest.mark.parametrize("label", ["Date of downtime", "Date of incident", "Outage date", "Date of the outage"])
@pytest.mark.parametrize("header", ["Target Date", "Due", "Deadline", "Due date"])
@pytest.mark.parametrize("count", [2, 3])
def test_a_labelled_incident_date_beats_the_due_dates_of_an_action_table(label: str, header: str, count: int) -> None:
    days = _event_days(_form_with_plan(label, header, _ROWS[:count]))
    assert days == [date(2025, 3, 6)] * 2


def test_dates_in_a_due_date_table_are_never_the_incident_day_even_without_a_label() -> None:
    text = _form_with_plan("Service", "Target date", _ROWS).replace("Thursday, March 6, 2025", "Pharmacy")
    text = text.replace("## Timeline\n", "On March 6, 2025 the pharmacy system went down.\n\n## Timeline\n")
    assert _event_days(text) == [date(2025, 3, 6)] * 2


@pytest.mark.parametrize(
    "window",
    [
        "Le 12 mars 2025, de 14 h 09 à 15 h 10 (heure de Paris), les paiements ont échoué.",
        "On 12 March 2025, from 14:09 to 15:10 (Paris time), payments failed.",
        "Payments failed on 12 March 2025 from 14:09 to 15:10, Berlin time.",
    ],
)
def test_a_city_clock_named_in_words_is_the_zone_of_the_window_and_the_times(window: str) -> None:
    document, notes = read_markdown(
        f"# Payments down\n\n{window}\n\n## Timeline\n\n- 14:09 — First errors.\n- 15:10 — Incident closed.\n"
    )
    assert document.summary.start == datetime(2025, 3, 12, 14, 9, tzinfo=PARIS_WINTER)
    assert document.summary.end == datetime(2025, 3, 12, 15, 10, tzinfo=PARIS_WINTER)
    assert document.timeline[0].time == datetime(2025, 3, 12, 14, 9, tzinfo=PARIS_WINTER)
    assert not any("names no time zone" in note for note in notes)


@pytest.mark.parametrize(
    "line",
    [
        "Fecha: 2025-03-12. Los pagos fallaron a partir de las 14:09 (hora de Madrid).",
        "Datum: 2025-03-12. Zahlungen schlugen ab 14:09 fehl (Berliner Zeit).",
        "Data: 2025-03-12. I pagamenti sono falliti dalle 14:09 (ora di Roma).",
    ],
)
def test_a_city_clock_in_another_language_is_the_zone_of_the_timeline(line: str) -> None:
    document, _ = read_markdown(f"# Pagos\n\n{line}\n\n## Timeline\n\n- 14:09 — Errores.\n- 15:10 — Cerrado.\n")
    assert [event.time for event in document.timeline] == [
        datetime(2025, 3, 12, 14, 9, tzinfo=PARIS_WINTER),
        datetime(2025, 3, 12, 15, 10, tzinfo=PARIS_WINTER),
    ]


@pytest.mark.parametrize(
    ("period", "zone"),
    [
        ("0630 – 0915 hrs (Eastern)", EASTERN_SUMMER),
        ("0630 hrs to 0915 hrs (Eastern)", EASTERN_SUMMER),
        ("0630 – 0915 hrs, Central time", CENTRAL_SUMMER),
        ("0630 – 0915 hrs (hora de Madrid)", MADRID_SUMMER),
    ],
)
def test_a_downtime_period_in_hours_gives_the_window_in_the_zone_said_in_words(period: str, zone: timezone) -> None:
    document, _ = read_markdown(
        "# Lab results delayed\n\n"
        "**Date of downtime:** June 3, 2025\n"
        f"**Downtime period:** {period}\n\n"
        "## Timeline\n\n- 0630 hrs — Lab interface stops sending results.\n- 0915 hrs — Interface restarted.\n"
    )
    assert document.summary.start == datetime(2025, 6, 3, 6, 30, tzinfo=zone)
    assert document.summary.end == datetime(2025, 6, 3, 9, 15, tzinfo=zone)


def test_a_word_in_parentheses_that_only_looks_like_a_zone_abbreviation_is_not_one() -> None:
    document, notes = read_markdown(
        "# Feeder down\n\nOn 3 June 2025 from 10:00 to 10:30 the feeder (cat) jammed.\n\n"
        "## Timeline\n\n- 10:00 — Jam.\n- 10:30 — Cleared.\n"
    )
    assert document.summary.start == datetime(2025, 6, 3, 10, 0, tzinfo=UTC)
    assert any("names no time zone" in note for note in notes)


def test_a_range_of_years_is_not_read_as_hours() -> None:
    document, _ = read_markdown(
        "# Archive gap\n\n**Date of incident:** 4 April 2025\n**Downtime period:** 2019–2020 archives\n\n"
        "## Timeline\n\n- 10:00 — Archive search fails.\n"
    )
    assert document.summary.end is None


def _memo(*, opening: str = "MEMORANDUM", subject_label: str = "RE", cause: str = "Cause.") -> str:
    return (
        f"{opening}\n\n"
        "TO:      All Store Leads\n"
        "FROM:    Priya Natarajan, Retail Systems\n"
        "DATE:    September 12, 2024\n"
        f"{subject_label}:      Gift card outage on Monday, September 9\n\n"
        "On Monday, September 9, gift cards could not be redeemed from 2:05 p.m. to 3:20 p.m. Central time. "
        "About 300 sales were held.\n\n"
        f"{cause} A certificate on the gift card gateway expired and nobody was warned.\n\n"
        "Next steps.\n"
        "1. Add the gateway certificate to the expiry monitor (owner: Sam Ibarra, by September 30).\n"
        "2. Teach store leads the offline voucher process (owner: Store Operations, by October 15).\n\n"
        "Thank you,\n\nPriya\n"
    )


@pytest.mark.parametrize("opening", ["MEMORANDUM", "Memo", "INTERNAL MEMORANDUM", "**MEMORANDUM**"])
@pytest.mark.parametrize("subject_label", ["RE", "Re", "SUBJECT", "Regarding"])
def test_a_memos_subject_line_is_its_title_and_its_date_line_is_not_the_incident_day(
    opening: str, subject_label: str
) -> None:
    document, _ = read_markdown(_memo(opening=opening, subject_label=subject_label))
    assert document.metadata.title == "Gift card outage on Monday, September 9"
    assert document.summary.start == datetime(2024, 9, 9, 14, 5, tzinfo=CENTRAL_SUMMER)
    assert document.summary.end == datetime(2024, 9, 9, 15, 20, tzinfo=CENTRAL_SUMMER)
    assert document.metadata.authors == ["Priya Natarajan"]


@pytest.mark.parametrize("cause", ["Cause.", "**Cause.**", "**Root cause**.", "Root cause."])
def test_a_memos_run_in_labels_open_the_cause_and_the_tasks(cause: str) -> None:
    document, _ = read_markdown(_memo(cause=cause))
    assert "certificate on the gift card gateway expired" in document.root_cause.cause
    tasks = document.measures.tasks
    assert [task.owner for task in tasks] == ["Sam Ibarra", "Store Operations"]
    assert [task.due for task in tasks] == [date(2024, 9, 30), date(2024, 10, 15)]


@pytest.mark.parametrize("sentence", ["Fixed. Then the queue drained.", "Done. Nothing else to say."])
def test_a_short_sentence_ending_in_a_full_stop_is_not_a_label(sentence: str) -> None:
    document, _ = read_markdown(f"# Queue stuck\n\nThe queue stuck on 2 May 2024.\n\n{sentence}\n")
    assert "Fixed" in document.introduction or "Done" in document.introduction
