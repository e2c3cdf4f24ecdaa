"""A report written as questions and answers: each question names the part of the report its answer fills."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_REVIEW = """\
# Debrief: Tuesday evening queue stall

Severity: SEV2

Times are Central (CST, UTC-6), Tuesday, March 3, 2026 unless noted.

**Q: Who was affected, and how badly?**

A: Roughly 1,200 shippers could not book pickups for two hours.

**Q: What was the underlying cause?**

A: The broker upgrade renamed the default exchange, so every message went nowhere.

**Q: What happened next, step by step?**

A: From the chat log:

- 10:50 PM — queue depth alarm pages Lena.
- 11:20 PM — Lena escalates to Tom, who owns the broker.
- 12:10 AM (Wednesday Mar 4) — Tom rebinds the consumers to the new exchange.
- 12:44 AM — queue drained; incident resolved.

**Q: How did it end?**

A: Rebinding the consumers to the renamed exchange.

**Q: Why was the upgrade run at night?**

A: The maintenance calendar put it there.

**Q: What will we do differently?**

A: Follow-ups we agreed on:

1. Pin the exchange name in the consumer config — owner Tom Reyes — due 2026-03-10 — done.
2. Alert on unroutable messages — owner Lena Fischer — open.
"""


def test_each_question_fills_the_part_it_asks_for() -> None:
    doc = from_markdown(_REVIEW)
    assert "1,200 shippers" in doc.summary.impact
    assert doc.root_cause.cause.startswith("The broker upgrade renamed")
    assert doc.root_cause.resolution == "Rebinding the consumers to the renamed exchange."
    assert [event.text for event in doc.timeline][-1] == "queue drained; incident resolved."
    assert doc.summary.end is not None and doc.summary.end.isoformat() == "2026-03-04T00:44:00-06:00"
    assert [(task.owner, task.status.value) for task in doc.measures.tasks] == [
        ("Tom Reyes", "done"),
        ("Lena Fischer", "open"),
    ]


def test_a_question_asking_for_no_part_stays_a_section_of_its_own() -> None:
    doc = from_markdown(_REVIEW)
    kept = {section.heading: section.body for section in doc.extra_sections}
    assert kept["Q: Why was the upgrade run at night?"] == "The maintenance calendar put it there."


_FAQ = """\
# Billing export outage

**What did customers see?**

Finance could not download invoices for a morning.

**Who was on call?**

Priya, with Jonas as backup.

**What was the real cause?**

An expired token on the export job.

**What brought the service back?**

We rotated the token and re-ran the export.
"""


def test_bold_questions_alone_name_the_sections_of_a_report_without_headings() -> None:
    doc = from_markdown(_FAQ)
    assert doc.summary.impact == "Finance could not download invoices for a morning."
    assert doc.root_cause.cause == "An expired token on the export job."
    assert doc.root_cause.resolution == "We rotated the token and re-ran the export."
    assert [section.heading for section in doc.extra_sections] == ["Who was on call?"]


def test_bold_questions_under_a_section_stay_its_text() -> None:
    text = """\
# Disk full on the build host

## Five whys

**Why did builds fail?**

The disk was full.

**Why was the disk full?**

Old artefacts were never removed.

**Why were they never removed?**

The cleanup job was disabled in May.
"""
    doc = from_markdown(text)
    assert "Old artefacts were never removed." in doc.root_cause.cause
    assert not any(section.heading.startswith("Why") for section in doc.extra_sections)
