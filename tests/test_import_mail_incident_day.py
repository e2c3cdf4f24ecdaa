"""A post-mortem mailed to stakeholders, sent days after the incident: its times go on the incident's day, which
the subject names ("(Thu 14 March)") or the text tells as a weekday ("On Thursday the job failed"), not on the
day the mail was sent. Each test opens a small mail and checks the days a careful reader would take.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_import import read_markdown

CET = timezone(timedelta(hours=1))


def _mail(subject: str, body: str, sent: str = "Mon, 18 Mar 2024 08:40:10 +0000", zone: str = " (UTC)") -> str:
    return (
        f"From: Ola Brandt <ola@example.org>\nTo: everyone@example.org\nSubject: {subject}\nDate: {sent}\n\n"
        f"Hello all,\n\n{body}\n\nTimeline{zone}:\n\n  09:05  Invoice run starts and stalls.\n"
        "  11:20  Queue drained; invoices sent.\n\nRegards,\nOla\n"
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Invoice run stalled (Thu 14 March)",
        "Re: Invoice run stalled on 14 March",
        "Fwd: Incident report: invoices late, Thursday 14th March",
        "Invoices late - March 14",
        "Invoices late (14 Mar)",
    ],
)
def test_the_day_the_subject_names_is_the_day_of_the_mails_times(subject: str) -> None:
    document, notes = read_markdown(_mail(subject, "The run stalled and we sent the invoices late."))
    assert [event.time.date() for event in document.timeline if event.time] == [date(2024, 3, 14)] * 2
    assert any("subject" in note for note in notes)


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("On Thursday the invoice run stalled.", date(2024, 3, 14)),
        ("Last Friday the invoice run stalled for two hours.", date(2024, 3, 15)),
        ("Thursday's invoice run stalled for two hours.", date(2024, 3, 14)),
        ("The run stalled on Saturday morning; we will add an alert by Friday.", date(2024, 3, 16)),
    ],
)
def test_a_weekday_the_text_tells_the_incident_on_is_counted_back_from_the_day_sent(body: str, day: date) -> None:
    document, notes = read_markdown(_mail("Invoice run stalled", body))
    assert [event.time.date() for event in document.timeline if event.time] == [day] * 2
    assert any("counted back" in note for note in notes)


def test_a_promise_for_a_weekday_is_not_the_incidents_day() -> None:
    document, notes = read_markdown(_mail("Invoice run stalled", "We will add an alert by Friday, or next Tuesday."))
    assert [event.time.date() for event in document.timeline if event.time] == [date(2024, 3, 18)] * 2
    assert any("the day it was sent" in note for note in notes)


def test_a_day_the_subject_names_after_new_year_is_in_the_year_before() -> None:
    mail = _mail("Invoice run stalled (Sat 30 Dec)", "It stalled.", sent="Tue, 2 Jan 2024 10:00:00 +0000")
    document, _ = read_markdown(mail)
    assert [event.time.date() for event in document.timeline if event.time] == [date(2023, 12, 30)] * 2


def test_a_quoted_replys_weekday_is_not_the_incidents() -> None:
    body = "> On Wednesday Ana wrote: what happened?\n\nIt stalled this morning."
    document, _ = read_markdown(_mail("Invoice run stalled", body))
    assert [event.time.date() for event in document.timeline if event.time] == [date(2024, 3, 18)] * 2


@pytest.mark.parametrize(
    "when",
    [
        "When: from 09:05 (the stalled run) until 11:20, when the last invoice went out. All times CET.",
        "When: from 09:05 (when the run stalled) to 11:20. All times CET.",
        "The invoices were late from 09:05 (first stalled batch) until 11:20 CET.",
    ],
)
def test_a_window_whose_start_says_what_happened_in_parentheses_is_read(when: str) -> None:
    document, _ = read_markdown(_mail("Invoice run stalled (Thu 14 March)", when, zone=""))
    assert document.summary.start == datetime(2024, 3, 14, 9, 5, tzinfo=CET)
    assert document.summary.end == datetime(2024, 3, 14, 11, 20, tzinfo=CET)
