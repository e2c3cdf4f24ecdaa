"""A student's README post-mortem credits its writer on a line under the title, in many ways: "By **Name**
([@handle](…)) · School, Cohort", "*written by Name ([@handle](…)) — School, Month Year*", "Hi! I'm Name …",
"Team: Name & Name — School, hub", "by @handle (Name)", "Author: Name (github: handle) | School | Project".

A careful reader takes the people named as the authors, and the line (school, cohort, handle) stays where it
was; "by" in a sentence ("caused by the deploy") credits nobody. Also the header's "Major (P2)" severity and a
numbered title over numbered sections ("# 1. Postmortem — …" over "## 1. Issue Summary").
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_read import read_markdown

_BODY = (
    "## Issue Summary\n\nFrom 10:05 to 10:50 UTC on 6 May 2024 our library app returned 502 for every page.\n\n"
    "## Timeline\n\n- 10:05 UTC - uptime monitor alert\n- 10:50 UTC - gunicorn restarted\n"
)


def _read(header: str, title: str = "# Postmortem: the library app went dark"):  # type: ignore[no-untyped-def]
    document, _ = read_markdown(f"{title}\n\n{header}\n\n{_BODY}")
    return document


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "By **Tendai Moyo** ([@tmoyo](https://github.com/tmoyo)) · Holberton School, Cohort 9 · `0x19-postmortem`",
            ["Tendai Moyo"],
        ),
        (
            "*written by Lerato van der Merwe ([@lerato](https://github.com/lerato)) — Holberton Joburg, June 2023*",
            ["Lerato van der Merwe"],
        ),
        (
            "Hello! I'm Ama Boateng ([github.com/ama-b](https://github.com/ama-b)), and this is my write-up for the"
            " SRE project.",
            ["Ama Boateng"],
        ),
        ("My name is Kwame O. Mensah and this postmortem is my task 0 of the project.", ["Kwame O. Mensah"]),
        ("Team: Kofi Mensah & Esi Asante — Holberton, Accra campus", ["Kofi Mensah", "Esi Asante"]),
        ("by @obi-nna (Nnamdi Obi)", ["Nnamdi Obi"]),
        ("by @obi-nna", ["obi-nna"]),
        ("Author: Fatima Diallo (github: fdiallo) | ALX SE | 0x19 Postmortem", ["Fatima Diallo"]),
        ("**Author:** Fatima Diallo ([@fdiallo](https://github.com/fdiallo))", ["Fatima Diallo"]),
    ],
)
def test_a_student_s_credit_line_names_the_authors_and_stays(line: str, names: list[str]) -> None:
    document = _read(line)
    assert document.metadata.authors == names
    saved = to_markdown(document)
    for word in ("Holberton", "Cohort", "github", "fdiallo", "SRE", "obi", "campus", "June", "postmortem"):
        if word in line:
            assert word in saved  # the school, the cohort and the handle are kept as written


@pytest.mark.parametrize(
    "line",
    [
        "The outage was caused by the deploy and fixed by 15/02/2024.",
        "By the time we noticed, the cache had been cold for an hour.",
        "By Monday Morning the queue had drained.",
        "Team: Platform Ops — on call this week",
        "Team: Payments Backend",
        "Group members: Storage Infrastructure & Core Network",
        "I'm Not Sure what happened first, so here is the log.",
        "Hi! I'm a student at Holberton and this is my postmortem.",
    ],
)
def test_by_and_i_m_in_prose_credit_nobody(line: str) -> None:
    assert not _read(line).metadata.authors


@pytest.mark.parametrize(
    ("value", "level"),
    [("Major (P2)", "SEV2"), ("Critical (P1)", "SEV1"), ("Minor (P4)", "SEV4"), ("High - Sev 2", "SEV2")],
)
def test_a_severity_word_with_its_level_in_brackets_is_the_level(value: str, level: str) -> None:
    assert _read(f"**Severity:** {value} · **Status:** Final").metadata.severity == level
    assert _read(f"Severity: {value}").metadata.severity == level


def test_a_severity_with_words_about_it_is_not_read_whole() -> None:
    document = _read("Severity: Major (caused a full outage)")
    assert "caused a full outage" in to_markdown(document)


def test_a_numbered_title_over_numbered_sections_loses_its_number() -> None:
    numbered_body = _BODY.replace("## Issue Summary", "## 1. Issue Summary").replace("## Timeline", "## 2. Timeline")
    document, _ = read_markdown(f"# 1. Postmortem — the library app went dark\n\n{numbered_body}")
    assert document.metadata.title == "Postmortem — the library app went dark"


def test_a_number_that_begins_a_title_over_plain_sections_stays() -> None:
    document, _ = read_markdown(f"# 3. The night the library app went dark\n\n{_BODY}")
    assert document.metadata.title == "3. The night the library app went dark"
