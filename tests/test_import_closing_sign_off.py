"""A sign-off set in bold at the very end, after the measures' lists, is the closing notes.

Students often end the report with one emphatic line of their own under the last list ("**With the queue
drained, the site is calm again. Stay curious!**"). It is no measure: a careful reader takes it as the report's
closing words. A bold line followed by more of the section, or a bold label, stays where it was.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

HEAD = """# Postmortem: the stuck job queue

## Issue Summary
From 14:00 to 15:10 UTC on 9 July 2024 no background job ran.

## Root Cause and Resolution
A worker held a lock it never released. Restarting the worker released it.

## Corrective and Preventative Measures
1. Give every lock a timeout.
2. Alert when the queue stops shrinking.
"""


def test_a_bold_last_line_after_the_measures_is_the_closing_notes() -> None:
    document = from_markdown(HEAD + "\n**With the queue drained, the site is calm again. Stay curious!**\n")
    assert "Stay curious!" in (document.closing_notes or "")
    assert [task.text for task in document.measures.tasks] + document.measures.improvements == [
        "Give every lock a timeout.",
        "Alert when the queue stops shrinking.",
    ]
    assert not any("Stay curious" in section.body for section in document.extra_sections)


def test_a_bold_line_with_more_text_after_it_is_not_the_closing_notes() -> None:
    document = from_markdown(
        HEAD + "\n**We will review these after a month.**\n\nThe review will be booked by the on-call lead.\n"
    )
    assert "review these after a month" not in (document.closing_notes or "")
