"""A very short post-mortem of a small team: labels in bold, "Timeline:" and "To do:" standing alone over their
lists, to-dos ticked in boxes with the owner's first name in brackets."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_NOTE = (
    "# Printer jam (3 Mar 2026)\n\nWritten by Ola Berg.\n\n**What happened:** The tray sensor was dusty.\n\n"
    "Timeline:\n\n- 09:00 — Kai reports the jam.\n- 09:30 — Sensor cleaned.\n\n"
    "To do:\n\n- [x] Clean sensors monthly (Ola)\n- [ ] Buy a spare tray (Kai, by 10 Mar)\n"
    "- [ ] Label the trays (Bo)\n\nThat is all.\n"
)


def test_to_do_standing_alone_after_the_timeline_heads_the_tasks() -> None:
    document = from_markdown(_NOTE)
    assert [event.text for event in document.timeline] == ["Kai reports the jam.", "Sensor cleaned."]
    assert [(task.status.value, task.owner) for task in document.measures.tasks][:2] == [
        ("done", "Ola"),
        ("open", "Kai"),
    ]


def test_a_first_name_and_a_due_date_said_with_by_in_brackets_are_the_owner_and_due_date() -> None:
    task = from_markdown(_NOTE).measures.tasks[1]
    assert (task.text, task.owner, str(task.due)) == ("Buy a spare tray", "Kai", "2026-03-10")


def test_a_name_in_brackets_the_document_writes_nowhere_else_stays_in_the_text() -> None:
    task = from_markdown(_NOTE).measures.tasks[2]
    assert (task.text, task.owner) == ("Label the trays (Bo)", "")


def test_why_labelled_in_bold_is_the_root_cause() -> None:
    document = from_markdown("# Printer jam\n\n**Why:** The tray sensor was dusty.\n\n**Fix:** Cleaned it.\n")
    assert document.summary.root_cause == "The tray sensor was dusty."


def test_a_day_written_after_an_entrys_clock_is_the_entrys_day() -> None:
    document = from_markdown(
        "# Mail bounce\n\nOn 14 Nov 2026 mail bounced. Times below are CET.\n\nTimeline:\n\n"
        "- 23:10 Fri 13 Nov — SPF record edited.\n- 23:12 — First bounce.\n"
        "- 08:40 Sat 14 Nov — Ana notices bounces.\n- 09:05 — SPF record fixed.\n- 09:30 13 servers checked.\n"
    )
    assert [(event.time.isoformat(), event.text) for event in document.timeline] == [
        ("2026-11-13T23:10:00+01:00", "SPF record edited."),
        ("2026-11-13T23:12:00+01:00", "First bounce."),
        ("2026-11-14T08:40:00+01:00", "Ana notices bounces."),
        ("2026-11-14T09:05:00+01:00", "SPF record fixed."),
        ("2026-11-14T09:30:00+01:00", "13 servers checked."),
    ]
