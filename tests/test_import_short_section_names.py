"""Sections named short ("## Intro", "## Measures") are the parts they name, and "## Other notes" ending the
page keeps a loose finding as written (only thanks or a summing-up there are the closing words).
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_REPORT = """\
# Nightly export stalled

## Intro

The nightly export to the warehouse stopped half-way and was finished by hand.

## Measures

- Exports should resume from their last finished table.

Tasks:

1. Add a resume point to the export job — Ines Duarte — 12 Nov 2026

## Other notes

The on-call phone list in the wiki still named last year's rota.
"""


def test_intro_and_measures_named_short_are_read_as_those_parts() -> None:
    document = from_markdown(_REPORT)

    assert document.introduction.startswith("The nightly export")
    assert document.measures.improvements == ["Exports should resume from their last finished table."]
    assert [task.owner for task in document.measures.tasks] == ["Ines Duarte"]


def test_other_notes_with_a_finding_stay_a_section_of_their_own() -> None:
    document = from_markdown(_REPORT)

    assert document.closing_notes == ""
    assert [(section.heading, section.body) for section in document.extra_sections] == [
        ("Other notes", "The on-call phone list in the wiki still named last year's rota.")
    ]


def test_other_notes_thanking_the_readers_are_the_closing_notes() -> None:
    document = from_markdown(_REPORT.replace("The on-call phone list", "Thanks to the warehouse team. The list"))

    assert document.closing_notes.startswith("Thanks to the warehouse team.")
