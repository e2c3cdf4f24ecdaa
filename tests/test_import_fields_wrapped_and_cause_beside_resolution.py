"""Labelled fields whose values wrap, and a cause told in prose beside a labelled resolution.

A reStructuredText summary written as a field list (":Impact: …" wrapped onto an indented line, then
":Root cause: …") gives the impact and the root cause each in full. Under "Root cause and resolution", a
paragraph that tells what went wrong, then "**Resolution:** …", gives both the cause and the resolution.
"""

from __future__ import annotations

from pathlib import Path

from app.formats import files
from app.formats.markdown_import import from_markdown

RST = """=============================
Review: Thumbnail uploads fail
=============================

:Authors: Mara Stein

Summary
=======

:Start: 2026-11-09 10:05 UTC
:End: 2026-11-09 11:40 UTC
:Impact: every thumbnail upload failed for 95 minutes, about 12,000 attempts; roughly
         400 support tickets were opened.
:Root cause: A policy change removed the statement that lets the uploader
             write to the bucket.
"""


def test_an_rst_field_wrapped_onto_an_indented_line_keeps_its_whole_value():
    document = from_markdown(RST)

    assert document.summary.impact == (
        "every thumbnail upload failed for 95 minutes, about 12,000 attempts; roughly 400 support tickets were opened."
    )


def test_an_rst_field_named_in_two_words_is_read_after_a_wrapped_field():
    document = from_markdown(RST)

    assert document.summary.root_cause == (
        "A policy change removed the statement that lets the uploader write to the bucket."
    )


def test_a_cause_told_in_prose_beside_a_labelled_resolution_is_the_cause():
    document = from_markdown(
        "# Login failures\n\n## Root cause and resolution\n\n"
        "The signing key was rotated but the new certificate was never published to the apps.\n\n"
        "**Resolution:** we switched back to the previous key.\n"
    )

    assert document.root_cause.cause == (
        "The signing key was rotated but the new certificate was never published to the apps."
    )
    assert document.root_cause.resolution == "we switched back to the previous key."
    assert document.extra_sections == []


def test_a_summary_label_with_an_aside_in_brackets_still_fills_its_field():
    document = from_markdown(
        "# Portal down\n\n## Issue Summary\n\nStart: 2026-11-09 07:40 UTC\n\n"
        "Root cause (short): the name servers still pointed at the old provider.\n\n"
        "**Impact (estimate):** about 1,800 customers could not log in.\n"
    )

    assert document.summary.root_cause == "the name servers still pointed at the old provider."
    assert document.summary.impact == "about 1,800 customers could not log in."


def test_an_asciidoc_description_wrapped_mid_sentence_leaves_the_next_term_its_own_field(tmp_path: Path):
    page = tmp_path / "orders.adoc"
    page.write_text(
        "= Orders delayed\n\n== Summary\n\nStarted:: 2026-11-09 09:20 UTC\n"
        "Impact:: About 6,000 orders were processed late, so the morning pick\n"
        "lists went out an hour late.\n"
        "Root cause:: A slow downstream call pushed processing past the poll interval,\n"
        "so consumers were dropped from the group.\n",
        encoding="utf-8",
    )
    document = files.load(page)

    assert document.summary.impact.endswith("pick\nlists went out an hour late.")
    assert document.summary.root_cause.startswith("A slow downstream call pushed processing past the poll interval")
