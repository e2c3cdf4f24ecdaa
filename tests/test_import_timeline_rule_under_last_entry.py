"""A rule ("-----", "***", "___") drawn straight under a timeline's last entry, with no blank line between, as
plain-text reports close a section: the rule is never part of the entry's words, whether the entries are
bullets or tab-indented lines. One drawn between entries parts them and is no entry's words either."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

BULLETS = """# Disk full on the build server

## Timeline

- 10:00 UTC - Builds start failing
- 10:20 UTC - Old artifacts deleted
- 10:30 UTC - Builds pass again
-----

## Root Cause

The artifact cache was never pruned.
"""

TABBED = """Disk full on the build server

Timeline

\t10:00 AM (UTC) Builds start failing

\t10:20 AM (UTC) Old artifacts deleted

\t10:30 AM (UTC) Builds pass again
-------------------------

Root Cause

\tThe artifact cache was never pruned.
"""


def _texts(text: str) -> list[str]:
    return [event.text for event in from_markdown(text).timeline]


@pytest.mark.parametrize("rule", ["-----", "***", "___"])
def test_a_rule_under_the_last_bullet_is_no_words_of_it(rule: str) -> None:
    texts = _texts(BULLETS.replace("-----", rule))
    assert len(texts) == 3
    assert texts[-1].endswith("Builds pass again")


def test_a_rule_under_the_last_tab_indented_line_is_no_words_of_it() -> None:
    texts = _texts(TABBED)
    assert len(texts) == 3
    assert texts[-1].endswith("Builds pass again")


def test_a_rule_between_entries_parts_them() -> None:
    text = BULLETS.replace("- 10:20 UTC", "***\n- 10:20 UTC", 1)
    texts = _texts(text)
    assert texts[0].endswith("Builds start failing")
    assert not any("*" in text or "---" in text for text in texts)
    assert len(texts) == 3
