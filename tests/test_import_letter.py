"""A letter to customers names its clock after the time ("4:12 a.m. Eastern") and wraps its lines by hand."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_LETTER = """\
To everyone who ships with Parcelbird: on Monday, June 8, 2026, label printing
failed for most of you for three hours.

Just after 9 a.m.
Pacific we started moving the label service to new hosts. At 9:40 a.m. Pacific, as the
morning rush began, label requests started failing. Our monitoring paged the
on-call engineer at 9:52 a.m. At 12:15 p.m.
Pacific we moved the last hosts back, and labels printed normally again.
"""


def test_a_region_named_after_the_clock_is_the_letters_zone() -> None:
    doc = from_markdown(_LETTER)
    times = [event.time.isoformat() for event in doc.timeline if event.time is not None]
    assert "2026-06-08T09:52:00-07:00" in times


def test_the_zone_after_a_wrapped_clock_does_not_end_the_sentence() -> None:
    texts = [event.text for event in from_markdown(_LETTER).timeline]
    assert "Just after 9 a.m. Pacific we started moving the label service to new hosts." in texts
    assert any(text.startswith("At 12:15 p.m. Pacific we moved the last hosts back") for text in texts)


_APOLOGY = """\
Label printing failed on Monday. We are sorry.

To everyone who ships with Parcelbird: on Monday, June 8, 2026, label printing
failed for most of you for three hours. Many of you could not print labels.

Our monitoring paged the on-call engineer at 9:52 a.m. At 12:15 p.m. we moved
the last hosts back, and labels printed normally again.

Let me be plain about the root cause: we moved a service to new hosts without
a rollback plan, and we did not rehearse the move.

Here is what we are changing.

First, every host move will get a written rollback plan. Tomas Varga owns this
and it will be in place by July 10.

Second, we will alert when label errors pass one percent. That alert shipped on
Wednesday.

Third, we are rewriting the status page process. Our Head of Support, Ines
Duarte, owns this.

Priya Raman
Co-founder & CEO, Parcelbird
June 10, 2026
"""


def test_a_letters_numbered_paragraphs_after_it_announces_changes_are_its_tasks() -> None:
    tasks = from_markdown(_APOLOGY).measures.tasks
    assert [(task.owner, task.due and task.due.isoformat(), task.status.value) for task in tasks] == [
        ("Tomas Varga", "2026-07-10", "open"),
        ("", None, "done"),
        ("Ines Duarte", None, "open"),
    ]
    assert tasks[0].text.startswith("Every host move will get a written rollback plan.")


def test_paragraphs_counting_off_the_story_are_not_tasks() -> None:
    story = """\
# Why the cache fell over

Two things went wrong.

First, the cache filled up with session keys that never expired.

Second, the retries from the web tier doubled the load on the database.
"""
    assert from_markdown(story).measures.tasks == []


def test_a_letter_signed_with_name_and_office_is_by_its_signer() -> None:
    doc = from_markdown(_APOLOGY)
    assert doc.metadata.authors == ["Priya Raman"]
    assert "Co-founder & CEO, Parcelbird" in doc.closing_notes


def test_a_sentence_wrapped_so_its_colon_opens_a_line_still_names_the_cause() -> None:
    doc = from_markdown(_APOLOGY)
    assert "we did not rehearse the move" in (doc.summary.root_cause or "")
