"""Emoji before a bold or plain label are decoration: the label is read as if they were not there."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import read_markdown


@pytest.mark.parametrize(
    ("impact_lead", "cause_lead"),
    [
        ("💥 **Impact:**", "🔍 **Root cause:**"),
        ("⚠️ **Impact**:", "🧠 Root cause:"),  # a variation selector (U+FE0F) after the symbol
        ("👩‍💻 Impact:", "🕵️‍♀️ **Root Cause:**"),  # sequences joined by U+200D
        ("🔥🔥 **Impact:**", "➡️ **Root cause:**"),
    ],
)
def test_labels_after_an_emoji_fill_their_summary_fields(impact_lead: str, cause_lead: str) -> None:
    text = (
        "# Printing queue jammed\n\n## Issue Summary\n\n"
        "⏱️ **Duration:** 40 minutes, from 08:00 to 08:40 UTC on 4 March 2024.\n\n"
        f"{impact_lead} No printer in the office would print. About 60% of staff were waiting on documents.\n\n"
        f"{cause_lead} A driver update left the print server's spooler stopped.\n"
    )
    draft, _ = read_markdown(text)
    assert draft.summary.impact == "No printer in the office would print. About 60% of staff were waiting on documents."
    assert draft.summary.root_cause == "A driver update left the print server's spooler stopped."
    assert "**" not in draft.summary.impact + draft.summary.root_cause


def test_a_meme_under_the_title_joins_the_report_s_own_humor_section() -> None:
    text = (
        "# The day the printers gave up\n\n"
        '![meme: a cat pushing a printer off a desk, captioned "paper jam"](https://example.org/cat.png)\n\n'
        "## Issue Summary\n\nNo printer printed from 08:00 to 08:40 UTC on 4 March 2024.\n\n"
        "## Humor\n\nThe printer was not jammed. It was on strike.\n"
    )
    draft, _ = read_markdown(text)
    assert "cat.png" not in draft.introduction
    assert draft.humor.caption == "The printer was not jammed. It was on strike."
    assert "cat.png" in draft.humor.closing
