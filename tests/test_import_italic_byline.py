"""A blog post's byline of names alone in italics under its title: "*Ines Garrido, Tomas Lindqvist*".

A careful reader takes the people it names as the write-up's authors; italic words
that are not a list of people's names stay where they are.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_read import read_markdown


def _authors(byline: str) -> list[str] | None:
    text = (
        f"# What broke our image uploads last Tuesday\n\n2025-09-12\n\n{byline}\n\n*6 min read*\n\n"
        "Last Tuesday uploads failed for forty minutes because a storage bucket policy was replaced.\n\n"
        "## Timeline\n\n- 14:02 UTC policy replaced\n- 14:45 UTC old policy restored\n"
    )
    document, _ = read_markdown(text)
    return document.metadata.authors


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("*Ines Garrido, Tomas Lindqvist*", ["Ines Garrido", "Tomas Lindqvist"]),
        ("_Ines Garrido and Tomas Lindqvist_", ["Ines Garrido", "Tomas Lindqvist"]),
        ("*Ines Garrido, Tomas Lindqvist, Kwame O. Mensah*", ["Ines Garrido", "Tomas Lindqvist", "Kwame O. Mensah"]),
    ],
)
def test_an_italic_line_of_names_under_the_title_names_the_authors(byline: str, names: list[str]) -> None:
    assert _authors(byline) == names


@pytest.mark.parametrize(
    "line", ["*Postmortem — storage platform*", "*Storage Team, Platform Team*", "*Draft, Internal*", "*Ines Garrido*"]
)
def test_italic_words_that_are_not_a_list_of_people_name_no_authors(line: str) -> None:
    assert not _authors(line)
