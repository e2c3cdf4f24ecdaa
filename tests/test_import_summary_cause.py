"""The Issue Summary's root cause, filled from a report's own Root Cause section when its summary gives none.

A careful reader filling in the form copies the sentence that names the cause
into the summary's line, and leaves the section's whole text where it is.
"""

from __future__ import annotations

from app.formats.markdown_export import to_markdown
from app.formats.markdown_read import read_markdown
from app.model import PostMortem


def _read(cause_section: str, summary: str = "Checkout was down for 40 minutes on 3 May 2024.") -> PostMortem:
    sections = f"## Summary\n\n{summary}\n\n## Root cause\n\n{cause_section}\n\n## Timeline\n\n- 10:00 x\n"
    text = f"# Checkout outage\n\n{sections}"
    document, _ = read_markdown(text)
    return document


def test_the_sentence_naming_the_cause_is_copied_into_the_summary() -> None:
    section = (
        "Payments go through a pool of twenty database connections. The outage was caused by a retry loop "
        "that held every connection open. Nobody had load-tested the retry path."
    )
    document = _read(section)
    assert document.summary.root_cause == "The outage was caused by a retry loop that held every connection open."
    assert document.root_cause.cause == section


def test_a_short_paragraph_is_copied_whole() -> None:
    document = _read("The nightly job ran twice.\nIts second run deleted the first run's output.")
    assert document.summary.root_cause == "The nightly job ran twice. Its second run deleted the first run's output."


def test_a_list_gives_its_first_item_and_a_label_is_dropped() -> None:
    document = _read(
        "- **Cause:** the certificate bundle lacked the intermediate.\n- The expiry alert pointed at a dead inbox."
    )
    assert document.summary.root_cause == "The certificate bundle lacked the intermediate."


def test_a_question_is_not_copied_as_the_answer() -> None:
    document = _read("Why did checkout fail? The session store ran out of connections.")
    assert document.summary.root_cause == "The session store ran out of connections."


def test_a_sentence_too_long_for_a_summary_line_is_not_cut() -> None:
    section = "The cache " + "and the queue " * 60 + "fell over."
    document = _read(section)
    assert document.summary.root_cause == ""
    assert document.root_cause.cause == section


def test_a_cause_the_summary_states_is_kept() -> None:
    document = _read(
        "A retry loop held every connection open.",
        summary="Checkout was down for 40 minutes. The root cause was an exhausted connection pool.",
    )
    assert document.summary.root_cause == "The root cause was an exhausted connection pool."


def test_the_editors_own_layout_reads_back_as_saved() -> None:
    saved = PostMortem.model_validate({"root_cause": {"cause": "A retry loop held every connection open."}})
    document, _ = read_markdown(to_markdown(saved))
    assert document.summary.root_cause == ""
    assert document == saved
